import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/content-model/errors.ts';
import { loadRedirects } from '../../../src/redirects/file.ts';
import { composeRedirectsFile, type RedirectGroup, resolveRedirectHost } from '../../../src/redirects/host-file.ts';
import { resolveRedirects } from '../../../src/redirects/resolve.ts';
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
			{ from: '/hc/en-us/articles/1-Verify', to: '/articles/verify-your-domain/', rank: 0 },
			{ from: '/old/verify', to: '/articles/verify-your-domain/', rank: 1 },
		]);
		expect(result.hidden).toBe(2);
		expect(resolveRedirects(entries, articles, 'internal', 'x').redirects).toHaveLength(4);
	});

	test('a redirect to no article and a repeated address are reported at their lines, as the build warns', () => {
		const result = resolveRedirects(
			[
				{ from: '/a', to: 'zendesk:9', line: 2 },
				{ from: '/b', to: 'verify-your-domain', line: 4 },
				{ from: '/b/', to: 'verify-your-domain', line: 6 },
				{ from: '/c', to: 'verify-your-domian', line: 8 },
			],
			articles,
			'public',
			'content/redirects.yaml',
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/redirects.yaml:2: the redirect from /a leads to "zendesk:9", which no article has (remove the entry, or point it at an article by slug or source)',
			'content/redirects.yaml:6: /b/ is listed twice; the first entry, on line 4, applies (remove one of the two entries)',
			'content/redirects.yaml:8: the redirect from /c leads to "verify-your-domian", which no article has (did you mean "verify-your-domain"?)',
		]);
		expect(result.redirects.map((redirect) => redirect.from)).toEqual(['/b']);
	});

	test('a redirect may lead to a section of an article, by slug or source; a source holding a # is read whole', () => {
		const result = resolveRedirects(
			[
				{ from: '/hc/en-us/articles/5-DNS-records', to: 'verify-your-domain#add-the-records', line: 2 },
				{ from: '/kb/dns', to: 'zendesk:1#add-the-records', line: 4 },
				{ from: '/kb/faq-1', to: 'folder:FAQ#1', line: 6 },
				{ from: '/kb/gone', to: 'verify-your-domian#add-the-records', line: 8 },
			],
			[...articles, article('faq', { source: 'folder:FAQ#1' })],
			'public',
			'content/redirects.yaml',
		);
		expect(result.redirects).toEqual([
			{
				from: '/hc/en-us/articles/5-DNS-records',
				to: '/articles/verify-your-domain/#add-the-records',
				rank: 0,
				article: 'verify-your-domain',
				section: 'add-the-records',
				line: 2,
			},
			{
				from: '/kb/dns',
				to: '/articles/verify-your-domain/#add-the-records',
				rank: 1,
				article: 'verify-your-domain',
				section: 'add-the-records',
				line: 4,
			},
			{ from: '/kb/faq-1', to: '/articles/faq/', rank: 0 },
		]);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/redirects.yaml:8: the redirect from /kb/gone leads to "verify-your-domian", which no article has (did you mean "verify-your-domain"?)',
		]);
	});

	test('the file is validated with its line, and may not shadow the help center’s own pages', () => {
		const dir = temporaryDir('redirects');
		writeFileSync(
			path.join(dir, 'redirects.yaml'),
			'redirects:\n  - from: /search/verify-your-domain\n    to: zendesk:1\n  - from: hc/no-slash\n    to: x\n',
		);
		expect(() => loadRedirects(dir)).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: ${path.join(dir, 'redirects.yaml')}:2: **redirects.0.from**: expected a path outside the help center's own pages (/runbooks/, /categories/, /areas/, /insights/, /search/, /pagefind/, /_astro/), received "/search/verify-your-domain"
			${path.join(dir, 'redirects.yaml')}:4: **redirects.1.from**: expected a path on the old site, starting with "/", received "hc/no-slash"]
		`);
	});

	test('an old help center that served its articles under /articles/ keeps those addresses, where no article here has the slug', () => {
		const result = resolveRedirects(
			[
				{ from: '/articles/8801-verify-a-domain', to: 'zendesk:1', line: 2 },
				{ from: '/articles/verify-your-domain/', to: 'zendesk:1', line: 4 },
				{ from: '/articles/escalations', to: 'verify-your-domain', line: 6 },
				{ from: '/articles/coming-soon/checklist.pdf', to: 'verify-your-domain', line: 8 },
				{ from: '/articles/verify-your-domain.md', to: '/areas/domains/', line: 10 },
			],
			[...articles, { slug: 'dns', data: { audience: 'public' as const, draft: false, productArea: 'domains' } }],
			'public',
			'content/redirects.yaml',
		);
		// The article's own address needs no redirect; the others would hide a page of this site.
		expect(result.redirects).toEqual([
			{ from: '/articles/8801-verify-a-domain', to: '/articles/verify-your-domain/', rank: 0 },
		]);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/redirects.yaml:6: the redirect from /articles/escalations would hide the page of the article "escalations" (remove the entry: that address is the article\'s own now)',
			'content/redirects.yaml:8: the redirect from /articles/coming-soon/checklist.pdf would hide the page of the article "coming-soon" (its Markdown or a file beside it) (remove the entry: that address is the article\'s own now)',
			'content/redirects.yaml:10: the redirect from /articles/verify-your-domain.md would hide the page of the article "verify-your-domain" (its Markdown or a file beside it) (remove the entry: that address is the article\'s own now)',
		]);
	});

	const groups: RedirectGroup[] = [
		{ comment: 'Ticket categories', redirects: [{ from: '/categories/abuse', to: '/' }] },
		{ comment: 'Nothing here', redirects: [] },
		{
			comment: 'Old help-center addresses (content/redirects.yaml)',
			redirects: [
				{ from: '/hc/en-us/articles/1-Verify', to: '/articles/verify/', rank: 0 },
				{ from: '/hc/en-us/articles/1', to: '/articles/verify/', rank: 1 },
				{ from: '/hc/fr/articles/2-Vérifier', to: '/articles/verifier/', rank: 0 },
				{ from: '/hc/fr/articles/2', to: '/articles/verifier/', rank: 1 },
			],
		},
	];

	test('_redirects for Netlify forces each rule (301!), so the redirect page at the old address does not shadow it', () => {
		const composed = composeRedirectsFile({ groups, host: 'netlify' });
		expect(composed.text).toBe(
			[
				'# Ticket categories',
				'/categories/abuse / 301!',
				'',
				'# Old help-center addresses (content/redirects.yaml)',
				'/hc/en-us/articles/1-Verify /articles/verify/ 301!',
				'/hc/fr/articles/2-V%C3%A9rifier /articles/verifier/ 301!',
				'/hc/en-us/articles/1 /articles/verify/ 301!',
				'/hc/fr/articles/2 /articles/verifier/ 301!',
				'',
			].join('\n'),
		);
		expect(composed).toMatchObject({ written: 5, shadowed: 0, beyondLimit: 0 });
	});

	test('_redirects for Cloudflare Pages (and other hosts) says plain 301, the one status both accept', () => {
		for (const host of ['cloudflare', 'other'] as const) {
			expect(composeRedirectsFile({ groups, host }).text).toBe(
				[
					'# Ticket categories',
					'/categories/abuse / 301',
					'',
					'# Old help-center addresses (content/redirects.yaml)',
					'/hc/en-us/articles/1-Verify /articles/verify/ 301',
					'/hc/fr/articles/2-V%C3%A9rifier /articles/verifier/ 301',
					'/hc/en-us/articles/1 /articles/verify/ 301',
					'/hc/fr/articles/2 /articles/verifier/ 301',
					'',
				].join('\n'),
			);
		}
	});

	test('the host comes from the setting, or from the build environment when it says auto', () => {
		expect(resolveRedirectHost('auto', { NETLIFY: 'true' })).toBe('netlify');
		expect(resolveRedirectHost('auto', { CF_PAGES: '1' })).toBe('cloudflare');
		expect(resolveRedirectHost('auto', {})).toBe('other');
		expect(resolveRedirectHost('cloudflare', { NETLIFY: 'true' })).toBe('cloudflare');
	});

	test('past Cloudflare’s 2,000 static rules, the id-only forms are the ones left to their redirect pages', () => {
		const many: RedirectGroup[] = [
			{
				comment: 'Old addresses',
				redirects: Array.from({ length: 1500 }, (_, n) => [
					{ from: `/hc/en-us/articles/${n}-Title`, to: `/articles/a${n}/`, rank: 0 },
					{ from: `/hc/en-us/articles/${n}`, to: `/articles/a${n}/`, rank: 1 },
				]).flat(),
			},
		];
		const composed = composeRedirectsFile({ groups: many, host: 'cloudflare', existing: '/team /x 301\n' });
		expect(composed).toMatchObject({ written: 1999, beyondLimit: 1001 });
		const lines = composed.text.trimEnd().split('\n');
		expect(lines.filter((line) => line.endsWith('-Title', line.indexOf(' ')))).toHaveLength(1500);
		expect(lines.at(-1)).toBe('/hc/en-us/articles/498 /articles/a498/ 301');
		expect(composeRedirectsFile({ groups: many, host: 'netlify' }).written).toBe(3000);
	});

	test("a team's own _redirects applies first; ours go before its first splat rule, minus the addresses it handles", () => {
		const existing = [
			'# Our own rules',
			'/pricing https://acme.test/pricing 302',
			'/hc/fr/articles/2 /articles/french-notice/ 302',
			'/hc/en-us/* /en/:splat 301',
			'/legacy/:slug /articles/:slug/ 301',
			'',
		].join('\n');
		const composed = composeRedirectsFile({ groups, host: 'cloudflare', existing });
		expect(composed.text).toBe(
			[
				'# Our own rules',
				'/pricing https://acme.test/pricing 302',
				'/hc/fr/articles/2 /articles/french-notice/ 302',
				'',
				'# Ticket categories',
				'/categories/abuse / 301',
				'',
				'# Old help-center addresses (content/redirects.yaml)',
				'/hc/fr/articles/2-V%C3%A9rifier /articles/verifier/ 301',
				'',
				'/hc/en-us/* /en/:splat 301',
				'/legacy/:slug /articles/:slug/ 301',
				'',
			].join('\n'),
		);
		expect(composed).toMatchObject({ written: 2, shadowed: 3 });
	});
});
