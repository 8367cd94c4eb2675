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

export interface RowOptions {
	withSubjects: boolean;
	/** Secret of this cache (kept in its state file), so hashes cannot be matched against guessed ids elsewhere. */
	salt: string;
}

/** A line that removes a ticket from the cache when the pull is merged: reopened, deleted or moved out. */
export interface Tombstone {
	id: string;
	removed: true;
}

/** A ticket's status as its cache row holds it (and the gate reads it): one plain line, 40 characters at most. */
export function cachedStatus(status: string): string {
	return plainLine(status, 40);
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
	return (ticket) => {
		const id = plainLine(ticket.id, 120);
		if (id === '') return undefined;
		if (!ticket.closed) return JSON.stringify({ id, removed: true } satisfies Tombstone);
		const row: CacheRow = {
			id,
			status: cachedStatus(ticket.status),
			category: ticket.category,
			productArea: ticket.productArea,
			closedAt: ticket.closedAt,
			articles: ticket.articles,
			requester: hash(ticket.requester),
		};
		if (options.withSubjects) row.subject = plainLine(ticket.subject, 300);
		return JSON.stringify(row);
	};
}
