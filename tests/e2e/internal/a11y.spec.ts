import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The handbook's own pages, checked like the public ones: WCAG 2.x A and AA, no rule disabled.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of ['/runbooks/', '/runbooks/escalate-to-engineering/', '/insights/']) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			// Open the chart's data table so it is checked too.
			const details = page.locator('details.chart-data');
			if ((await details.count()) > 0) await details.locator('summary').click();
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
