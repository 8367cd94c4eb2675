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

/**
 * Fills `row` from one ticket object. Keys are matched like CSV headers; when two
 * keys stand for one column, the earlier alias wins. Records which columns were seen.
 */
export function fillRowFromJson(value: unknown, row: RawRow, matcher: ColumnMatcher, seen: Set<ColumnField>): void {
	for (const field of columnFields) row.values[field] = '';
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		row.problem = `is not a ticket object (found ${describeJsonValue(value)})`;
		return;
	}
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
	}
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
