import { contentPath } from '../content-model/paths.ts';
import { type ColumnField, columnFields, defaultColumnAliases, fallbackAliases } from './column-names.ts';
import type { CoverageConfig } from './coverage-config.ts';

/** Header names compare without case, spaces, `_` and `-`: `Ticket_ID` is `ticket id`. */
export function normalizeHeader(name: string): string {
	return name.toLowerCase().replace(/[\s_-]+/g, '');
}

interface AliasHit {
	field: ColumnField;
	/**
	 * Position of the alias in the field's list: earlier aliases win when two headers
	 * match. A default fallback alias ranks from `FALLBACK_RANK`, after every other name,
	 * a JSON ticket's custom fields included.
	 */
	rank: number;
}

/** Past every rank of a ticket's own keys and custom fields (`json-row.ts`): read only when nothing else names the column. */
export const FALLBACK_RANK = 1_000_000_000;

/**
 * Past every rank of a name as written, before the custom fields of a JSON ticket
 * (`json-row.ts`): a name read inside a wrapper (`Custom field (Category)`) counts
 * only when no header names the column as it is.
 */
export const WRAPPED_RANK = 100_000;

const recordName = /^(?:ticket|conversation|case|issue|request)[\s_-]+(.+)$/i;
/** `conversationState`, but not `Requester` or `Casework`: a capital starts the field's name. */
const recordNameCamel = /^(?:ticket|conversation|case|issue|request)([A-Z].*)$/;

/**
 * The field's own name inside the wrappers helpdesks write around it: Jira's CSV
 * `Custom field (Product Area)`, Gorgias' `Ticket Field: Product area` (or
 * `ticket_field:_product_area`), Freshdesk's API `cf_product_area`, ServiceNow's
 * `u_product_area` (a custom column's name, as an export by field names heads it),
 * Salesforce's API `Product_Area__c`, a field headed with its kind in brackets
 * (`Product area [list]`, `KB article [txt]`, as spreadsheet reports write custom fields), and a name after the record it belongs to
 * (`conversation_state`, `Conversation closed at`, `Ticket Product Area`).
 * Each is unwrapped once, then stripped of a record's name; nothing else is guessed.
 */
function namesInside(header: string): string[] {
	const name = header.trim();
	const inner =
		/^custom[\s_-]*field\s*\((.+)\)$/i.exec(name)?.[1] ??
		/^ticket[\s_-]*field\s*:[\s_-]*(.+)$/i.exec(name)?.[1] ??
		/^cf[_\s-](.+)$/i.exec(name)?.[1] ??
		/^u_(.+)$/i.exec(name)?.[1] ??
		/^(.+?)__c$/i.exec(name)?.[1] ??
		/^(.+?)\s*\[(?:list|txt|text|textarea|int|integer|dec|decimal|flag|checkbox|date|regexp|multiselect|tagger)\]$/i.exec(
			name,
		)?.[1];
	const names = inner === undefined ? [] : [inner.trim()];
	for (const candidate of [name, ...names]) {
		const rest = (recordName.exec(candidate) ?? recordNameCamel.exec(candidate))?.[1];
		if (rest !== undefined) names.push(rest);
	}
	return names;
}

/** The default fallback names of a field whose list is the default one; a configured list has none. */
function fallbacksOf(field: ColumnField, aliases: readonly string[]): ReadonlySet<string> {
	const defaults = defaultColumnAliases[field];
	const isDefault = aliases.length === defaults.length && aliases.every((alias, index) => alias === defaults[index]);
	return new Set(isDefault ? (fallbackAliases[field] ?? []) : []);
}

/** Finds which column of the export each header is, with the configured aliases. */
export interface ColumnMatcher {
	aliases: CoverageConfig['columns'];
	/** The columns tags may hold instead, by their prefix (`coverage.tagPrefixes`). */
	tagPrefixes: CoverageConfig['tagPrefixes'];
	/** The field a header name stands for, if any. */
	fieldOf(header: string): AliasHit | undefined;
	/**
	 * Configured names that are a path more than one level into a JSON ticket
	 * (`attributes.custom.categoryStr`), or through a list (`components[].name`), split
	 * at each dot: `json-row.ts` follows them.
	 */
	deepPaths: readonly (AliasHit & { path: readonly string[] })[];
	/** The settings file these names come from, as messages name it (`contentPath('config')`). */
	settingsFile: string;
}

