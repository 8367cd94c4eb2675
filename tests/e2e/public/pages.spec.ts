import { expect, test } from '@playwright/test';

test('the home page lists product areas with their articles, and an area page lists them all', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
	await page.getByRole('link', { name: /^View \d+ articles? in Domains$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Verify your sending domain' })).toBeVisible();
	const areas = page.getByRole('navigation', { name: 'Product areas' });
	await expect(areas.getByRole('link', { name: /^Domains/ })).toHaveAttribute('aria-current', 'page');
	await areas.getByRole('link', { name: /^Billing/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
});

test('an old category URL redirects to the help center', async ({ page }) => {
	await page.goto('/categories/usability/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
});

test('an old address hands its #section on to the page it redirects to', async ({ page }) => {
	// The redirect page's refresh alone would land at the top: old links to a section keep their place.
	await page.goto('/categories/usability/#popular-articles');
	await expect(page).toHaveURL(/\/#popular-articles$/);
	await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
});

test('an article renders its GFM table, table of contents and support link', async ({ page }) => {
	await page.goto('/articles/verify-domain/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const tocLinks = toc.getByRole('link');
	expect(await tocLinks.count()).toBeGreaterThan(1);
	const firstTarget = await tocLinks.first().getAttribute('href');
	await expect(page.locator(`[id="${firstTarget?.slice(1)}"]`)).toHaveCount(1);
	const table = page.getByRole('region', { name: 'Table' }).first().getByRole('table');
	await expect(table).toBeVisible();
	expect(await table.getByRole('columnheader').count()).toBeGreaterThan(1);
	await expect(
		page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Help center' }),
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Contact support' }).first()).toHaveAttribute(
		'href',
		/article=verify-domain/,
	);
	await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute(
		'href',
		'/articles/verify-domain.md',
	);
});

test('article pages load no JavaScript beyond the theme toggle, the copy buttons, the feedback widget and the search box', async ({
	page,
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/articles/api-rate-limits/');
	await page.waitForLoadState('networkidle');
	// The header's search box (2 KB); Pagefind and the search pipeline load only once it is used.
	expect(scripts.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/SearchBox\./)]);
	// The theme script before paint, then the toggle, the copy buttons and the feedback widget, inline.
	expect(await page.locator('script').count()).toBeLessThanOrEqual(5);
	expect(await page.locator('script[src]').count()).toBe(1);
});

test('the theme toggle switches between light and dark and remembers the choice', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'light');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await background();
	await page.getByRole('button', { name: 'Switch to dark theme' }).click();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await background()).not.toBe(light);
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('button', { name: 'Switch to light theme' }).click();
	await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the theme follows the system setting until the reader picks one', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an unknown URL shows the 404 page with search', async ({ page }) => {
	const response = await page.goto('/articles/no-such-article/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
	await page.getByRole('combobox').fill('api key');
	await expect(page.getByRole('option').first()).toBeVisible();
});

test('the keyboard reaches the skip link first and it jumps to the content', async ({ page }) => {
	await page.goto('/articles/verify-domain/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await skip.press('Enter');
	await expect(page).toHaveURL(/#mainContent$/);
});

test('the home search box follows the dark theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const box = page.getByRole('combobox');
	await expect(box).toBeVisible();
	const background = await box.evaluate((element) => {
		// The visible box is the searchbox's own frame around the input.
		let node: Element | null = element;
		while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
		return node ? getComputedStyle(node).backgroundColor : '';
	});
	const card = await page
		.locator('.area-card')
		.first()
		.evaluate((element) => getComputedStyle(element).backgroundColor);
	expect(background).toBe(card);
});
