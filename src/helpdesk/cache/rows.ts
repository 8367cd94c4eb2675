import { createHmac } from 'node:crypto';
import { plainLine } from '../../cli/untrusted-text.ts';
import type { PulledTicket } from '../sources/types.ts';

/**
 * One cache line per ticket, in the shape of a JSON Lines export: the gate's reader
 * matches these keys like export headers. Only what the gate and the insights need
 * is kept, and a stable hash of the requester; the subject only with `--with-subjects`.
 * `id` comes first so the merge can read it without parsing the whole line.
 */
export interface CacheRow {
	id: string;
	status: string;
	category: string;
	productArea: string;
	closedAt: string;
	articles: string[];
	/** HMAC-SHA-256 of the helpdesk's requester id under the cache's own salt, 16 hex digits. */
	requester: string;
	subject?: string;
}

/** Replaces every credential the pull knows in a text (the client's `redact`). */
export type Scrub = (text: string) => string;

const keep: Scrub = (text) => text;

export interface RowOptions {
	withSubjects: boolean;
	/** Secret of this cache (kept in its state file), so hashes cannot be matched against guessed ids elsewhere. */
	salt: string;
	/**
	 * Scrubs the credentials out of every text a row keeps: a helpdesk or a proxy may echo
	 * the token in a status, a field or a subject, and the cache is a file on disk that
	 * CI may keep as an artifact. Default: nothing is scrubbed.
	 */
	scrub?: Scrub;
}

/** A line that removes a ticket from the cache when the pull is merged: reopened, deleted or moved out. */
export interface Tombstone {
	id: string;
	removed: true;
}

/**
 * Text from the helpdesk as a cache row holds it: one plain line, scrubbed, then cut to
 * `maxLength`. Scrubbed after the line is cleaned (a token split by a control character
 * is whole again) and before it is cut (a cut token would no longer match).
 */
function cachedText(value: string, maxLength: number, scrub: Scrub): string {
	if (scrub === keep) return plainLine(value, maxLength);
	return plainLine(scrub(plainLine(value, Number.POSITIVE_INFINITY)), maxLength);
}

/** A ticket's status as its cache row holds it (and the gate reads it): one plain line, 40 characters at most. */
export function cachedStatus(status: string, scrub: Scrub = keep): string {
	return cachedText(status, 40, scrub);
}

/** The line that removes the ticket cached under `id`; undefined for an id that cleans to nothing. */
export function tombstoneLine(id: string, scrub: Scrub = keep): string | undefined {
	const cached = cachedText(id, 120, scrub);
	return cached === '' ? undefined : JSON.stringify({ id: cached, removed: true } satisfies Tombstone);
}

export function createRowWriter(options: RowOptions): (ticket: PulledTicket) => string | undefined {
	const hashes = new Map<string, string>();
	const hash = (requester: string): string => {
		if (requester === '') return '';
		let digest = hashes.get(requester);
		if (digest === undefined) {
			digest = createHmac('sha256', options.salt).update(requester).digest('hex').slice(0, 16);
			if (hashes.size >= 10_000) hashes.clear();
			hashes.set(requester, digest);
		}
		return digest;
	};
	const scrub = options.scrub ?? keep;
	return (ticket) => {
		const id = cachedText(ticket.id, 120, scrub);
		if (id === '') return undefined;
		if (!ticket.closed) return tombstoneLine(ticket.id, scrub);
		const row: CacheRow = {
			id,
			status: cachedStatus(ticket.status, scrub),
			category: scrub(ticket.category),
			productArea: scrub(ticket.productArea),
			closedAt: scrub(ticket.closedAt),
			articles: scrub === keep ? ticket.articles : ticket.articles.map(scrub),
			// Hashed: no credential survives it.
			requester: hash(ticket.requester),
		};
		if (options.withSubjects) row.subject = cachedText(ticket.subject, 300, scrub);
		return JSON.stringify(row);
	};
}
