import { describe, expect, test } from 'vitest';
import { readHtmlPage } from '../../../src/import/sources/html-pages.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture's saved pages imported into an empty site. */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-saved-themes')]);
	return { site, stdout };
}

describe('folder import: the lines a help center’s theme writes around the article', () => {
	test('a Copenhagen-based theme’s author, date, follow button, votes and request callout go; the article stays', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'export-your-invoices')).toBe(
			'Open **Invoices**, pick a date range and choose **Export CSV**.\n\nUpdated invoices replace the earlier copy in the export.\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Heroic Knowledge Base page’s date, views, reading time, author box and vote go', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'pair-a-card-reader')).toBe(
			"Hold the reader's button until its light blinks blue, then choose **Pair** in the app.\n\nWritten by the reader's maker, the manual lists every light code.\n",
		);
	});

	test('a theme without telling names: lines that are nothing but a date, a reading time or a vote go, at the edges only', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'refund-a-sale')).toBe(
			'Updated receipts show the refund on the same line as the sale.\n\nOpen the sale and choose **Refund**.\n\nWas this article helpful? Tell us in the chat, and we will add what is missing.\n\nCard refunds take up to five days.\n',
		);
	});
});

describe('readHtmlPage: furniture', () => {
	const body = (article: string) => readHtmlPage(`<html><body><article>${article}</article></body></html>`).body;

	test('the same words inside the article are the article’s', () => {
		expect(body('<p>First step.</p><p>Updated 3 days ago</p><p>Last step.</p>')).toBe(
			'<p>First step.</p><p>Updated 3 days ago</p><p>Last step.</p>',
		);
	});

	test('a named box that holds a table or code, or a long paragraph, is content', () => {
		const table = '<div class="article-meta"><table><tbody><tr><td>Plan</td><td>Price</td></tr></tbody></table></div>';
		expect(body(`${table}<p>Words.</p>`)).toBe(`${table}<p>Words.</p>`);
		const long = `<p class="byline">${'Many words about the setup. '.repeat(8)}</p>`;
		expect(body(`${long}<p>Words.</p>`)).toBe(`${long}<p>Words.</p>`);
	});

	test('a date that is a sentence’s subject stays: only a date, a time or an age after “Updated” is furniture', () => {
		expect(body('<p>Updated billing rules apply from May.</p><p>Words.</p>')).toContain('Updated billing rules');
		expect(body('<p>Last updated: Mar 3, 2025</p><p>Words.</p>')).toBe('<p>Words.</p>');
		expect(body('<p>Words.</p><p>Did this answer your question?</p>')).toBe('<p>Words.</p>');
	});
});
