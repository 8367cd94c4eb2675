import {
	closeSync,
	existsSync,
	ftruncateSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import type { ServiceClient } from '../../http/client.ts';
import { isStaleCursorError } from '../../http/errors.ts';
import { paginate } from '../../http/paginate.ts';
import { type Redact, scrubDeep, scrubJsonText } from '../credentials.ts';

/** Where a list's download got to, saved beside its partial file after every page. */
const checkpointSchema = z.strictObject({
	/** The list's first page: a checkpoint made with other settings (another locale) is not picked up. */
	first: z.string(),
	/** The next page to ask for; null once the last page is in. */
	next: z.string().nullable(),
	/** Bytes of the partial file that hold whole pages. */
	bytes: z.number().int().nonnegative(),
	pages: z.number().int().nonnegative(),
	records: z.number().int().nonnegative(),
});
type Checkpoint = z.output<typeof checkpointSchema>;

export interface SpoolOptions {
	client: ServiceClient;
	/** The service's name for messages: "Zendesk". */
	service: string;
	/** The list's name for messages: "articles". */
	list: string;
	/** The address of the list's first page. */
	first: string;
	/**
	 * The key of a page that holds the records, or the keys down to them (`['articles', 'items']`);
	 * without one, the page is the list itself (a bare JSON array).
	 */
	key?: string | readonly [string, string];
	/** The address of the page after `body` (fetched from `url`); undefined on the last one. */
	next: (body: unknown, url: string) => string | undefined;
	/** The JSON Lines file the records end up in. */
	file: string;
	/** Told when the download of an interrupted import is picked up again, or must start over. */
	notice?: (line: string) => void;
	/** What a 204 No Content stands for: Zoho Desk answers an empty list with one. Default: a 204 is no list. */
	noContent?: unknown;
}

/** Where an API import saves what it downloads, and the client it asks with. */
export interface ApiListing {
	http: ServiceClient;
	baseUrl: string;
	dir: string;
	notice?: (line: string) => void;
}

/** Downloads one list (every page of it) to `lists/<name>.jsonl` in the listing's folder; returns the file. */
export async function spoolListing(
	listing: ApiListing,
	name: string,
	options: Omit<SpoolOptions, 'client' | 'file' | 'notice'>,
): Promise<string> {
	const file = path.join(listing.dir, 'lists', `${name}.jsonl`);
	await spoolList({ ...options, client: listing.http, file, notice: listing.notice });
	return file;
}

/** The records a downloaded list holds, one JSON value a line. */
export function spooledRecords(file: string): unknown[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as unknown);
}

function readCheckpoint(file: string, partial: string, first: string): Checkpoint | undefined {
	if (!existsSync(file) || !existsSync(partial)) return undefined;
	try {
		const parsed = checkpointSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		if (!parsed.success || parsed.data.first !== first || statSync(partial).size < parsed.data.bytes) return undefined;
		return parsed.data;
	} catch {
		return undefined;
	}
}

/**
 * Downloads every page of an API list into a JSON Lines file as it arrives, then moves
 * it into place: the two passes of an import read the file, not the API, and an
 * interrupted download never leaves a half file where a whole one is expected. After
 * each page the address of the next is saved beside the partial file, so the next
 * import picks the download up where it stopped instead of from the first page.
 * Every record is saved scrubbed of the client's credentials, still JSON.
 * Returns how many records the list holds.
 */
