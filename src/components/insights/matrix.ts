/**
 * The category x product-area matrix as the page shows it: rows and columns sorted by
 * their totals (busiest first, taxonomy order breaking ties), with the totals and the
 * busiest cell that sets the shading scale.
 */

import type { InsightsTerm as Term } from '../../tickets/insights.ts';

export interface MatrixLine {
	term: Term;
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
