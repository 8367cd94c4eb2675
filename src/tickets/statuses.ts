// Which status values count as closed. Kept apart from the zod schema so the worker
// thread that reads big exports loads no schema library.

/** How a status value counts. */
export const StatusKind = {
	/** Not closed: the ticket is not judged. */
	open: 0,
	/** One of the closed statuses, as written. */
	closed: 1,
	/** A closed status followed by a qualifier (`Closed Complete`, `Done - Resolved`). */
	qualified: 2,
} as const;
export type StatusKind = (typeof StatusKind)[keyof typeof StatusKind];

/** The statuses the gate is configured with (`coverage` in content/tryblock.yaml). */
export interface StatusLists {
	closedStatuses: readonly string[];
	notClosedStatuses: readonly string[];
}

/** A status as compared: trimmed, in lower case, each run of white space one space. */
export function normalizeStatus(status: string): string {
	return status.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * What may follow a closed status for the rest to be a qualifier: white space or
 * punctuation that ends a word (`Closed Complete`, `Done - Resolved`, `closed_skipped`,
 * `Solved (merged)`). A letter or digit continues the word, so `Closedown` or `Done2`
 * is no closed status, nor is `4.5` for a closed status `4`.
 */
const qualifierStart = /^[\s\-–—:;,/(_|]/;

/**
 * Returns how each status value counts. The lists in content/tryblock.yaml decide
 * first: a status in `notClosedStatuses` is open and one in `closedStatuses` closed,
 * as written (any case, trimmed). Otherwise a status that begins with a closed status,
 * followed by a qualifier, is closed too, as ServiceNow (`Closed Complete`,
 * `Closed Incomplete`, `Closed Skipped`) and Jira workflows (`Done - Resolved`) write
 * them; `Resolution Pending` and `Not Done` do not begin with one, so they stay open.
 */
export function createStatusClassifier(lists: StatusLists): (status: string) => StatusKind {
	const closed = new Set(lists.closedStatuses.map(normalizeStatus));
	const notClosed = new Set(lists.notClosedStatuses.map(normalizeStatus));
	const prefixes = [...closed].filter((status) => status !== '');
	return (status) => {
		const value = normalizeStatus(status);
		if (notClosed.has(value)) return StatusKind.open;
		if (closed.has(value)) return StatusKind.closed;
		for (const prefix of prefixes) {
			if (value.startsWith(prefix) && qualifierStart.test(value.slice(prefix.length))) return StatusKind.qualified;
		}
		return StatusKind.open;
	};
}

/** How much of a status a tally keeps: reports and messages name it, so a cell of any size cannot flood them. */
const TALLIED_STATUS_LENGTH = 100;

/**
 * Adds `count` rows of a status to a tally of statuses, which names at most 100 of them,
 * each cut after 100 characters (`…`).
 */
export function tallyStatus(tally: Map<string, number>, status: string, count = 1): void {
	const key = status.length > TALLIED_STATUS_LENGTH ? `${status.slice(0, TALLIED_STATUS_LENGTH - 1)}…` : status;
	if (tally.has(key) || tally.size < 100) tally.set(key, (tally.get(key) ?? 0) + count);
}
