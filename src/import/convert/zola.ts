import { renderShortcodeTree } from './hugo.ts';
import { codeFenceTracker } from './source-blocks.ts';
import { type SplitTags, type TagSyntax, tagsOnOneLine, tagTree } from './template-tags.ts';
import type { ConversionNote } from './types.ts';

/**
 * Zola's own Markdown, as its documentation defines it: shortcodes called like Tera
 * functions, `{{ youtube(id="…") }}` alone and `{% note(kind="warning") %}` … `{% end %}`
 * around a body, written as Hugo's are (hugo.ts: what docs themes share becomes what it
 * showed, anything else an `unknown` block that keeps its body and is listed); a shortcode
 * written out for readers (`{{/* youtube() *\/}}`), which Zola shows without its comment
 * marks, code included; the `<!-- more -->` summary marker, which shows nothing; and
 * internal links `@/path/page.md#anchor`, written from the site's `content/` folder.
 */

/** One argument's value: a string in any of Zola's three quotes, an array, or a bare word (a number, `true`). */
const VALUE = String.raw`"[^"\n]*"|'[^'\n]*'|\x60[^\x60\n]*\x60|\[[^\]\n]*\]|[^,\s)]+`;
const ARGUMENTS = String.raw`(?:[^()"'\x60\n]|"[^"\n]*"|'[^'\n]*'|\x60[^\x60\n]*\x60)*`;
/** `{{ name(args) }}`, `{% name(args) %}` or `{% end %}`; a name is letters, digits and underscores. */
const TAG = new RegExp(
	String.raw`\{\{-?\s*([A-Za-z_]\w*)\s*\((${ARGUMENTS})\)\s*-?\}\}|\{%-?\s*([A-Za-z_]\w*)\s*\((${ARGUMENTS})\)\s*-?%\}|\{%-?\s*end\s*-?%\}`,
	'g',
);
/**
 * A shortcode written out for readers: `{{/* name() *\/}}`, `{%/* name() *\/%}`, `{%/* end *\/%}`.
 * Only a call is: `{{/*` and `*\/}}` written about in a sentence stay as they are, as Zola leaves them.
 */
const ESCAPED = new RegExp(
	String.raw`\{\{\/\*(\s*[A-Za-z_]\w*\s*\(${ARGUMENTS}\)\s*)\*\/\}\}|\{%\/\*(\s*(?:[A-Za-z_]\w*\s*\(${ARGUMENTS}\)|end)\s*)\*\/%\}`,
	'g',
);
/**
 * A call whose arguments run over several lines (`{% note(` on one, `kind="warning"` on
 * the next, `) %}` after), which Zola reads as it reads one on one line: a name and `(`
 * open it; a blank line or another tag before it closes leaves it as written.
 */
const OVER_LINES: SplitTags = {
	maxLines: 20,
	opening: /^-?\s*[A-Za-z_]\w*\s*\(/,
	blankLineEnds: true,
	keepLineNumbers: true,
};
const LEFT = '\u0000zola-left\u0000';
const RIGHT = '\u0000zola-right\u0000';
/** Zola's summary marker, which ends the summary its listings show and shows nothing itself. */
const MORE = /<!--\s*more\s*-->/gi;
const HAS_MORE = /<!--\s*more\s*-->/i;

/** A call's named arguments, each value as text (`kind="warning"` → `warning`, `radius=3` → `3`). */
export function zolaArguments(text: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of text.matchAll(new RegExp(String.raw`([A-Za-z_]\w*)\s*=\s*(${VALUE})`, 'g'))) {
		const value = match[2] ?? '';
		found[match[1] as string] = /^["'\x60]/.test(value) ? value.slice(1, -1) : value;
	}
	return found;
}

/**
 * How Zola writes shortcodes, for the tag reader: `{% end %}` names no shortcode and
 * closes the last one opened with a body, so the syntax keeps them as it reads a page,
 * in order (one syntax a page).
 */
function zolaSyntax(): TagSyntax {
	const open: string[] = [];
	return {
		pattern: TAG,
		marker: '{',
		read: (match) => {
			const [written] = match;
			if (match[1] !== undefined)
				return { open: { name: match[1].toLowerCase(), arguments: zolaArguments(match[2] ?? ''), written } };
			if (match[3] !== undefined) {
				const name = match[3].toLowerCase();
				open.push(name);
				return { open: { name, arguments: zolaArguments(match[4] ?? ''), written } };
			}
			return { close: open.pop() ?? 'end' };
		},
	};
}

/** Whether the text uses any of Zola's own Markdown. */
export function hasZolaMarkup(text: string): boolean {
	return /\{[{%]|<!--\s*more\s*-->/i.test(text);
}

/** The page's Zola markup as what the old site showed; `notes` gets what needs saying. */
export function zolaMarkup(text: string, notes: ConversionNote[]): string {
	if (!hasZolaMarkup(text)) return text;
	const inCode = codeFenceTracker();
	let summaries = 0;
	const joined = tagsOnOneLine(tagsOnOneLine(text.split('\n'), OVER_LINES), {
		...OVER_LINES,
		delimiters: ['{{', '}}'],
	}).join('\n');
	const prepared = joined
		.replace(ESCAPED, (_, call: string | undefined, body: string | undefined) =>
			call === undefined ? `${LEFT}%${body ?? ''}%${RIGHT}` : `${LEFT}{${call}}${RIGHT}`,
		)
		.split('\n')
		.flatMap((line) => {
			if (inCode(line) || !HAS_MORE.test(line)) return [line];
			summaries++;
			const without = line.replace(MORE, '');
			// A marker alone on its line goes with its line; one at the end of a sentence leaves the sentence.
			return without.trim() === '' ? [] : [without.trimEnd()];
		})
		.join('\n');
	if (summaries > 0)
		notes.push({ level: 'info', message: 'the summary marker (<!-- more -->), which showed nothing, was left out' });
	const rendered = /\{[{%]/.test(prepared)
		? renderShortcodeTree(tagTree(prepared, zolaSyntax()), notes, undefined).join('\n')
		: prepared;
	return rendered.replaceAll(LEFT, '{').replaceAll(RIGHT, '}');
}

/** A link's address written from `content/` (`@/repairs/fix-a-flat.md#patch`), in Markdown or a reference. */
const INTERNAL = /(\]\(\s*<?|^\s{0,3}\[[^\]\n]+\]:\s*<?|\bhref=["'])@\/([^\s)>"'#]+)(#[^\s)>"']*)?/gm;

/**
 * Zola's internal links, `[text](@/repairs/fix-a-flat.md#patch)`, each written as the
 * file it names from the page (`link`, given the path under `content/`), which the
 * import resolves as any link between pages; one in code stays as written.
 */
export function zolaInternalLinks(text: string, link: (target: string) => string): string {
	if (!text.includes('@/')) return text;
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) =>
			inCode(line) || !line.includes('@/')
				? line
				: line.replace(
						INTERNAL,
						(_, before: string, target: string, fragment: string | undefined) =>
							`${before}${link(target)}${fragment ?? ''}`,
					),
		)
		.join('\n');
}
