import { ContentError } from '../content-model/errors.ts';
import { type ColumnField, columnFields } from './column-names.ts';
import type { ColumnMatcher } from './columns.ts';
import { missingColumnProblem, type RawRow } from './raw-row.ts';

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

/** Text of one JSON value as a cell: lists (e.g. of article URLs) become one reference per line. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.map(cellText).join('\n');
	return '';
}

function describeJsonValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The list of tickets an object wraps, as APIs and export tools write them
 * (`{"tickets": [...]}`, `{"results": [...], "paging": {...}}`, `{"_embedded":
 * {"conversations": [...]}}`): its first list of objects, looked for depth-first
 * through its objects. An empty list counts when no list of objects follows.
 */
export function wrappedTickets(value: unknown): unknown[] | undefined {
	if (!isObject(value)) return undefined;
	let empty: unknown[] | undefined;
	for (const item of Object.values(value)) {
		if (Array.isArray(item)) {
			if (isObject(item[0])) return item;
			if (item.length === 0) empty ??= item;
		} else if (isObject(item)) {
			const inner = wrappedTickets(item);
			if (inner !== undefined && inner.length > 0) return inner;
			empty ??= inner;
		}
	}
	return empty;
}

/**
 * Fills `row` from one ticket object. Keys are matched like CSV headers; when two
 * keys stand for one column, the earlier alias wins. Records which columns were seen,
 * and returns how many keys of this object were columns.
 */
export function fillRowFromJson(value: unknown, row: RawRow, matcher: ColumnMatcher, seen: Set<ColumnField>): number {
	for (const field of columnFields) row.values[field] = '';
	if (!isObject(value)) {
		row.problem = `is not a ticket object (found ${describeJsonValue(value)})`;
		return 0;
	}
	let hits = 0;
	row.problem = undefined;
	const ranks: Partial<Record<ColumnField, number>> = {};
	for (const [key, cell] of Object.entries(value)) {
		const hit = matcher.fieldOf(key);
		if (!hit) continue;
		const best = ranks[hit.field];
		if (best !== undefined && best <= hit.rank) continue;
		ranks[hit.field] = hit.rank;
		row.values[hit.field] = cellText(cell);
		seen.add(hit.field);
		hits++;
	}
	return hits;
}

/** After a JSON export is read: a required column no ticket object had makes it unusable. */
export function checkJsonColumns(
	file: string,
	rows: number,
	seen: Set<ColumnField>,
	required: readonly ColumnField[],
	matcher: ColumnMatcher,
): void {
	if (rows === 0) return;
	const missing = required.filter((field) => !seen.has(field));
	if (missing.length === 0) return;
	throw new ContentError(
		missing.map((field) =>
			missingColumnProblem(file, field, matcher, { kind: 'key', found: 'no ticket object in the file has one' }),
		),
	);
}
