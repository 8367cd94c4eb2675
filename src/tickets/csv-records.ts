import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, parse } from 'csv-parse';
import { ContentError } from '../content-model/errors.ts';
import { type ColumnField, columnFields, multiValuedColumns } from './column-names.ts';
import { type ColumnIndexes, type ColumnMatcher, repeatedColumns, resolveHeaderRow } from './columns.ts';
import {
	FOOTER_MAX_LINES,
	isFooterLine,
	isHeaderRow,
	isTrailerLine,
	namedColumns,
	PREAMBLE_MAX_LINES,
} from './csv-layout.ts';
import { createRawRow, missingColumnProblem, type PassedLines, type RowHandler, unusable } from './raw-row.ts';

/** Longest row accepted; a longer one is nearly always a quote that is never closed. */
export const MAX_ROW_CHARS = 1_000_000;

/** The header row as read: where each column is, and how many fields a row should have. */
export interface CsvHeader {
	indexes: ColumnIndexes;
	length: number;
	/** Fields whose column the export repeats (Jira's `Component/s`): every position, and whether all values count. */
	repeats: { field: ColumnField; positions: number[]; all: boolean }[];
	/** The last position the gate reads: a row may end early after it, or run on with empty fields. */
	lastRead: number;
}

/** Where a CSV reader is: the line the next record starts on, and the header once read. */
export interface CsvCursor {
	nextLine: number;
	/** Records seen, header and blank lines included. */
	records: number;
	/** Records to pass over without handing them on (an Excel `sep=` line; rows already read). */
	skip: number;
	header?: CsvHeader;
	/** Non-blank lines read before a row that looks like the header. */
	above: { line: number; record: string[] }[];
	/** The title lines above the header row, once the header is found below them. */
	preamble?: PassedLines;
	/** The report's footer left out at the end of the file. */
	footer?: PassedLines;
}

export function createCursor(header?: CsvHeader): CsvCursor {
	return { nextLine: 1, records: 0, skip: 0, header, above: [] };
}

/** A line passed over, as one line of text for a note: its non-empty cells. */
function lineText(record: readonly string[]): string {
	return record
		.map((cell) => cell.trim())
		.filter((cell) => cell !== '')
		.join(', ');
}

function passedLines(lines: readonly { line: number; record: string[] }[], to: number): PassedLines {
	const first = lines[0] as { line: number; record: string[] };
	return { from: first.line, to, first: lineText(first.record) };
}

/**
 * No row among the first lines names the columns. When the first of them names one
 * column, it is a header that lacks the others, and says which; otherwise the export
 * has no header row at all.
 */
export function missingHeader(
	cursor: CsvCursor,
	options: { file: string; matcher: ColumnMatcher; required: readonly ColumnField[] },
): Error {
	const first = cursor.above[0];
	if (first === undefined) {
		return unusable(options.file, 'is empty: expected a header row naming the columns, then one row per ticket', {
			hint: 'export the closed tickets again; the first line must name the columns (e.g. "Ticket ID,Status,Category,Product Area")',
		});
	}
	if (namedColumns(first.record, options.matcher) === 1) {
		const indexes = resolveHeaderRow(first.record, options.matcher);
		const missing = missingColumns(first.record, indexes, { ...options, line: first.line });
		if (missing) return missing;
	}
	const looked = Math.min(cursor.above.length, PREAMBLE_MAX_LINES);
	return unusable(
		options.file,
		`has no header row: none of its first ${looked === 1 ? 'line' : `${looked} lines`} names the columns (expected a row such as "Ticket ID,Status,Category,Product Area")`,
		{
			line: first.line,
			hint: 'export the closed tickets with a header row; if the export names the columns differently, add those names to `coverage.columns` in content/tryblock.yaml',
		},
	);
}

/** The problems of a header row that lacks a required column, as one error; undefined when it has them all. */
function missingColumns(
	record: string[],
	indexes: ColumnIndexes,
	options: { file: string; line: number; matcher: ColumnMatcher; required: readonly ColumnField[] },
): ContentError | undefined {
	const { file, line, matcher, required } = options;
	const missing = required.filter((field) => indexes[field] === -1);
	if (missing.length === 0) return undefined;
	const found = `the header has ${record.map((name) => `"${name}"`).join(', ')}`;
	return new ContentError(
		missing.map((field) => missingColumnProblem(file, field, matcher, { kind: 'header', found, line })),
	);
}

