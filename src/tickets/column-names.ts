// The columns the coverage gate reads, kept apart from the zod schema so the
// worker thread that reads big exports loads no schema library.

/**
 * Header names helpdesk exports use for each column Tryblock reads. Matching ignores
 * case, spaces, `_` and `-`, so `Ticket ID`, `ticket_id` and `ticketId` are one name.
 */
export const defaultColumnAliases = {
	id: [
		'id',
		'ticket id',
		'ticket',
		'key',
		'number',
		'issue key',
		'conversation id',
		'case number',
		'case id',
		'ticket number',
		'request id',
	],
	status: ['status', 'state', 'ticket status', 'case status', 'current status', 'request status'],
	// A type column is read last: Freshdesk's and Salesforce's `Type` is a list a team
	// edits, often to its topics, but Zendesk's `type` is always question, incident,
	// problem or task, so its CSV `Ticket type` is left out (see `fallbackAliases`).
	category: ['category', 'ticket category', 'case category', 'type', 'case type'],
	productArea: ['product area', 'area', 'component', 'components', 'component/s', 'product', 'product name'],
	closedAt: [
		'closed at',
		'solved at',
		'resolved at',
		'closed time',
		'resolved time',
		'resolved',
		'close date',
		'closed date',
		'date closed',
		'date/time closed',
		'resolution date',
		'closed datetime',
	],
	// A helpdesk has no article column of its own: teams add a field, named as they
	// call their help center (Salesforce and HubSpot say knowledge, Freshdesk solutions).
	articles: [
		'article',
		'articles',
		'kb article',
		'kb articles',
		'knowledge base article',
		'linked articles',
		'linked article',
		'knowledge base articles',
		'knowledge article',
		'knowledge articles',
		'related article',
		'related articles',
		'help article',
		'help articles',
		'solution article',
		'article url',
		'article link',
		'article links',
		'kb link',
		'kb links',
	],
	subject: ['subject', 'title', 'summary', 'ticket name', 'short description'],
	// Read only for what `coverage.tagPrefixes` names: a team that files the category,
	// the product area or the article as tags (`cat_usability`, `kb_verify-domain`).
	tags: ['tags', 'labels', 'tag list', 'ticket tags'],
};

/**
 * Default header names that name a column only when nothing better does: a `type`
 * column is the category only in an export with no category column, plain or custom
 * (`custom_fields.category` in JSON). A configured list keeps its own order.
 */
export const fallbackAliases: Partial<Record<keyof typeof defaultColumnAliases, readonly string[]>> = {
	category: ['type', 'case type'],
};

/** The columns an export must have; the others are optional (`closedAt` is required by `--since`). */
export const requiredColumns = ['id', 'status', 'category', 'productArea'] as const;

/**
 * Columns that may hold several values: when an export repeats such a column, the
 * non-empty cells are all read, one per line (articles all count; for category and
 * product area the first that names a term counts). Of other repeated columns the
 * first non-empty cell is read.
 */
export const multiValuedColumns: ReadonlySet<string> = new Set(['articles', 'category', 'productArea', 'tags']);

/** A column the gate reads. */
export type ColumnField = keyof typeof defaultColumnAliases;
export const columnFields = Object.keys(defaultColumnAliases) as ColumnField[];
