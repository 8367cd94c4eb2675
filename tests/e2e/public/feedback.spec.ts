import { expect, type Page, type Request, test } from '@playwright/test';
import { type FeedbackEvent, feedbackEventSchema } from '../../../src/feedback/event.ts';
import { serveWithFeedbackEndpoint } from '../feedback-endpoint.ts';

const article = '/articles/verify-domain/';
const endpoint = 'https://feedback.test/collect';

const withEndpoint = (page: Page) => serveWithFeedbackEndpoint(page, article, endpoint);

function eventOf(request: Request | undefined): FeedbackEvent {
	expect(request?.method()).toBe('POST');
	return feedbackEventSchema.parse(JSON.parse(request?.postData() ?? ''));
}

test.describe('"Was this helpful?" with a feedback endpoint', () => {
	test('"Yes" posts the documented event with the search that led to the article', async ({ page }) => {
		const posted = await withEndpoint(page);
		await page.goto(`${article}?q=spf+record`);
		const widget = page.getByRole('region', { name: 'Was this helpful?' });
		await widget.getByRole('button', { name: 'Yes' }).click();
		await expect(widget.getByRole('status')).toHaveText('Thanks for letting us know.');
		await expect.poll(() => posted.length).toBe(1);
		const event = eventOf(posted[0]);
		expect(event).toMatchObject({ type: 'feedback', article: 'verify-domain', helpful: true, query: 'spf record' });
		expect(Math.abs(Date.parse(event.ts) - Date.now())).toBeLessThan(60_000);
		expect(event.comment).toBeUndefined();
		// No cookie of ours, no personal data: the event is all there is.
		expect(posted[0]?.headers().cookie).toBeUndefined();
		expect(Object.keys(event).sort()).toEqual(['article', 'helpful', 'query', 'ts', 'type']);
		expect(await page.context().cookies()).toEqual([]);
	});

	test('"No" asks what was missing and posts it with the answer', async ({ page }) => {
		const posted = await withEndpoint(page);
		await page.goto(article);
		const widget = page.getByRole('region', { name: 'Was this helpful?' });
		await widget.getByRole('button', { name: 'No' }).click();
		const comment = widget.getByRole('textbox', { name: 'What were you looking for? (optional)' });
		await expect(comment).toBeFocused();
		await comment.fill('Where does the <b>SPF</b> record go?');
		await widget.getByRole('button', { name: 'Send feedback' }).click();
		await expect(widget.getByRole('status')).toHaveText(/Thanks/);
		await expect.poll(() => posted.length).toBe(1);
		expect(eventOf(posted[0])).toMatchObject({
			article: 'verify-domain',
			helpful: false,
			comment: 'Where does the <b>SPF</b> record go?',
		});
		await expect(widget.getByRole('link', { name: 'Contact support' })).toBeVisible();
	});

	test('"No" without a comment is still sent when the reader leaves', async ({ page }) => {
		const posted = await withEndpoint(page);
		await page.goto(article);
		await page.getByRole('region', { name: 'Was this helpful?' }).getByRole('button', { name: 'No' }).click();
		expect(posted).toHaveLength(0);
		// What the browser fires as the reader leaves. (Playwright cannot intercept requests
		// of a document that is unloading, so the test fires it without navigating.)
		await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
		await expect.poll(() => posted.length).toBe(1);
		expect(eventOf(posted[0])).toMatchObject({ article: 'verify-domain', helpful: false });
		expect(eventOf(posted[0]).comment).toBeUndefined();
	});
});

test.describe('"Was this helpful?" without an endpoint', () => {
	test('"No" offers the contact link with the article and "not helpful", and sends nothing', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') requests.push(request.url());
		});
		await page.goto(article);
		const widget = page.getByRole('region', { name: 'Was this helpful?' });
		await widget.getByRole('button', { name: 'No' }).click();
		const contact = widget.getByRole('link', { name: 'Contact support' });
		await expect(contact).toBeVisible();
		const href = new URL((await contact.getAttribute('href')) ?? '');
		expect(href.searchParams.get('article')).toBe('verify-domain');
		expect(href.searchParams.get('feedback')).toBe('not-helpful');
		await expect(widget.getByRole('textbox')).toBeHidden();
		expect(requests).toEqual([]);
	});

	test('"Yes" thanks the reader', async ({ page }) => {
		await page.goto(article);
		const widget = page.getByRole('region', { name: 'Was this helpful?' });
		await widget.getByRole('button', { name: 'Yes' }).click();
		await expect(widget.getByRole('status')).toHaveText('Thanks for letting us know.');
		await expect(widget.getByRole('button', { name: 'Yes' })).toBeHidden();
	});
});
