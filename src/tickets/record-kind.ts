// Values helpdesks write about a record itself, never about what the customer met:
// its kind or channel (`conversation`, `email`), Intercom's fixed ticket categories.
// Kept apart from the readers so the worker thread that reads big CSV exports uses
// the same rule without loading them.

/**
 * What helpdesk APIs put in a record's own `type` key to say what kind of record it is,
 * never what the customer met: Intercom's `conversation` and `ticket` (and its lists,
 * `conversation.list`), Kustomer's JSON:API `conversation`, Help Scout's conversation
 * types `email`, `chat` and `phone`. Compared whole, without case or a plural `s`.
 */
const recordKinds = new Set(['ticket', 'conversation', 'case', 'issue', 'request', 'email', 'chat', 'phone']);

/** The record kind a value names (`Conversations` is `conversation`), or undefined (see `recordKinds`). */
export function recordKindOf(cell: unknown): string | undefined {
	if (typeof cell !== 'string') return undefined;
	const kind = cell
		.trim()
		.toLowerCase()
		.replace(/\.list$/, '')
		.replace(/s$/, '');
	return recordKinds.has(kind) ? kind : undefined;
}

/** Whether a `type` value names the kind of record it is set on (see `recordKinds`). */
export function isRecordKind(cell: unknown): boolean {
	return recordKindOf(cell) !== undefined;
}

/**
 * Intercom's fixed ticket categories (API 2.9 and later): every ticket type, and so
 * every ticket, is a Customer, Back-office or Tracker ticket. Compared without case.
 */
const intercomTicketCategories = new Set(['customer', 'back-office', 'tracker']);

/**
 * Whether a ticket object's own `category` is Intercom's kind of ticket rather than the
 * team's: the object is an Intercom ticket (its `type` is `ticket`, or it carries a
 * `ticket_type` object, as the API gives both) and the value is one of the fixed
 * categories. A team's own topics there, or the same words on another record, are read.
 */
export function isIntercomTicketCategory(ticket: Record<string, unknown>, cell: unknown): boolean {
	if (typeof cell !== 'string' || !intercomTicketCategories.has(cell.trim().toLowerCase())) return false;
	return isIntercomTicket(ticket);
}

/** Whether an object is an Intercom ticket: its `type` is `ticket`, or it carries a `ticket_type` object. */
export function isIntercomTicket(ticket: Record<string, unknown>): boolean {
	const type = ticket.type;
	const ticketType = ticket.ticket_type;
	return (
		(typeof type === 'string' && type.trim().toLowerCase() === 'ticket') ||
		(ticketType !== null && typeof ticketType === 'object' && !Array.isArray(ticketType))
	);
}

/**
 * What the values of a CSV or workbook category column chosen by a fallback name
 * (`Type`) turned out to be: the record kinds or channels seen, in the order first seen,
 * and whether any other value was. With kinds and nothing else, the column says how each
 * ticket came in, not what the customer met.
 */
export interface KindTally {
	kinds: string[];
	other: boolean;
}

export function createKindTally(): KindTally {
	return { kinds: [], other: false };
}

/** Adds one cell (one value a line, for a repeated column) to the tally; empty values count for nothing. */
export function tallyKinds(tally: KindTally, cell: string): void {
	for (const value of cell.split('\n')) {
		if (value.trim() === '') continue;
		const kind = recordKindOf(value);
		if (kind === undefined) {
			tally.other = true;
			return;
		}
		if (!tally.kinds.includes(kind)) tally.kinds.push(kind);
	}
}

/** Adds another part's tally (the worker thread's half of a big export). */
export function mergeKindTally(tally: KindTally, other: KindTally): void {
	tally.other ||= other.other;
	for (const kind of other.kinds) if (!tally.kinds.includes(kind)) tally.kinds.push(kind);
}
