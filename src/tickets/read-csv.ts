import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { ContentError } from '../content-model/errors.ts';
import { type ColumnIndexes, resolveHeaderRow } from './columns.ts';
import { columnFields } from './coverage-config.ts';
import { createRawRow, missingColumnProblem, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';

/** Longest row accepted; a longer one is nearly always a quote that is never closed. */
const MAX_ROW_CHARS = 1_000_000;

/** Line breaks inside a quoted field: `\r\n`, `\n` and `\r` each count once. */
function lineBreaks(field: string): number {
	let count = 0;
	let index = field.indexOf('\n');
	while (index !== -1) {
		count++;
		index = field.indexOf('\n', index + 1);
	}
	index = field.indexOf('\r');
	while (index !== -1) {
		if (field.charCodeAt(index + 1) !== 10) count++;
		index = field.indexOf('\r', index + 1);
	}
	return count;
}

function isBlank(record: string[]): boolean {
	for (const field of record) if (field.trim() !== '') return false;
	return true;
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

function describeCsvError(error: CsvError): { message: string; hint?: string } {
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return {
				message: 'a quoted field that starts in this row is never closed, so the rest of the file cannot be read',
				hint: 'a field that holds a `"` must be quoted, with the quote doubled (`""`)',
			};
		case 'CSV_MAX_RECORD_SIZE':
			return {
				message: `the row that starts here is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters, most likely a quote that is never closed`,
				hint: 'a field that holds a `"` must be quoted, with the quote doubled (`""`)',
			};
		default:
			return { message: `cannot be read as CSV: ${error.message}` };
	}
}

/**
 * Streams a CSV export (RFC 4180, UTF-8 with or without BOM, CRLF or LF) through
 * csv-parse and hands each row to `onRow` with the line it starts on. The file is
 * never held in memory.
 */
export async function readCsv(path: string, sample: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const delimiter = path.toLowerCase().endsWith('.tsv') ? '\t' : detectDelimiter(sample);
	const parser = parse({
		bom: true,
		delimiter,
		record_delimiter: ['\r\n', '\n', '\r'],
		relax_column_count: true,
		relax_quotes: true,
		max_record_size: MAX_ROW_CHARS,
	});
	const row = createRawRow();
	let indexes: ColumnIndexes | undefined;
	let headerLength = 0;
	let nextLine = 1;
	let rows = 0;

	const handle = (record: string[]) => {
		const line = nextLine;
		let breaks = 0;
		for (const field of record) if (field.length > 0) breaks += lineBreaks(field);
		nextLine += 1 + breaks;
		if (isBlank(record)) return;
		if (indexes === undefined) {
			indexes = resolveHeaderRow(record, matcher);
			headerLength = record.length;
			const found = indexes;
			const wanted = required.filter((field) => found[field] === -1);
			if (wanted.length > 0) {
				const header = `the header has ${record.map((name) => `"${name}"`).join(', ')}`;
				throw new ContentError(
					wanted.map((field) => missingColumnProblem(file, field, matcher, { kind: 'header', found: header, line })),
				);
			}
			return;
		}
		rows++;
		row.line = line;
		row.problem =
			record.length === headerLength
				? undefined
				: `has ${record.length} field${record.length === 1 ? '' : 's'} where the header has ${headerLength}`;
		for (const field of columnFields) {
			const index = indexes[field];
			row.values[field] = index === -1 ? '' : (record[index] ?? '');
		}
		onRow(row);
	};

	const sink = new Writable({
		objectMode: true,
		highWaterMark: 256,
		write(record: string[], _encoding, callback) {
			try {
				handle(record);
				callback();
			} catch (error) {
				callback(error as Error);
			}
		},
	});
	try {
		await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), parser, sink);
	} catch (error) {
		if (error instanceof CsvError) {
			const { message, hint } = describeCsvError(error);
			throw unusable(file, message, { line: nextLine, hint });
		}
		throw error;
	}
	if (indexes === undefined) {
		throw unusable(file, 'is empty: expected a header row naming the columns, then one row per ticket', {
			hint: 'export the closed tickets again; the first line must name the columns (e.g. "Ticket ID,Status,Category,Product Area")',
		});
	}
	return { rows };
}
