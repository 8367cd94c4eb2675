import { ContentError } from '../content-model/errors.ts';
import { type ColumnField, columnFields } from './column-names.ts';
import { type ColumnMatcher, FALLBACK_RANK, hasColumn, normalizeHeader } from './columns.ts';
import { createRawRow, missingColumnProblem, type RawRow } from './raw-row.ts';
import { isIntercomTicket, isIntercomTicketCategory, isRecordKind } from './record-kind.ts';
import { unreadableReference } from './references.ts';

/** Numbers keep the text they are written with (`12345678901234567891`, `1.50`). */
function numberSource(_key: string, value: unknown, context?: { source?: string }): unknown {
	return typeof value === 'number' && context?.source !== undefined ? context.source : value;
}

/**
 * Parses one ticket object (or line) of a JSON export. Numbers become the text they
 * are written with, not doubles: a ticket id past 2^53 would otherwise be rounded and
 * merge different tickets. Throws `SyntaxError` like `JSON.parse`.
 */
export function parseTicketJson(text: string): unknown {
	return JSON.parse(text, numberSource as (key: string, value: unknown) => unknown);
}

/**
 * Keys of an option object that hold what it shows, in this order: a text shown
 * before a code (ServiceNow's `{"display_value": "Closed", "value": "7"}`, HubSpot's
 * `{"label": "Closed", "value": "4"}`), then the value (Jira's `{"value": "Usability"}`)
 * before a name, as a `{name, value}` entry holds a field's name and its value; Jira's
 * `{"id": "10000", "name": "Done"}`, Help Scout's tags `{"tag": "vip"}`, a state's labels.
 */
export const shownKeys = [
	'display_value',
	'displayName',
	'label',
	'value',
	'name',
	'title',
	'tag',
	'external_label',
	'internal_label',
];

/**
 * Keys of an article object in an articles value, in this order: its address, as helpdesk
 * APIs give a linked article (Zendesk's `{"id": 360001, "html_url": ...}`, a
 * `{"url", "title"}` pair), its slug, then what an option shows (`{"title": "verify-domain"}`).
 */
export const articleKeys = ['html_url', 'url', 'href', 'link', 'slug', 'path', ...shownKeys];

/**
 * Keys of a status object, in this order: the state class, which a helpdesk fixes while
 * the labels are the team's (Intercom's `ticket_state` from API 2.12, `{"category":
 * "resolved", "internal_label": ..., "external_label": ...}`, whose category is the
 * string the API gave before 2.12), then what an option shows, then its id, so a status
 * known only by its code is named (and can be listed under `coverage.closedStatuses`).
 * Jira's status has no `category` and is read by its `name` (`Done`), which
 * `notClosedStatuses` can name; its `statusCategory` is read only by path.
 */
const statusKeys = ['category', ...shownKeys, 'id'];

/** How deep lists and wrapping objects are followed for a value: past it, a value reads as empty. */
const MAX_CELL_DEPTH = 8;

/**
 * Text of one JSON value as a cell: lists (e.g. of article URLs, or of components)
 * become one value per line, an option object the first of `keys` it has, and an object
 * that wraps one list (Intercom's `{"type": "tag.list", "tags": [...]}`) that list.
 */
function cellText(
	value: unknown,
	keys: readonly string[] = shownKeys,
	depth = 0,
	unreadable?: (keys: string[]) => string,
): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (depth >= MAX_CELL_DEPTH) return '';
	if (Array.isArray(value)) return value.map((item) => cellText(item, keys, depth + 1, unreadable)).join('\n');
	const object = value as Record<string, unknown>;
	for (const key of keys) {
		const shown = object[key];
		if (typeof shown === 'string' || typeof shown === 'number') return String(shown);
	}
	const lists = Object.values(value).filter((inner) => Array.isArray(inner));
	if (lists.length === 1) return cellText(lists[0], keys, depth + 1, unreadable);
	// An object with keys, none of them one the reader takes a value from: said, where a value may not go unread.
	const written = Object.keys(object);
	return unreadable && written.length > 0 && !keys.some((key) => key in object) ? unreadable(written) : '';
}

