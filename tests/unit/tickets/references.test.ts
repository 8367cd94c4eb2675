import { describe, expect, test } from 'vitest';
import { parseArticleReferences, slugFromReference } from '../../../src/tickets/references.ts';

describe('article references in an export cell', () => {
	test.each([
		['verify-domain', 'verify-domain'],
		['/articles/verify-domain/', 'verify-domain'],
		['/articles/verify-domain', 'verify-domain'],
		['https://help.acmemail.dev/articles/verify-domain/', 'verify-domain'],
		['https://help.acmemail.dev/articles/verify-domain/?utm_source=macro#dkim', 'verify-domain'],
		['https://help.acmemail.dev/articles/verify-domain/index.html', 'verify-domain'],
		['content/articles/verify-domain.mdx', 'verify-domain'],
		['Verify-Domain', 'verify-domain'],
	])('%s names %s', (reference, slug) => {
		expect(slugFromReference(reference)).toBe(slug);
	});

	test('placeholders agents type into an empty field name nothing', () => {
		expect(['', '  ', '-', 'n/a', 'N/A', 'none'].map((reference) => slugFromReference(reference))).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});

	test('references are separated by commas, semicolons, whitespace or newlines, and repeats count once', () => {
		expect(
			parseArticleReferences(
				'verify-domain, /articles/api-errors/;https://help.example.com/articles/plan-limits/\r\nbilling-invoices  verify-domain',
			),
		).toEqual(['verify-domain', 'api-errors', 'plan-limits', 'billing-invoices']);
	});
});

describe('links to the old help center, through its old addresses', () => {
	const moved = (path: string) => (path.startsWith('/hc/en-us/articles/360001234') ? 'verify-your-domain' : undefined);

	test.each([
		['https://acme.zendesk.com/hc/en-us/articles/360001234-Verify-your-domain', 'verify-your-domain'],
		['https://help.acme.com/hc/en-us/articles/360001234-Verify?utm_source=macro#dns', 'verify-your-domain'],
		['/hc/en-us/articles/360001234', 'verify-your-domain'],
		// Not an old address: read as before, so a missing one is a broken link named by its last segment.
		['https://acme.zendesk.com/hc/en-us/articles/360004444-Rate-limits', '360004444-rate-limits'],
		['/articles/verify-domain/', 'verify-domain'],
		['verify-domain', 'verify-domain'],
	])('%s names %s', (reference, slug) => {
		expect(slugFromReference(reference, moved)).toBe(slug);
	});
});

describe('titles in an articles cell, as helpdesk drop-downs list them', () => {
	const titles = new Map([
		['verify your sending domain', 'verify-domain'],
		['known issue: slow api responses', 'known-issue'],
		['download your invoices', 'billing-invoices'],
	]);
	const lookups = { title: (key: string) => titles.get(key) };

	test.each([
		['Verify your sending domain', ['verify-domain']],
		['  “Verify your  sending domain.”', ['verify-domain']],
		// A colon in a title, and two titles on two lines or after a comma.
		['Known issue: slow API responses\nDownload your invoices', ['known-issue', 'billing-invoices']],
		['download your invoices, plan-limits', ['billing-invoices', 'plan-limits']],
		// Not a title: read word by word as before, so the report names what it could not find.
		['Verify your domain', ['verify', 'your', 'domain']],
	])('%j names %j', (cell, slugs) => {
		expect(parseArticleReferences(cell, lookups)).toEqual(slugs);
	});

	test('one word is a slug, never a title', () => {
		expect(parseArticleReferences('Billing', { title: () => 'billing-invoices' })).toEqual(['billing']);
	});
});
