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
		(counts.closed[category] as number[])[area]++;
		if (verdict === Verdict.linked) (counts.linked[category] as number[])[area]++;
	}
	return counts;
}
