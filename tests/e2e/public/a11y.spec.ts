import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// WCAG 2.x A and AA, as Starlight checks its docs. No rule is disabled.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
			const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
			const blocking = violations
				.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
				.map(
					(violation) =>
						`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
				);
			expect(blocking).toEqual([]);
		});
	}
}
