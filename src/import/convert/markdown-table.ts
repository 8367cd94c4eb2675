/**
 * A GitHub-flavoured Markdown table from cells written as Markdown, for the sources that
 * keep tables in another shape (ReadMe's parameters block, MyST's list and CSV tables).
 */

/** A cell's Markdown on one line: its lines joined by line breaks, `|` escaped. */
export function tableCell(lines: readonly string[]): string {
	return lines
		.map((line) => line.trim())
		.filter(Boolean)
		.join('<br />')
		.replace(/(?<!\\)\|/g, '\\|');
}

/**
 * The table's lines, between blank lines. Markdown tables need a header row: without
 * one the header cells are left empty, so no row of data is shown as a heading.
 */
export function markdownTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): string[] {
	const columns = Math.max(header?.length ?? 0, ...rows.map((row) => row.length));
	if (columns === 0) return [];
	const line = (cells: readonly string[]) =>
		`| ${Array.from({ length: columns }, (_, column) => cells[column] || ' ').join(' | ')} |`;
	return ['', line(header ?? []), `|${' --- |'.repeat(columns)}`, ...rows.map(line), ''];
}
