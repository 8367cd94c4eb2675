import { expect, type Page, test } from '@playwright/test';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const firstResult = (page: Page) => results(page).getByRole('link').first();

test.describe('search page', () => {
	test('"TXT record" finds the domain-verification article first', async ({ page }) => {
		await page.goto('/search/');
		await page.getByRole('searchbox', { name: 'Search the help center' }).fill('TXT record');
		await expect(firstResult(page)).toHaveAttribute('href', /\/articles\/verify-domain\/?$/);
		await expect(firstResult(page)).toHaveText(/verify/i);
	});

	test('a misspelt question shows corrected results and a link to search as typed', async ({ page }) => {
		await page.goto('/search/');
		await page
			.getByRole('searchbox', { name: 'Search the help center' })
			.pressSequentially('How to recieve emails in my app?');
		const notice = page.locator('.search-correction');
		// The question as the customer wrote it, capitals and all, with the correction made;
		// its question mark ends the sentence (no `app?.`).
		await expect(notice).toHaveText(
			'Showing results for How to receive emails in my app? Search instead for How to recieve emails in my app?',
		);
		await expect(page.locator('[data-search-summary]')).toContainText(
			/results? for “How to receive emails in my app\?”/,
		);
		await expect(firstResult(page)).toHaveAttribute('href', /\/articles\/receive-inbound-email\/$/);
		// Results say what they are: a title, its description and product area, no alias text.
		const first = results(page).getByRole('listitem').first();
		await expect(first).toContainText('Receiving');
		await expect(first).not.toContainText('Also searched as');
		await expect(first.locator('mark').first()).toBeVisible();
		const instead = notice.getByRole('link', { name: 'How to recieve emails in my app?' });
		await expect(instead).toHaveAttribute('href', /[?&]exact=1/);
		await instead.click();
		await expect(page).toHaveURL(/exact=1/);
		await expect(page.getByRole('searchbox', { name: 'Search the help center' })).toHaveValue(
			'How to recieve emails in my app?',
		);
		await expect(page.locator('.search-correction')).toHaveCount(0);
	});

	test('a word the help center never uses finds the article through a related word, loaded only then', async ({
		page,
	}) => {
		const related: string[] = [];
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.startsWith('/search/related/')) related.push(pathname);
		});
		await page.goto('/search/?q=broadcast+later');
		await expect(page.getByText(/results? for “broadcast later”/)).toBeVisible();
		expect(related).toEqual([]);
		// No article says "postpone"; WordNet relates it to "delay", which they do.
		await page.getByRole('searchbox', { name: 'Search the help center' }).fill('postpone a broadcast');
		await expect(page.getByText(/results? for “postpone a broadcast”/)).toBeVisible();
		await expect(firstResult(page)).toHaveAttribute('href', /\/articles\/schedule-a-broadcast\/$/);
		await expect(page.locator('.search-correction')).toHaveCount(0);
		// Only the parts of the map for the question's words: p, a and b.
		expect(related.sort()).toEqual(['/search/related/a.json', '/search/related/b.json', '/search/related/p.json']);
	});

	test('an English word no article uses is named and left out, not "corrected" into one it looks like', async ({
		page,
	}) => {
		// No article says "frozen"; "broken" is two letters away and means something else.
		await page.goto('/search/?q=account+frozen');
		await expect(firstResult(page)).toBeVisible();
		await expect(page.locator('.search-correction')).toHaveCount(0);
		await expect(page.locator('.search-left-out')).toHaveText(
			'No article mentions frozen: these results match the rest of your question.',
		);
		await expect(page.getByText(/results? for “account frozen”/)).toBeVisible();
	});

	test('a question nothing answers offers the most-linked articles and support, carrying the query', async ({
		page,
	}) => {
		await page.goto('/search/?q=xylophone+quartet+rehearsal');
		const empty = page.getByRole('region', { name: 'No results' });
		await expect(empty).toContainText('No articles match “xylophone quartet rehearsal”');
		await expect(empty.getByRole('heading', { name: /^Most asked about/ })).toBeVisible();
		await expect(empty.getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /^\/articles\//);
		const contact = empty.getByRole('link', { name: 'Contact support' });
		const href = new URL((await contact.getAttribute('href')) ?? '');
		expect(href.searchParams.get('q')).toBe('xylophone quartet rehearsal');
	});

	test("no results in a product area offers that area's most-linked articles", async ({ page }) => {
		await page.goto('/search/?q=billing+invoices+vat');
		await expect(firstResult(page)).toBeVisible();
		await page.getByRole('checkbox', { name: 'Webhooks' }).check();
		const empty = page.getByRole('region', { name: 'No results' });
		await expect(empty).toContainText('with these filters');
		await expect(empty.getByRole('heading', { name: 'Most asked about in Webhooks' })).toBeVisible();
	});

	test('a product-area filter narrows the results to that area', async ({ page }) => {
		await page.goto('/search/?q=email');
		await expect(firstResult(page)).toBeVisible();
		await page.getByRole('checkbox', { name: 'Domains' }).check();
		const domains = ['verify-domain', 'domain-stuck-pending', 'read-dmarc-reports'];
		const links = results(page).locator('a.result-title');
		await expect
			.poll(async () => {
				const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
				return hrefs.length > 0 && hrefs.every((href) => domains.some((slug) => href?.includes(`/articles/${slug}/`)));
			})
			.toBe(true);
	});
});

