// An Excel workbook export: the sheet that holds the tickets, its rows handed to the
// same record handler as a CSV export's, so title rows, the header, footers, columns,
// tags, statuses and dates follow the same rules.
import { quoted } from '../cli/untrusted-text.ts';
import { ContentError } from '../content-model/errors.ts';
import type { ColumnField } from './column-names.ts';
import { type ColumnMatcher, describeMissingColumn, hasColumn, resolveHeaderRow } from './columns.ts';
import { kindsOnlyProblem, missingHeader } from './csv-header.ts';
import { isHeaderRow, PREAMBLE_MAX_LINES } from './csv-layout.ts';
import { createCursor, createRecordHandler } from './csv-records.ts';
import { columnNames, type RawRow, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';
import { readWorkbookInfo, type SheetInfo, type WorkbookInfo } from './xlsx-parts.ts';
import { type SheetRow, sheetRows } from './xlsx-sheet.ts';
import { openWorkbookZip, type WorkbookZip } from './xlsx-zip.ts';

/** What a look at the top of a sheet found: the ticket header, a header that lacks columns, or neither. */
type SheetProbe =
	| { kind: 'tickets' }
	| { kind: 'lacks'; row: number; missing: ColumnField[] }
	| { kind: 'no-header' }
	| { kind: 'empty' };

function missingFields(cells: string[], matcher: ColumnMatcher, required: readonly ColumnField[]): ColumnField[] {
	const indexes = resolveHeaderRow(cells, matcher);
	return required.filter((field) => !hasColumn(field, matcher, (column) => indexes[column] !== -1));
}

/** Reads the top of a sheet (as far as a title may push the header down) for the header row. */
async function probeSheet(
	zip: WorkbookZip,
	file: string,
	sheet: SheetInfo,
	info: WorkbookInfo,
	options: { matcher: ColumnMatcher; required: readonly ColumnField[] },
): Promise<SheetProbe> {
	let seen = 0;
	for await (const batch of sheetRows(zip, file, sheet, info, { tail: false })) {
		for (const row of batch) {
			if (row.cells.every((cell) => cell.trim() === '')) continue;
			if (isHeaderRow(row.cells, options.matcher)) {
				const missing = missingFields(row.cells, options.matcher, options.required);
				return missing.length === 0 ? { kind: 'tickets' } : { kind: 'lacks', row: row.number, missing };
			}
			if (++seen > PREAMBLE_MAX_LINES) return { kind: 'no-header' };
		}
	}
	return seen === 0 ? { kind: 'empty' } : { kind: 'no-header' };
}

function sheetList(sheets: readonly SheetInfo[]): string {
	return sheets.map((sheet) => quoted(sheet.name)).join(', ');
}

/**
 * The sheet the tickets are on: the only one, or the first whose header names the
 * columns the gate needs, visible sheets before hidden ones (a hidden lookup table or
 * a report's data copy is not what the person exported). When no sheet has them, one
 * line says what each lacks.
 */
async function chooseSheet(
	zip: WorkbookZip,
	file: string,
	info: WorkbookInfo,
	options: { matcher: ColumnMatcher; required: readonly ColumnField[] },
): Promise<SheetInfo> {
	const { sheets } = info;
	if (sheets.length === 0) {
		throw unusable(file, 'is an empty workbook: it has no worksheets', {
			hint: 'export the closed tickets again',
		});
	}
	if (sheets.length === 1) return sheets[0] as SheetInfo;
	const found: string[] = [];
	const visibleFirst = [...sheets.filter((sheet) => !sheet.hidden), ...sheets.filter((sheet) => sheet.hidden)];
	for (const sheet of visibleFirst) {
		const probe = await probeSheet(zip, file, sheet, info, options);
		if (probe.kind === 'tickets') return sheet;
		const name = `${sheet.hidden ? 'hidden sheet' : 'sheet'} ${quoted(sheet.name)}`;
		if (probe.kind === 'empty') found.push(`${name} is empty`);
		else if (probe.kind === 'no-header') found.push(`${name} has no header row`);
		else {
			const lacks = probe.missing.map(
				(field) => `no ${columnNames[field]} column (a header named ${describeMissingColumn(field, options.matcher)})`,
			);
			found.push(`${name} row ${probe.row} has ${lacks.join(' and ')}`);
		}
	}
	if (found.every((text) => text.endsWith(' is empty'))) {
		throw unusable(file, `is an empty workbook: none of its sheets (${sheetList(sheets)}) holds any cells`, {
			hint: 'export the closed tickets again',
		});
	}
	throw unusable(file, `has no sheet with the ticket columns: ${found.join('; ')}`, {
		hint: `save the tickets on one sheet with a header row; if the export names a column differently, add that name to \`coverage.columns\` in ${options.matcher.settingsFile}`,
	});
}

/** Problems found at a row of the sheet point at the sheet and the row, as Excel shows them. */
function atSheetRow(error: unknown, file: string, sheet: string): unknown {
	if (!(error instanceof ContentError)) return error;
	return new ContentError(
		error.problems.map((problem) =>
			problem.file === file && problem.line !== undefined
				? { ...problem, file: `${file}, sheet ${quoted(sheet)}, row ${problem.line}`, line: undefined }
				: problem,
		),
	);
}

/** The cells of an articles column that link somewhere also give the address: a title shown over a link to the article still links it. */
function withLinks(cells: string[], links: Map<number, string> | undefined, positions: readonly number[]): void {
	if (links === undefined) return;
	for (const position of positions) {
		const link = links.get(position);
		if (link === undefined) continue;
		const text = cells[position] ?? '';
		cells[position] = text.trim() === '' ? link : text.includes(link) ? text : `${text}\n${link}`;
	}
}

function withSpans(cells: readonly string[], spans: readonly { from: number; to: number }[]): string[] {
	const spread = [...cells];
	for (const { from, to } of spans) {
		for (let column = from + 1; column <= to; column++) {
			if ((spread[column] ?? '') === '') spread[column] = spread[from] ?? '';
		}
	}
	return spread;
}

export interface XlsxSummary extends ReadSummary {
	/** The sheet the tickets were read from, every sheet of the workbook in order, and those hidden in Excel. */
	sheet: string;
	sheets: string[];
	hiddenSheets: string[];
}

/**
 * Streams the ticket sheet of an Excel workbook (.xlsx, .xlsm) to `onRow`: each row
 * with its sheet row number as its line. Rows go through the CSV record handler;
 * cells a row does not have are empty (Excel leaves them out), and cells right of
 * the header are not read.
 */
export async function readXlsx(path: string, options: ReadOptions & { maxUnpacked?: number }): Promise<XlsxSummary> {
	const { file, matcher, required } = options;
	const zip = await openWorkbookZip(path, file, options.maxUnpacked);
	try {
		const info = await readWorkbookInfo(zip, file);
		const sheet = await chooseSheet(zip, file, info, { matcher, required });
		const cursor = createCursor();
		let rows = 0;
		const onRow = (row: RawRow) => {
			rows++;
			options.onRow(row);
		};
		const handle = createRecordHandler(cursor, { file, matcher, required, onRow });
		let articlePositions: number[] | undefined;
		let last = 0;
		const feed = (row: SheetRow) => {
			const header = cursor.header;
			if (header !== undefined && row.number > last + 1) {
				// Rows between hold no cells: a blank line, as a CSV export would have.
				cursor.nextLine = last + 1;
				handle(['']);
			}
			last = row.number;
			cursor.nextLine = row.number;
			let cells = row.cells;
			if (header === undefined && row.spans !== undefined) {
				// A header cell merged over several columns names each of them (the column repeats, as Jira's do).
				const spread = withSpans(cells, row.spans);
				if (isHeaderRow(spread, matcher)) cells = spread;
			}
			if (header !== undefined) {
				if (cells.length > header.length) cells = cells.slice(0, header.length);
				while (cells.length < header.length) cells.push('');
				articlePositions ??= [
					header.indexes.articles,
					...header.repeats.flatMap((repeat) => (repeat.field === 'articles' ? repeat.positions : [])),
				].filter((position) => position !== -1);
				withLinks(cells, row.links, articlePositions);
			}
			handle(cells);
		};
		try {
			for await (const batch of sheetRows(zip, file, sheet, info, { tail: true })) {
				for (const row of batch) feed(row);
			}
			cursor.nextLine = last + 1;
			handle.finish(true);
			if (cursor.header === undefined) throw missingHeader(cursor, { file, matcher, required, unit: 'row' });
			const kindsOnly = kindsOnlyProblem(file, cursor.header, cursor.kinds, { matcher, required });
			if (kindsOnly) throw kindsOnly;
		} catch (error) {
			throw atSheetRow(error, file, sheet.name);
		}
		return {
			rows,
			hasArticles: hasColumn('articles', matcher, (column) => (cursor.header?.indexes[column] ?? -1) !== -1),
			preamble: cursor.preamble,
			footer: cursor.footer,
			sheet: sheet.name,
			sheets: info.sheets.map((each) => each.name),
			hiddenSheets: info.sheets.filter((each) => each.hidden).map((each) => each.name),
		};
	} finally {
		zip.close();
	}
}
