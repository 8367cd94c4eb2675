import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { displayPath } from '../../content-model/paths.ts';
import { jsonSyntaxErrorIn, malformedJsonMessage } from '../../text/json-syntax.ts';
import { SourceUnreadable } from './types.ts';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readable(file: string): void {
	try {
		if (!statSync(file).isFile()) throw new Error('not a file');
	} catch {
		throw new SourceUnreadable(`${displayPath(file)}: no such file`);
	}
}

/** A page of an API response holds its records under `key`; a record is anything else. */
function* recordsIn(value: unknown, keys: readonly string[]): Generator<JsonRecord> {
	const key = isRecord(value) ? keys.find((name) => Array.isArray(value[name])) : undefined;
	if (isRecord(value) && key !== undefined) {
		for (const item of value[key] as unknown[]) if (isRecord(item)) yield item;
	} else if (isRecord(value)) yield value;
}

/**
 * Streams the records of a dump one at a time, whichever shape it has: an API
 * response (`{"articles": [...]}`), a file holding several lists
 * (`{"articles": [...], "sections": [...]}`), a list of records, a list of API pages,
 * or JSON Lines of either. Only one record (or one page) is in memory at a time.
 */
export async function* streamRecords(
	file: string,
	keys: readonly string[],
	{ listOnly = false }: { listOnly?: boolean } = {},
): AsyncGenerator<JsonRecord> {
	readable(file);
	if (/\.(jsonl|ndjson)$/i.test(file)) {
		const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
		let number = 0;
		for await (const line of lines) {
			number++;
			if (line.trim() === '') continue;
			let value: unknown;
			try {
				value = JSON.parse(line);
			} catch (error) {
				throw new SourceUnreadable(`${displayPath(file)}:${number}: malformed JSON: ${(error as Error).message}`);
			}
			yield* recordsIn(value, keys);
		}
		return;
	}
	const pipeline = chain([
		createReadStream(file),
		parser(),
		pick({
			filter: (stack) =>
				(stack.length === 2 && keys.includes(String(stack[0])) && typeof stack[1] === 'number') ||
				(!listOnly && stack.length === 1 && typeof stack[0] === 'number'),
			maxDepth: 64,
		}),
		streamValues(),
	]);
	try {
		for await (const { value } of pipeline as AsyncIterable<{ value: unknown }>) yield* recordsIn(value, keys);
	} catch (error) {
		if (error instanceof SourceUnreadable) throw error;
		throw new SourceUnreadable(
			malformedJsonMessage(displayPath(file), (error as Error).message, await jsonSyntaxErrorIn(file)),
		);
	} finally {
		pipeline.destroy();
	}
}

/** A small list (sections, categories, collections) read whole. */
export async function readRecords(file: string, keys: readonly string[]): Promise<JsonRecord[]> {
	const records: JsonRecord[] = [];
	for await (const record of streamRecords(file, keys)) records.push(record);
	return records;
}
