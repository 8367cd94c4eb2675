import { isCounted, type JudgedTickets, Verdict } from './judge.ts';

/** Closed and linked tickets per category × product area, indexed in taxonomy order. */
export interface CategoryAreaCounts {
	closed: number[][];
	linked: number[][];
}

export function countByCategoryAndArea(judged: JudgedTickets): CategoryAreaCounts {
	const { table, verdicts, taxonomy } = judged;
	const empty = () => taxonomy.categories.map(() => taxonomy.productAreas.map(() => 0));
	const counts = { closed: empty(), linked: empty() };
	for (let slot = 0; slot < table.size; slot++) {
		const verdict = verdicts[slot] as number;
		if (!isCounted(verdict)) continue;
		const category = table.category[slot] as number;
		const area = table.productArea[slot] as number;
		const closedRow = counts.closed[category] as number[];
		closedRow[area] = (closedRow[area] ?? 0) + 1;
		if (verdict === Verdict.linked) {
			const linkedRow = counts.linked[category] as number[];
			linkedRow[area] = (linkedRow[area] ?? 0) + 1;
		}
	}
	return counts;
}
