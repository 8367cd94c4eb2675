import { closeSync, createReadStream, existsSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { IdIndex } from '../../tickets/id-index.ts';
import { idOfLine, isTombstone } from './rows.ts';

async function* linesOf(file: string): AsyncGenerator<string> {
	const input = createReadStream(file, { highWaterMark: 1 << 16 });
	const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
	for await (const line of reader) if (line !== '') yield line;
}

/** Buffered appends to a file, flushed every megabyte. */
function createSink(file: string) {
	const fd = openSync(file, 'w');
	let chunk = '';
	const flush = () => {
		if (chunk !== '') writeSync(fd, chunk);
		chunk = '';
	};
	return {
		write(line: string) {
			chunk += `${line}\n`;
			if (chunk.length > 1 << 20) flush();
		},
		close() {
			flush();
			fsyncSync(fd);
			closeSync(fd);
		},
	};
}

/** A cached row without its subject, for a pull without `--with-subjects` over a cache made with them. */
function withoutSubject(line: string): string {
	if (!line.includes('"subject":')) return line;
	try {
		const { subject: _subject, ...row } = JSON.parse(line) as Record<string, unknown>;
		return JSON.stringify(row);
	} catch {
		return line;
	}
}

/**
 * Writes the new cache to `out`: the old cache's rows for tickets the pull did not
 * see again, then the pull's rows, each ticket's last one only, tombstones dropped.
 * Streams both files; the only thing held per ticket is the pull's ids, packed in an
 * `IdIndex`. Returns the number of rows written.
 */
export async function mergeCache(options: {
	/** The cache to merge into; undefined when the pull replaces it. */
	cache: string | undefined;
	partial: string;
	out: string;
	withSubjects: boolean;
}): Promise<number> {
	const pulled = new IdIndex();
	let lastLine = new Int32Array(1024);
	let number = 0;
	if (existsSync(options.partial)) {
		for await (const line of linesOf(options.partial)) {
			const id = idOfLine(line);
			if (id !== undefined) {
				const slot = pulled.slotFor(id);
				if (slot >= lastLine.length) {
					const grown = new Int32Array(lastLine.length * 2);
					grown.set(lastLine);
					lastLine = grown;
				}
				lastLine[slot] = number;
			}
			number++;
		}
	}

	const sink = createSink(options.out);
	let rows = 0;
	try {
		if (options.cache && existsSync(options.cache)) {
			for await (const line of linesOf(options.cache)) {
				const id = idOfLine(line);
				if (id === undefined || pulled.slotOf(id) !== -1) continue;
				sink.write(options.withSubjects ? line : withoutSubject(line));
				rows++;
			}
		}
		number = 0;
		if (existsSync(options.partial)) {
			for await (const line of linesOf(options.partial)) {
				const id = idOfLine(line);
				if (id !== undefined && lastLine[pulled.slotOf(id)] === number && !isTombstone(line)) {
					sink.write(line);
					rows++;
				}
				number++;
			}
		}
	} finally {
		sink.close();
	}
	return rows;
}