/**
 * Keys helpdesk APIs keep custom fields under (`custom_fields`, Jira's `fields`,
 * HubSpot's `properties`, Intercom's `custom_attributes` and its tickets'
 * `ticket_attributes`, Zoho's `cf`): their keys are matched like the ticket's own.
 * Compared as headers are.
 */
const fieldContainers = new Set([
	'customfields',
	'fields',
	'properties',
	'attributes',
	'customattributes',
	'ticketattributes',
	'cf',
]);

/** Keys that name an entry of a list of fields (`[{"id": 360012, "value": "usability"}]`). */
const entryNameKeys = ['name', 'title', 'label', 'field', 'key', 'id'];

/**
 * The named values inside a nested object, or inside a list of `{id or name, value}`
 * entries as Zendesk's and Freshdesk's APIs list custom fields; undefined for others.
 * An entry's non-empty `text` is what it shows: Help Scout gives a drop-down's option
 * id as `value` and the option itself as `text` (`{"name": "Category", "value": "9051",
 * "text": "Usability"}`).
 */
function nestedEntries(value: unknown): [string, unknown][] | undefined {
	if (isObject(value)) return Object.entries(value);
	if (!Array.isArray(value) || !isObject(value[0])) return undefined;
	const entries: [string, unknown][] = [];
	for (const item of value) {
		if (!isObject(item) || !('value' in item)) return undefined;
		const nameKey = entryNameKeys.find((key) => typeof item[key] === 'string' || typeof item[key] === 'number');
		if (nameKey === undefined) return undefined;
		const shown = typeof item.text === 'string' && item.text.trim() !== '' ? item.text : item.value;
		entries.push([String(item[nameKey]), shown]);
	}
	return entries;
}

function describeJsonValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isObjectList(value: unknown): value is Record<string, unknown>[] {
	return Array.isArray(value) && isObject(value[0]);
}

/**
 * The list of tickets an object wraps, as APIs and export tools write them
 * (`{"tickets": [...]}`, `{"results": [...], "paging": {...}}`, `{"_embedded":
 * {"conversations": [...]}}`, `{"tickets": [...], "users": [...]}`): of its lists of
 * objects, looked for depth-first through its objects, the one whose first object
 * `score`s highest (the first of them on a tie). An empty list counts when there is
 * no list of objects.
 */
export function wrappedTickets(value: unknown, score: (first: unknown) => number = () => 0): unknown[] | undefined {
	let best: { list: unknown[]; score: number } | undefined;
	let empty: unknown[] | undefined;
	const visit = (object: Record<string, unknown>) => {
		for (const item of Object.values(object)) {
			if (isObjectList(item)) {
				const itemScore = score(item[0]);
				if (best === undefined || itemScore > best.score) best = { list: item, score: itemScore };
			} else if (Array.isArray(item)) {
				if (item.length === 0) empty ??= item;
			} else if (isObject(item)) visit(item);
		}
	};
	if (!isObject(value)) return undefined;
	visit(value);
	return best?.list ?? empty;
}

/** How many of the required columns one object names: a list whose objects name them all holds the tickets. */
export function requiredColumnsNamed(value: unknown, matcher: ColumnMatcher, required: readonly ColumnField[]): number {
	const seen: ColumnsSeen = new Set();
	fillRowFromJson(value, createRawRow(), matcher, seen);
	return required.filter((field) => hasColumn(field, matcher, (column) => seen.has(column))).length;
}

/**
 * Whether a ticket object is one of Zendesk's API: custom fields listed as
 * `{"id": 360012, "value": ...}` and the `via` channel object every Zendesk ticket has.
 * Its `type` is Zendesk's own (question, incident, problem or task), never a topic.
 */
function isZendeskTicket(value: Record<string, unknown>): boolean {
	const fields = value.custom_fields;
	return (
		isObject(value.via) &&
		Array.isArray(fields) &&
		fields.length > 0 &&
		fields.every((field) => isObject(field) && 'value' in field && /^\d+$/.test(String(field.id)))
	);
}

/** Whether a key of a ticket object is an Intercom ticket's `ticket_id`, set, and one of the id column's names. */
function isIntercomTicketNumber(
	key: string,
	cell: unknown,
	ticket: Record<string, unknown>,
	matcher: ColumnMatcher,
): boolean {
	return (
		normalizeHeader(key) === 'ticketid' &&
		matcher.aliases.id.some((alias) => normalizeHeader(alias) === 'ticketid') &&
		cellText(cell, shownKeys).trim() !== '' &&
		isIntercomTicket(ticket)
	);
}

