/**
 * A code block's language as VitePress and VuePress write it, with how to draw the block
 * glued on: `js{4,7-9}` (lines to highlight), `ts:line-numbers`, `ts:line-numbers=5`,
 * `md:no-line-numbers`, `vue:v-pre` and `:no-v-pre`, in any order. Only the language names
 * the grammar; Shiki knows no `markdown:line-numbers` and would show the code unhighlighted.
 */
const GLUED = /^([^\s{:]+)((?:\{[\d,\s-]*\}|:(?:no-)?line-numbers(?:=\d+)?|:(?:no-)?v-pre)+)$/i;

/** The language without those options, else as written. */
export function fenceLanguage<T extends string | null | undefined>(lang: T): T | string {
	if (!lang) return lang;
	return GLUED.exec(lang)?.[1] ?? lang;
}
