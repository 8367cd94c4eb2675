/**
 * A backslash before ASCII punctuation, which CommonMark reads as that character
 * (`opt\_out`, `#error-\{code}`). The first group is the character.
 */
export const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** The text as Markdown reads its escapes: each escaped punctuation character without its backslash. */
export function withoutBackslashEscapes(text: string): string {
	return text.replace(BACKSLASH_ESCAPE, '$1');
}
