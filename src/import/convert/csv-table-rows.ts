import { parse as parseCsv } from 'csv-parse/sync';

/** A `csv-table` directive's `:delim:` (reStructuredText's and MyST's): `tab`, `space`, one character, else a comma. */
export function csvTableDelimiter(option: string | undefined): string {
	const delimiter = option?.trim();
	if (delimiter === 'tab') return '\t';
	if (delimiter === 'space') return ' ';
	return delimiter?.length === 1 ? delimiter : ',';
}

/**
 * The rows of a `csv-table` written in the page, read as docutils reads them (rows of
 * any length, quotes inside cells, cells trimmed, blank lines skipped); undefined when
 * they do not parse, which the table then reports.
 */
export function csvTableRows(text: string, delimiter: string): string[][] | undefined {
	try {
		return parseCsv(text, {
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			trim: true,
			skip_empty_lines: true,
		}) as string[][];
	} catch {
		return undefined;
	}
}
