// The header row of a CSV export: which column is where, and the message when a
// required column (or the whole header) is missing.
import { quotedExcerpt } from '../cli/untrusted-text.ts';
import { ContentError } from '../content-model/errors.ts';
import { type ColumnField, multiValuedColumns } from './column-names.ts';
import {
	type ColumnIndexes,
	type ColumnMatcher,
	columnsNaming,
	FALLBACK_RANK,
	hasColumn,
	normalizeHeader,
	repeatedColumns,
	resolveHeaderRow,
} from './columns.ts';
import { namedColumns, PREAMBLE_MAX_LINES } from './csv-layout.ts';
import type { CsvCursor } from './csv-records.ts';
import { missingColumnProblem, unusable } from './raw-row.ts';
import type { KindTally } from './record-kind.ts';

/** The header row as read: where each column is, and how many fields a row should have. */
export interface CsvHeader {
	indexes: ColumnIndexes;
	length: number;
	/** Fields whose column the export repeats (Jira's `Component/s`): every position, and whether all values count. */
	repeats: { field: ColumnField; positions: number[]; all: boolean }[];
	/** The last position the gate reads: a row may end early after it, or run on with empty fields. */
	lastRead: number;
	/**
	 * When the category column is named only by a fallback name (`Type`): its header, the
	 * header's line and a tags column's header, for the message when every value in it
	 * turns out to be a channel or record kind (`email`, `chat`, `phone`).
	 */
	fallbackCategory?: { header: string; line: number; tagsHeader?: string };
}

/**
 * No row among the first lines names the columns. When the first of them names one
 * column, it is a header that lacks the others, and says which; otherwise the export
 * has no header row at all.
 */
export function missingHeader(
	cursor: CsvCursor,
	options: {
		file: string;
		matcher: ColumnMatcher;
		required: readonly ColumnField[];
		/** What the export is made of: a text file's lines, a sheet's rows. */
		unit?: 'line' | 'row';
	},
): Error {
	const unit = options.unit ?? 'line';
	const first = cursor.above[0];
	if (first === undefined) {
		return unusable(options.file, 'is empty: expected a header row naming the columns, then one row per ticket', {
			hint: `export the closed tickets again; the first ${unit} must name the columns (e.g. "Ticket ID,Status,Category,Product Area")`,
		});
	}
	if (namedColumns(first.record, options.matcher) === 1) {
		const indexes = resolveHeaderRow(first.record, options.matcher);
		const missing = missingColumns(first.record, indexes, { ...options, line: first.line });
		if (missing) return missing;
	}
	const looked = Math.min(cursor.above.length, PREAMBLE_MAX_LINES);
	return unusable(
		options.file,
		`has no header row: none of its first ${looked === 1 ? unit : `${looked} ${unit}s`} names the columns (expected a row such as "Ticket ID,Status,Category,Product Area")`,
		{
			line: first.line,
			hint: `export the closed tickets with a header row; if the export names the columns differently, add those names to \`coverage.columns\` in ${options.matcher.settingsFile}`,
		},
	);
}

/** Header names a message about a missing column lists at most: a wrong file may have thousands of columns. */
const HEADERS_SHOWN = 40;

/** The header of the export's tags column, for messages that suggest `coverage.tagPrefixes`. */
function tagsHeaderOf(record: string[], matcher: ColumnMatcher): string | undefined {
	const tagNames = new Set(matcher.aliases.tags.map(normalizeHeader));
	return record.find((name) => tagNames.has(normalizeHeader(name)));
}

/** The problems of a header row that lacks a required column, as one error; undefined when it has them all. */
function missingColumns(
	record: string[],
	indexes: ColumnIndexes,
	options: { file: string; line: number; matcher: ColumnMatcher; required: readonly ColumnField[] },
): ContentError | undefined {
	const { file, line, matcher, required } = options;
	const missing = required.filter((field) => !hasColumn(field, matcher, (column) => indexes[column] !== -1));
	if (missing.length === 0) return undefined;
	const shown = record.slice(0, HEADERS_SHOWN).map((name) => quotedExcerpt(name, 60));
	const more = record.length > HEADERS_SHOWN ? ` and ${record.length - HEADERS_SHOWN} more` : '';
	const found = `the header has ${shown.join(', ')}${more}`;
	const tagsHeader = tagsHeaderOf(record, matcher);
	return new ContentError(
		missing.map((field) => missingColumnProblem(file, field, matcher, { kind: 'header', found, line, tagsHeader })),
	);
}

/** The header row of a CSV export, or the problems of one that lacks a required column. */
export function readHeader(
	record: string[],
	options: { file: string; line: number; matcher: ColumnMatcher; required: readonly ColumnField[] },
): CsvHeader {
	const indexes = resolveHeaderRow(record, options.matcher);
	const missing = missingColumns(record, indexes, options);
	if (missing) throw missing;
	const repeats = Object.entries(repeatedColumns(record, indexes)).map(([field, positions]) => ({
		field: field as ColumnField,
		positions,
		all: multiValuedColumns.has(field),
	}));
	// Several closed-date columns (`Resolved time`, `Closed time`): the first that holds a date counts.
	const dates = columnsNaming(record, options.matcher, 'closedAt');
	if (dates.length > 1) {
		const others = repeats.filter((repeat) => repeat.field !== 'closedAt');
		repeats.splice(0, repeats.length, ...others, { field: 'closedAt', positions: dates, all: false });
	}
	const read = [...Object.values(indexes), ...repeats.flatMap((repeat) => repeat.positions)];
	const header: CsvHeader = { indexes, length: record.length, repeats, lastRead: Math.max(...read) };
	const category = record[indexes.category];
	if (category !== undefined && (options.matcher.fieldOf(category)?.rank ?? 0) >= FALLBACK_RANK) {
		header.fallbackCategory = {
			header: category,
			line: options.line,
			tagsHeader: tagsHeaderOf(record, options.matcher),
		};
	}
	return header;
}

/**
 * After the rows are read: a category column named only by a fallback name (`Type`)
 * whose every non-empty value is a channel or record kind (Help Scout's email, chat and
 * phone) says how each ticket came in, not what the customer met, so the export has no
 * category column. Undefined otherwise, and when the category is not required.
 */
export function kindsOnlyProblem(
	file: string,
	header: CsvHeader | undefined,
	tally: KindTally,
	options: { matcher: ColumnMatcher; required: readonly ColumnField[] },
): ContentError | undefined {
	const fallback = header?.fallbackCategory;
	if (fallback === undefined || tally.other || tally.kinds.length === 0) return undefined;
	if (!options.required.includes('category')) return undefined;
	const kinds =
		tally.kinds.length === 1 ? tally.kinds[0] : `${tally.kinds.slice(0, -1).join(', ')} and ${tally.kinds.at(-1)}`;
	const found = `its ${quotedExcerpt(fallback.header, 60)} column holds only ${kinds}, the channel or kind of record of each ticket, not a category`;
	return new ContentError([
		missingColumnProblem(file, 'category', options.matcher, {
			kind: 'header',
			found,
			line: fallback.line,
			tagsHeader: fallback.tagsHeader,
		}),
	]);
}
