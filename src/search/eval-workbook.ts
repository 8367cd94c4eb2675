// Questions kept in an Excel workbook: the sheet that has the columns, read with the
// ticket reader's workbook code, as the records a CSV of the same sheet would give.
import { quoted } from '../cli/untrusted-text.ts';
import { ContentError } from '../content-model/errors.ts';
import { readWorkbookInfo, type SheetInfo } from '../tickets/xlsx-parts.ts';
import { type SheetRow, sheetRows } from '../tickets/xlsx-sheet.ts';
import { openWorkbookZip } from '../tickets/xlsx-zip.ts';

/** One question row: its cells by lower-case column name, and its row number in the sheet. */
export interface QuestionRecord {
	record: Record<string, string>;
	line: number;
}

export interface WorkbookQuestions {
	sheet: string;
	rows: QuestionRecord[];
}

/** The columns a sheet of questions needs. */
const requiredColumns = ['query', 'expect'] as const;

const saveHint =
	'keep the questions on one sheet with a header row of query and expect, or save that sheet as CSV UTF-8';

/**
 * The workbook reader's messages speak of tickets and the gate; a file of questions
 * gets the same reason with what to do about questions.
 */
function asQuestionProblem(error: unknown): unknown {
	if (!(error instanceof ContentError)) return error;
	return new ContentError(
		error.problems.map((problem) => ({
			...problem,
			message: problem.message.replace('the gate does not read', 'the eval does not read'),
			hint: saveHint,
		})),
	);
}

/** The first row that holds any text: the header, as in a CSV. */
function headerOf(rows: readonly SheetRow[]): SheetRow | undefined {
	return rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
}

async function readSheet(
	zip: Awaited<ReturnType<typeof openWorkbookZip>>,
	file: string,
	sheet: SheetInfo,
	info: Awaited<ReturnType<typeof readWorkbookInfo>>,
) {
	const rows: SheetRow[] = [];
	for await (const batch of sheetRows(zip, file, sheet, info, { tail: true })) rows.push(...batch);
	return rows;
}

/**
 * The question rows of a workbook (.xlsx, .xlsm): from the first sheet, visible ones
 * before hidden ones, whose header row names `query` and `expect` (any case). An
 * `expect` cell that links somewhere (an article's title over its address) gives the
 * address. A workbook without such a sheet says what each of its sheets holds.
 */
export async function readWorkbookQuestions(path: string, file: string): Promise<WorkbookQuestions> {
	try {
		const zip = await openWorkbookZip(path, file);
		try {
			const info = await readWorkbookInfo(zip, file);
			const found: string[] = [];
			const visibleFirst = [
				...info.sheets.filter((sheet) => !sheet.hidden),
				...info.sheets.filter((sheet) => sheet.hidden),
			];
			for (const sheet of visibleFirst) {
				const rows = await readSheet(zip, file, sheet, info);
				const header = headerOf(rows);
				const name = `${sheet.hidden ? 'hidden sheet' : 'sheet'} ${quoted(sheet.name)}`;
				if (!header) {
					found.push(`${name} is empty`);
					continue;
				}
				const columns = header.cells.map((cell) => cell.trim().toLowerCase());
				const missing = requiredColumns.filter((column) => !columns.includes(column));
				if (missing.length > 0) {
					found.push(`${name} row ${header.number} has no ${missing.join(' or ')} column`);
					continue;
				}
				const records = rows
					.filter((row) => row.number > header.number)
					.map((row) => ({ record: recordOf(columns, row), line: row.number }))
					.filter(({ record }) => Object.values(record).some((cell) => cell.trim() !== ''));
				return { sheet: sheet.name, rows: records };
			}
			throw new ContentError([
				{
					file,
					message:
						found.length === 0
							? 'is a workbook without worksheets'
							: `has no sheet with the columns query and expect: ${found.join('; ')}`,
					hint: saveHint,
				},
			]);
		} finally {
			zip.close();
		}
	} catch (error) {
		throw asQuestionProblem(error);
	}
}

/** A row's cells by column name, the first column of a name winning; a linked `expect` cell gives its address. */
function recordOf(columns: readonly string[], row: SheetRow): Record<string, string> {
	const record: Record<string, string> = {};
	columns.forEach((column, index) => {
		if (column === '' || column in record) return;
		const text = row.cells[index] ?? '';
		const link = row.links?.get(index);
		record[column] = column === 'expect' && link !== undefined ? link : text;
	});
	return record;
}
