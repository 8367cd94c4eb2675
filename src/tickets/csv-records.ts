import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, parse } from 'csv-parse';
import { ContentError } from '../content-model/errors.ts';
import { type ColumnField, columnFields } from './column-names.ts';
import { type ColumnIndexes, type ColumnMatcher, resolveHeaderRow } from './columns.ts';
import { createRawRow, missingColumnProblem, type RowHandler } from './raw-row.ts';

/** Longest row accepted; a longer one is nearly always a quote that is never closed. */
export const MAX_ROW_CHARS = 1_000_000;

/** Where a CSV reader is: the line the next record starts on, and the header once read. */
export interface CsvCursor {
	nextLine: number;
	/** Records seen, header and blank lines included. */
	records: number;
	/** Records to pass over without handing them on (when a file is read again from the start). */
	skip: number;
	header?: { indexes: ColumnIndexes; length: number };
}

export function createCursor(header?: CsvCursor['header']): CsvCursor {
	return { nextLine: 1, records: 0, skip: 0, header };
}

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
 * The function csv-parse's records go through: it keeps the line count (a record
 * starts one line after the previous one ended, so quoted line breaks count), reads
 * the header row, and hands every other non-blank row to `onRow`.
 */
export function createRecordHandler(
	cursor: CsvCursor,
	options: {
		file: string;
		matcher: ColumnMatcher;
		required: readonly ColumnField[];
		onRow: RowHandler;
		onHeader?: () => void;
	},
): (record: string[]) => void {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	return (record) => {
		const line = cursor.nextLine;
		let breaks = 0;
		for (const field of record) if (field.length > 0) breaks += lineBreaks(field);
		cursor.nextLine += 1 + breaks;
		cursor.records++;
		if (cursor.records <= cursor.skip || isBlank(record)) return;
		const header = cursor.header;
		if (header === undefined) {
			const indexes = resolveHeaderRow(record, matcher);
			const missing = required.filter((field) => indexes[field] === -1);
			if (missing.length > 0) {
				const found = `the header has ${record.map((name) => `"${name}"`).join(', ')}`;
				throw new ContentError(
					missing.map((field) => missingColumnProblem(file, field, matcher, { kind: 'header', found, line })),
				);
			}
			cursor.header = { indexes, length: record.length };
			options.onHeader?.();
			return;
		}
		row.line = line;
		row.problem =
			record.length === header.length
				? undefined
				: `has ${record.length} field${record.length === 1 ? '' : 's'} where the header has ${header.length}`;
		for (const field of columnFields) {
			const index = header.indexes[field];
			row.values[field] = index === -1 ? '' : (record[index] ?? '');
		}
		onRow(row);
	};
}

/**
 * The file from `start`, in 64 KB slices of 1 MB reads: large reads keep the disk
 * busy, small slices keep csv-parse from holding thousands of parsed rows at once.
 * `stop.at()` is asked once the reading passes `stop.near`; when it gives an offset,
 * the reading ends there and `stop.used` records it.
 */
export async function* readSlices(
	path: string,
	start: number,
	stop?: { near: number; at: () => Promise<number | undefined>; used: number | undefined },
): AsyncGenerator<Buffer> {
	const slice = 1 << 16;
	let position = start;
	let end = Number.POSITIVE_INFINITY;
	let asked = stop === undefined;
	for await (const chunk of createReadStream(path, { start, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
		for (let offset = 0; offset < chunk.length; offset += slice) {
			let piece = chunk.subarray(offset, offset + slice);
			if (!asked && stop && position + piece.length > stop.near) {
				asked = true;
				const at = await stop.at();
				if (at !== undefined) {
					end = at;
					stop.used = at;
				}
			}
			if (position + piece.length > end) piece = piece.subarray(0, Math.max(0, end - position));
			if (piece.length > 0) yield piece;
			position += piece.length;
			if (position >= end) return;
		}
	}
}

/** Runs csv-parse over a stream of buffers, handing each record to `handle`. */
export async function parseCsvStream(
	source: AsyncIterable<Buffer>,
	options: { delimiter: string; bom: boolean },
	handle: (record: string[]) => void,
): Promise<void> {
	const parser = parse({
		bom: options.bom,
		delimiter: options.delimiter,
		relax_column_count: true,
		relax_quotes: true,
		max_record_size: MAX_ROW_CHARS,
	});
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
	await pipeline(source, parser, sink);
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

export function describeCsvError(error: CsvError): { message: string; hint?: string } {
	const quoteHint = 'a field that holds a `"` must be quoted, with the quote doubled (`""`)';
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return {
				message: 'a quoted field that starts in this row is never closed, so the rest of the file cannot be read',
				hint: quoteHint,
			};
		case 'CSV_MAX_RECORD_SIZE':
			return {
				message: `the row that starts here is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters, most likely a quote that is never closed`,
				hint: quoteHint,
			};
		default:
			return { message: `cannot be read as CSV: ${error.message}` };
	}
}
