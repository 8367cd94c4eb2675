import { test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';

for (const path of ['/runbooks/', '/runbooks/escalate-to-engineering/', '/insights/']) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} passes axe: WCAG A and AA, and best practices (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			// Open the chart's data table so it is checked too.
			const details = page.locator('details.chart-data');
			if ((await details.count()) > 0) await details.locator('summary').click();
			await expectNoAxeViolations(page);
		});
	}
}
