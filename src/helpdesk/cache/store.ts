import { randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	ftruncateSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { HelpdeskError } from '../http/errors.ts';
import { mergeCache } from './merge.ts';

/** The files of one source's cache. Only `<source>.jsonl` is read by the gate. */
export function cacheFiles(dir: string, source: string) {
	return {
		dir,
		/** The finished cache: one closed ticket per line. */
		cache: path.join(dir, `${source}.jsonl`),
		/** Where the next pull starts, the requester-hash salt, and what the cache holds. */
		state: path.join(dir, `${source}.state.json`),
		/** Pages of the pull under way, appended as they arrive. */
		partial: path.join(dir, `${source}.partial`),
		/** How far the pull under way got: the next page's position and the partial's valid length. */
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

const progressSchema = z.strictObject({
	version: z.literal(1),
	fingerprint: z.string(),
	withSubjects: z.boolean(),
	salt: z.string().min(16),
	/** A first pull replaces the cache; a later one is merged into it. */
	replace: z.boolean(),
	startedAt: z.string(),
	/** The next page to ask for; null once the last page is saved. */
	position: z.unknown(),
	/** With the last page: where the next pull starts, kept until the merge is done. */
	resume: z.unknown().optional(),
	/** Bytes of the partial file that hold whole pages; anything after them is cut off on resume. */
	bytes: z.number().int().nonnegative(),
	pages: z.number().int().nonnegative(),
	tickets: z.number().int().nonnegative(),
});
export type PullProgress = z.output<typeof progressSchema>;

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

	/** The partial pull to resume, if one was saved and its rows are still there. */
	readProgress(): PullProgress | undefined {
		const progress = readJson(this.files.progress, progressSchema);
		if (!progress || !existsSync(this.files.partial)) return undefined;
		return statSync(this.files.partial).size >= progress.bytes ? progress : undefined;
	}

	/** Starts writing pages: a fresh partial, or the saved one cut back to its last whole page. */
	beginPartial(progress: PullProgress): void {
		this.fd = openSync(this.files.partial, progress.bytes > 0 ? 'r+' : 'w');
		ftruncateSync(this.fd, progress.bytes);
		this.saveProgress(progress);
	}

	/** Appends one page's lines, then records that they are there and where the next page is. */
	appendPage(lines: string, progress: PullProgress): void {
		if (this.fd === undefined) throw new Error('appendPage before beginPartial');
		if (lines !== '') {
			const buffer = Buffer.from(lines);
			writeSync(this.fd, buffer, 0, buffer.length, progress.bytes);
			progress.bytes += buffer.length;
		}
		this.saveProgress(progress);
	}

	private saveProgress(progress: PullProgress): void {
		writeFileAtomic(this.files.progress, JSON.stringify(progress));
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
	async commit(progress: PullProgress, state: Omit<PullState, 'version' | 'tickets'>): Promise<number> {
		if (this.fd !== undefined) closeSync(this.fd);
		this.fd = undefined;
		const temporary = `${this.files.cache}.${randomBytes(6).toString('hex')}.tmp`;
		let tickets: number;
		try {
			tickets = await mergeCache({
				cache: progress.replace ? undefined : this.files.cache,
				partial: this.files.partial,
				out: temporary,
				withSubjects: progress.withSubjects,
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
