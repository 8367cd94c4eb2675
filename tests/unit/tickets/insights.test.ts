import { describe, expect, test } from 'vitest';
import { runCoverageGate } from '../../../src/tickets/gate.ts';
import { type CoverageInsights, computeInsights, loadInsights } from '../../../src/tickets/insights.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { fixture, gate, site } from './helpers.ts';

const now = new Date('2026-06-01T12:00:00Z');

/** The gate's JSON, as the insights page would compute it from the same judged tickets. */
function fromInsights(
	insights: CoverageInsights,
): Pick<CoverageReport, 'totals'> & { categories: unknown[]; unlinked: unknown[] } {
	const { waived: _waived, ...totals } = insights.totals;
	return {
		totals,
		categories: insights.linkRates.map((rate) => ({
			id: rate.category,
			label: rate.label,
			closed: rate.closed,
			linked: rate.linked,
			linkRate: rate.linkRate,
		})),
		unlinked: insights.unlinkedTickets.map(({ id, category, productArea, reason }) => ({
			id,
			category,
			productArea,
			reason,
		})),
	};
}

function fromReport(report: CoverageReport) {
	return {
		totals: report.totals,
		categories: report.categories.map(({ id, label, closed, linked, linkRate }) => ({
			id,
			label,
			closed,
			linked,
			linkRate,
		})),
		unlinked: report.unlinkedTickets.map(({ id, category, productArea, reason }) => ({
			id,
			category,
			productArea,
			reason,
		})),
	};
}

describe('insights for the internal page', () => {
	test.each([
		['the demo export', { contentDir: 'content' }],
		[
			'broken links, drafts and duplicates',
			{ tickets: [fixture('broken-link/tickets.csv'), fixture('draft-only/tickets.csv')] },
		],
		['waivers', { contentDir: fixture('waivers') }],
		['invalid rows', { tickets: [fixture('closed-without-category/tickets.csv'), fixture('since/tickets.csv')] }],
	])('count exactly what the gate counts: %s', async (_, options) => {
		const result = await gate(options);
		const insights = computeInsights(result.judged, result.content, { now });
		expect(fromInsights(insights)).toEqual(fromReport(result.report));
		const matrixTotal = insights.matrix.closed.flat().reduce((sum, count) => sum + count, 0);
		const weeklyTotal = insights.weekly.series
			.flatMap((series) => series.closed)
			.reduce((sum, count) => sum + count, 0);
		expect([matrixTotal, weeklyTotal + insights.weekly.undated]).toEqual([
			result.report.totals.closed,
			result.report.totals.closed,
		]);
	});

	test('matrix, weeks, most-linked and stale articles for a small export', async () => {
		const result = await gate({ tickets: [fixture('bom-crlf/tickets.csv')] });
		const insights = computeInsights(result.judged, result.content, { now, staleAfterDays: 180 });
		expect(insights.categories.map((term) => term.id)).toEqual([
			'reliability',
			'usability',
			'functional',
			'success-outreach',
		]);
		expect(insights.productAreas.map((term) => term.id)).toEqual(['domains', 'api', 'billing']);
		expect(insights.matrix).toEqual({
			closed: [
				[0, 3, 0],
				[2, 0, 1],
				[0, 0, 0],
				[0, 0, 1],
			],
			linked: [
				[0, 3, 0],
				[2, 0, 1],
				[0, 0, 0],
				[0, 0, 1],
			],
		});
		expect(insights.weekly.weeks).toEqual(['2026-W09', '2026-W10']);
		expect(insights.weekly.weekStarts).toEqual(['2026-02-23', '2026-03-02']);
		expect(insights.weekly.series.map((series) => [series.category, series.closed])).toEqual([
			['reliability', [0, 3]],
			['usability', [1, 2]],
			['functional', [0, 0]],
			['success-outreach', [0, 1]],
		]);
		expect(insights.mostLinkedArticles).toEqual([
			{ slug: 'verify-domain', title: 'Verify your sending domain', kind: 'article', tickets: 3 },
			{ slug: 'api-errors', title: 'API errors and what they mean', kind: 'article', tickets: 1 },
			{ slug: 'billing-invoices', title: 'Download your invoices', kind: 'article', tickets: 1 },
			{ slug: 'escalate-to-engineering', title: 'Escalate to engineering', kind: 'runbook', tickets: 1 },
			{ slug: 'known-issue', title: 'Known issue: slow API responses', kind: 'article', tickets: 1 },
			{ slug: 'plan-limits', title: 'Approaching your plan limit', kind: 'article', tickets: 1 },
		]);
		expect(insights.staleArticles).toEqual([
			{
				slug: 'billing-invoices',
				title: 'Download your invoices',
				kind: 'article',
				updated: '2025-03-01',
				daysSinceUpdate: 457,
				owner: 'Billing team',
				draft: false,
			},
			{
				slug: 'known-issue',
				title: 'Known issue: slow API responses',
				kind: 'article',
				updated: '2025-12-01',
				daysSinceUpdate: 182,
				draft: false,
			},
		]);
		expect(
			computeInsights(result.judged, result.content, { now, staleAfterDays: 120 }).staleArticles.map(
				(article) => article.slug,
			),
		).toEqual(['billing-invoices', 'known-issue', 'verify-domain', 'escalate-to-engineering']);
	});

	test('unlinked tickets carry their subject when the export has one', async () => {
		const result = await gate({ tickets: [fixture('broken-link/tickets.csv')] });
		expect(computeInsights(result.judged, result.content, { now }).unlinkedTickets).toEqual([
			{
				id: 'T-1',
				category: 'usability',
				productArea: 'domains',
				reason: 'broken-link',
				subject: 'How do I verify my domain',
			},
			{ id: 'T-2', category: 'reliability', productArea: 'api', reason: 'broken-link', subject: 'Webhook retries?' },
		]);
	});

	test('loadInsights reads content/tickets the way the gate does', async () => {
		const dir = fixture('waivers');
		const loaded = await loadInsights({ contentDir: dir, now });
		const result = await runCoverageGate({ contentDir: dir, today: '2026-06-01' });
		expect(loaded).toEqual({ ...computeInsights(result.judged, result.content, { now }), sources: result.exports });
		expect(loaded.totals.waived).toBe(2);
	});

	test('loadInsights without exports gives empty counts', async () => {
		const insights = await loadInsights({ contentDir: site, now });
		expect([insights.totals, insights.sources, insights.weekly.weeks]).toEqual([
			{ closed: 0, linked: 0, unlinked: 0, waived: 0, invalid: 0, duplicates: 0 },
			[],
			[],
		]);
	});
});
