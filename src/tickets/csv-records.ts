// Records of a CSV export on their way to the gate: the line each starts on, the
// header found below any title lines, and a report's footer held back at the end.
import { type ColumnField, columnFields } from './column-names.ts';
import type { ColumnMatcher } from './columns.ts';
import { type CsvHeader, missingHeader, readHeader } from './csv-header.ts';
import { FOOTER_MAX_LINES, isFooterLine, isHeaderRow, isTrailerLine, PREAMBLE_MAX_LINES } from './csv-layout.ts';
import { createRawRow, type PassedLines, type RowHandler } from './raw-row.ts';
import { createKindTally, type KindTally, tallyKinds } from './record-kind.ts';

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
	/** The values of a category column named by a fallback name (`Type`): channels or record kinds only? */
	kinds: KindTally;
}

export function createCursor(header?: CsvHeader): CsvCursor {
	return { nextLine: 1, records: 0, skip: 0, header, above: [], kinds: createKindTally() };
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
		if (header.fallbackCategory && !cursor.kinds.other && row.problem === undefined) {
			tallyKinds(cursor.kinds, row.values.category);
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