export function createColumnMatcher(
	aliases: CoverageConfig['columns'],
	tagPrefixes: CoverageConfig['tagPrefixes'] = {},
	settingsFile = contentPath('config'),
): ColumnMatcher {
	const byName = new Map<string, AliasHit>();
	// Without prefixes no tag is read, so a tags column is none of the gate's: a row may end before it.
	const readsTags = Object.keys(tagPrefixes).length > 0;
	for (const field of columnFields) {
		if (field === 'tags' && !readsTags) continue;
		const fallbacks = fallbacksOf(field, aliases[field]);
		// Tags that hold the column are better than a fallback name (`type`: Intercom's is "conversation").
		const tagged = tagPrefixOf(field, tagPrefixes) !== undefined;
		aliases[field].forEach((alias, rank) => {
			const key = normalizeHeader(alias);
			if (fallbacks.has(alias) && tagged) return;
			if (!byName.has(key)) byName.set(key, { field, rank: fallbacks.has(alias) ? FALLBACK_RANK + rank : rank });
		});
	}
	const deepPaths: ColumnMatcher['deepPaths'][number][] = [];
	for (const field of columnFields) {
		aliases[field].forEach((alias, rank) => {
			const path = alias.split('.');
			// A path through a list (`components[].name`) is followed at any length.
			const deep = path.length > 2 || (path.length === 2 && path[0]?.endsWith('[]') === true);
			if (deep && path.every((part) => part.trim() !== '')) deepPaths.push({ field, rank, path });
		});
	}
	const cache = new Map<string, AliasHit | undefined>();
	return {
		aliases,
		tagPrefixes,
		deepPaths,
		settingsFile,
		fieldOf(header) {
			if (cache.has(header)) return cache.get(header);
			let hit = byName.get(normalizeHeader(header));
			if (!hit) {
				// A wrapped name is never a fallback one: Jira's `Issue Type` and `Custom field (Request Type)`,
				// like Zendesk's `Ticket type`, say how a ticket is handled, not what the customer met.
				for (const name of namesInside(header)) {
					const inner = byName.get(normalizeHeader(name));
					if (inner && inner.rank < FALLBACK_RANK) {
						hit = { field: inner.field, rank: WRAPPED_RANK + inner.rank };
						break;
					}
				}
			}
			if (cache.size < 10_000) cache.set(header, hit);
			return hit;
		},
	};
}

/** Column position of each field in a CSV header row; -1 when the export has no such column. */
export type ColumnIndexes = Record<ColumnField, number>;

export function resolveHeaderRow(headers: string[], matcher: ColumnMatcher): ColumnIndexes {
	const indexes = Object.fromEntries(columnFields.map((field) => [field, -1])) as ColumnIndexes;
	const ranks = new Map<ColumnField, number>();
	headers.forEach((header, index) => {
		const hit = matcher.fieldOf(header);
		if (!hit) return;
		const best = ranks.get(hit.field);
		if (best === undefined || hit.rank < best) {
			indexes[hit.field] = index;
			ranks.set(hit.field, hit.rank);
		}
	});
	return indexes;
}

/**
 * Every column of a header row that names `field`, the one `resolveHeaderRow` picks
 * first, then the others by rank: helpdesks that date each step of a ticket
 * (Freshdesk's `Resolved time` and `Closed time`, ServiceNow's `resolved_at` and
 * `closed_at`) leave the later date empty until the ticket gets there.
 */
export function columnsNaming(headers: string[], matcher: ColumnMatcher, field: ColumnField): number[] {
	const found: { index: number; rank: number }[] = [];
	headers.forEach((header, index) => {
		const hit = matcher.fieldOf(header);
		if (hit?.field === field) found.push({ index, rank: hit.rank });
	});
	return found.sort((a, b) => a.rank - b.rank || a.index - b.index).map((column) => column.index);
}

/**
 * The fields whose column the export repeats, with every position of it: Jira
 * Service Management writes a multi-valued field (`Component/s`, `Custom field
 * (Linked articles)`, `Labels`) as one column per value, all under the same header.
 * Only fields with more than one column are listed.
 */
export function repeatedColumns(headers: string[], indexes: ColumnIndexes): Partial<Record<ColumnField, number[]>> {
	const repeats: Partial<Record<ColumnField, number[]>> = {};
	for (const field of columnFields) {
		const first = indexes[field];
		if (first === -1) continue;
		const name = normalizeHeader(headers[first] as string);
		const all: number[] = [];
		headers.forEach((header, index) => {
			if (normalizeHeader(header) === name) all.push(index);
		});
		if (all.length > 1) repeats[field] = all;
	}
	return repeats;
}

/** The prefix of the tags that hold a column, when `coverage.tagPrefixes` names one. */
function tagPrefixOf(field: ColumnField, tagPrefixes: CoverageConfig['tagPrefixes']): string | undefined {
	return (tagPrefixes as Partial<Record<ColumnField, string>>)[field];
}

/**
 * Whether an export has a column the gate needs: its own, or a tags column when
 * `coverage.tagPrefixes` says tags hold it. `has` tells which columns the export names.
 */
export function hasColumn(field: ColumnField, matcher: ColumnMatcher, has: (field: ColumnField) => boolean): boolean {
	return has(field) || (tagPrefixOf(field, matcher.tagPrefixes) !== undefined && has('tags'));
}

/** One line naming the headers a missing column could have had, for the error message. */
export function describeMissingColumn(field: ColumnField, matcher: ColumnMatcher): string {
	const names = (column: ColumnField) => {
		const quoted = matcher.aliases[column].map((alias) => `"${alias}"`);
		return quoted.length === 1 ? (quoted[0] as string) : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
	};
	const prefix = tagPrefixOf(field, matcher.tagPrefixes);
	return prefix === undefined
		? names(field)
		: `${names(field)}, or tags starting with "${prefix}" in a column named ${names('tags')}`;
}
