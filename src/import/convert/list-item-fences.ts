/**
 * A code block opened on a list item's own line whose code and closing fence are written
 * at the margin, as kramdown (Jekyll) and other lax readers take it:
 *
 * ```md
 * 1. ```
 * bw unlock --passwordenv BW_PASSWORD
 * ```
 *
 *    will look for an environment variable.
 * ```
 *
 * CommonMark ends the list item at the first line less indented than its content, so the
 * block closes empty there, its code stands as a paragraph after the list and the closing
 * fence opens a new block that swallows what follows, headings included. Its author meant
 * the code in the item: its lines move right by as much as the least indented of them
 * lacks (keeping how they sit to each other), and the closing fence under the opening one.
 * Lines keep their numbers.
 */

/** A list item's line that opens a fence: its indent and marker, then the fence. */
const OPENING = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(`{3,}|~{3,})([^`]*)$/;

/** How far one block may run, in lines, before it is taken for a fence never closed. */
const MAX_BLOCK = 400;

const columns = (text: string) => text.replace(/\t/g, '    ').length;
const indentOf = (line: string) => columns(/^[ \t]*/.exec(line)?.[0] ?? '');

/** Whether the text has a fence on a list item's own line at all. */
export function hasListItemFences(text: string): boolean {
	return /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:`{3,}|~{3,})/m.test(text);
}

/** The text with each such block's lines moved under its list item. */
export function listItemFencesIndented(text: string): string {
	const lines = text.split('\n');
	let fence: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		// Inside an ordinary code block, nothing is a list item.
		if (fence !== undefined) {
			if (line.trim().startsWith(fence) && /^[`~]+$/.test(line.trim())) fence = undefined;
			continue;
		}
		const opening = OPENING.exec(line);
		if (!opening) {
			const plain = /^[ \t]*(`{3,}|~{3,})/.exec(line);
			if (plain?.[1]) fence = plain[1];
			continue;
		}
		const [, marker = '', mark = ''] = opening;
		const content = columns(marker);
		const closing = lines.findIndex(
			(candidate, at) =>
				at > index &&
				at <= index + MAX_BLOCK &&
				candidate.trim().startsWith(mark) &&
				new RegExp(`^[${mark[0]}]+$`).test(candidate.trim()) &&
				candidate.trim().length >= mark.length,
		);
		if (closing === -1) continue;
		const body = lines.slice(index + 1, closing);
		const least = Math.min(content, ...body.filter((each) => each.trim() !== '').map(indentOf));
		if (least >= content && indentOf(lines[closing] ?? '') >= content) {
			index = closing;
			continue;
		}
		const shift = ' '.repeat(content - least);
		for (let at = index + 1; at < closing; at++) {
			const each = lines[at] ?? '';
			if (each.trim() !== '') lines[at] = shift + each;
		}
		lines[closing] = ' '.repeat(content) + (lines[closing] ?? '').trim();
		index = closing;
	}
	return lines.join('\n');
}
