import { parserMessage } from '../text/parser-messages.ts';
import { hasColumn } from './columns.ts';
import { JsonArrayError, streamJsonArray } from './json-array.ts';
import {
	type ColumnsSeen,
	checkJsonColumns,
	fillRowFromJson,
	parseTicketJson,
	requiredColumnsNamed,
} from './json-row.ts';
import { createRawRow, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';

function parseElement(text: string, line: number): unknown {
	try {
		return parseTicketJson(text);
	} catch (error) {
		throw new JsonArrayError(
			`the ticket that starts here is not valid JSON: ${parserMessage((error as Error).message)}`,
			line,
		);
	}
}

/** The list with the highest score, the first of them on a tie; undefined when there are none. */
function bestList(scores: readonly number[]): number | undefined {
	let best: number | undefined;
	scores.forEach((score, ordinal) => {
		if (best === undefined || score > (scores[best] as number)) best = ordinal;
	});
	return best;
}

/**
 * Streams a JSON export holding an array of ticket objects, or an object wrapping
 * one (`{"tickets": [...]}`, `{"data": {"tickets": [...]}}`), one ticket object at a
 * time. In a wrapper, the tickets are the first list whose first object names every
 * required column, so the users, groups or organizations an API dump sideloads
 * (Zendesk's `{"users": [...], "tickets": [...]}`) are passed over. When no list names
 * them all, the file is read again for the list that names the most (the first of
 * them on a tie), and the columns it lacks are reported.
 */
export async function readJsonArray(path: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	const seen: ColumnsSeen = new Set();
	const onElement = (text: string, line: number) => {
		row.line = line;
		fillRowFromJson(parseElement(text, line), row, matcher, seen);
		onRow(row);
	};
	const isIdKey = (key: string) => matcher.fieldOf(key)?.field === 'id';
	const scores: number[] = [];
	let taken = false;
	const namesAll = (text: string, line: number, ordinal: number) => {
		scores[ordinal] = requiredColumnsNamed(parseElement(text, line), matcher, required);
		taken = scores[ordinal] === required.length;
		return taken;
	};
	let rows: number;
	try {
		rows = await streamJsonArray(path, onElement, { isIdKey, chooseList: namesAll });
		const best = bestList(scores);
		if (!taken && best !== undefined) {
			rows = await streamJsonArray(path, onElement, { isIdKey, chooseList: (_, __, ordinal) => ordinal === best });
		}
	} catch (error) {
		if (error instanceof JsonArrayError) throw unusable(file, error.message, { line: error.line, hint: error.hint });
		throw error;
	}
	checkJsonColumns(file, rows, seen, required, matcher);
	return { rows, hasArticles: hasColumn('articles', matcher, (column) => seen.has(column)) };
}
