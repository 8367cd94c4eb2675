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
		expect(['', '  ', '-', 'n/a', 'N/A', 'none'].map(slugFromReference)).toEqual([
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
