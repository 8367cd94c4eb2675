import { randomBytes } from 'node:crypto';
import {
	closeSync,
	createReadStream,
	existsSync,
	ftruncateSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { HelpdeskError } from '../errors.ts';
import { mergeCache } from './merge.ts';

/** The files of one source's cache. Only `<source>.jsonl` is read by the gate. */
export function cacheFiles(dir: string, source: string) {
	return {
		dir,
		/** The finished cache: one closed ticket per line. */
		cache: path.join(dir, `${source}.jsonl`),
		/** Where the next pull starts, the requester-hash salt, and what the cache holds. */
		state: path.join(dir, `${source}.state.json`),
		/** Pages of the pull under way, appended as they arrive, each followed by a checkpoint line. */
		partial: path.join(dir, `${source}.partial`),
		/** How the pull under way started: its settings' digest, salt and first page. */
		progress: path.join(dir, `${source}.partial.json`),
		lock: path.join(dir, `${source}.lock`),
	};
}
export type CacheFiles = ReturnType<typeof cacheFiles>;

const stateSchema = z.strictObject({
	version: z.literal(1),
	source: z.string(),
	/** Digest of the settings the rows were made with; when it changes, the next pull starts over. */
	fingerprint: z.string(),
	withSubjects: z.boolean(),
	salt: z.string().min(16),
	/** The source's own cursor for the next pull. */
	resume: z.unknown(),
	pulledAt: z.string(),
	tickets: z.number().int().nonnegative(),
});
export type PullState = z.output<typeof stateSchema>;

/** How a pull under way started: written once, beside its partial file. */
const pullStartSchema = z.strictObject({
	version: z.literal(1),
	fingerprint: z.string(),
	withSubjects: z.boolean(),
	salt: z.string().min(16),
	/** A first pull replaces the cache; a later one is merged into it. */
	replace: z.boolean(),
	startedAt: z.string(),
	/** The first page's position. */
	position: z.unknown(),
});

/**
 * Where a pull under way got to, appended to its partial file after each page's rows
 * in the same write: one write per page, and a resume finds the last whole page by
 * its last checkpoint line.
 */
const checkpointSchema = z.strictObject({
	/** The next page to ask for; null once the last page is saved. */
	position: z.unknown(),
	/** With the last page: where the next pull starts, kept until the merge is done. */
	resume: z.unknown().optional(),
	pages: z.number().int().nonnegative(),
	tickets: z.number().int().nonnegative(),
});

export type PullProgress = z.output<typeof pullStartSchema> &
	z.output<typeof checkpointSchema> & {
		/** Bytes of the partial file up to the last checkpoint. */
		bytes: number;
	};

const checkpointPrefix = '{"checkpoint":';

/** The last checkpoint line of a partial file and the byte offset just after it, reading it in chunks. */
async function lastCheckpoint(
	file: string,
): Promise<{ checkpoint: z.output<typeof checkpointSchema>; bytes: number } | undefined> {
	let found: { checkpoint: z.output<typeof checkpointSchema>; bytes: number } | undefined;
	let offset = 0;
	let carry = Buffer.alloc(0);
	for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
		let data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
		let start = 0;
		for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
			if (data[start] === 123 && data.toString('latin1', start, start + checkpointPrefix.length) === checkpointPrefix) {
				try {
					const parsed = checkpointSchema.safeParse(
						(JSON.parse(data.toString('utf8', start, end)) as { checkpoint: unknown }).checkpoint,
					);
					if (parsed.success) found = { checkpoint: parsed.data, bytes: offset + end + 1 };
				} catch {
					// A torn line is no checkpoint.
				}
			}
			start = end + 1;
		}
		offset += start;
		data = data.subarray(start);
		carry = Buffer.from(data);
	}
	return found;
}

