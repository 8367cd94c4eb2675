import { quotedExcerpt } from '../cli/untrusted-text.ts';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { type ColumnField, columnFields } from './column-names.ts';
import { type ColumnMatcher, describeMissingColumn } from './columns.ts';

/** One row of an export as the readers hand it over. The object is reused from row to row. */
export interface RawRow {
	/** 1-based line where the row starts in its file. */
	line: number;
	/** Cell text per column; empty when the export has no such column or the cell is empty. */
	values: Record<ColumnField, string>;
	/** Set when the row cannot be read cell by cell (wrong number of fields, invalid JSON). */
	problem: string | undefined;
}

export type RowHandler = (row: RawRow) => void;

export type ExportFormat = 'csv' | 'json' | 'jsonl' | 'xlsx' | 'xml';

export interface ReadOptions {
	/** Path as shown in messages. */
	file: string;
	matcher: ColumnMatcher;
	/** Columns the export must have. */
	required: readonly ColumnField[];
	onRow: RowHandler;
}

/** Lines of an export passed over as no tickets: a report's title or footer. */
export interface PassedLines {
	/** First and last line (1-based). */
	from: number;
	to: number;
	/** Text of the first of them, as written (untrusted). */
	first: string;
}

export interface ReadSummary {
	/** Rows handed to `onRow` (blank lines excluded). */
	rows: number;
	/** Whether the export has an articles column (a header, or a key of some ticket). */
	hasArticles: boolean;
	/** Title lines above the header row of a CSV export, passed over. */
	preamble?: PassedLines;
	/** A report's footer after the last row of a CSV export, left out. */
	footer?: PassedLines;
	/** Of a workbook: the sheet read, every sheet in the workbook's order, and those hidden in Excel. */
	sheet?: string;
	sheets?: string[];
	hiddenSheets?: string[];
}

export function createRawRow(): RawRow {
	return {
		line: 0,
		values: Object.fromEntries(columnFields.map((field) => [field, ''])) as Record<ColumnField, string>,
		problem: undefined,
	};
}

/** Names used in messages for each column. */
export const columnNames: Record<ColumnField, string> = {
	id: 'ticket id',
	status: 'status',
	category: 'category',
	productArea: 'product area',
	closedAt: 'closed date',
	articles: 'articles',
	subject: 'subject',
	tags: 'tags',
};

/** The problem a missing required column makes: the export cannot be used. */
export function missingColumnProblem(
	file: string,
	field: ColumnField,
	matcher: ColumnMatcher,
	context: { kind: 'header' | 'key' | 'element'; found: string; line?: number; tagsHeader?: string },
): ContentProblem {
	const names = describeMissingColumn(field, matcher);
	const renamed = `if the export names it differently, add that name to \`coverage.columns.${field}\` in ${matcher.settingsFile}`;
	// Many teams file the category and the area as tags (`cat_usability`): the export then has a tags column instead.
	const taggable = (field === 'category' || field === 'productArea') && !(field in matcher.tagPrefixes);
	const tagged =
		taggable && context.tagsHeader !== undefined
			? `; if the helpdesk files it as tags in ${quotedExcerpt(context.tagsHeader, 60)} (\`${field === 'category' ? 'cat_usability' : 'area_domains'}\`), name their prefix under \`coverage.tagPrefixes.${field}\``
			: '';
	return {
		file,
		line: context.line,
		message: `no ${columnNames[field]} column: expected ${context.kind === 'element' ? 'an' : 'a'} ${context.kind} named ${names}; ${context.found}`,
		hint: `${renamed}${tagged}`,
	};
}

export function unusable(file: string, message: string, options: { line?: number; hint?: string } = {}): ContentError {
	return new ContentError([{ file, line: options.line, message, hint: options.hint }]);
}
