import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import type { CoverageConfig } from './coverage-config.ts';
import type { CsvCursor } from './csv-records.ts';
import type { LinkSnapshot } from './links.ts';
import type { PassedLines } from './raw-row.ts';
import type { KindTally } from './record-kind.ts';
import type { TableSnapshot } from './ticket-table.ts';

/** Exports at least this big are read by two threads, one half each. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** What the worker needs to judge rows the way the main thread does. */
export interface WorkerIngestContext {
	taxonomy: Taxonomy;
	closedStatuses: string[];
	notClosedStatuses: string[];
	dateFormat: CoverageConfig['dateFormat'];
	tagPrefixes: CoverageConfig['tagPrefixes'];
	columns: CoverageConfig['columns'];
	links: LinkSnapshot;
	/** The settings file as messages name it. */
	settingsFile: string;
}

/** Lets the CSV reader hand the second half of a big export to a worker thread. */
export interface ParallelIngest {
	context: WorkerIngestContext;
	/** Adds the worker's tickets (read after the first half) to the main table. */
	merge(snapshot: TableSnapshot, lineOffset: number, referenceKeys: string[]): void;
	/** Default `PARALLEL_MIN_BYTES`. */
	minBytes?: number;
	/** Where to look for the split; default the middle of the file. */
	splitNear?: number;
}

export interface WorkerInput extends WorkerIngestContext {
	path: string;
	file: string;
	delimiter: string;
	header: NonNullable<CsvCursor['header']>;
	near: number;
	crlf: boolean;
}

export type WorkerResult =
	| { type: 'done'; snapshot: TableSnapshot; referenceKeys: string[]; footer?: PassedLines; kinds: KindTally }
	| { type: 'csv-error'; code: string; message: string; line: number }
	| { type: 'crash'; message: string };

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * A byte offset after `near` where a record starts, for a second thread to read
 * from: the first line break (of the file's kind) with an even number of quotes
 * before it, so it is not inside a quoted field. Stray quotes in unquoted fields can
 * fool the count, so the main thread confirms the split: its half must end outside
 * quotes. Undefined when no line break is found within 8 MB.
 */
export function findSplit(path: string, near: number, crlf: boolean): number | undefined {
	const handle = openSync(path, 'r');
	try {
		const buffer = Buffer.allocUnsafe(1 << 20);
		let quotes = 0;
		let position = 0;
		while (position < near) {
			const read = readSync(handle, buffer, 0, Math.min(buffer.length, near - position), position);
			if (read === 0) return undefined;
			for (let index = buffer.indexOf(QUOTE); index !== -1 && index < read; index = buffer.indexOf(QUOTE, index + 1))
				quotes++;
			position += read;
		}
		let previous = -1;
		const limit = near + 8 * (1 << 20);
		while (position < limit) {
			const read = readSync(handle, buffer, 0, buffer.length, position);
			if (read === 0) return undefined;
			for (let index = 0; index < read; index++) {
				const byte = buffer[index] as number;
				if (byte === QUOTE) quotes++;
				else if (byte === NEWLINE && quotes % 2 === 0 && (!crlf || previous === RETURN)) return position + index + 1;
				previous = byte;
			}
			position += read;
		}
		return undefined;
	} finally {
		closeSync(handle);
	}
}

/** A worker thread reading the second half of an export. */
export interface SplitWorker {
	/** Where the worker starts reading, once it knows; undefined when it found no place. */
	split: Promise<number | undefined>;
	result: Promise<WorkerResult>;
	terminate(): void;
}

export function startSplitWorker(input: WorkerInput): SplitWorker {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { workerData: input });
	} catch (error) {
		// No worker (e.g. inside a bundle): the main thread reads the whole file.
		const message = (error as Error).message;
		return {
			split: Promise.resolve(undefined),
			result: Promise.resolve({ type: 'crash', message }),
			terminate: () => {},
		};
	}
	let resolveSplit: (at: number | undefined) => void = () => {};
	let resolveResult: (result: WorkerResult) => void = () => {};
	const split = new Promise<number | undefined>((resolve) => {
		resolveSplit = resolve;
	});
	const result = new Promise<WorkerResult>((resolve) => {
		resolveResult = resolve;
	});
	worker.on('message', (message: { type: 'split'; at: number | undefined } | WorkerResult) => {
		if (message.type === 'split') resolveSplit(message.at);
		else resolveResult(message);
	});
	const fail = (message: string) => {
		resolveSplit(undefined);
		resolveResult({ type: 'crash', message });
	};
	worker.on('error', (error: Error) => fail(error.message));
	worker.on('exit', (code) => fail(`the worker thread exited with code ${code}`));
	return {
		split,
		result,
		terminate: () => {
			void worker.terminate();
		},
	};
}
