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
 * under the opening one, up to the next item of the list after a blank line, which
 * starts a new item whatever the fence says.
 *
 * A block whose words are written under it and that is not closed before its list item
 * ends (never closed, or closed by a `:::` further down the page, at the margin) ends
 * with the item, as those renderers end it: the items after it stay items of the list,
 * and a "To review" note names the block's line. Lines keep their numbers.
 */

/** A directive container's opening: a quote's marks, if any, indentation, fence, the block's name. */
const OPENING = /^((?:[ \t]*>)*)([ \t]*)(:{3,})([A-Za-z][\w-]*)/;
/** A closing fence: nothing but colons, in a quote or not. */
const CLOSING = /^((?:[ \t]*>)*)([ \t]*)(:{3,})[ \t]*$/;

const columns = (indent: string) => indent.replace(/\t/g, '    ').length;
const indentOf = (line: string) => columns(/^[ \t]*/.exec(line)?.[0] ?? '');

/** Whether a page opens a `:::` block: one indented may be misaligned, one at the margin never closed. */
export function hasFencedBlocks(text: string): boolean {
	return /^[ \t]*:{3,}[A-Za-z]/m.test(text);
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

/** Which lines are inside fenced code (its fences included), where no `:::` opens or closes a block. */
function codeLines(lines: readonly string[]): boolean[] {
	const inCode = codeFenceTracker();
	return lines.map((line) => inCode(line));
}

/** The line of the fence that closes the block opened at `start`, blocks inside it counted; none if it is never closed. */
function closingLine(
	lines: readonly string[],
	code: readonly boolean[],
	start: number,
	fence: number,
): number | undefined {
	const fences = [fence];
	for (let at = start + 1; at < lines.length; at++) {
		if (code[at]) continue;
		const line = lines[at] as string;
		const opening = OPENING.exec(line);
		if (opening) {
			fences.push(opening[3]?.length ?? 3);
			continue;
		}
		const closing = CLOSING.exec(line);
		if (!closing || (closing[3]?.length ?? 0) < (fences.at(-1) ?? 3)) continue;
		fences.pop();
		if (fences.length === 0) return at;
	}
	return undefined;
}

/** The first line with words after `start`, up to `end`, less indented than `indent`: where the renderer ends the block. */
function firstOutdented(lines: readonly string[], start: number, end: number, indent: number): number | undefined {
	for (let at = start + 1; at < end; at++) {
		const line = lines[at] as string;
		if (line.trim() !== '' && indentOf(line) < indent) return at;
	}
	return undefined;
}

/** The first item of the list (less indented than the block) after a blank line, between `start` and `end`. */
function nextItem(lines: readonly string[], start: number, end: number, indent: number): number | undefined {
	for (let at = start + 2; at < end; at++) {
		const line = lines[at] as string;
		if ((lines[at - 1] as string).trim() === '' && indentOf(line) < indent && LIST_ITEM.test(line)) return at;
	}
	return undefined;
}

/** How a block's name reads in a note: the name written, or what the import's own kinds stand for. */
const blockName = (name: string) => (name.startsWith('tryblock-') ? 'block' : `":::${name}" block`);

export function alignFenceBodies(text: string): { text: string; notes: ConversionNote[] } {
	const lines = text.split('\n');
	const notes: ConversionNote[] = [];
	const code = codeLines(lines);
	// The fences of the blocks open around the line: a block inside another is read with it.
	const around: number[] = [];
	for (let index = 0; index < lines.length; index++) {
		if (code[index]) continue;
		const line = lines[index] as string;
		const opening = OPENING.exec(line);
		if (!opening) {
			const closing = CLOSING.exec(line);
			if (closing && (closing[3]?.length ?? 0) >= (around.at(-1) ?? Number.POSITIVE_INFINITY)) around.pop();
			continue;
		}
		const open: Open = {
			line: index,
			indent: columns(opening[2] ?? ''),
			fence: opening[3]?.length ?? 3,
			name: opening[4] ?? '',
		};
		// A block at the margin never closed holds the rest of the page, on the old site as
		// here: nothing is lost, but its author most likely meant it to end sooner.
		if (!opening[1] && open.indent === 0 && around.length === 0 && !closingLine(lines, code, index, open.fence))
			notes.push({
				level: 'review',
				message: `a ${blockName(open.name)} is never closed, so it holds the rest of the page, as on the old site; check where it should end`,
				line: index + 1,
			});
		// A block in a quote, at the margin or inside another block is read as written.
		if (opening[1] || open.indent === 0 || around.length > 0 || !inListItem(lines, open)) {
			around.push(open.fence);
			continue;
		}
		const close = closingLine(lines, code, index, open.fence);
		const outdented = firstOutdented(lines, index, close ?? lines.length, open.indent);
		const firstWords = lines.slice(index + 1, close ?? lines.length).findIndex((entry) => entry.trim() !== '');
		if (outdented !== undefined && outdented !== index + 1 + firstWords) {
			// Its words are written under it, and a line less indented ends its list item before any `:::`: the block ends there.
			notes.push({
				level: 'review',
				message: `a ${blockName(open.name)} in a list item was not closed inside it, so it ends where the item ends, as on the old site; check that the words after it belong outside it`,
				line: index + 1,
			});
			continue;
		}
		// Closed under it, or never closed with its words at the margin (the renderer left it empty): as written.
		if (close === undefined) continue;
		// Its words are at the margin: they move under it, up to the list's next item, where the block then closes.
		const item = outdented === undefined ? undefined : nextItem(lines, index, close, open.indent);
		const end = item === undefined ? close : item - 1;
		const body = lines.slice(index + 1, end).filter((entry) => entry.trim() !== '');
		const least = Math.min(open.indent, ...body.map(indentOf));
		const closing = item === undefined ? (lines[close] as string).trimStart() : ':'.repeat(open.fence);
		if (least === open.indent && indentOf(lines[end] as string) >= open.indent && item === undefined) {
			index = close;
			continue;
		}
		for (let at = index + 1; at < end; at++) lines[at] = shifted(lines[at] as string, open.indent - least);
		lines[end] = `${' '.repeat(open.indent)}${closing}`;
		const words = plainLine(body[0] ?? '', 41);
		notes.push({
			level: 'info',
			message: `a ":::${open.name}" block in a list${words ? ` ("${words}")` : ''} had lines less indented than its opening, which ended it early on the old site; they were kept inside it`,
		});
		if (item !== undefined)
			notes.push({
				level: 'review',
				message: `a ${blockName(open.name)} in a list item was closed only after the list's next item; it now ends before that item: check that the words after it belong outside it`,
				line: index + 1,
			});
		// A block inside it moved with it.
		index = item === undefined ? close : end;
	}
	return { text: lines.join('\n'), notes };
}
