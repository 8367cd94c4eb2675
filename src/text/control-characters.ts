/**
 * The invisible characters that can break output or disguise text, in one place. Two
 * rules use them: settings and frontmatter reject them (`plainText()` in
 * content-model/schemas/fields.ts), and text from a helpdesk loses them on its way to
 * a terminal, a CI log or Markdown (cli/untrusted-text.ts). The zero-width class is
 * also what `withoutZeroWidth` drops wherever a value from outside is matched. Each
 * class is the body of a regular-expression character class, so each rule composes
 * the classes it needs.
 */
export const controlCharacters = {
	/** C0 controls other than tab and the line breaks (LF, VT, FF, CR); ESC starts terminal sequences. */
	c0: '\\u0000-\\u0008\\u000E-\\u001F',
	/** VT and FF: C0 controls that terminals and CI runners treat as line breaks. */
	verticalSpace: '\\u000B\\u000C',
	/** DEL and the C1 controls other than NEL; several start 8-bit escape sequences (CSI, OSC). */
	c1: '\\u007F-\\u0084\\u0086-\\u009F',
	/** NEL: a C1 control that is also a line break. */
	nextLine: '\\u0085',
	/** LINE SEPARATOR and PARAGRAPH SEPARATOR: line breaks to a CI runner. */
	lineSeparators: '\\u2028\\u2029',
	/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees ("Trojan Source"). */
	bidiControls: '\\u202A-\\u202E\\u2066-\\u2069',
	/**
	 * Bidirectional marks (ARABIC LETTER MARK, LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK).
	 * Authors of Arabic and Hebrew text need them, so authored text may hold them; text
	 * from outside loses them with the other bidi characters.
	 */
	bidiMarks: '\\u061C\\u200E\\u200F',
	/** The non-characters U+FFFE and U+FFFF. */
	nonCharacters: '\\uFFFE\\uFFFF',
	/**
	 * Zero-width and other invisible characters (ZERO WIDTH SPACE, JOINERS, WORD JOINER,
	 * the invisible operators, BOM): a value from outside that looks right (a category)
	 * should match the taxonomy, so one-line helpdesk values lose them.
	 */
	zeroWidth: '\\u200B-\\u200D\\u2060-\\u2064\\uFEFF',
} as const;

export type ControlCharacterClass = keyof typeof controlCharacters;

/** One regular expression matching any character of the given classes. */
export function characterClass(classes: readonly ControlCharacterClass[], flags = ''): RegExp {
	return new RegExp(`[${classes.map((name) => controlCharacters[name]).join('')}]`, flags);
}

const zeroWidth = characterClass(['zeroWidth'], 'g');

/**
 * The text without zero-width characters: how a value from outside is compared with
 * the taxonomy, an article's slug or title. A pulled ticket's values lose them as they
 * are cleaned (`plainLine`), an export's where they are matched, so `Reliability`
 * followed by U+200B names the same category in both. Messages still quote the value
 * as the export holds it, escapes and all, where it stays unknown.
 */
export function withoutZeroWidth(text: string): string {
	return text.replace(zeroWidth, '');
}

/** Characters no authored text needs: every class except the bidi marks, tab, LF and CR. */
export const notInAuthoredText: readonly ControlCharacterClass[] = [
	'c0',
	'verticalSpace',
	'c1',
	'nextLine',
	'bidiControls',
	'nonCharacters',
];

/** Zero-width characters and bidi embeddings, overrides and isolates. */
const invisibleInTitles = characterClass(['zeroWidth', 'bidiControls'], 'g');

/** Whether a character is outside ASCII: a letter of another script, or part of an emoji. */
const beyondAscii = (char: string | undefined) => char !== undefined && char > '\x7f';

/**
 * A title as an author pasted it (often a ticket's subject, as the coverage report
 * suggests), without the invisible characters that came along: zero-width spaces, word
 * joiners and BOMs, bidi overrides and isolates, and joiners that join nothing. Those
 * would make the title differ from the one people read and type. A zero-width joiner
 * or non-joiner between two characters beyond ASCII (inside an emoji, or a word of a
 * script that needs it, such as Persian or Hindi) stays, and so do the bidi marks
 * right-to-left text uses.
 */
export function visibleTitle(title: string): { title: string; dropped: number } {
	let dropped = 0;
	const visible = title.replace(invisibleInTitles, (char: string, offset: number) => {
		const joiner = char === '\u200c' || char === '\u200d';
		if (joiner && beyondAscii(title[offset - 1]) && beyondAscii(title[offset + 1])) return char;
		dropped++;
		return '';
	});
	return { title: dropped === 0 ? title : visible.replace(/ {2,}/g, ' '), dropped };
}
