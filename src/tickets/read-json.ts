import type { ColumnField } from './column-names.ts';
import { JsonArrayError, streamJsonArray } from './json-array.ts';
import { checkJsonColumns, fillRowFromJson, parseTicketJson } from './json-row.ts';
import { createRawRow, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';

/**
 * Streams a JSON export holding an array of ticket objects, or an object wrapping
 * one (`{"tickets": [...]}`), one ticket object at a time.
 */
export async function readJsonArray(path: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	const seen = new Set<ColumnField>();
	let rows: number;
	try {
		rows = await streamJsonArray(
			path,
			(text, line) => {
				let value: unknown;
				try {
					value = parseTicketJson(text);
				} catch (error) {
					throw new JsonArrayError(`the ticket that starts here is not valid JSON: ${(error as Error).message}`, line);
				}
				row.line = line;
				fillRowFromJson(value, row, matcher, seen);
				onRow(row);
			},
			{ isIdKey: (key) => matcher.fieldOf(key)?.field === 'id' },
		);
	} catch (error) {
		if (error instanceof JsonArrayError) throw unusable(file, error.message, { line: error.line, hint: error.hint });
		throw error;
	}
	checkJsonColumns(file, rows, seen, required, matcher);
	return { rows, hasArticles: seen.has('articles') };
}
