import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import {
	classifyHelpScoutDocs,
	emptyNumbers,
	helpScoutDocsArticle,
} from '../../../src/import/sources/helpscout-docs.ts';
import { helpScoutDocsNextPage } from '../../../src/import/sources/helpscout-docs-api.ts';
import { type FakeApi, fakeHelpScoutDocs } from './fake-api.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

let api: FakeApi | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
});

const docsMap = `defaults:
  category: usability
  productArea: domains
helpscout-docs:
  categories:
    "5f0c1a0000000000000000a1": { productArea: domains }
    "5f0c1a0000000000000000a2": { productArea: billing }
  collections:
    "5f0c1a0000000000000000c2": { productArea: billing }
`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what the test is for.
const control = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const env = (origin: string, key = 'hs-docs-key') => ({ HELPSCOUT_DOCS_API_KEY: key, HELPSCOUT_DOCS_API_URL: origin });
const collectionsRequest = (request: FakeRequest) => request.url.pathname === '/v1/collections';

describe('Help Scout Docs API', () => {
	test('reads collections, categories and articles page by page, waits out a 429, and writes articles npm run check accepts', async () => {
		api = await fakeHelpScoutDocs({ apiKey: 'hs-docs-key' });
		api.inject({
			match: (request) => request.url.pathname.startsWith('/v1/articles/'),
			response: { status: 429, headers: { 'retry-after': '1' }, body: { error: 'Too Many Requests' } },
		});
		const site = emptySite(docsMap);
		const result = await runImport(site, ['--from', 'helpscout-docs'], { env: env(api.origin) });
		expect(result.stderr).toBe('helpscout-docs: rate limit; waiting 1 s');
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain('internal 1 (restricted in the source), drafts 1, unmapped 0');
		expect(result.stdout).toContain('images copied 1');
		const collection = '/v1/collections/5f0c1a0000000000000000c1';
		expect(api.requests.filter((request) => request.startsWith(`${collection}/articles`))).toEqual([
			`${collection}/articles?pageSize=100&status=all`,
			`${collection}/articles?pageSize=100&status=all&page=2`,
			`${collection}/articles?pageSize=100&status=all&page=3`,
		]);
		expect(api.authorizations.get('/v1/collections')).toBe(`Basic ${Buffer.from('hs-docs-key:X').toString('base64')}`);

		expect(articleFrontmatter(site.contentDir, 'verify-your-domain')).toContain(
			'productArea: domains\nupdated: 2025-04-05\ntickets: []\ntags:\n  - dns\n  - onboarding',
		);
		const verify = articleBody(site.contentDir, 'verify-your-domain');
		expect(verify).toContain('![DNS settings](./verify-your-domain/dns-settings.png)');
		expect(verify).toContain('[the TXT record](/articles/add-dns-records/#txt-record)');
		expect(verify).toContain('[billing](/areas/billing/)');
		expect(articleBody(site.contentDir, 'add-dns-records')).toContain(
			'[checking the domain](/articles/verify-your-domain/)',
		);
		expect(articleFrontmatter(site.contentDir, 'new-pricing')).toContain('draft: true');
		expect(articleFrontmatter(site.contentDir, 'refund-checklist')).toContain('audience: internal');
		const hostile = readFileSync(
			path.join(site.contentDir, 'articles/reset-your-password-scriptalert1script-now.mdx'),
			'utf8',
		);
		expect(hostile).toContain('title: Reset your password <script>alert(1)</script> {now}');
		expect(hostile).toContain('Type \\{process.env.SECRET} and press _Reset_.');
		expect(hostile).not.toMatch(control);
		expect(`${result.stdout}${result.stderr}`).not.toMatch(control);

		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		for (const from of ['/article/21-verify-your-domain', '/article/21', '/article/21-check-domain'])
			expect(redirects).toContainEqual({ from, to: 'helpscout-docs:5f0c1a000000000000000101' });
		expect(checkErrors(site.contentDir)).toEqual([]);

		// Run again: the same articles, unchanged, and no article asked for twice.
		const before = api.requests.filter((request) => request.startsWith('/v1/articles/')).length;
		const again = await runImport(site, ['--from', 'helpscout-docs'], { env: env(api.origin) });
		expect(again.stdout).toContain('written 0, updated 0, unchanged 6, skipped 0');
		expect(api.requests.filter((request) => request.startsWith('/v1/articles/')).length).toBe(before);
	});

	test('a refused key exits 2 with one line naming the variable, and never prints the key', async () => {
		api = await fakeHelpScoutDocs({ apiKey: 'hs-docs-key' });
		const result = await runImport(emptySite(docsMap), ['--from', 'helpscout-docs'], {
			env: env(api.origin, 'wrong-key-456'),
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Help Scout Docs refused the credentials (401 Unauthorized)');
		expect(result.stderr).toContain('check HELPSCOUT_DOCS_API_KEY');
		expect(`${result.stdout}${result.stderr}`).not.toContain('wrong-key-456');
	});

	test('a 404 and an answer of an unexpected shape exit 2 with one line', async () => {
		api = await fakeHelpScoutDocs({ apiKey: 'hs-docs-key' });
		api.inject({ match: collectionsRequest, response: { status: 404, body: { error: 'Not Found' } } });
		const missing = await runImport(emptySite(docsMap), ['--from', 'helpscout-docs'], { env: env(api.origin) });
		expect(missing.exitCode).toBe(2);
		expect(missing.stderr.split('\n')[0]).toBe(
			`GET ${api.origin}/v1/collections?pageSize=100: Help Scout Docs answered 404 Not Found`,
		);
		api.inject({ match: collectionsRequest, response: { body: { collections: [] } } });
		const shape = await runImport(emptySite(docsMap), ['--from', 'helpscout-docs'], { env: env(api.origin) });
		expect(shape.exitCode).toBe(2);
		expect(shape.stderr.split('\n')[0]).toMatch(/\/v1\/collections\?pageSize=100: the response is not/);
		expect(shape.stderr).not.toMatch(/\n\s+at /);
	});

	test('a missing key names the variable', async () => {
		const result = await runImport(emptySite(docsMap), ['--from', 'helpscout-docs'], { env: {} });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Help Scout Docs: HELPSCOUT_DOCS_API_KEY is not set');
	});
});

describe('Help Scout Docs, saved lists and mapping', () => {
	test('--dump reads the saved lists', async () => {
		const site = emptySite(docsMap);
		const result = await runImport(site, [
			'--from',
			'helpscout-docs',
			'--dump',
			importFixture('helpscout-docs'),
			'--offline',
		]);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the first --dry-run writes a starter map of categories and collections that the import then reads', async () => {
		const site = emptySite();
		const args = ['--from', 'helpscout-docs', '--dump', importFixture('helpscout-docs'), '--offline'];
		await runImport(site, [...args, '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain(
			'helpscout-docs:\n  categories:\n    # "Getting started › Domains" (2 articles)\n    "5f0c1a0000000000000000a1": { productArea: domains }\n',
		);
		expect(map).toContain('  collections:\n    # "Getting started" (5 articles): choose its product area\n');
		const result = await runImport(site, args);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 0');
	});

	test('an article: its first category, keywords as tags, not published as a draft, a private collection internal', () => {
		const article = helpScoutDocsArticle(
			{
				id: 'abc123',
				number: 7,
				collectionId: 'col1',
				status: 'notpublished',
				name: ' Set up SSO ',
				text: '<p>Hi</p>',
				categories: ['cat2', 'cat1'],
				keywords: ['sso'],
				publicUrl: 'https://docs.acme.test/article/7-set-up-sso',
				updatedAt: '2025-01-02T03:04:05Z',
			},
			new Set(['col1']),
			new Set(['cat1', 'cat2']),
		);
		expect(article).toEqual({
			id: 'abc123',
			title: 'Set up SSO',
			body: { kind: 'html', html: '<p>Hi</p>' },
			group: { type: 'categories', id: 'cat2' },
			labels: ['sso'],
			draft: true,
			restricted: 'in a private collection',
			updated: new Date('2025-01-02T03:04:05Z'),
			oldPaths: ['/article/7-set-up-sso', '/article/7'],
			base: 'https://docs.acme.test/article/7-set-up-sso',
			notes: [],
		});
		expect(helpScoutDocsArticle({ id: 'x1', name: '' })).toEqual({ invalid: 'the article has no title', id: 'x1' });
	});

	test('old addresses: articles by their number, categories and collections by theirs', () => {
		const numbers = emptyNumbers();
		numbers.articles.set('21', 'a21');
		numbers.categories.set('11', 'c11');
		numbers.collections.set('1', 'k1');
		const hosts = new Set(['docs.acme.test']);
		expect(classifyHelpScoutDocs('https://docs.acme.test/article/21-x#y', hosts, numbers)).toEqual({
			kind: 'article',
			id: 'a21',
			fragment: 'y',
			linkedAs: '/article/21-x',
		});
		expect(classifyHelpScoutDocs('https://acme.helpscoutdocs.com/category/11-domains', hosts, numbers)).toEqual({
			kind: 'group',
			group: { type: 'categories', id: 'c11' },
		});
		expect(classifyHelpScoutDocs('/collection/1-start', hosts, numbers)).toEqual({
			kind: 'group',
			group: { type: 'collections', id: 'k1' },
		});
		// A number the site does not hold is a page of the old site, not a broken article link.
		expect(classifyHelpScoutDocs('https://docs.acme.test/article/99-gone', hosts, numbers)).toEqual({
			kind: 'old-site',
		});
		expect(classifyHelpScoutDocs('https://other.test/article/21-x', hosts, numbers)).toEqual({ kind: 'elsewhere' });
		expect(classifyHelpScoutDocs('https://docs.acme.test/files/guide.pdf', hosts, numbers)).toEqual({ kind: 'file' });
	});

	test('the next page while page is below pages', () => {
		const next = helpScoutDocsNextPage('articles');
		const first = 'https://docsapi.helpscout.net/v1/collections/1/articles?pageSize=100';
		expect(next({ articles: { page: 1, pages: 2, items: [] } }, first)).toBe(`${first}&page=2`);
		expect(next({ articles: { page: 2, pages: 2, items: [] } }, `${first}&page=2`)).toBeUndefined();
	});
});
