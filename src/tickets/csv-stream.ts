// Reading a CSV export's bytes: slices of the file, csv-parse over them, and what its
// errors mean to the person who exported the file.
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, parse } from 'csv-parse';

/** Longest row accepted; a longer one is nearly always a quote that is never closed. */
export const MAX_ROW_CHARS = 1_000_000;

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
