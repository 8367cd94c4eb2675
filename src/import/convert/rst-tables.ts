import { markdownTable, tableCell } from './markdown-table.ts';

/**
 * reStructuredText's tables drawn in text, as the Markdown table they showed. A grid
 * table draws every cell:
 *
 *     +--------+-------+
 *     | Plan   | Price |
 *     +========+=======+
 *     | Team   | 20 €  |
 *     +--------+-------+
 *
 * (the `=` border ends the header); a simple table rules its columns with `=`:
 *
 *     =====  =====
 *     Plan   Price
 *     =====  =====
 *     Team   20 €
 *     =====  =====
 *
 * A cell's lines are its words, its paragraphs apart by a line break; a cell spanning
 * columns keeps its words in the first of them. `cell` turns a cell's lines (rST) into
 * Markdown.
 */

/** A grid table's border line (`+---+---+`, `+===+`). */
export const GRID_BORDER = /^\+(?:[-=]+\+)+\s*$/;
/** A simple table's rule (`=====  =====`). */
export const SIMPLE_RULE = /^=+(?: +=+)+\s*$/;

type Cell = (lines: readonly string[]) => string;

/** The column edges of a grid table: every `+` of its first border. */
function gridColumns(border: string): number[] {
	const edges: number[] = [];
	for (let at = 0; at < border.length; at++) if (border[at] === '+') edges.push(at);
	return edges;
}

/** A grid table's lines as Markdown table lines, or undefined when the table is not drawn as one. */
export function gridTable(lines: readonly string[], cell: Cell): string[] | undefined {
	const edges = gridColumns(lines[0] ?? '');
	if (edges.length < 2) return undefined;
	const rows: string[][][] = [];
	let current: string[][] = [];
	let headerRows = 0;
	for (const line of lines.slice(1)) {
		if (GRID_BORDER.test(line) || /^\+[-=+]+\+\s*$/.test(line)) {
			if (current.some((column) => column.some((text) => text.trim() !== ''))) rows.push(current);
			current = [];
			if (line.includes('=')) headerRows = rows.length;
			continue;
		}
		if (!line.startsWith('|') && !line.startsWith('+')) return undefined;
		// A row's cells lie between the column edges; a span leaves out the `|` between them.
		const cells: string[] = [];
		let start = edges[0] ?? 0;
		for (const edge of edges.slice(1)) {
			const divider = line[edge];
			if (divider === '|' || divider === '+' || edge >= line.length - 1) {
				cells.push(line.slice(start + 1, edge));
				start = edge;
			} else cells.push('');
		}
		cells.forEach((text, index) => {
			current[index] ??= [];
			(current[index] as string[]).push(text.replace(/^ /, '').trimEnd());
		});
	}
	if (rows.length === 0) return undefined;
	const shown = rows.map((row) => row.map((column) => cell(dedent(column))));
	const header = headerRows > 0 ? shown[0] : undefined;
	const body = shown.slice(headerRows > 0 ? 1 : 0);
	// Rows under the header beyond the first are shown bold, as a Markdown table has one header row.
	const extra = Math.max(0, headerRows - 1);
	return markdownTable(
		header,
		body.map((row, index) => (index < extra ? row.map((text) => (text ? `**${text}**` : text)) : row)),
	);
}

function dedent(lines: readonly string[]): string[] {
	const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
	const common = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(common));
}

/** A simple table's lines (its first rule to its last) as Markdown table lines, or undefined. */
export function simpleTable(lines: readonly string[], cell: Cell): string[] | undefined {
	const rule = lines[0] ?? '';
	const columns: [number, number][] = [];
	for (const match of rule.matchAll(/=+/g)) columns.push([match.index, match.index + match[0].length]);
	if (columns.length < 2) return undefined;
	const ruleLines = lines.flatMap((line, index) => (SIMPLE_RULE.test(line) ? [index] : []));
	const headerEnd = ruleLines.length >= 3 ? ruleLines[1] : undefined;
	const rows: { header: boolean; cells: string[][] }[] = [];
	lines.forEach((line, index) => {
		if (SIMPLE_RULE.test(line) || /^[-=]+(?: +[-=]+)*\s*$/.test(line)) return;
		if (line.trim() === '') {
			rows.push({ header: headerEnd !== undefined && index < headerEnd, cells: [] });
			return;
		}
		const cells = columns.map(([start], column) => {
			const next = columns[column + 1];
			// The last column runs to the line's end; a text in the first column starts a new row.
			return (next ? line.slice(start, next[0]) : line.slice(start)).trim();
		});
		const last = rows.at(-1);
		const continues = last && last.cells.length > 0 && cells[0] === '';
		if (continues)
			cells.forEach((text, column) => {
				last.cells[column]?.push(text);
			});
		else rows.push({ header: headerEnd !== undefined && index < headerEnd, cells: cells.map((text) => [text]) });
	});
	const filled = rows.filter((row) => row.cells.length > 0);
	const render = (row: { cells: string[][] }) => row.cells.map((lines) => cell(lines));
	const header = filled.filter((row) => row.header);
	const body = filled.filter((row) => !row.header).map(render);
	if (body.length === 0 && header.length === 0) return undefined;
	return markdownTable(header.length > 0 ? render(header[0] as { cells: string[][] }) : undefined, body);
}

/** A cell's lines, already Markdown, as one line: paragraphs apart by line breaks. */
export function joinedCell(lines: readonly string[]): string {
	const paragraphs: string[] = [];
	let paragraph: string[] = [];
	for (const line of lines) {
		if (line.trim() === '') {
			if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
			paragraph = [];
		} else paragraph.push(line.trim());
	}
	if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
	return tableCell(paragraphs);
}
