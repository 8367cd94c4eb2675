// Worker thread: reads the second half of a big CSV export and judges its rows.
import { parentPort, workerData } from 'node:worker_threads';
import { CsvError } from 'csv-parse';
import { createColumnMatcher } from './columns.ts';
import { createCursor, createRecordHandler } from './csv-records.ts';
import { findSplit, type WorkerInput, type WorkerResult } from './csv-split.ts';
import { parseCsvStream, readSlices } from './csv-stream.ts';
import { checkUtf8 } from './encoding.ts';
import { createIngester } from './ingest.ts';
import { LinkIndex } from './links.ts';
import { TicketTable } from './ticket-table.ts';

const input = workerData as WorkerInput;
const port = parentPort as NonNullable<typeof parentPort>;
const at = findSplit(input.path, input.near, input.crlf);
port.postMessage({ type: 'split', at });
if (at !== undefined) {
	const links = new LinkIndex(input.links);
	const table = new TicketTable();
	table.addFile(input.file);
	const ingest = createIngester({
		taxonomy: input.taxonomy,
		coverage: {
			closedStatuses: input.closedStatuses,
			notClosedStatuses: input.notClosedStatuses,
			dateFormat: input.dateFormat,
			tagPrefixes: input.tagPrefixes,
		},
		links,
		table,
		settingsFile: input.settingsFile,
	});
	const cursor = createCursor(input.header);
	const handle = createRecordHandler(cursor, {
		file: input.file,
		matcher: createColumnMatcher(input.columns, input.tagPrefixes, input.settingsFile),
		required: [],
		onRow: (row) => ingest(row, 0),
	});
	let result: WorkerResult;
	try {
		await parseCsvStream(checkUtf8(readSlices(input.path, at), at), { delimiter: input.delimiter, bom: false }, handle);
		handle.finish(true);
		result = {
			type: 'done',
			snapshot: table.snapshot(),
			referenceKeys: links.referenceKeys,
			footer: cursor.footer,
			kinds: cursor.kinds,
		};
	} catch (error) {
		result =
			error instanceof CsvError
				? { type: 'csv-error', code: error.code, message: error.message, line: cursor.nextLine }
				: { type: 'crash', message: (error as Error).stack ?? String(error) };
	}
	// Hand the typed arrays over instead of copying them: the worker is done with them.
	const buffers =
		result.type === 'done'
			? Object.values(result.snapshot)
					.filter((value): value is Uint8Array => ArrayBuffer.isView(value))
					.map((view) => view.buffer as ArrayBuffer)
			: [];
	port.postMessage(result, [...new Set(buffers)]);
}
