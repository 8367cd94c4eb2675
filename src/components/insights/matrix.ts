/**
 * The category x product-area matrix as the page shows it: rows and columns sorted by
 * their totals (busiest first, taxonomy order breaking ties), with the totals and the
 * busiest cell that sets the shading scale.
 */

export interface Term {
	id: string;
	label: string;
}

export interface MatrixLine<T extends Term = Term> {
	term: T;
	total: number;
}

export interface SortedMatrix {
	rows: MatrixLine[];
	columns: MatrixLine[];
	total: number;
	/** The largest single cell; 0 when there are no tickets. */
	maxCell: number;
	count: (category: string, area: string) => number;
}

export function sortMatrix(
	categories: readonly Term[],
	productAreas: readonly Term[],
	count: (category: string, area: string) => number,
): SortedMatrix {
	const byTotalDesc = (a: MatrixLine & { order: number }, b: MatrixLine & { order: number }) =>
		b.total - a.total || a.order - b.order;
	const rows = categories
		.map((term, order) => ({
			term,
			order,
			total: productAreas.reduce((sum, area) => sum + count(term.id, area.id), 0),
		}))
		.sort(byTotalDesc)
		.map(({ term, total }) => ({ term, total }));
	const columns = productAreas
		.map((term, order) => ({
			term,
			order,
			total: categories.reduce((sum, category) => sum + count(category.id, term.id), 0),
		}))
		.sort(byTotalDesc)
		.map(({ term, total }) => ({ term, total }));
	let maxCell = 0;
	for (const category of categories)
		for (const area of productAreas) maxCell = Math.max(maxCell, count(category.id, area.id));
	return { rows, columns, total: rows.reduce((sum, row) => sum + row.total, 0), maxCell, count };
}

export interface Finding {
	/** One sentence a support lead can act on. */
	text: string;
}

/**
 * The headline facts of the matrix in plain sentences: the busiest category, product
 * area and pair, and how concentrated the busiest category is in one area
 * ("80% of usability tickets come from Domains").
 */
export function matrixFindings(matrix: SortedMatrix): string[] {
	if (matrix.total === 0) return [];
	const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
	const findings: string[] = [];
	const topRow = matrix.rows[0];
	const topColumn = matrix.columns[0];
	if (topRow)
		findings.push(
			`${topRow.term.label} is the busiest category: ${topRow.total} of ${matrix.total} closed tickets (${pct(topRow.total, matrix.total)}).`,
		);
	if (topColumn)
		findings.push(
			`${topColumn.term.label} is the busiest product area: ${topColumn.total} of ${matrix.total} (${pct(topColumn.total, matrix.total)}).`,
		);
	let top: { row: MatrixLine; column: MatrixLine; count: number } | undefined;
	for (const row of matrix.rows) {
		for (const column of matrix.columns) {
			const count = matrix.count(row.term.id, column.term.id);
			if (!top || count > top.count) top = { row, column, count };
		}
	}
	if (top && top.count > 0) {
		findings.push(
			`The busiest pair is ${top.row.term.label} in ${top.column.term.label}: ${top.count} tickets, ${pct(top.count, top.row.total)} of all ${top.row.term.label.toLowerCase()} tickets.`,
		);
	}
	return findings;
}
