import { beforeAll, describe, expect, test } from 'vitest';
import { type InsightsView, insightsView } from '../../../src/components/insights/view.ts';
import { runCoverageGate } from '../../../src/tickets/gate.ts';
import { type CoverageInsights, loadInsights } from '../../../src/tickets/insights.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';

// Seven closed tickets: four linked (one through a runbook, one through frontmatter),
// one with no article, one naming a missing article, one answered only by a draft.
const contentDir = 'tests/fixtures/insights/small';
const today = '2026-04-01';

let insights: CoverageInsights;
let view: InsightsView;
let report: CoverageReport;

beforeAll(async () => {
	insights = await loadInsights({ contentDir, now: new Date(`${today}T12:00:00Z`) });
	view = insightsView(insights);
	report = (await runCoverageGate({ contentDir, today })).report;
});

describe('what the insights page renders', () => {
	test('equals the coverage gate JSON for the same export: totals, per-category counts and link rates, unlinked ids', () => {
		expect(view.matrix.total).toBe(report.totals.closed);
		expect(insights.totals).toMatchObject({
			closed: report.totals.closed,
			linked: report.totals.linked,
			unlinked: report.totals.unlinked,
		});
		const pageRows = Object.fromEntries(
			view.linkRates.map((row) => [row.category.id, [row.closed, row.linked, row.linkRate]]),
		);
		const gateRows = Object.fromEntries(
			report.categories.map((category) => [category.id, [category.closed, category.linked, category.linkRate]]),
		);
		expect(pageRows).toEqual(gateRows);
		for (const row of view.matrix.rows) {
			expect(row.total, row.term.id).toBe(report.categories.find((category) => category.id === row.term.id)?.closed);
		}
		expect(insights.unlinkedTickets.map((ticket) => ticket.id)).toEqual(
			report.unlinkedTickets.map((ticket) => ticket.id),
		);
	});

	test('the matrix lists categories and product areas busiest first, taxonomy order breaking ties', () => {
		expect(view.matrix.rows.map((row) => [row.term.id, row.total])).toEqual([
			['usability', 4],
			['reliability', 3],
			['abuse', 0],
		]);
		expect(view.matrix.columns.map((column) => [column.term.id, column.total])).toEqual([
			['domains', 3],
			['api', 3],
			['billing', 1],
		]);
		expect(view.matrix.maxCell).toBe(2);
		expect(view.matrix.count('reliability', 'api')).toBe(2);
	});

	test('link rates come lowest first, with the product area most tickets come from; empty categories last', () => {
		expect(
			view.linkRates.map((row) => [
				row.category.id,
				row.unlinked,
				row.linkRate,
				row.topArea?.term.id,
				row.topArea?.share,
			]),
		).toEqual([
			['reliability', 2, 0.3333, 'api', 2 / 3],
			['usability', 1, 0.75, 'domains', 0.5],
			['abuse', 0, null, undefined, undefined],
		]);
	});

	test('the chart stacks the busiest category at the bottom, one bar per week including empty weeks', () => {
		expect(view.chart.series.map((item) => item.id)).toEqual(['usability', 'reliability']);
		expect(view.chart.weeks).toEqual([
			{ start: '2026-03-02', counts: { usability: 2, reliability: 0 } },
			{ start: '2026-03-09', counts: { usability: 1, reliability: 1 } },
			{ start: '2026-03-16', counts: { usability: 0, reliability: 0 } },
			{ start: '2026-03-23', counts: { usability: 0, reliability: 2 } },
		]);
		expect(insights.weekly.undated).toBe(1);
	});

	test('gaps group the unlinked tickets by category and product area', () => {
		expect(view.gaps.map((gap) => [gap.category.id, gap.productArea.id, gap.count])).toEqual([
			['reliability', 'api', 1],
			['reliability', 'domains', 1],
			['usability', 'domains', 1],
		]);
	});

	test('the findings name the busiest category, product area and pair, and the first article to write', () => {
		expect(view.findings).toEqual([
			'Usability is the busiest category: 4 of 7 closed tickets (57%).',
			'Domains is the busiest product area: 3 of 7 (43%).',
			'50% of usability tickets come from Domains (2 of 4).',
			'3 closed tickets have no article. Largest gap: Reliability in API (1 ticket); write that article first.',
		]);
	});

	test('when every ticket is linked, the findings say so instead', () => {
		const linked = insightsView({
			...insights,
			totals: { ...insights.totals, linked: 7, unlinked: 0 },
			unlinkedTickets: [],
		});
		expect(linked.findings.at(-1)).toBe('Every closed ticket links a published article or runbook (100% linked).');
		expect(linked.gaps).toEqual([]);
	});

	test('no tickets: no findings, an empty chart', () => {
		const empty = insightsView({
			...insights,
			totals: { closed: 0, linked: 0, unlinked: 0, waived: 0, invalid: 0, duplicates: 0 },
			matrix: { closed: insights.matrix.closed.map((row) => row.map(() => 0)), linked: insights.matrix.linked },
			weekly: { weeks: [], weekStarts: [], series: [], undated: 0 },
			unlinkedTickets: [],
		});
		expect(empty.findings).toEqual([]);
		expect(empty.chart).toEqual({ series: [], weeks: [] });
	});
});
