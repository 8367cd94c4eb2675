import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ColumnField } from './column-names.ts';
import { checkJsonColumns, fillRowFromJson } from './json-row.ts';
import { createRawRow, type ReadOptions, type ReadSummary } from './raw-row.ts';

/**
 * Streams a JSON Lines export (one ticket object per line). A line that is not
 * valid JSON is an invalid row; the lines after it are still read.
 */
export async function readJsonLines(path: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	const seen = new Set<ColumnField>();
	const lines = createInterface({ input: createReadStream(path, { highWaterMark: 1 << 16 }), crlfDelay: Infinity });
	let lineNumber = 0;
	let rows = 0;
	for await (const rawLine of lines) {
		lineNumber++;
		const text = (lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim();
		if (text === '') continue;
		rows++;
		row.line = lineNumber;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			fillRowFromJson({}, row, matcher, seen);
			row.problem = `is not valid JSON: ${(error as Error).message}`;
			onRow(row);
			continue;
		}
		fillRowFromJson(value, row, matcher, seen);
		onRow(row);
	}
	checkJsonColumns(file, rows, seen, required, matcher);
	return { rows };
}
