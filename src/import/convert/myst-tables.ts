import { csvTableDelimiter, csvTableRows } from './csv-table-rows.ts';
import { markdownTable, tableCell } from './markdown-table.ts';

/**
 * MyST's (and Sphinx's) tables written otherwise than as a Markdown table, as the
 * Markdown table they showed:
 *
 * ```{list-table} Plans
 * :header-rows: 1
 * * - Plan
 *   - Price
 * * - Team
 *   - 20 €
 * ```
 *
 * and ```` ```{csv-table} ```` with its `:header:` and rows of comma-separated values in the
 * directive. The caption is a bold line over the table, as a table's title is elsewhere.
 */
export interface TableDirective {
	argument: string;
	options: Map<string, string>;
	body: string[];
}

const ROW = /^[*+-][ \t]+[*+-]([ \t]+|$)/;
const CELL = /^([ \t]+)[*+-]([ \t]+|$)/;

/** The rows of a list table, each a list of cells, each cell its lines (paragraphs apart by a blank line). */
function listTableRows(body: readonly string[]): string[][][] | undefined {
	const rows: string[][][] = [];
	let cellIndent = -1;
	for (const line of body) {
		if (line.trim() === '') {
			rows.at(-1)?.at(-1)?.push('');
			continue;
		}
		const row = ROW.exec(line);
		if (row) {
			// The row's cells are listed where its first one's marker stands: `* - Plan` then `  - Price`.
			cellIndent = (/^[*+-][ \t]+/.exec(line)?.[0] ?? '').length;
			const first = line.slice(row[0].length);
			rows.push([[first]]);
			continue;
		}
		const cell = CELL.exec(line);
		if (cell && (cell[1] as string).length === cellIndent) {
			rows.at(-1)?.push([line.slice(cell[0].length)]);
			continue;
		}
		const current = rows.at(-1)?.at(-1);
		// Text before the first row is no list table MyST reads.
		if (!current) return undefined;
		current.push(line);
	}
	return rows.length > 0 ? rows : undefined;
}

/** A cell's lines as one line of Markdown: paragraphs and list items apart by line breaks. */
function cellMarkdown(lines: readonly string[]): string {
	const joined: string[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0) joined.push(paragraph.join(' '));
		paragraph = [];
	};
	for (const line of lines) {
		const trimmed = line.trim();
		if (trimmed === '') flush();
		else if (/^([*+-]|\d+[.)])[ \t]/.test(trimmed)) {
			flush();
			paragraph.push(trimmed);
		} else paragraph.push(trimmed);
	}
	flush();
	return tableCell(joined);
}

const headerRows = (options: Map<string, string>) => {
	const count = Number.parseInt(options.get('header-rows') ?? '0', 10);
	return Number.isFinite(count) && count > 0 ? count : 0;
};

/** The caption (the directive's argument) as a bold line over the table. */
const captionLines = (argument: string) => (argument.trim() ? ['', `**${argument.trim()}**`] : []);

/** A `{list-table}` as a Markdown table; undefined when its content is not the list of lists it should be. */
export function listTable(directive: TableDirective): string[] | undefined {
	const rows = listTableRows(directive.body)?.map((row) => row.map(cellMarkdown));
	if (!rows) return undefined;
	// A Markdown table has one header row: further header rows are shown bold.
	const headers = headerRows(directive.options);
	const header = headers > 0 ? rows[0] : undefined;
	const body = rows
		.slice(headers > 0 ? 1 : 0)
		.map((row, index) => (index < headers - 1 ? row.map((cell) => (cell ? `**${cell}**` : cell)) : row));
	return [...captionLines(directive.argument), ...markdownTable(header, body)];
}

/**
 * A `{csv-table}` whose rows are in the directive (one that reads a `:file:` or `:url:`
 * cannot be shown here: undefined), with its `:header:` and `:delim:`.
 */
export function csvTable(directive: TableDirective): string[] | undefined {
	const { options } = directive;
	if (options.has('file') || options.has('url')) return undefined;
	const delimiter = csvTableDelimiter(options.get('delim'));
	const read = (text: string) => csvTableRows(text, delimiter);
	const rows = read(directive.body.join('\n'));
	const headerText = options.get('header');
	const header = headerText === undefined ? undefined : read(headerText)?.[0];
	if (!rows || rows.length === 0 || (headerText !== undefined && !header)) return undefined;
	const cells = (row: readonly string[]) => row.map((value) => tableCell([value]));
	const headers = header ? 0 : headerRows(options);
	return [
		...captionLines(directive.argument),
		...markdownTable(
			header ? cells(header) : headers > 0 ? cells(rows[0] as string[]) : undefined,
			rows.slice(headers > 0 ? 1 : 0).map(cells),
		),
	];
}
