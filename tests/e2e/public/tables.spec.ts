import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';

// The DNS records table of the demo: three columns, values customers copy into their DNS panel.
const article = '/articles/verify-domain/';
const valueColumn = { name: 'Value', exact: true } as const;

for (const width of [360, 390]) {
	test.describe(`a table of three columns on a ${width} px phone`, () => {
		test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

		test('shows every cell whole inside the screen, under its column name, with nothing to scroll sideways', async ({
			page,
		}) => {
			await page.goto(article);
			const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', valueColumn) });
			await expect(table).toHaveCount(1);
			const cells = table.getByRole('cell');
			await expect(cells).toHaveCount(12);
			await table.scrollIntoViewIfNeeded();
			for (const cell of await cells.all()) {
				const box = await cell.boundingBox();
				const text = await cell.textContent();
				expect(box, text ?? '').not.toBeNull();
				expect(box?.x ?? -1, text ?? '').toBeGreaterThanOrEqual(0);
				expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY), text ?? '').toBeLessThanOrEqual(width);
				// Nothing inside the cell is cut off or scrolls either.
				const overflow = await cell.evaluate((element) => element.scrollWidth - element.clientWidth);
				expect(overflow, text ?? '').toBeLessThanOrEqual(0);
			}
			const region = page.getByRole('region', { name: 'Table' }).filter({ has: table });
			expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
			).toBeLessThanOrEqual(0);

			// Each value shows its column's name above it; a screen reader hears the value once,
			// with the column announced by the table itself.
			const dkim = table.getByRole('row').filter({ hasText: 'DKIM' }).getByRole('cell').nth(2);
			expect(await dkim.evaluate((element) => getComputedStyle(element, '::before').content)).toContain('Value');
			await expect(dkim).toHaveAccessibleName(/^p=MIIBIjANBgkqh/);
		});

		test('is still a table to assistive technology, with headers, rows and cells, and passes axe', async ({ page }) => {
			await page.goto(article);
			const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', valueColumn) });
			await expect(table.getByRole('columnheader')).toHaveText(['Purpose', 'Name (host)', 'Value']);
			await expect(table.getByRole('row')).toHaveCount(5);
			await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
				'Verification',
				'_acme-verify.example.com',
				'acme-verify=<token>',
			]);
			await expectNoAxeViolations(page);
		});
	});
}

test('on a laptop the same table is laid out in columns', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(article);
	const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', valueColumn) });
	const header = await table.getByRole('columnheader', valueColumn).boundingBox();
	const firstValue = await table.getByRole('row').nth(1).getByRole('cell').nth(2).boundingBox();
	// The value sits under its header, not below the other cells of its row.
	expect(Math.abs((header?.x ?? 0) - (firstValue?.x ?? Number.POSITIVE_INFINITY))).toBeLessThan(2);
	expect(
		await table
			.getByRole('row')
			.nth(1)
			.getByRole('cell')
			.nth(0)
			.evaluate((cell) => getComputedStyle(cell).display),
	).toBe('table-cell');
});
