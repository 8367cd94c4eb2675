// Where the tickets of a CSV export start and end: report tools write a title
// above the header row and a footer below the last ticket.
import type { ColumnField } from './column-names.ts';
import type { ColumnMatcher } from './columns.ts';

/** A row is the header when it names at least this many of the columns the gate knows (any alias, configured ones too). */
export const HEADER_MIN_COLUMNS = 2;

/** Lines above the header row passed over at most; past them the export has no header the gate can find. */
export const PREAMBLE_MAX_LINES = 20;

/** Footer lines held back at most: a longer run of such lines is rows, read as such. */
export const FOOTER_MAX_LINES = 50;

/** How many different columns the cells of a row name. */
export function namedColumns(cells: readonly string[], matcher: ColumnMatcher): number {
	const fields = new Set<ColumnField>();
	for (const cell of cells) {
		const hit = matcher.fieldOf(cell.trim());
		if (hit) fields.add(hit.field);
	}
	return fields.size;
}

/** Whether a row is the header: it names columns, where a title or a "Generated on" line names none or one. */
export function isHeaderRow(cells: readonly string[], matcher: ColumnMatcher): boolean {
	return namedColumns(cells, matcher) >= HEADER_MIN_COLUMNS;
}

const delimiters = [',', ';', '\t'];

/** The cells of one line of the sample, split at `delimiter` without regard to quoting (a header rarely needs any). */
function roughCells(line: string, delimiter: string): string[] {
	return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * The delimiter that makes a line among the first of the sample a header row, so
 * that title lines above the header do not decide it; undefined when no line is one.
 * Of several delimiters, the one that names most columns wins.
 */
export function headerDelimiter(sample: string, matcher: ColumnMatcher): string | undefined {
	const lines = sample.replace(/^\uFEFF/, '').split(/\r?\n|\r/, PREAMBLE_MAX_LINES + 1);
	for (const line of lines) {
		let best: { delimiter: string; named: number } | undefined;
		for (const delimiter of delimiters) {
			const named = namedColumns(roughCells(line, delimiter), matcher);
			if (named >= HEADER_MIN_COLUMNS && named > (best?.named ?? 0)) best = { delimiter, named };
		}
		if (best) return best.delimiter;
	}
	return undefined;
}

/**
 * The field delimiter, from the header line: a comma, or a semicolon or tab when
 * the header has more of those (spreadsheets in many locales save `;`).
 */
export function detectDelimiter(sample: string): string {
	const firstLine = sample.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
	const unquoted = firstLine.replace(/"[^"]*"/g, '');
	const count = (char: string) => unquoted.split(char).length - 1;
	const candidates = [',', ';', '\t'].map((char) => ({ char, count: count(char) }));
	const best = candidates.reduce((a, b) => (b.count > a.count ? b : a));
	return best.count > 0 ? best.char : ',';
}

/**
 * The delimiter an Excel `sep=` first line names (`sep=;`, `sep=,`, `sep=\t`, quoted
 * or not), which spreadsheets write so that Excel splits the file the same way in
 * every locale. That line is no header; undefined when the file has none.
 */
export function excelSeparator(sample: string): string | undefined {
	const match = /^\uFEFF?"?sep=([^\r\n"])"?\r?\n/i.exec(sample);
	return match?.[1];
}

/** The position of the only non-empty cell, or -1 when there are none or several. */
function onlyFilled(record: readonly string[]): number {
	let filled = -1;
	for (let index = 0; index < record.length; index++) {
		if ((record[index] as string).trim() === '') continue;
		if (filled !== -1) return -1;
		filled = index;
	}
	return filled;
}

/**
 * A line of a report's footer after a blank line: one non-empty cell, outside the id
 * column or holding white space (a ticket id is one word). Salesforce reports end with
 * such lines ("Grand Totals (12 records)", "Confidential Information - Do Not
 * Distribute", "Copyright (c) ...") after a blank line.
 */
export function isFooterLine(record: readonly string[], idColumn: number): boolean {
	const filled = onlyFilled(record);
	if (filled === -1) return false;
	return filled !== idColumn || /\s/.test((record[filled] as string).trim());
}

/** A count or a sum as reports print them: `1,234`, `98.5%`, `$12.00`. */
const figure = /^[-+(]?[$€£¥]?\d[\d,.\s']*%?\)?$/;

/**
 * A footer line right below the last ticket, with no blank line between: the first
 * cell is a phrase (white space in it, where a ticket id is one word: "Total: 1,234",
 * "Grand Total", "Confidential Information - Do Not Distribute") and any other
 * non-empty cell is a figure (a total in its column), the id cell not among them. A
 * short ticket row ("T-9", or "T-9,Solved") is never one, nor a row with an id.
 */
export function isTrailerLine(record: readonly string[], idColumn: number): boolean {
	const first = (record[0] ?? '').trim();
	if (!/\s/.test(first)) return false;
	for (let index = 1; index < record.length; index++) {
		const cell = (record[index] as string).trim();
		if (cell !== '' && (index === idColumn || !figure.test(cell))) return false;
	}
	return true;
}