export async function spoolList(options: SpoolOptions): Promise<number> {
	const { client, first, key, file } = options;
	// What the service sends is saved scrubbed of the credentials the client sent (a
	// title or a next-page link that echoes the token): a file under .tryblock/ gets
	// zipped, attached and kept as a CI artifact, and a later --dump of it knows no secret.
	const redact = (text: string) => client.redact(text);
	mkdirSync(path.dirname(file), { recursive: true });
	const partial = `${file}.partial`;
	const checkpointFile = `${file}.partial.json`;
	const request = (url: string) =>
		({ method: 'GET', url, ...(options.noContent === undefined ? {} : { noContent: options.noContent }) }) as const;
	const fetchPage = async (url: string) => {
		if (key === undefined) {
			const body = await client.json(request(url), z.array(z.unknown()));
			return { records: body, next: options.next(body, url) };
		}
		if (typeof key !== 'string') {
			const [outer, inner] = key;
			const schema = z.looseObject({ [outer]: z.looseObject({ [inner]: z.array(z.unknown()) }) });
			const body = await client.json(request(url), schema);
			return { records: (body[outer] as Record<string, unknown[]>)[inner] as unknown[], next: options.next(body, url) };
		}
		const body = await client.json(request(url), z.looseObject({ [key]: z.array(z.unknown()) }));
		return { records: body[key] as unknown[], next: options.next(body, url) };
	};

	let saved = readCheckpoint(checkpointFile, partial, first);
	if (saved && saved.next !== null) {
		options.notice?.(
			`${options.service}: picking up the ${options.list} where an interrupted import stopped (${saved.records.toLocaleString('en')} saved, page ${saved.pages + 1} next)`,
		);
	}
	for (;;) {
		let checkpoint: Checkpoint = saved ?? { first, next: first, bytes: 0, pages: 0, records: 0 };
		// Starting over: a place saved by another download must not outlive it (a page is not always saved).
		if (!saved) rmSync(checkpointFile, { force: true });
		const fd = openSync(partial, saved ? 'r+' : 'w');
		let fetched = 0;
		try {
			ftruncateSync(fd, checkpoint.bytes);
			if (checkpoint.next !== null) {
				for await (const page of paginate(checkpoint.next, fetchPage, { service: options.service })) {
					const lines = page.records.map((record) => `${JSON.stringify(scrubDeep(record, redact).value)}\n`);
					const buffer = Buffer.from(lines.join(''));
					writeSync(fd, buffer, 0, buffer.length, checkpoint.bytes);
					checkpoint = {
						first,
						next: page.next ?? null,
						bytes: checkpoint.bytes + buffer.length,
						pages: checkpoint.pages + 1,
						records: checkpoint.records + page.records.length,
					};
					// A next-page link that holds a credential is not saved, and it cannot be saved
					// scrubbed: the place saved before it stands, and an interrupted download picks
					// up there (the partial file is cut back to it), or from the first page.
					const place = JSON.stringify(checkpoint);
					if (redact(place) === place) writeFileAtomic(checkpointFile, place);
					fetched++;
				}
			}
		} catch (error) {
			if (!isStaleCursorError(error) || !saved || fetched > 0) throw error;
			options.notice?.(
				`${options.service}: the saved place in the ${options.list} is no longer valid (${error.status}); starting them over`,
			);
			saved = undefined;
			continue;
		} finally {
			closeSync(fd);
			if (checkpoint.pages === 0) rmSync(partial, { force: true });
		}
		renameSync(partial, file);
		rmSync(checkpointFile, { force: true });
		return checkpoint.records;
	}
}

/**
 * Scrubs what earlier imports saved in a source's folder under `.tryblock/import/`
 * (lists of groups that are gone since, articles kept whole, joined files), written
 * before the import scrubbed what it saves, once this import's downloads are in (the
 * client then knows every credential it sent). A JSON or JSON Lines file that holds
 * one is rewritten scrubbed, still JSON; the partial file of an interrupted download
 * that holds one is removed with its saved place (it is started over), since its bytes
 * are counted.
 */
export function scrubSavedFolder(dir: string, redact: Redact): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const file = path.join(dir, name);
		if (!existsSync(file) || !statSync(file).isFile()) continue;
		const text = readFileSync(file, 'utf8');
		if (redact(text) === text) continue;
		if (file.endsWith('.partial') || file.endsWith('.partial.json')) {
			const partial = file.replace(/\.json$/, '');
			rmSync(partial, { force: true });
			rmSync(`${partial}.json`, { force: true });
			continue;
		}
		const records = /\.(?:jsonl|ndjson)$/.test(file) ? text.split('\n') : [text];
		const scrubbed = records.map((record) => scrubJsonText(record, redact)).join('\n');
		// What is no JSON at all is scrubbed as text: no credential stays either way.
		writeFileAtomic(file, redact(scrubbed));
	}
}
