import { expect, type Page, test } from '@playwright/test';

// What imported help centers hold and the demo articles rarely do: inline code deep in
// nested lists, headings down to h6. Each test is what a reader on a phone would notice.

const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [360, 390]) {
	test.describe(`on a ${width} px phone`, () => {
		test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

		test('an address in code two lists deep stays inside the screen, whole when it fits on a line', async ({
			page,
		}) => {
			await page.goto('/articles/send-with-smtp/');
			const address = page.getByRole('listitem').getByText('orders@notifications.example.com', { exact: true });
			await expect(address).toBeVisible();
			const box = await address.boundingBox();
			expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width);
			expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
			// A short token in the same list still keeps to one line, as in a paragraph.
			const host = page.getByRole('listitem').getByText('smtp.acmemail.dev', { exact: true }).first();
			const hostBox = await host.boundingBox();
			expect(hostBox?.height ?? 0).toBeLessThan(30);
		});
	});
}
