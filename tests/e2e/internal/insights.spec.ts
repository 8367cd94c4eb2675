import { expect, test } from '@playwright/test';
import { type CoverageInsights, loadInsights } from '../../../src/tickets/insights.ts';

// The counts of the demo export in content/tickets/, read by the coverage gate's own reader.
let insights: CoverageInsights;
test.beforeAll(async () => {
	insights = await loadInsights({ contentDir: new URL('../../../content', import.meta.url).pathname });
});

test('the insights page shows the closed, linked and unlinked counts of the demo export', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Support insights' })).toBeVisible();
	expect(insights.totals.closed).toBeGreaterThan(0);
	const stat = (name: string) =>
		page.getByRole('term').filter({ hasText: name }).locator('xpath=following-sibling::dd[1]');
	await expect(stat('Closed tickets')).toHaveText(String(insights.totals.closed));
	await expect(stat('Linked to an article')).toHaveText(new RegExp(`^${insights.totals.linked} `));
	await expect(stat('Without an article')).toHaveText(String(insights.totals.unlinked));
	await expect(stat('Stale articles')).toHaveText(String(insights.staleArticles.length));
});

test('the matrix gives each category its total, busiest first, and the grand total', async ({ page }) => {
	await page.goto('/insights/');
	const matrix = page.getByRole('table', { name: /Closed tickets by category \(rows\) and product area/ });
	const totals = insights.linkRates
		.map((rate) => ({ label: rate.label, closed: rate.closed }))
		.sort((a, b) => b.closed - a.closed);
	const rowHeaders = matrix.locator('tbody').getByRole('rowheader');
	await expect(rowHeaders).toHaveText(totals.map((total) => total.label));
	for (const total of totals) {
		await expect(
			matrix
				.getByRole('row', { name: new RegExp(`^${total.label} `) })
				.getByRole('cell')
				.last(),
		).toHaveText(String(total.closed));
	}
	await expect(matrix.locator('tfoot').getByRole('cell').last()).toHaveText(String(insights.totals.closed));
	await expect(matrix.getByRole('columnheader', { name: 'Total' })).toBeVisible();
});

test('the link-rate table shows each category rate, lowest first', async ({ page }) => {
	await page.goto('/insights/');
	const table = page.getByRole('table', { name: /Share of each category's closed tickets/ });
	for (const rate of insights.linkRates) {
		const row = table.getByRole('row', { name: new RegExp(`^${rate.label} `) });
		const expected = rate.linkRate === null ? '–' : `${Math.round(rate.linkRate * 100)}%`;
		await expect(row.getByRole('cell').nth(3)).toContainText(expected);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the weekly chart is an accessible image with a data table behind it', async ({ page }) => {
		await page.goto('/insights/');
		const chart = page.getByRole('img', { name: /Closed tickets per week, stacked by category/ });
		await expect(chart).toBeVisible();
		await expect(chart).toHaveAccessibleDescription(
			new RegExp(`^${insights.totals.closed - insights.weekly.undated} closed tickets over`),
		);
		await page.getByText('Show the numbers as a table').click();
		const data = page.getByRole('table', { name: 'Closed tickets per week and category' });
		await expect(data).toBeVisible();
		await expect(data.locator('tbody').getByRole('row')).toHaveCount(insights.weekly.weeks.length);
		const weekTotals = await data.locator('tbody tr td:last-child').allTextContents();
		expect(weekTotals.reduce((sum, value) => sum + Number(value), 0)).toBe(
			insights.totals.closed - insights.weekly.undated,
		);
	});
});

test('unlinked tickets link to the helpdesk; the most-linked and stale lists link their articles', async ({ page }) => {
	await page.goto('/insights/');
	const missing = page.getByRole('region', { name: 'Where articles are missing' });
	if (insights.unlinkedTickets.length === 0) {
		await expect(missing).toContainText('Every closed ticket links a published article or runbook.');
	} else {
		const [first] = insights.unlinkedTickets;
		await expect(missing.getByRole('link', { name: first?.id })).toHaveAttribute('href', /^https?:\/\/.+/);
	}
	const [top] = insights.mostLinkedArticles;
	if (top) {
		const mostLinked = page.getByRole('region', { name: 'Most-linked articles' });
		await mostLinked.getByRole('link', { name: top.title }).click();
		await expect(page.getByRole('heading', { level: 1, name: top.title })).toBeVisible();
	}
});