/**
 * The columns the ticket objects of a file named, for the message about a missing
 * category: `zendeskType` when a Zendesk ticket's `type` was left unread, `recordKind`
 * when a `type` naming the record's kind was, `intercomCategory` when an Intercom
 * ticket's fixed `category` was.
 */
export type ColumnsSeen = Set<ColumnField | 'zendeskType' | 'recordKind' | 'intercomCategory'>;

/** Ranks of nested keys come after every rank of the ticket's own keys, which win. */
const NESTED_RANK = 1_000_000;

/** Past every other rank: a closed-date key without a date loses to any that has one. */
const EMPTY_DATE_RANK = 2 ** 40;

/**
 * Fills `row` from one ticket object. Keys are matched like CSV headers; when two
 * keys stand for one column, the earlier alias wins. Custom fields one level down
 * are read too, after the ticket's own keys: by their path (`custom_fields.category`,
 * `custom_fields.360012` for a list of `{id, value}` entries), and inside the usual
 * containers (`custom_fields`, `fields`, `properties`, ...) by their own name, the
 * ticket id excepted. Records which columns were seen, and returns how many keys
 * were columns.
 */
export function fillRowFromJson(value: unknown, row: RawRow, matcher: ColumnMatcher, seen: ColumnsSeen): number {
	for (const field of columnFields) row.values[field] = '';
	if (!isObject(value)) {
		row.problem = `is not a ticket object (found ${describeJsonValue(value)})`;
		return 0;
	}
	let hits = 0;
	row.problem = undefined;
	const ranks: Partial<Record<ColumnField, number>> = {};
	const take = (field: ColumnField, keyRank: number, cell: unknown) => {
		// An articles value nobody can read is a broken link that says so, not "no article".
		const text =
			field === 'articles'
				? cellText(cell, articleKeys, 0, unreadableReference)
				: cellText(cell, field === 'status' ? statusKeys : shownKeys);
		// Of several closed-date keys (`resolved_at`, `closed_at`), an empty one counts only when all are.
		const rank = field === 'closedAt' && text.trim() === '' ? EMPTY_DATE_RANK + keyRank : keyRank;
		const best = ranks[field];
		if (best !== undefined && best <= rank) return;
		ranks[field] = rank;
		row.values[field] = text;
		seen.add(field);
		hits++;
	};
	let nested = false;
	for (const [key, cell] of Object.entries(value)) {
		if (cell !== null && typeof cell === 'object') nested = true;
		const hit = matcher.fieldOf(key);
		if (!hit) continue;
		// A fallback name (`type`) of a Zendesk ticket names Zendesk's fixed ticket type, and one
		// whose value is a record's kind (`conversation`, `email`) what the record is: left unread.
		if (hit.rank >= FALLBACK_RANK && isZendeskTicket(value)) {
			seen.add('zendeskType');
			continue;
		}
		if (hit.rank >= FALLBACK_RANK && isRecordKind(cell)) {
			seen.add('recordKind');
			continue;
		}
		// Nor is an Intercom ticket's `category`: Customer, Back-office or Tracker, Intercom's kind of ticket.
		if (hit.field === 'category' && isIntercomTicketCategory(value, cell)) {
			seen.add('intercomCategory');
			continue;
		}
		// An Intercom ticket's row is its `ticket_id`, the number the Inbox shows and the pull
		// names it by, before its API `id`, when the id column's names include it.
		if (hit.field === 'id' && isIntercomTicketNumber(key, cell, value, matcher)) {
			take('id', -1, cell);
			continue;
		}
		take(hit.field, hit.rank, cell);
	}
	if (!nested) return hits;
	for (const [key, cell] of Object.entries(value)) {
		const entries = cell !== null && typeof cell === 'object' ? nestedEntries(cell) : undefined;
		if (entries === undefined) continue;
		const container = fieldContainers.has(normalizeHeader(key));
		for (const [name, inner] of entries) {
			const byPath = matcher.fieldOf(`${key}.${name}`);
			if (byPath) {
				take(byPath.field, NESTED_RANK + byPath.rank, inner);
				continue;
			}
			const byName = container ? matcher.fieldOf(name) : undefined;
			// Nor a fallback name: a container's `type` is the record's kind (Salesforce's `attributes.type`, "Case").
			if (byName && byName.field !== 'id' && byName.rank < FALLBACK_RANK) {
				take(byName.field, 2 * NESTED_RANK + byName.rank, inner);
			}
		}
	}
	for (const { field, rank, path } of matcher.deepPaths) {
		const inner = valueAtPath(value, path);
		if (inner !== undefined) take(field, NESTED_RANK + rank, inner);
	}
	return hits;
}