for (const width of [1280, 390]) {
	test(`at ${width} px, more results than fit one page load with "Show more results"`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/search/?q=domain');
		const titles = results(page).locator('a.result-title');
		await expect(titles).toHaveCount(10);
		const more = page.getByRole('button', { name: 'Show more results' });
		await expect(more).toBeVisible();
		await more.click();
		await expect.poll(() => titles.count()).toBeGreaterThan(10);
	});
}

test.describe('search boxes', () => {
	test('the header box suggests articles and carries a query to the search page', async ({ page }) => {
		await page.goto('/articles/send-with-smtp/');
		const search = page.getByRole('search').getByRole('combobox', { name: 'Search the help center' });
		await search.fill('webhook signature');
		await expect(page.getByRole('option').first()).toContainText(/signature/i);
		await search.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=webhook\+signature/);
		await expect(firstResult(page)).toHaveAttribute('href', /\/articles\//);
	});

	test('the home search box suggests articles as you type, and the keyboard opens one', async ({ page }) => {
		await page.goto('/');
		const box = page.getByRole('combobox');
		await box.fill('429');
		await expect(page.getByRole('option').first()).toContainText(/rate limit/i);
		await box.press('ArrowDown');
		await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/articles\/api-rate-limits\/$/);
	});

	test('a misspelt word in the home box is corrected, with the same notice', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox').pressSequentially('webhok signatur');
		await expect(page.getByRole('status')).toContainText('Showing results for webhook signatur');
		await expect(page.getByRole('option').first()).toContainText(/webhook signatures/i);
	});

	test('on an article, the contact link of an empty search carries the query and the article', async ({ page }) => {
		await page.goto('/articles/send-with-smtp/');
		await page.getByRole('combobox', { name: 'Search the help center' }).fill('xylophone quartet');
		const contact = page.getByRole('region', { name: 'No results' }).getByRole('link', { name: 'Contact support' });
		await expect(contact).toBeVisible();
		const href = new URL((await contact.getAttribute('href')) ?? '');
		expect(href.searchParams.get('q')).toBe('xylophone quartet');
		expect(href.searchParams.get('article')).toBe('send-with-smtp');
	});
});

for (const theme of ['light', 'dark'] as const) {
	test(`on a 390 px phone (${theme}), results fit the width and the first is above the fold`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.setViewportSize({ width: 390, height: 844 });
		// Sum the layout shifts as Lighthouse counts them (those not caused by input).
		await page.addInitScript(() => {
			const page = window as unknown as { layoutShift: number };
			page.layoutShift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
					if (!entry.hadRecentInput) page.layoutShift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/search/?q=domain');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const first = firstResult(page);
		await expect(first).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = await first.boundingBox();
		expect(box && box.y + box.height).toBeLessThanOrEqual(844);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.1);
		// Filters wait behind a button; opened, their checkboxes follow the theme.
		const filters = page.getByRole('button', { name: 'Filters' });
		await expect(page.getByRole('checkbox').first()).toBeHidden();
		await filters.click();
		const checkbox = page.getByRole('checkbox').first();
		await expect(checkbox).toBeVisible();
		const scheme = await checkbox.evaluate((element) => getComputedStyle(element).colorScheme);
		expect(scheme).toContain(theme);
	});
}
