import { expect, type Page, test } from '@playwright/test';

const resultLinks = (page: Page) => page.getByRole('list', { name: 'Search results' }).locator('a.result-title');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the help center' });

test('search finds a runbook by the words a support engineer would type', async ({ page }) => {
	await page.goto('/search/');
	await searchBox(page).fill('weekend rota paging');
	const first = resultLinks(page).first();
	await expect(first).toHaveAttribute('href', /\/runbooks\/weekend-cover\/?$/);
	await expect(first).toHaveText('Weekend cover');
});

test('the type filter narrows results to runbooks', async ({ page }) => {
	await page.goto('/search/');
	await searchBox(page).fill('escalate');
	await expect(resultLinks(page).first()).toBeVisible();
	await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Runbook' }).check();
	await expect(resultLinks(page).first()).toHaveAttribute('href', /\/runbooks\//);
	const hrefs = await resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
	for (const href of hrefs) expect(href).toMatch(/^\/runbooks\//);
});

test('search finds the article that answers a ticket id', async ({ page }) => {
	await page.goto('/search/');
	await searchBox(page).fill('ACME-1261');
	await expect(resultLinks(page).first()).toHaveAttribute('href', /\/articles\/sending-paused-for-review\/?$/);
});