/**
 * The value a path of keys leads to (`attributes.custom.categoryStr`, as Kustomer
 * keeps custom attributes under each record's `attributes.custom`), each key compared
 * as headers are, through objects and lists of `{id or name, value}` entries. Through
 * any other list of objects, a key leads to its value in each of them
 * (`fields.components.name`, also written `fields.components[].name`): a list.
 */
function valueAtPath(value: unknown, path: readonly string[]): unknown {
	let current = value;
	for (const key of path) {
		const wanted = normalizeHeader(key.replace(/\[\]$/, ''));
		const entries = current !== null && typeof current === 'object' ? nestedEntries(current) : undefined;
		if (entries === undefined && isObjectList(current)) {
			current = current.map((item) => (isObject(item) ? fieldNamed(Object.entries(item), wanted) : undefined));
			continue;
		}
		const entry = entries === undefined ? undefined : fieldNamed(entries, wanted);
		if (entry === undefined) return undefined;
		current = entry;
	}
	return current;
}

/** The value of the entry whose name, compared as headers are, is `wanted`. */
function fieldNamed(entries: [string, unknown][], wanted: string): unknown {
	return entries.find(([name]) => normalizeHeader(name) === wanted)?.[1];
}

/** After a JSON (or Zendesk XML) export is read: a required column no ticket had makes it unusable. */
export function checkJsonColumns(
	file: string,
	rows: number,
	seen: ColumnsSeen,
	required: readonly ColumnField[],
	matcher: ColumnMatcher,
	where: { kind: 'key' | 'element'; found: string } = { kind: 'key', found: 'no ticket object in the file has one' },
): void {
	if (rows === 0) return;
	const missing = required.filter((field) => !hasColumn(field, matcher, (column) => seen.has(column)));
	if (missing.length === 0) return;
	throw new ContentError(
		missing.map((field) => {
			const problem = missingColumnProblem(file, field, matcher, where);
			if (field !== 'category') return problem;
			if (!seen.has('zendeskType') && seen.has('intercomCategory')) {
				return {
					...problem,
					message: `${problem.message} (an Intercom ticket's \`category\` is Customer, Back-office or Tracker, the kind of ticket Intercom files it as, not a category)`,
					hint: `in Intercom the team's category is a ticket type attribute, under \`ticket_attributes\`, or a conversation data attribute, under \`custom_attributes\`; one named Category is read as it is, any other by its path under \`coverage.columns.category\` in ${matcher.settingsFile}, e.g. \`ticket_attributes.Topic\`; if the helpdesk files it as tags, name their prefix under \`coverage.tagPrefixes.category\``,
				};
			}
			if (!seen.has('zendeskType') && seen.has('recordKind')) {
				return {
					...problem,
					message: `${problem.message} (its \`type\` says what kind of record each is, such as conversation, ticket or email, not a category)`,
					hint: `add the key of the field that holds the category to \`coverage.columns.category\` in ${matcher.settingsFile}, by its path when it is nested (\`custom_attributes.Category\`, \`attributes.custom.categoryStr\`); if the helpdesk files it as tags, name their prefix under \`coverage.tagPrefixes.category\``,
				};
			}
			if (!seen.has('zendeskType')) return problem;
			return {
				...problem,
				message: `${problem.message} (a Zendesk ticket's \`type\` is question, incident, problem or task, not a category)`,
				hint: `name the custom field that holds it by its id under \`coverage.columns.category\` in ${matcher.settingsFile}, e.g. \`custom_fields.360012345\` (Admin Center > Objects and rules > Tickets > Fields)`,
			};
		}),
	);
}
