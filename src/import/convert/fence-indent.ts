import { plainLine } from '../../cli/untrusted-text.ts';
import { codeFenceTracker } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';

/**
 * A `:::warning` opened inside a list item (indented under it) whose lines, or closing
 * `:::`, are written less indented than the opening line, often at the margin:
 *
 * ```md
 * - Calculate the payment.
 *
 *   :::warning
 * Pay at least the minimum.
 * :::
 * ```
 *
 * remark-directive (and markdown-it's containers, VitePress') end the list item at the
 * first line less indented than it, so the block closes empty there, its words stand
 * after the list and the closing `:::` shows as text. Its author meant the words in the
 * block: its lines move right by as much as the least indented of them lacks (keeping
 * how they sit to each other: a list inside stays a list inside), and the closing fence
 * under the opening one. Lines keep their numbers.
 */

/** A directive container's opening: a quote's marks, if any, indentation, fence, the block's name. */
const OPENING = /^((?:[ \t]*>)*)([ \t]*)(:{3,})([A-Za-z][\w-]*)/;
/** A closing fence: nothing but colons, in a quote or not. */
const CLOSING = /^((?:[ \t]*>)*)([ \t]*)(:{3,})[ \t]*$/;

const columns = (indent: string) => indent.replace(/\t/g, '    ').length;
const indentOf = (line: string) => columns(/^[ \t]*/.exec(line)?.[0] ?? '');

/** Whether a directive's opening is indented at all (the only kind that can be misaligned). */
export function hasIndentedFences(text: string): boolean {
	return /^[ \t]+:{3,}[A-Za-z]/m.test(text);
}

interface Open {
	line: number;
	indent: number;
	fence: number;
	name: string;
}

/** A list item's marker: `-`, `*`, `+`, `1.` or `1)`. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Whether the block sits in a list item: the nearest line above it indented less is one. */
function inListItem(lines: readonly string[], open: Open): boolean {
	for (let at = open.line - 1; at >= 0; at--) {
		const line = lines[at] as string;
		if (line.trim() === '' || indentOf(line) >= open.indent) continue;
		return LIST_ITEM.test(line);
	}
	return false;
}

/** The line with `by` more columns of indentation, written as spaces. */
function shifted(line: string, by: number): string {
	if (line.trim() === '') return line;
	const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
	return ' '.repeat(columns(leading) + by) + line.slice(leading.length);
}

export function alignFenceBodies(text: string): { text: string; notes: ConversionNote[] } {
	const lines = text.split('\n');
	const notes: ConversionNote[] = [];
	const inCode = codeFenceTracker();
	const stack: Open[] = [];
	// Which line each code line belongs to does not matter: only fences outside code open or close blocks.
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		if (inCode(line)) continue;
		const opening = OPENING.exec(line);
		if (opening) {
			// A block in a quote is only counted, so that its closing fence closes it and no other.
			stack.push({
				line: index,
				indent: opening[1] ? 0 : columns(opening[2] ?? ''),
				fence: opening[3]?.length ?? 3,
				name: opening[4] ?? '',
			});
			continue;
		}
		const closing = CLOSING.exec(line);
		const open = stack.at(-1);
		if (!closing || !open || (closing[3]?.length ?? 0) < open.fence) continue;
		stack.pop();
		// A block inside another moves with it.
		if (stack.length > 0 || open.indent === 0 || closing[1] || !inListItem(lines, open)) continue;
		const body = lines.slice(open.line + 1, index).filter((entry) => entry.trim() !== '');
		const least = Math.min(open.indent, ...body.map(indentOf));
		const closeAt = indentOf(line);
		if (least === open.indent && closeAt >= open.indent) continue;
		for (let at = open.line + 1; at < index; at++) lines[at] = shifted(lines[at] as string, open.indent - least);
		lines[index] = `${' '.repeat(open.indent)}${line.trimStart()}`;
		const words = plainLine(body[0] ?? '', 41);
		notes.push({
			level: 'info',
			message: `a ":::${open.name}" block in a list${words ? ` ("${words}")` : ''} had lines less indented than its opening, which ended it early on the old site; they were kept inside it`,
		});
	}
	return { text: lines.join('\n'), notes };
}
