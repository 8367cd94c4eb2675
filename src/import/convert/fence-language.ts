/**
 * A code block's language as VitePress and VuePress write it, with how to draw the block
 * glued on: `js{4,7-9}` (lines to highlight), `ts:line-numbers`, `ts:line-numbers=5`,
 * `md:no-line-numbers`, `vue:v-pre` and `:no-v-pre`, in any order. Only the language names
 * the grammar; Shiki knows no `markdown:line-numbers` and would show the code unhighlighted.
 */
const GLUED = /^([^\s{:]+)((?:\{[\d,\s-]*\}|:(?:no-)?line-numbers(?:=\d+)?|:(?:no-)?v-pre)+)$/i;

/**
 * The language without those options, else as written, in lower case: highlighters
 * that read it in any case (Hugo's Chroma, GitHub's) show ```` ```Bash ```` highlighted,
 * while Shiki knows only `bash`.
 */
export function fenceLanguage<T extends string | null | undefined>(lang: T): T | string {
	if (!lang) return lang;
	return (GLUED.exec(lang)?.[1] ?? lang).toLowerCase();
}

/** Attributes in braces holding `name=value` pairs, the whole of what follows the language. */
const BRACED = /^\{([^{}]*=[^{}]*)\}$/;
const TITLE = /(?:^|[\s,])(?:title|filename)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s,]+))/;

/**
 * A code block's attributes in braces as Hugo reads them, after the language with a space
 * or glued to it: ```` ```yaml {filename="app.yaml"} ````, ```` ```php{linenos=table,hl_lines=[2]} ````.
 * The language is the word before the braces (Shiki knows no `php{linenos=table`); a
 * `filename` or `title` among them is the block's title; the others say how the old site
 * drew the block (line numbers, highlighted lines) and go. As written when the braces hold
 * no `name=value` pair (VitePress' `js{4}`, see above).
 */
export function withBraceAttributes(
	lang: string | null | undefined,
	meta: string | null | undefined,
): { lang: string | null; meta: string | null } | undefined {
	const brace = lang?.indexOf('{') ?? -1;
	const written = (brace > 0 ? `${lang?.slice(brace)} ${meta ?? ''}` : (meta ?? '')).trim();
	const attributes = BRACED.exec(written)?.[1];
	if (attributes === undefined) return undefined;
	const quoted = TITLE.exec(attributes);
	const title = (quoted?.[1] ?? quoted?.[2] ?? quoted?.[3])?.trim();
	return {
		lang: (brace > 0 ? lang?.slice(0, brace) : lang) || null,
		meta: title ? `title="${title.replace(/"/g, "'")}"` : null,
	};
}
