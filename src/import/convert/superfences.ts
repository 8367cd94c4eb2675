import { closingFence, fenceOpening } from './source-blocks.ts';

/**
 * A code block's opening line as pymdownx.superfences and Python-Markdown's fenced code
 * read it, written as CommonMark reads one: the language first, its options after it.
 * An attribute list names the language by its first class (```` ```{ .sh .no-copy } ````,
 * ```` ```py {linenums="1"} ````), and a block with options but no language starts with
 * them (```` ```title="app.py" ````), which CommonMark would read as a language called
 * `title="app.py"`. The options are kept as other generators' are: `title="…"` becomes the
 * line over the block (components.ts), `hl_lines` and `linenums` stay in its meta, as
 * Docusaurus' `{1,3}` does, showing nothing; the other classes and an id, which only styled
 * it, go. A block with options and no language is `text`.
 *
 * Material's code annotations go with it: in a block marked `.annotate` (or on a site whose
 * theme turns on `content.code.annotate`), a comment holding `(1)!` showed only a marker
 * for the first note of the numbered list after the block; the `!` (hide the comment's
 * marks) goes and the comment reads `# (1)`, its note in the list under the block.
 */

/** `{ .py .annotate #id title="x" hl_lines="2 3" }`, alone or after a language. */
const ATTRIBUTES = /^([\w#.+-]*)[ \t]*\{:?[ \t]*(.*?)[ \t]*\}$/;
/** Options with no language before them: `title="x"`, `hl_lines="2 3"`. */
const OPTIONS_FIRST = /^[A-Za-z_]\w*=/;
const OPTION = /([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;
/** An annotation marker in a code comment: `(1)!`. */
const CODE_MARKER = /\((\d+)\)!/g;

/** The opening line's info as CommonMark reads it, and whether the block was marked `.annotate`. */
export function superfencesInfo(info: string): { info: string; annotate: boolean } {
	const trimmed = info.trim();
	const attributes = ATTRIBUTES.exec(trimmed);
	if (!attributes && !OPTIONS_FIRST.test(trimmed)) return { info, annotate: false };
	const inside = attributes ? (attributes[2] ?? '') : trimmed;
	const classes = [...inside.replace(OPTION, ' ').matchAll(/(?:^|\s)\.([\w+#-]+)/g)].map((match) => match[1] ?? '');
	const language = attributes?.[1] || classes[0] || '';
	const options = [...inside.matchAll(OPTION)].map((option) => {
		const value = option[2] ?? option[3] ?? option[4] ?? '';
		return `${option[1]}="${value.replace(/"/g, "'")}"`;
	});
	const lang = language || (options.length > 0 ? 'text' : '');
	return { info: [lang, ...options].join(' '), annotate: classes.includes('annotate') };
}

/** Whether an ordered list starts after the line at `end` (blank lines between): the block's notes. */
function notesFollow(lines: readonly string[], end: number): boolean {
	let next = end + 1;
	while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
	return /^[ \t]*1\.[ \t]/.test(lines[next] ?? '');
}

/** The text with its code blocks' opening lines as CommonMark reads them, and their annotation markers as notes' numbers. */
export function superfencesBlocks(text: string, options: { codeAnnotations: boolean }): string {
	if (!/^[ \t>]*(?:`{3,}|~{3,})/m.test(text)) return text;
	const lines = text.split('\n');
	let index = 0;
	while (index < lines.length) {
		const line = lines[index] as string;
		const opening = fenceOpening(line);
		if (!opening) {
			index++;
			continue;
		}
		const closing = closingFence(opening.fence);
		let end = index + 1;
		while (end < lines.length && !closing.test(lines[end] as string)) end++;
		const read = superfencesInfo(opening.info);
		if (read.info !== opening.info) lines[index] = `${line.slice(0, line.length - opening.info.length)}${read.info}`;
		if ((read.annotate || options.codeAnnotations) && notesFollow(lines, end))
			for (let at = index + 1; at < end; at++) lines[at] = (lines[at] as string).replace(CODE_MARKER, '($1)');
		index = end + 1;
	}
	return lines.join('\n');
}