function readJson<Schema extends z.ZodType>(file: string, schema: Schema): z.output<Schema> | undefined {
	if (!existsSync(file)) return undefined;
	try {
		const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

export function newSalt(): string {
	return randomBytes(16).toString('hex');
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * The on-disk side of a pull: a lock so two pulls never write one cache, the state of
 * the last complete pull, and the partial pull, written page by page so that an
 * interruption at any moment leaves the previous cache as it was and the next run
 * resumes after the last saved page.
 */
export class CacheStore {
	readonly files: CacheFiles;
	private fd: number | undefined;
	private locked = false;

	constructor(dir: string, source: string) {
		this.files = cacheFiles(dir, source);
	}

	/** Creates the folder (ignored by git from its first file) and takes the lock. */
	open(): void {
		mkdirSync(this.files.dir, { recursive: true });
		const root = path.dirname(this.files.dir);
		const ignore = path.join(root, '.gitignore');
		if (path.basename(root) === '.tryblock' && !existsSync(ignore)) {
			writeFileSync(ignore, '# Pulled tickets hold customer data: never commit them.\n*\n');
		}
		for (let tries = 0; tries < 2 && !this.locked; tries++) {
			try {
				const fd = openSync(this.files.lock, 'wx');
				writeSync(fd, String(process.pid));
				closeSync(fd);
				this.locked = true;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
				const pid = Number.parseInt(readFileSync(this.files.lock, 'utf8'), 10);
				if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
					throw new HelpdeskError(`another pull (process ${pid}) is writing ${this.files.dir}`, {
						hint: `wait for it to finish; if no pull is running, delete ${this.files.lock}`,
					});
				}
				rmSync(this.files.lock, { force: true });
			}
		}
	}

	close(): void {
		if (this.fd !== undefined) closeSync(this.fd);
		this.fd = undefined;
		if (this.locked) rmSync(this.files.lock, { force: true });
		this.locked = false;
	}

	readState(): PullState | undefined {
		return readJson(this.files.state, stateSchema);
	}

	/** The partial pull to resume: how it started and its last checkpoint (none yet: from its first page). */
	async readProgress(): Promise<PullProgress | undefined> {
		const started = readJson(this.files.progress, pullStartSchema);
		if (!started || !existsSync(this.files.partial)) return undefined;
		const last = await lastCheckpoint(this.files.partial);
		return last
			? { ...started, ...last.checkpoint, bytes: last.bytes }
			: { ...started, pages: 0, tickets: 0, bytes: 0 };
	}

	/** Starts writing pages: a fresh partial (saving how the pull started), or the saved one cut back to its last checkpoint. */
	beginPartial(progress: PullProgress): void {
		if (progress.bytes === 0) {
			const { version, fingerprint, withSubjects, salt, replace, startedAt, position } = progress;
			writeFileAtomic(
				this.files.progress,
				JSON.stringify({ version, fingerprint, withSubjects, salt, replace, startedAt, position } satisfies z.output<
					typeof pullStartSchema
				>),
			);
		}
		this.fd = openSync(this.files.partial, progress.bytes > 0 ? 'r+' : 'w');
		ftruncateSync(this.fd, progress.bytes);
	}

	/** Appends one page's lines and, in the same write, the checkpoint that says they are whole and where the next page is. */
	appendPage(lines: string, progress: PullProgress): void {
		if (this.fd === undefined) throw new Error('appendPage before beginPartial');
		const { position, resume, pages, tickets } = progress;
		const checkpoint = JSON.stringify({ checkpoint: { position, resume, pages, tickets } });
		const buffer = Buffer.from(`${lines}${checkpoint}\n`);
		writeSync(this.fd, buffer, 0, buffer.length, progress.bytes);
		progress.bytes += buffer.length;
	}

	discardPartial(): void {
		if (this.fd !== undefined) closeSync(this.fd);
		this.fd = undefined;
		rmSync(this.files.partial, { force: true });
		rmSync(this.files.progress, { force: true });
	}

	/**
	 * Puts the pull into place: the partial merged into the cache (or replacing it),
	 * written beside it and renamed over it, then the state for the next pull. Returns
	 * how many tickets the cache holds.
	 */
	async commit(
		progress: PullProgress,
		state: Omit<PullState, 'version' | 'tickets'>,
		options: { stripSubjects: boolean },
	): Promise<number> {
		if (this.fd !== undefined) closeSync(this.fd);
		this.fd = undefined;
		const temporary = `${this.files.cache}.${randomBytes(6).toString('hex')}.tmp`;
		let tickets: number;
		try {
			tickets = await mergeCache({
				cache: progress.replace ? undefined : this.files.cache,
				partial: this.files.partial,
				out: temporary,
				stripSubjects: options.stripSubjects,
			});
			renameSync(temporary, this.files.cache);
		} catch (error) {
			rmSync(temporary, { force: true });
			throw error;
		}
		writeFileAtomic(this.files.state, JSON.stringify({ version: 1, ...state, tickets } satisfies PullState));
		rmSync(this.files.partial, { force: true });
		rmSync(this.files.progress, { force: true });
		return tickets;
	}
}
