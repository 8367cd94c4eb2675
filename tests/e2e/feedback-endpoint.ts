import type { Page, Request } from '@playwright/test';

/**
 * Serves an article as a build with `site.feedback.endpoint` set would serve it (the
 * demo sets none: the widget reads the endpoint from its `data-endpoint` attribute),
 * and answers the endpoint itself, so nothing leaves the machine. Returns the requests
 * the widget sends there, as they arrive.
 */
export async function serveWithFeedbackEndpoint(page: Page, articlePath: string, endpoint: string): Promise<Request[]> {
	const posted: Request[] = [];
	await page.context().route(`${endpoint}**`, async (route) => {
		posted.push(route.request());
		await route.fulfill({ status: 204 });
	});
	await page.route(
		(url) => url.pathname === articlePath,
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(' data-feedback ', ` data-feedback data-endpoint="${endpoint}" `);
			await route.fulfill({ response, body: html });
		},
	);
	return posted;
}
