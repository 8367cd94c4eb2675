import { expect, type Locator, type Page, test } from '@playwright/test';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';

// The demo taxonomy gives no category customer-facing words, so none may show.
const hiddenCategories = loadTaxonomy().categories.filter((category) => !category.customer);

const widths = [360, 390, 1280] as const;
const themes = ['light', 'dark'] as const;

/** One page of each type, as a customer meets them; `ready` waits for what loads late. */
const pageTypes: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/' },
	{ name: 'article with a wide table and long code', path: '/articles/verify-domain/' },
	{ name: 'product area', path: '/areas/sending/' },
	{
		name: 'search with results',
		path: '/search/?q=domain',
		ready: async (page) => {
			await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
		},
	},
	{ name: '404', path: '/no-such-page/' },
];

const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const theme of themes) {
	for (const width of widths) {
		test.describe(`${width} px, ${theme} theme`, () => {
			test.use({ viewport: { width, height: 800 }, colorScheme: theme });

			test('the home page leads with search, then product areas, with no ticket-category wording', async ({ page }) => {
				await page.goto('/');
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const search = page.getByRole('combobox');
				const areas = page.getByRole('heading', { level: 2 }).first();
				await expect(search).toBeVisible();
				await expect(areas).toHaveText('Browse by product area');
				const searchBox = await search.boundingBox();
				const areasBox = await areas.boundingBox();
				expect(searchBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(areasBox?.y ?? 0);
				// Each product area lists its articles; popular articles follow.
				const domains = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Domains' }) });
				await expect(domains.getByRole('link', { name: 'Verify your sending domain' })).toBeVisible();
				await expect(page.getByRole('heading', { level: 2, name: 'Popular articles' })).toBeVisible();
				const text = ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
				for (const category of hiddenCategories) {
					await expect(page.getByRole('link', { name: category.label, exact: true })).toHaveCount(0);
					await expect(page.getByRole('heading', { name: category.label, exact: true })).toHaveCount(0);
					expect(text).not.toContain(category.description);
				}
				expect(text).not.toMatch(/browse by problem|ticket categor/i);
			});

			test('no page type scrolls sideways', async ({ page }) => {
				for (const type of pageTypes) {
					await page.goto(type.path);
					await type.ready?.(page);
					expect(await sidewaysOverflow(page), type.name).toBeLessThanOrEqual(0);
				}
			});
		});
	}
}

test.describe('an article page', () => {
	test('wraps a title or a link made of one long word on a phone instead of scrolling sideways', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/articles/verify-domain/');
		// Imported help centers have such titles: error names, addresses.
		await page.evaluate(() => {
			const word = 'Error: java.lang.StackOverflowErrorWhileCompilingTheSketchForTheBoard';
			(document.querySelector('h1') as HTMLElement).textContent = word;
			const link = document.querySelector('.prose a') as HTMLElement;
			link.textContent = 'https://downloads.example.com/firmware/releases/latest/board-package-index.json';
		});
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	});

	test('shows its product area, not its ticket category, in the breadcrumbs and badges', async ({ page }) => {
		await page.goto('/articles/verify-domain/');
		const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(breadcrumbs.getByRole('link')).toHaveText(['Help center', 'Domains']);
		await expect(page.locator('.article-meta .badge')).toHaveText(['Domains']);
		await expect(page.getByText('Also searched as')).toHaveCount(0);
	});

	test('turns a task list into a checklist the reader can tick by its words', async ({ page }) => {
		await page.goto('/articles/verify-domain/');
		const item = page.getByRole('checkbox', { name: /Status shows verified/ });
		await expect(item).toBeEnabled();
		await page.getByText('Status shows').click();
		await expect(item).toBeChecked();
	});

	test('a long code block scrolls inside its box, which shows a shadow on the side with more', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/articles/verify-domain/');
		const code = page.locator('.code-block pre').first();
		const sizes = await code.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		const background = await code.evaluate((element) => getComputedStyle(element).backgroundImage);
		expect(background).toContain('radial-gradient');
		// A table of two columns keeps its columns on a phone, and scrolls when it must (wider ones stack).
		const table = page.getByRole('region', { name: 'Table' }).filter({ hasText: 'temporary_failure' });
		expect(await table.evaluate((element) => getComputedStyle(element).backgroundImage)).toContain('radial-gradient');
	});
});

test.describe('the copy button', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the code exactly and says "Copied", by mouse and by keyboard', async ({ page }) => {
		await page.goto('/articles/verify-domain/');
		const block = page.locator('.code-block').first();
		const expected = await block.locator('pre code').evaluate((code) => code.textContent);
		expect(expected).toContain('dig TXT _acme-verify.example.com +short @1.1.1.1');
		await block.getByRole('button', { name: 'Copy code' }).click();
		await expect(block.getByRole('status')).toHaveText('Copied');
		await expect(block.locator('.copy-code')).toHaveText('Copied code');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

		// Without a mouse: the button takes focus and Enter presses it.
		await page.evaluate(() => navigator.clipboard.writeText('something else'));
		await block.locator('.copy-code').focus();
		await page.keyboard.press('Enter');
		await expect(block.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	});
});

test.describe('words hidden to the eye on a phone are still read to screen readers', () => {
	const width = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;

	for (const viewport of [360, 1280]) {
		const phone = viewport < 480;
		test(`${viewport} px: the search button's word, the current breadcrumb and a stacked table's header row`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: viewport, height: 800 });
			await page.goto('/');
			const submit = page.getByRole('main').getByRole('button', { name: 'Search', exact: true });
			await expect(submit).toHaveCount(1);
			expect((await width(submit.getByText('Search', { exact: true }))) > 1).toBe(!phone);

			await page.goto('/articles/verify-domain/');
			const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
			const current = breadcrumbs.getByText('Verify your sending domain', { exact: true });
			await expect(current).toHaveAttribute('aria-current', 'page');
			expect((await width(breadcrumbs.getByRole('listitem').last())) > 1).toBe(!phone);
			const table = page
				.getByRole('table')
				.filter({ has: page.getByRole('columnheader', { name: 'Value', exact: true }) });
			await expect(table.getByRole('columnheader')).toHaveText(['Purpose', 'Name (host)', 'Value']);
			expect((await width(table.locator('thead'))) > 1).toBe(!phone);
		});
	}
});
