/**
 * Turns the gate's insights into what the page shows: sorted tables, chart input and
 * plain-sentence findings. Pure; every number comes from `CoverageInsights` unchanged.
 */
import type { CoverageInsights, InsightsTerm } from '../../tickets/insights.ts';
import type { ChartSeries, ChartWeek } from './chart.ts';
import { percent, plural, share } from './format.ts';
import { type SortedMatrix, sortMatrix } from './matrix.ts';

export interface LinkRateRow {
	category: InsightsTerm;
	closed: number;
	linked: number;
	unlinked: number;
	linkRate: number | null;
	/** The product area with most of the category's tickets, and its share of them. */
	topArea?: { term: InsightsTerm; count: number; share: number };
}

export interface GapRow {
	category: InsightsTerm;
	productArea: InsightsTerm;
	count: number;
}

export interface InsightsView {
	matrix: SortedMatrix;
	linkRates: LinkRateRow[];
	chart: { series: ChartSeries[]; weeks: ChartWeek[] };
	/** Unlinked tickets per category and product area, most first: where articles are missing. */
	gaps: GapRow[];
	findings: string[];
}

function termLookup(terms: readonly InsightsTerm[]): (id: string) => InsightsTerm {
	const byId = new Map(terms.map((term) => [term.id, term]));
	return (id) => byId.get(id) ?? { id, label: id };
}

export function matrixOf(insights: CoverageInsights): SortedMatrix {
	const categoryIndex = new Map(insights.categories.map((term, index) => [term.id, index]));
	const areaIndex = new Map(insights.productAreas.map((term, index) => [term.id, index]));
	return sortMatrix(insights.categories, insights.productAreas, (category, area) => {
		const row = insights.matrix.closed[categoryIndex.get(category) ?? -1];
		return row?.[areaIndex.get(area) ?? -1] ?? 0;
	});
}

/** Categories by link rate, lowest first (the ones to work on), then by closed tickets; categories without tickets last. */
export function linkRateRows(insights: CoverageInsights, matrix: SortedMatrix): LinkRateRow[] {
	const categoryOf = termLookup(insights.categories);
	return insights.linkRates
		.map((rate): LinkRateRow => {
			const top = matrix.columns
				.map((column) => ({ term: column.term, count: matrix.count(rate.category, column.term.id) }))
				.reduce<{ term: InsightsTerm; count: number } | undefined>(
					(best, item) => (!best || item.count > best.count ? item : best),
					undefined,
				);
			return {
				category: categoryOf(rate.category),
				closed: rate.closed,
				linked: rate.linked,
				unlinked: rate.closed - rate.linked,
				linkRate: rate.linkRate,
				...(top && top.count > 0 ? { topArea: { ...top, share: share(top.count, rate.closed) } } : {}),
			};
		})
		.sort((a, b) => (a.linkRate ?? 2) - (b.linkRate ?? 2) || b.closed - a.closed);
}

/** Weekly counts as chart input, categories stacked busiest first (at the bottom); categories without tickets left out. */
export function chartOf(insights: CoverageInsights): InsightsView['chart'] {
	const withTotals = insights.weekly.series
		.map((item) => ({ item, total: item.closed.reduce((sum, count) => sum + count, 0) }))
		.filter(({ total }) => total > 0)
		.sort((a, b) => b.total - a.total);
	return {
		series: withTotals.map(({ item }) => ({ id: item.category, label: item.label })),
		weeks: insights.weekly.weekStarts.map((start, index) => ({
			start,
			counts: Object.fromEntries(withTotals.map(({ item }) => [item.category, item.closed[index] ?? 0])),
		})),
	};
}

export function gapsOf(insights: CoverageInsights): GapRow[] {
	const categoryOf = termLookup(insights.categories);
	const areaOf = termLookup(insights.productAreas);
	const counts = new Map<string, GapRow>();
	for (const ticket of insights.unlinkedTickets) {
		const key = `${ticket.category}\n${ticket.productArea}`;
		const row = counts.get(key) ?? {
			category: categoryOf(ticket.category),
			productArea: areaOf(ticket.productArea),
			count: 0,
		};
		row.count++;
		counts.set(key, row);
	}
	return [...counts.values()].sort(
		(a, b) =>
			b.count - a.count ||
			a.category.label.localeCompare(b.category.label) ||
			a.productArea.label.localeCompare(b.productArea.label),
	);
}

/** The page's headline facts in plain sentences, busiest first, then where articles are missing. */
export function findingsOf(insights: CoverageInsights, matrix: SortedMatrix, gaps: GapRow[]): string[] {
	const { totals } = insights;
	if (matrix.total === 0) return [];
	const findings: string[] = [];
	const [topRow] = matrix.rows;
	const [topColumn] = matrix.columns;
	if (topRow) {
		findings.push(
			`${topRow.term.label} is the busiest category: ${topRow.total} of ${matrix.total} closed tickets (${percent(share(topRow.total, matrix.total))}).`,
		);
	}
	if (topColumn) {
		findings.push(
			`${topColumn.term.label} is the busiest product area: ${topColumn.total} of ${matrix.total} (${percent(share(topColumn.total, matrix.total))}).`,
		);
	}
	if (topRow) {
		const busiest = matrix.columns.reduce((best, column) =>
			matrix.count(topRow.term.id, column.term.id) > matrix.count(topRow.term.id, best.term.id) ? column : best,
		);
		const count = matrix.count(topRow.term.id, busiest.term.id);
		findings.push(
			`${percent(share(count, topRow.total))} of ${topRow.term.label.toLowerCase()} tickets come from ${busiest.term.label} (${count} of ${topRow.total}).`,
		);
	}
	const [topGap] = gaps;
	if (totals.unlinked === 0) {
		findings.push(
			`Every closed ticket links a published article or runbook (${percent(share(totals.linked, totals.closed))} linked).`,
		);
	} else if (topGap) {
		findings.push(
			`${plural(totals.unlinked, 'closed ticket')} ${totals.unlinked === 1 ? 'has' : 'have'} no article. Largest gap: ${topGap.category.label} in ${topGap.productArea.label} (${plural(topGap.count, 'ticket')}); write that article first.`,
		);
	}
	return findings;
}

export function insightsView(insights: CoverageInsights): InsightsView {
	const matrix = matrixOf(insights);
	const gaps = gapsOf(insights);
	return {
		matrix,
		linkRates: linkRateRows(insights, matrix),
		chart: chartOf(insights),
		gaps,
		findings: findingsOf(insights, matrix, gaps),
	};
}
