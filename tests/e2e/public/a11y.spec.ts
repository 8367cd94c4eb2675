import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../axe.ts';

for (const path of [
	'/',
	'/articles/verify-domain/',
	'/articles/api-rate-limits/',
	'/search/',
	'/categories/deliverability/',
	'/404/',
]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			if (path === '/search/') {
				await page.getByRole('searchbox').fill('domain');
				await expect(page.locator('pagefind-results a').first()).toBeVisible();
			}
			await expectNoSeriousViolations(page);
		});
	}
}
