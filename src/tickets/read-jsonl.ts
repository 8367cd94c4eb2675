import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { inline, quoted } from '../cli/untrusted-text.ts';
import { parserMessage } from '../text/parser-messages.ts';
import { hasColumn } from './columns.ts';
import { checkUtf8 } from './encoding.ts';
import {
	type ColumnsSeen,
	checkJsonColumns,
	fillRowFromJson,
	parseTicketJson,
	requiredColumnsNamed,
	wrappedTickets,
} from './json-row.ts';
import { createRawRow, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';

/**
 * A file of one line holding an object none of whose keys is a column and no list
 * of tickets: not a ticket export. Says so, with its keys, instead of naming every
 * missing column.
 */
function refuseSingleObject(file: string, path: string, value: unknown, line: number): void {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
	if (!/\.json$/i.test(path)) return;
	const entries = Object.entries(value);
	const keys = entries.slice(0, 5).map(([key]) => quoted(key));
	throw unusable(
		file,
		`expected a JSON array of ticket objects (or one ticket object per line), found a single object with the keys ${keys.join(', ')}${entries.length > 5 ? ', …' : ''}`,
		{ line, hint: 'export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line)' },
	);
}

/**
 * Streams a JSON Lines export (one ticket object per line). A line that is not
 * valid JSON is an invalid row; the lines after it are still read.
 */
export async function readJsonLines(path: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	const seen: ColumnsSeen = new Set();
	const bytes = checkUtf8(createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>);
	const lines = createInterface({ input: Readable.from(bytes, { objectMode: false }), crlfDelay: Infinity });
	let lineNumber = 0;
	let rows = 0;
	let first: { value: unknown; line: number } | undefined;
	let firstInvalid: { message: string; line: number } | undefined;
	for await (const rawLine of lines) {
		lineNumber++;
		const text = (lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim();
		if (text === '') continue;
		rows++;
		row.line = lineNumber;
		let value: unknown;
		try {
			value = parseTicketJson(text);
		} catch (error) {
			fillRowFromJson({}, row, matcher, seen);
			const message = parserMessage((error as Error).message);
			row.problem = `is not valid JSON: ${message}`;
			firstInvalid ??= { message, line: lineNumber };
			onRow(row);
			continue;
		}
		first ??= { value, line: lineNumber };
		// A line holding no column but a list of objects wraps tickets (a one-line API response, or a page per line).
		const list =
			fillRowFromJson(value, row, matcher, seen) === 0
				? wrappedTickets(value, (first) => requiredColumnsNamed(first, matcher, required))
				: undefined;
		if (list === undefined) {
			onRow(row);
			continue;
		}
		rows += list.length - 1;
		for (const ticket of list) {
			row.line = lineNumber;
			fillRowFromJson(ticket, row, matcher, seen);
			onRow(row);
		}
	}
	// Not one line was JSON: the file is not JSON Lines at all, which says more than
	// "no id column, no status column, ...".
	if (!first && firstInvalid) {
		throw unusable(file, `is not JSON Lines: no line is valid JSON (${inline(firstInvalid.message)})`, {
			line: firstInvalid.line,
			hint: 'a JSON Lines export holds one ticket object per line; check the file is the export you meant',
		});
	}
	if (rows === 1 && seen.size === 0 && first) refuseSingleObject(file, path, first.value, first.line);
	checkJsonColumns(file, rows, seen, required, matcher);
	return { rows, hasArticles: hasColumn('articles', matcher, (column) => seen.has(column)) };
}
