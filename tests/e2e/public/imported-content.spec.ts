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

test('headings down to h6 stand out from the text under them, never smaller than it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/articles/send-with-smtp/');
	// Imported reference pages go down to h6 (a parameter's "Syntax", "Returns"): put one of each under a section.
	await page.evaluate(() => {
		const prose = document.querySelector('.prose') as HTMLElement;
		prose.insertAdjacentHTML(
			'beforeend',
			'<h4>Options</h4><p>Text under it.</p><h5>Syntax</h5><p>Text under it.</p><h6>Returns</h6><p>Text under it.</p>',
		);
	});
	const size = (selector: string) =>
		page
			.locator(selector)
			.last()
			.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
	const text = await size('.prose p');
	const sizes = [await size('.prose h3'), await size('.prose h4'), await size('.prose h5'), await size('.prose h6')];
	for (const heading of sizes) expect(heading).toBeGreaterThanOrEqual(text);
	const weight = await page.locator('.prose h6').evaluate((element) => Number(getComputedStyle(element).fontWeight));
	expect(weight).toBeGreaterThanOrEqual(600);
	// Each level is at most the size of the one above it.
	expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
});

test.describe('on a 360 px phone, steps nested in steps', () => {
	test.use({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });

	test('keep most of the screen for their words', async ({ page }) => {
		await page.goto('/articles/send-with-smtp/');
		const deepest = page.getByRole('listitem').filter({ hasText: /^set SMTP Host/ });
		const box = await deepest.boundingBox();
		// Two levels in, the words still get over two thirds of the screen's width.
		expect(box?.width ?? 0).toBeGreaterThanOrEqual(240);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
			0,
		);
	});
});

test('a collapsible answer, a glossary and keys to press read as what they are on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/articles/send-with-smtp/');
	// What an MDX article may hold as HTML: put one of each at the end of the article.
	await page.evaluate(() => {
		(document.querySelector('.prose') as HTMLElement).insertAdjacentHTML(
			'beforeend',
			'<details><summary>Why port 2587?</summary><p>Some hosts block 587.</p></details>' +
				'<dl><dt>STARTTLS</dt><dd>The connection starts plain and is then encrypted.</dd></dl>' +
				'<p>Press <kbd>Ctrl</kbd> + <kbd>C</kbd>.</p>',
		);
	});
	const style = (selector: string, property: string) =>
		page
			.locator(selector)
			.last()
			.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
	// The answer sits in a box, its question in bold, and opens on a tap.
	expect(await style('.prose details', 'border-top-style')).toBe('solid');
	expect(Number(await style('.prose summary', 'font-weight'))).toBeGreaterThanOrEqual(600);
	await page.getByText('Why port 2587?').click();
	await expect(page.getByText('Some hosts block 587.')).toBeVisible();
	// A term in bold over its meaning, which keeps most of the width.
	expect(Number(await style('.prose dt', 'font-weight'))).toBeGreaterThanOrEqual(600);
	const prose = await page.locator('.prose').boundingBox();
	const meaning = await page.locator('.prose dd').boundingBox();
	expect((meaning?.x ?? 0) - (prose?.x ?? 0)).toBeLessThanOrEqual(24);
	// A key looks like a key.
	expect(await style('.prose kbd', 'border-bottom-style')).toBe('solid');
});

test('a product area page wraps an article title made of one long error name on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/areas/domains/');
	// Imported help centers title articles after the error customers see.
	await page.evaluate(() => {
		const link = document.querySelector('main .article-list a') as HTMLElement;
		link.textContent = 'How to fix the SEC_ERROR_OCSP_INVALID_SIGNING_CERTIFICATE_FOR_THIS_DOMAIN error';
	});
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
		0,
	);
});

test('on a phone, the search page wraps a pasted error name in its results line', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	// Customers paste the error they see, one long word.
	await page.goto('/search/?q=SMTP_AUTHENTICATION_FAILED_INVALID_API_KEY_FOR_DOMAIN');
	await expect(page.locator('[data-search-summary]')).toContainText('SMTP_AUTHENTICATION_FAILED');
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
		0,
	);
});