/** The header row of a CSV export, or the problems of one that lacks a required column. */
export function readHeader(
	record: string[],
	options: { file: string; line: number; matcher: ColumnMatcher; required: readonly ColumnField[] },
): CsvHeader {
	const indexes = resolveHeaderRow(record, options.matcher);
	const missing = missingColumns(record, indexes, options);
	if (missing) throw missing;
	const repeats = Object.entries(repeatedColumns(record, indexes)).map(([field, positions]) => ({
		field: field as ColumnField,
		positions,
		all: multiValuedColumns.has(field),
	}));
	const read = [...Object.values(indexes), ...repeats.flatMap((repeat) => repeat.positions)];
	return { indexes, length: record.length, repeats, lastRead: Math.max(...read) };
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
 * Why a row's number of fields keeps it from being read, if it does. A row may
 * end early when only columns the gate does not read are missing (Excel leaves
 * out trailing empty cells on some rows), and may run on with empty fields
 * (trailing separators); anything else shifts or loses the cells the gate reads.
 */
export function fieldCountProblem(record: string[], header: CsvHeader): string | undefined {
	if (record.length === header.length) return undefined;
	if (record.length < header.length) {
		if (record.length > header.lastRead) return undefined;
	} else {
		let extraEmpty = true;
		for (let index = header.length; index < record.length; index++) {
			if ((record[index] as string).trim() !== '') extraEmpty = false;
		}
		if (extraEmpty) return undefined;
	}
	return `has ${record.length} field${record.length === 1 ? '' : 's'} where the header has ${header.length}`;
}

/** Hands csv-parse's records on; `finish` is called once the records of the file (or of its part) are read. */
export interface RecordHandler {
	(record: string[]): void;
	/**
	 * `end` is true when the reading reached the end of the file: footer lines held
	 * back are then dropped; otherwise (more rows follow in another part) they are rows.
	 */
	finish(end: boolean): void;
}

/**
 * The function csv-parse's records go through: it keeps the line count (a record
 * starts one line after the previous one ended, so quoted line breaks count), reads
 * the header row (the first row that names columns; title lines above it are passed
 * over), and hands every other non-blank row to `onRow`. Lines that look like a
 * report's footer are held back until a ticket row follows them; at the end of the
 * file they are left out and recorded in `cursor.footer`.
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
): RecordHandler {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	// A blank line came after the last ticket row: the footer rule is looser after one.
	let afterBlank = false;
	const held: { line: number; record: string[] }[] = [];
	const emit = (record: string[], line: number, header: CsvHeader) => {
		row.line = line;
		row.problem = fieldCountProblem(record, header);
		for (const field of columnFields) {
			const index = header.indexes[field];
			row.values[field] = index === -1 ? '' : (record[index] ?? '');
		}
		for (const { field, positions, all } of header.repeats) {
			row.values[field] = repeatedValue(record, positions, all);
		}
		onRow(row);
	};
	const release = (header: CsvHeader) => {
		for (const { record, line } of held) emit(record, line, header);
		held.length = 0;
	};
	const handle = ((record: string[]) => {
		const line = cursor.nextLine;
		let breaks = 0;
		for (const field of record) if (field.length > 0) breaks += lineBreaks(field);
		cursor.nextLine += 1 + breaks;
		cursor.records++;
		if (cursor.records <= cursor.skip) return;
		if (isBlank(record)) {
			afterBlank = cursor.header !== undefined;
			return;
		}
		const header = cursor.header;
		if (header === undefined) {
			if (!isHeaderRow(record, matcher)) {
				cursor.above.push({ line, record });
				if (cursor.above.length > PREAMBLE_MAX_LINES) throw missingHeader(cursor, { file, matcher, required });
				return;
			}
			cursor.header = readHeader(record, { file, line, matcher, required });
			if (cursor.above.length > 0) cursor.preamble = passedLines(cursor.above, line - 1);
			options.onHeader?.();
			return;
		}
		const id = header.indexes.id;
		const footerLike = isTrailerLine(record, id) || (afterBlank && isFooterLine(record, id));
		if (footerLike && held.length < FOOTER_MAX_LINES) {
			held.push({ line, record });
			return;
		}
		afterBlank = false;
		release(header);
		emit(record, line, header);
	}) as RecordHandler;
	handle.finish = (end) => {
		if (!end && cursor.header) release(cursor.header);
		if (end && held.length > 0) cursor.footer = passedLines(held, cursor.nextLine - 1);
		held.length = 0;
	};
	return handle;
}

/** The cells of a repeated column: every non-empty one, one per line, or the first non-empty one. */
function repeatedValue(record: string[], positions: number[], all: boolean): string {
	let value = '';
	for (const position of positions) {
		const cell = record[position] ?? '';
		if (cell.trim() === '') continue;
		if (!all) return cell;
		value = value === '' ? cell : `${value}\n${cell}`;
	}
	return value;
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
