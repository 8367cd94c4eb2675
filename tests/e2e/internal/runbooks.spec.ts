import { expect, test } from '@playwright/test';

test('the runbook list links every runbook, with owner and review date', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('note')).toHaveText(/Internal handbook/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Runbooks' })).toBeVisible();
	const list = page.getByRole('main').getByRole('listitem');
	expect(await list.count()).toBeGreaterThanOrEqual(8);
	await expect(list.filter({ hasText: 'Escalate a ticket to engineering' })).toContainText('Owner: Tomás Ortega');
});

test('a runbook page shows breadcrumbs, contents, body, related pages, owner and review date', async ({ page }) => {
	await page.goto('/runbooks/');
	await page.getByRole('link', { name: 'Escalate a ticket to engineering' }).click();
	await expect(page).toHaveURL(/\/runbooks\/escalate-to-engineering\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Escalate a ticket to engineering' })).toBeVisible();
	await expect(page.getByRole('note')).toHaveText(/Internal handbook/);

	const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(breadcrumb.getByRole('link', { name: 'Runbooks' })).toHaveAttribute('href', '/runbooks/');

	const toc = page.getByRole('navigation', { name: 'On this page' });
	await toc.getByRole('link', { name: 'The template' }).click();
	await expect(page).toHaveURL(/#the-template$/);
	await expect(page.getByRole('heading', { level: 2, name: 'The template' })).toBeInViewport();

	await expect(page.getByText('Proposed solution:').first()).toBeVisible();
	await expect(page.getByRole('term').filter({ hasText: 'Owner' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Tomás Ortega' })).toBeVisible();
	await expect(page.locator('time[datetime="2026-10-06"]').first()).toHaveText('6 October 2026');

	const related = page.getByRole('region', { name: 'Related' });
	await related.getByRole('link', { name: 'Response targets for premium customers' }).click();
	await expect(page).toHaveURL(/\/runbooks\/response-targets\/$/);
	await expect(page.getByRole('table').first()).toContainText('Within 60 minutes');
});

test('runbook and insights pages fit a 360 px wide phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of [
		'/runbooks/',
		'/runbooks/escalate-to-engineering/',
		'/runbooks/categorise-a-ticket/',
		'/insights/',
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test("the handbook's header keeps the help center's name clear of its sections, on a phone and a laptop", async ({
	page,
}) => {
	const boxOf = async (name: string, locator: ReturnType<typeof page.locator>) => {
		const box = await locator.boundingBox();
		expect(box, name).not.toBeNull();
		return box as { x: number; y: number; width: number; height: number };
	};
	const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
		a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
	for (const width of [390, 700, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/runbooks/');
		const header = page.getByRole('banner');
		const brand = await boxOf('brand', header.locator('.brand'));
		const sections = page.getByRole('navigation', { name: 'Main' });
		for (const link of await sections.getByRole('link').all()) {
			expect(apart(brand, await boxOf(`${width}: ${await link.textContent()}`, link)), `${width} px`).toBe(true);
		}
		// The name is read on one or two lines, not squeezed into a word a line.
		expect(brand.height, `${width} px`).toBeLessThanOrEqual(48);
		// On a laptop the header is one row: the theme toggle sits beside the sections.
		if (width === 1280) {
			const toggle = await boxOf('toggle', header.getByRole('button', { name: /theme/ }));
			const runbooks = await boxOf('runbooks', sections.getByRole('link', { name: 'Runbooks' }));
			expect(Math.abs(toggle.y + toggle.height / 2 - (runbooks.y + runbooks.height / 2))).toBeLessThan(8);
		}
	}
});
