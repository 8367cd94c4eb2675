import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRedirects } from '../../../src/redirects/file.ts';
import { isStaticPagePath, redirectsFileText, resolveRedirects } from '../../../src/redirects/resolve.ts';
import { temporaryDir } from '../authoring/helpers.ts';

const article = (slug: string, data: { audience?: 'public' | 'internal'; draft?: boolean; source?: string } = {}) => ({
	slug,
	data: { audience: data.audience ?? 'public', draft: data.draft ?? false, source: data.source },
});

const articles = [
	article('verify-your-domain', { source: 'zendesk:1' }),
	article('escalations', { audience: 'internal', source: 'zendesk:2' }),
	article('coming-soon', { draft: true }),
];

describe('redirects', () => {
	test('the public build writes redirects to published public articles only, by source or slug', () => {
		const entries = [
			{ from: '/hc/en-us/articles/1-Verify', to: 'zendesk:1' },
			{ from: '/old/verify/', to: 'verify-your-domain' },
			{ from: '/hc/en-us/articles/2-Escalations', to: 'zendesk:2' },
			{ from: '/hc/en-us/articles/3', to: 'coming-soon' },
		];
		const result = resolveRedirects(entries, articles, 'public', 'content/redirects.yaml');
		expect(result.redirects).toEqual([
			{ from: '/hc/en-us/articles/1-Verify', to: '/articles/verify-your-domain/' },
			{ from: '/old/verify', to: '/articles/verify-your-domain/' },
		]);
		expect(result.hidden).toBe(2);
		expect(resolveRedirects(entries, articles, 'internal', 'x').redirects).toHaveLength(4);
	});

	test('a redirect to no article and a repeated address are reported', () => {
		const result = resolveRedirects(
			[
				{ from: '/a', to: 'zendesk:9' },
				{ from: '/b', to: 'verify-your-domain' },
				{ from: '/b/', to: 'verify-your-domain' },
			],
			articles,
			'public',
			'content/redirects.yaml',
		);
		expect(result.problems.map((problem) => problem.message)).toEqual([
			'the redirect from /a leads to "zendesk:9", which no article has',
			'/b/ is listed twice; the first entry applies',
		]);
	});

	test('the file is validated with its line, and may not shadow the help center’s own pages', () => {
		const dir = temporaryDir('redirects');
		writeFileSync(
			path.join(dir, 'redirects.yaml'),
			'redirects:\n  - from: /articles/verify-your-domain\n    to: zendesk:1\n  - from: hc/no-slash\n    to: x\n',
		);
		expect(() => loadRedirects(dir)).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: ${path.join(dir, 'redirects.yaml')}:2: **redirects.0.from**: expected a path outside the help center's own pages (/articles/, /runbooks/, /categories/, /areas/, /insights/, /search/, /pagefind/, /_astro/), received "/articles/verify-your-domain"
			${path.join(dir, 'redirects.yaml')}:4: **redirects.1.from**: expected a path on the old site, starting with "/" (no spaces, query, #anchor, * or :), received "hc/no-slash"]
		`);
	});

	test('_redirects has one permanent redirect a line, by source; unusual paths get no static page but a line', () => {
		expect(
			redirectsFileText([
				{
					comment: 'Old help-center addresses (content/redirects.yaml)',
					redirects: [
						{ from: '/hc/en-us/articles/1-Verify', to: '/articles/verify/' },
						{ from: '/hc/fr/articles/2-Vérifier', to: '/articles/verifier/' },
					],
				},
				{ comment: 'Nothing here', redirects: [] },
				{ comment: 'Ticket categories', redirects: [{ from: '/categories/abuse', to: '/' }] },
			]),
		).toBe(
			'# Old help-center addresses (content/redirects.yaml)\n/hc/en-us/articles/1-Verify /articles/verify/ 301\n/hc/fr/articles/2-V%C3%A9rifier /articles/verifier/ 301\n\n# Ticket categories\n/categories/abuse / 301\n',
		);
		expect(isStaticPagePath('/hc/en-us/articles/1-Verify')).toBe(true);
		expect(isStaticPagePath('/hc/fr/articles/2-Vérifier')).toBe(false);
		expect(isStaticPagePath('/docs/v2.0/setup')).toBe(false);
	});
});
