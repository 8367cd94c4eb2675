import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';

// A fold (`<details>` in an article, what the import writes for a help center's
// collapsible answers): closed on the page, opened by a tap or the keyboard, its
// words found by search. The demo's account-deletion article ends with two.

const article = '/articles/delete-your-account/';
const question = (page: Page) => page.getByText('Can I reactivate a deleted team?', { exact: true });
const answer = (page: Page) => page.getByText("Once the team is deleted it can't be reactivated", { exact: false });

test('a fold shows its question, closed; a click opens it and Enter closes it again', async ({ page }) => {
	await page.goto(article);
	await expect(question(page)).toBeVisible();
	await expect(answer(page)).toBeHidden();
	await question(page).click();
	await expect(answer(page)).toBeVisible();
	// The summary is the fold's button: focused, Enter toggles it, as screen reader users expect.
	await expect(question(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(answer(page)).toBeHidden();
});

test('the words inside a closed fold are found by search', async ({ page }) => {
	await page.goto('/search/?q=reactivate+deleted+team');
	const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
	await expect(first).toHaveAttribute('href', /\/articles\/delete-your-account\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`on a 390 px phone a fold fits the screen, open or closed, and passes axe (${colorScheme})`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.emulateMedia({ colorScheme });
		await page.goto(article);
		const fold = page.locator('.prose details').first();
		for (const open of [false, true]) {
			if (open) await question(page).click();
			const box = await fold.boundingBox();
			expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(390);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
			).toBeLessThanOrEqual(0);
		}
		// The border that marks the fold out differs from the page behind it, in either theme.
		const colours = await fold.evaluate((element) => {
			const style = getComputedStyle(element);
			return { border: style.borderTopColor, page: getComputedStyle(document.body).backgroundColor };
		});
		expect(colours.border).not.toBe(colours.page);
		await expectNoAxeViolations(page);
	});
}
