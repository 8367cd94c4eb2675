import { statSync } from 'node:fs';
import { CsvError } from 'csv-parse';
import { hasColumn } from './columns.ts';
import { kindsOnlyProblem, missingHeader } from './csv-header.ts';
import { detectDelimiter, excelSeparator, headerDelimiter } from './csv-layout.ts';
import { type CsvCursor, createCursor, createRecordHandler } from './csv-records.ts';
import { PARALLEL_MIN_BYTES, type ParallelIngest, type SplitWorker, startSplitWorker } from './csv-split.ts';
import { describeCsvError, parseCsvStream, readSlices } from './csv-stream.ts';
import { checkUtf8, swapByteOrder } from './encoding.ts';
import type { RawRow, ReadOptions, ReadSummary } from './raw-row.ts';
import { unusable } from './raw-row.ts';
import { mergeKindTally } from './record-kind.ts';

function csvProblem(file: string, error: unknown, line: number): unknown {
	if (!(error instanceof CsvError)) return error;
	const { message, hint } = describeCsvError(error);
	return unusable(file, message, { line, hint });
}

/** `\r\n` or `\n` ending the header line; undefined for other line endings. */
function lineEnding(sample: string): 'crlf' | 'lf' | undefined {
	const end = sample.search(/[\r\n]/);
	if (end === -1) return undefined;
	if (sample[end] === '\n') return 'lf';
	return sample[end + 1] === '\n' ? 'crlf' : undefined;
}

/**
 * Where the worker's half starts: a little past the middle, since the worker
 * starts later (a new thread, its modules) and the main thread merges after.
 */
function defaultSplit(size: number): number {
	return Math.floor(size * 0.56);
}

/** How the bytes of a CSV export encode its text. UTF-16 is read only with its byte order mark. */
export type CsvEncoding = 'utf8' | 'utf16le' | 'utf16be';

/**
 * The file's bytes from `start`, as csv-parse reads them: UTF-8 is checked on the
 * way (a Windows-1252 byte throws `NotUtf8Error`), big-endian UTF-16 is turned
 * little-endian (csv-parse knows that one by its byte order mark).
 */
function csvBytes(
	path: string,
	encoding: CsvEncoding,
	start: number,
	stop?: Parameters<typeof readSlices>[2],
): AsyncIterable<Buffer> {
	const slices = readSlices(path, start, stop);
	if (encoding === 'utf16be') return swapByteOrder(slices);
	return encoding === 'utf8' ? checkUtf8(slices, start) : slices;
}

/**
 * Streams a CSV export (RFC 4180, UTF-8 with or without BOM, CRLF or LF) through
 * csv-parse and hands each row to `onRow` with the line it starts on; the file is
 * never held in memory. With `parallel`, a big export is read by two threads: a
 * worker judges the second half while this thread reads the first, and its tickets
 * are merged in after (rows in the second half still win over the first).
 */
export async function readCsv(
	path: string,
	sample: string,
	options: ReadOptions,
	parallel?: ParallelIngest,
	encoding: CsvEncoding = 'utf8',
): Promise<ReadSummary> {
	const { file } = options;
	const separator = excelSeparator(sample);
	const delimiter =
		separator ??
		(path.toLowerCase().endsWith('.tsv')
			? '\t'
			: (headerDelimiter(sample, options.matcher) ?? detectDelimiter(sample)));
	const cursor: CsvCursor = createCursor();
	// Once every row is read: a `Type` column of channels only means the export has no category column.
	const summary = (count: number, footer = cursor.footer): ReadSummary => {
		const kindsOnly = kindsOnlyProblem(file, cursor.header, cursor.kinds, options);
		if (kindsOnly) throw kindsOnly;
		return {
			rows: count,
			hasArticles: hasColumn('articles', options.matcher, (column) => (cursor.header?.indexes[column] ?? -1) !== -1),
			preamble: cursor.preamble,
			footer,
		};
	};
	if (separator !== undefined) cursor.skip = 1;
	let rows = 0;
	const onRow = (row: RawRow) => {
		rows++;
		options.onRow(row);
	};
	const ending = lineEnding(sample.replace(/^\uFEFF/, ''));
	const size = statSync(path).size;
	const eligible =
		parallel !== undefined &&
		encoding === 'utf8' &&
		ending !== undefined &&
		size >= (parallel.minBytes ?? PARALLEL_MIN_BYTES);
	let worker: SplitWorker | undefined;
	const handle = createRecordHandler(cursor, {
		...options,
		onRow,
		onHeader: () => {
			if (!eligible || !parallel || !cursor.header) return;
			worker = startSplitWorker({
				...parallel.context,
				path,
				file,
				delimiter,
				header: cursor.header,
				near: parallel.splitNear ?? defaultSplit(size),
				crlf: ending === 'crlf',
			});
		},
	});
	const stop = eligible
		? {
				near: parallel?.splitNear ?? defaultSplit(size),
				at: () => worker?.split ?? Promise.resolve(undefined),
				used: undefined as number | undefined,
			}
		: undefined;
	try {
		await parseCsvStream(csvBytes(path, encoding, 0, stop), { delimiter, bom: true }, handle);
		handle.finish(stop?.used === undefined);
	} catch (error) {
		worker?.terminate();
		if (!(stop?.used !== undefined && error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')) {
			throw csvProblem(file, error, cursor.nextLine);
		}
		// The split fell inside a quoted field: read the whole file here, passing over the rows already read.
		handle.finish(false);
		cursor.skip = cursor.records;
		cursor.records = 0;
		cursor.nextLine = 1;
		try {
			await parseCsvStream(csvBytes(path, encoding, 0), { delimiter, bom: true }, handle);
			handle.finish(true);
		} catch (again) {
			throw csvProblem(file, again, cursor.nextLine);
		}
		return summary(rows);
	}
	if (cursor.header === undefined) throw missingHeader(cursor, options);
	const split = stop?.used;
	if (worker === undefined || split === undefined || parallel === undefined) {
		worker?.terminate();
		return summary(rows);
	}
	const result = await worker.result;
	const lineOffset = cursor.nextLine - 1;
	if (result.type === 'done') {
		mergeKindTally(cursor.kinds, result.kinds);
		parallel.merge(result.snapshot, lineOffset, result.referenceKeys);
		const footer = result.footer && {
			...result.footer,
			from: lineOffset + result.footer.from,
			to: lineOffset + result.footer.to,
		};
		return summary(rows + result.snapshot.rows, footer);
	}
	if (result.type === 'csv-error') {
		const { message, hint } = describeCsvError({ code: result.code, message: result.message } as CsvError);
		throw unusable(file, message, { line: lineOffset + result.line, hint });
	}
	// The worker failed for another reason: read the second half here.
	try {
		await parseCsvStream(csvBytes(path, encoding, split), { delimiter, bom: false }, handle);
		handle.finish(true);
	} catch (error) {
		throw csvProblem(file, error, cursor.nextLine);
	}
	return summary(rows);
}
