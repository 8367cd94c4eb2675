import { expect, type Page, test } from '@playwright/test';

const resultLinks = (page: Page) => page.locator('pagefind-results a.pf-result-link');
/**
 * The link of the result ranked first. Results load one by one and stand as skeletons
 * until they do, so the first link on the page may belong to a lower-ranked result.
 */
const topResultLink = (page: Page) => page.locator('pagefind-results [data-pf-result-index="0"] a.pf-result-link');

test('search finds a runbook by the words a support engineer would type', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('searchbox').fill('weekend rota paging');
	const first = topResultLink(page);
	await expect(first).toHaveAttribute('href', /\/runbooks\/weekend-cover\/?$/);
	await expect(first).toHaveText('Weekend cover');
});

test('the type filter narrows results to runbooks', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('searchbox').fill('escalate');
	await expect(resultLinks(page).first()).toBeVisible();
	const filters = page.locator('pagefind-filter-pane');
	// The type group starts folded; open it first.
	await filters.getByText('Type', { exact: true }).first().click();
	await filters.getByRole('checkbox', { name: /^Runbook/ }).check();
	await expect(resultLinks(page).first()).toHaveAttribute('href', /\/runbooks\//);
	const hrefs = await resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
	for (const href of hrefs) expect(href).toMatch(/^\/runbooks\//);
});

test('search finds the article that answers a ticket id', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('searchbox').fill('ACME-1261');
	await expect(topResultLink(page)).toHaveAttribute('href', /\/articles\/sending-paused-for-review\/?$/);
});
