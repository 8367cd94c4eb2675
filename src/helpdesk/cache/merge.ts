import { closeSync, existsSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { IdIndex } from '../../tickets/id-index.ts';

/** Bytes of `{"id":"`, the way every cache line starts. */
const idPrefix = [123, 34, 105, 100, 34, 58, 34];

/**
 * Where the id of the line at `buffer[start, end)` ends, when the line starts the way
 * the cache writes it and the id has no escapes: the id is `buffer[start + 7, close)`.
 * Returns -1 otherwise (a checkpoint, or an id that needs JSON to read).
 */
function idEnd(buffer: Buffer, start: number, end: number): number {
	const from = start + idPrefix.length;
	if (end <= from) return -1;
	for (let index = 0; index < idPrefix.length; index++) if (buffer[start + index] !== idPrefix[index]) return -1;
	for (let index = from; index < end; index++) {
		const byte = buffer[index];
		if (byte === 34) return index;
		if (byte === 92) return -1;
	}
	return -1;
}

/** FNV-1a of an id's bytes: a cheap first test before an id is read as text. */
function hashBytes(buffer: Buffer, from: number, to: number): number {
	let hash = 0x811c9dc5;
	for (let index = from; index < to; index++) hash = Math.imul(hash ^ (buffer[index] as number), 0x01000193);
	return hash >>> 0;
}

function hashId(id: string): number {
	const bytes = Buffer.from(id);
	return hashBytes(bytes, 0, bytes.length);
}

/** The id of the line at `buffer[start, end)`, from its bytes when it can, else from the parsed line. */
function idAt(buffer: Buffer, start: number, end: number): string | undefined {
	const close = idEnd(buffer, start, end);
	if (close !== -1) return buffer.toString('utf8', start + idPrefix.length, close);
	try {
		const value = JSON.parse(buffer.toString('utf8', start, end)) as { id?: unknown };
		return typeof value.id === 'string' ? value.id : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads `file` in large chunks into one reused buffer and calls `visit` for each
 * non-empty line with its bytes; `visit` answers whether to keep it, and kept lines go
 * to `keep` in runs, as slices of the buffer (used before the next read), so a file
 * that is mostly kept is copied at the speed of the disk, allocating nothing per line.
 */
function scanLines(
	file: string,
	visit: (buffer: Buffer, start: number, end: number) => boolean,
	keep: (bytes: Buffer) => void = () => {},
): void {
	const fd = openSync(file, 'r');
	let buffer = Buffer.allocUnsafe(1 << 20);
	let filled = 0;
	try {
		for (;;) {
			if (filled === buffer.length) {
				const bigger = Buffer.allocUnsafe(buffer.length * 2);
				buffer.copy(bigger, 0, 0, filled);
				buffer = bigger;
			}
			const read = readSync(fd, buffer, filled, buffer.length - filled, null);
			filled += read;
			const view = buffer.subarray(0, filled);
			let start = 0;
			let run = -1;
			const take = (end: number, next: number) => {
				const kept = end > start && visit(view, start, end);
				if (kept && run === -1) run = start;
				if (!kept && run !== -1) {
					keep(view.subarray(run, start));
					run = -1;
				}
				start = next;
			};
			for (let end = view.indexOf(10, start); end !== -1; end = view.indexOf(10, start)) take(end, end + 1);
			if (run !== -1) keep(view.subarray(run, start));
			if (read === 0) {
				// The last line has no line break: keep it with one.
				if (start < filled && visit(view, start, filled))
					keep(Buffer.concat([view.subarray(start, filled), Buffer.from('\n')]));
				return;
			}
			buffer.copyWithin(0, start, filled);
			filled -= start;
		}
	} finally {
		closeSync(fd);
	}
}

/** A cached row without its subject, for a pull without `--with-subjects` over a cache made with them. */
function withoutSubject(line: string): string {
	try {
		const { subject: _subject, ...row } = JSON.parse(line) as Record<string, unknown>;
		return JSON.stringify(row);
	} catch {
		return line;
	}
}

/**
 * Writes the new cache to `out`: the old cache's rows for tickets the pull did not
 * see again, then the pull's rows, each ticket's last one only, tombstones and
 * checkpoints dropped. Streams both files; what it holds per ticket is the pull's
 * ids, packed in an `IdIndex`. Returns the number of rows written.
 */
export async function mergeCache(options: {
	/** The cache to merge into; undefined when the pull replaces it. */
	cache: string | undefined;
	partial: string;
	out: string;
	/** Take subjects out of the old cache's rows (a pull without `--with-subjects` over a cache with them). */
	stripSubjects?: boolean;
}): Promise<number> {
	const pulled = new IdIndex();
	const pulledHashes = new Set<number>();
	let lastLine = new Int32Array(1024);
	let number = 0;
	const hasPartial = existsSync(options.partial);
	const merging = options.cache !== undefined && existsSync(options.cache);
	if (hasPartial) {
		scanLines(options.partial, (buffer, start, end) => {
			const id = idAt(buffer, start, end);
			if (id !== undefined) {
				if (merging) pulledHashes.add(hashId(id));
				const slot = pulled.slotFor(id);
				if (slot >= lastLine.length) {
					const grown = new Int32Array(lastLine.length * 2);
					grown.set(lastLine);
					lastLine = grown;
				}
				lastLine[slot] = number;
			}
			number++;
			return false;
		});
	}

	const fd = openSync(options.out, 'w');
	let rows = 0;
	const write = (bytes: Buffer) => {
		writeSync(fd, bytes);
	};
	try {
		if (options.cache && merging) {
			const strip = options.stripSubjects === true;
			scanLines(
				options.cache,
				(buffer, start, end) => {
					// Most cached tickets were not pulled again: their id's hash says so without reading it as text.
					const close = idEnd(buffer, start, end);
					if (close === -1 || pulledHashes.has(hashBytes(buffer, start + idPrefix.length, close))) {
						const id = idAt(buffer, start, end);
						if (id === undefined || pulled.slotOf(id) !== -1) return false;
					}
					rows++;
					if (!strip || !buffer.subarray(start, end).includes('"subject":')) return true;
					write(Buffer.from(`${withoutSubject(buffer.toString('utf8', start, end))}\n`));
					return false;
				},
				write,
			);
		}
		if (hasPartial) {
			number = 0;
			const tombstoneEnd = Buffer.from(',"removed":true}');
			scanLines(
				options.partial,
				(buffer, start, end) => {
					const id = idAt(buffer, start, end);
					const line = number++;
					if (id === undefined || lastLine[pulled.slotOf(id)] !== line) return false;
					const tombstone =
						end - start >= tombstoneEnd.length &&
						buffer.compare(tombstoneEnd, 0, tombstoneEnd.length, end - tombstoneEnd.length, end) === 0;
					if (tombstone) return false;
					rows++;
					return true;
				},
				write,
			);
		}
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	return rows;
}
