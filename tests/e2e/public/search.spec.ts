import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('pagefind-results');

test.describe('search', () => {
	test('"TXT record" finds the domain-verification article first', async ({ page }) => {
		await page.goto('/search/');
		await page.getByRole('searchbox').fill('TXT record');
		// The result ranked first: results render one by one, skeletons until they load.
		const first = results(page).locator('[data-pf-result-index="0"] a.pf-result-link');
		await expect(first).toHaveAttribute('href', /\/articles\/verify-domain\/?$/);
		await expect(first).toHaveText(/verify/i);
	});

	test('the header form carries a query to the search page', async ({ page }) => {
		await page.goto('/articles/send-with-smtp/');
		const search = page.getByRole('search').getByRole('searchbox', { name: 'Search the help center' });
		await search.fill('webhook signature');
		await search.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=webhook\+signature/);
		await expect(results(page).getByRole('link').first()).toHaveAttribute('href', /\/articles\//);
	});

	test('a product-area filter narrows the results to that area', async ({ page }) => {
		await page.goto('/search/');
		await page.getByRole('searchbox').fill('email');
		const links = results(page).locator('a.pf-result-link');
		await expect(links.first()).toBeVisible();
		const before = await page.locator('pagefind-summary').textContent();
		await page
			.locator('pagefind-filter-pane')
			.getByRole('checkbox', { name: /^Domains/ })
			.check();
		await expect(page.locator('pagefind-summary')).not.toHaveText(before ?? '');
		// Results render after the summary: wait until they are the filtered ones.
		const domains = ['verify-domain', 'domain-stuck-pending', 'read-dmarc-reports'];
		await expect
			.poll(async () => {
				const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
				return hrefs.length > 0 && hrefs.every((href) => domains.some((slug) => href?.includes(`/articles/${slug}/`)));
			})
			.toBe(true);
	});

	test('the home search box suggests articles as you type', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox').fill('429');
		// The suggestion ranked first, not the first to render: suggestions load one by one.
		const top = page.locator('[role="option"][data-pf-result-index="0"]').first();
		await expect(top).toContainText(/rate limit/i);
	});
});
