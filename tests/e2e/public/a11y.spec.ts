import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';
import { serveWithFeedbackEndpoint } from '../feedback-endpoint.ts';

for (const path of [
	'/',
	'/articles/verify-domain/',
	'/articles/api-rate-limits/',
	// Several tables: each scrolling region needs a name of its own (landmark-unique).
	'/articles/set-up-webhooks/',
	'/search/',
	'/areas/domains/',
	'/404/',
]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} passes axe: WCAG A and AA, and best practices (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			if (path === '/search/') {
				await page.getByRole('searchbox', { name: 'Search the help center' }).fill('domain');
				await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
			}
			await expectNoAxeViolations(page);
		});
	}
}

test('an article with two callouts of one kind passes axe: callouts are notes, not landmarks to tell apart', async ({
	page,
}) => {
	// Imported help centers often hold several untitled "Caution" or "Note" callouts on a page.
	await page.goto('/articles/verify-webhook-signatures/');
	const callout = page.locator('.aside.caution');
	await expect(callout).toHaveCount(1);
	await callout.evaluate((element) => element.after(element.cloneNode(true)));
	await expect(page.getByRole('note', { name: 'Caution' })).toHaveCount(2);
	await expectNoAxeViolations(page);
});

test('the open feedback form and the phone menu pass axe, in both themes', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	// The comment form shows after "No" when a feedback endpoint is set: serve the page as if it were.
	await serveWithFeedbackEndpoint(page, '/articles/verify-domain/', 'https://feedback.test/');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/articles/verify-domain/');
		await page.getByRole('button', { name: 'No' }).click();
		await expect(page.getByRole('textbox', { name: /What were you looking for/ })).toBeVisible();
		await page.locator('.header-menu summary').click();
		await expect(page.locator('.header-menu nav').getByRole('link', { name: 'Status' })).toBeVisible();
		await expectNoAxeViolations(page);
	}
});
