// Values helpdesks write about a record itself, never about what the customer met:
// its kind or channel (`conversation`, `email`), Intercom's fixed ticket categories.

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
	const type = ticket.type;
	const ticketType = ticket.ticket_type;
	return (
		(typeof type === 'string' && type.trim().toLowerCase() === 'ticket') ||
		(ticketType !== null && typeof ticketType === 'object' && !Array.isArray(ticketType))
	);
}
