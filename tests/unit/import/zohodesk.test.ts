import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type FakeRequest, type FakeServer, startFakeServer } from '../../../src/http/fake-server.ts';
import { zohodeskArticle } from '../../../src/import/sources/zohodesk.ts';
import { classifyZohodesk, flatCategories, zohodeskOldPaths } from '../../../src/import/sources/zohodesk-addresses.ts';
import { zohodeskNextPage, zohodeskSettings } from '../../../src/import/sources/zohodesk-api.ts';
import { type FakeApi, fakeZohodesk } from './fake-api.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

let api: FakeApi | undefined;
let images: FakeServer | undefined;
afterEach(async () => {
	await api?.close();
	await images?.close();
	api = undefined;
	images = undefined;
});
const png = readFileSync(path.join(importFixture('zohodesk'), 'galleryDocuments/edbsn0a1b2c3d'));

const zohoMap = `defaults:
  category: usability
  productArea: domains
zohodesk:
  sections:
    "4000000011": { productArea: domains }
    "4000000012": { category: reliability }
  categories:
    "4000000002": { productArea: billing }
    "4000000003": { productArea: account }
`;

const credentials = {
	clientId: '1000.ZOHOCLIENT',
	clientSecret: 'zoho-client-secret-77',
	refreshToken: '1000.zoho-refresh-token-55',
	orgId: '648392013',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what the test is for.
const control = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const env = (origin: string, refreshToken = credentials.refreshToken) => ({
	ZOHO_DESK_URL: origin,
	ZOHO_DESK_ACCOUNTS_URL: origin,
	ZOHO_DESK_ORG_ID: credentials.orgId,
	ZOHO_DESK_CLIENT_ID: credentials.clientId,
	ZOHO_DESK_CLIENT_SECRET: credentials.clientSecret,
	ZOHO_DESK_REFRESH_TOKEN: refreshToken,
});
const secrets = [credentials.clientSecret, credentials.refreshToken, 'zoho-access-1'];
const rootsRequest = (request: FakeRequest) => request.url.pathname === '/api/v1/kbRootCategories';

describe('Zoho Desk API', () => {
	test('refreshes a token, reads the category trees and articles, waits out a 429, and writes articles npm run check accepts', async () => {
		// Another host's image: downloaded without the token.
		const imageAuthorizations: (string | undefined)[] = [];
		images = await startFakeServer((request) => {
			imageAuthorizations.push(request.headers.authorization);
			return { headers: { 'content-type': 'image/png' }, body: png };
		});
		api = await fakeZohodesk({ ...credentials, images: images.url });
		api.inject({
			match: (request) => request.url.pathname === '/api/v1/articles/5000000102',
			response: { status: 429, headers: { 'retry-after': '1' }, body: { errorCode: 'TOO_MANY_REQUESTS' } },
		});
		const site = emptySite(zohoMap);
		const result = await runImport(site, ['--from', 'zohodesk', '--old-site-url', 'https://support.acme.test'], {
			env: env(api.origin),
		});
		expect(result.stderr).toBe('zohodesk: rate limit; waiting 1 s');
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
		expect(result.stdout).toContain('internal 2 (restricted in the source), drafts 1, unmapped 0');
		expect(result.stdout).toContain('images copied 2, files copied 1');
		expect(imageAuthorizations).toEqual([undefined]);
		expect(articleBody(site.contentDir, 'add-dns-records')).toContain('![Records](./add-dns-records/records.png)');
		expect(api.requests.filter((request) => !request.startsWith('/api/v1/articles/'))).toEqual([
			'/oauth/v2/token',
			'/api/v1/kbRootCategories?from=1&limit=50',
			'/api/v1/kbRootCategories/4000000001/categoryTree',
			'/api/v1/kbRootCategories/4000000002/categoryTree',
			'/api/v1/kbRootCategories/4000000003/categoryTree',
			'/api/v1/articles?from=1&limit=50&sortBy=createdTime',
			'/galleryDocuments/edbsn0a1b2c3d?inline=true',
		]);
		expect(api.authorizations.get('/api/v1/kbRootCategories')).toBe('Zoho-oauthtoken zoho-access-1');

		// The summary as description, tags, the section's product area; a sub-section its own category and its parent's area.
		expect(articleFrontmatter(site.contentDir, 'verify-your-domain')).toContain(
			'description: Prove you own your sending domain with two DNS records.\ncategory: usability\nproductArea: domains\nupdated: 2025-03-02\ntickets: []\ntags:\n  - dns\n  - onboarding',
		);
		expect(articleFrontmatter(site.contentDir, 'add-dns-records')).toContain(
			'category: reliability\nproductArea: domains',
		);
		const verify = articleBody(site.contentDir, 'verify-your-domain');
		expect(verify).toContain('![DNS settings](./verify-your-domain/edbsn0a1b2c3d.png)');
		// A link to another article on the custom domain, with its anchor; a category; a restricted article's link removed.
		expect(verify).toContain('[the TXT record](/articles/add-dns-records/#txt-record)');
		expect(verify).toContain('[billing](/areas/billing/)');
		expect(verify).not.toContain('refund-checklist');
		expect(verify).toContain('[dns-checklist.txt](./verify-your-domain/dns-checklist.txt)');
		expect(readFileSync(path.join(site.contentDir, 'articles/verify-your-domain/dns-checklist.txt'), 'utf8')).toBe(
			'Check the TXT and CNAME records.\n',
		);
		// A link by the category path form, relative to the help center.
		expect(articleBody(site.contentDir, 'add-dns-records')).toContain(
			'[checking the domain](/articles/verify-your-domain/)',
		);
		expect(articleFrontmatter(site.contentDir, 'download-an-invoice')).toContain('draft: true');
		expect(articleFrontmatter(site.contentDir, 'refund-checklist')).toContain('audience: internal');
		expect(articleFrontmatter(site.contentDir, 'escalate-to-engineering')).toContain('audience: internal');
		expect(articleFrontmatter(site.contentDir, 'escalate-to-engineering')).toContain('source: zohodesk:5000000105');
		const hostile = readFileSync(
			path.join(site.contentDir, 'articles/reset-your-password-scriptalert1script-now.mdx'),
			'utf8',
		);
		expect(hostile).toContain('title: Reset your password <script>alert(1)</script> {now}');
		expect(hostile).toContain('Type \\{process.env.SECRET} and press _Reset_.');
		expect(`${result.stdout}${result.stderr}${hostile}`).not.toMatch(control);

		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		for (const from of [
			'/portal/acme/en/kb/articles/verify-your-domain',
			'/portal/en/kb/articles/verify-your-domain',
			'/portal/en/kb/getting-started/domains/articles/verify-your-domain',
		])
			expect(redirects).toContainEqual({ from, to: 'zohodesk:5000000101' });
		expect(checkErrors(site.contentDir)).toEqual([]);
		const everything = `${result.stdout}${result.stderr}${readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')}`;
		for (const secret of secrets) expect(everything).not.toContain(secret);

		// Run again: the same articles, unchanged, and no article asked for twice.
		const before = api.requests.filter((request) => /^\/api\/v1\/articles\/\d+$/.test(request)).length;
		const again = await runImport(site, ['--from', 'zohodesk', '--old-site-url', 'https://support.acme.test'], {
			env: env(api.origin),
		});
		expect(again.stdout).toContain('written 0, updated 0, unchanged 6, skipped 1');
		expect(api.requests.filter((request) => /^\/api\/v1\/articles\/\d+$/.test(request)).length).toBe(before);
	});

	test('more than 50 articles are read page by page, and an interrupted download picks up at the page it never got', async () => {
		api = await fakeZohodesk({ ...credentials, bulk: 60 });
		const secondPage = (request: FakeRequest) =>
			request.url.pathname === '/api/v1/articles' && request.url.searchParams.get('from') === '51';
		api.inject({ match: secondPage, response: { status: 404, body: { errorCode: 'URL_NOT_FOUND' } } });
		const site = emptySite(zohoMap);
		const failed = await runImport(site, ['--from', 'zohodesk', '--offline'], { env: env(api.origin) });
		expect(failed.exitCode).toBe(2);
		expect(failed.stderr).toContain('/api/v1/articles?from=51&limit=50&sortBy=createdTime');
		const result = await runImport(site, ['--from', 'zohodesk', '--offline'], { env: env(api.origin) });
		expect(result.stderr).toContain(
			'Zoho Desk: picking up the articles where an interrupted import stopped (50 saved, page 2 next)',
		);
		expect(result.stdout).toContain('written 66, updated 0, unchanged 0, skipped 1');
		expect(api.requests.filter((request) => request.startsWith('/api/v1/articles?'))).toEqual([
			'/api/v1/articles?from=1&limit=50&sortBy=createdTime',
			'/api/v1/articles?from=51&limit=50&sortBy=createdTime',
			'/api/v1/articles?from=51&limit=50&sortBy=createdTime',
		]);
	});

	test('a refused refresh token exits 2 with one line naming the variables, and never prints a credential', async () => {
		api = await fakeZohodesk(credentials);
		const result = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], {
			env: env(api.origin, '1000.wrong-refresh-token'),
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'Zoho Desk refused the credentials in ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN (the token refresh answered invalid_code)',
		);
		expect(result.stderr).toContain('Desk.articles.READ');
		for (const secret of [...secrets, '1000.wrong-refresh-token'])
			expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
	});

	test('a refused access token and a 404 exit 2 with one line', async () => {
		api = await fakeZohodesk(credentials);
		api.inject({
			match: rootsRequest,
			response: {
				status: 401,
				body: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' },
			},
		});
		const refused = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], { env: env(api.origin) });
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr.split('\n')[0]).toBe(
			'Zoho Desk refused the credentials in ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN (401 Unauthorized)',
		);
		api.inject({ match: rootsRequest, response: { status: 404, body: { errorCode: 'URL_NOT_FOUND' } } });
		const missing = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], { env: env(api.origin) });
		expect(missing.exitCode).toBe(2);
		expect(missing.stderr.split('\n')[0]).toBe(
			`GET ${api.origin}/api/v1/kbRootCategories?from=1&limit=50: Zoho Desk answered 404 Not Found`,
		);
		expect(missing.stderr).not.toMatch(/\n\s+at /);
	});

	test('a token without the knowledge base scope exits 2 saying which scope to generate the code with', async () => {
		api = await fakeZohodesk(credentials);
		api.inject({
			match: rootsRequest,
			response: {
				status: 401,
				body: {
					errorCode: 'SCOPE_MISMATCH',
					message: 'The OAuth token does not contain the scope required to perform this operation.',
				},
			},
		});
		const result = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], { env: env(api.origin) });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toMatch(/^Zoho Desk accepted the credentials in .+ but they lack /);
		expect(result.stderr.split('\n')[1]).toContain('Desk.articles.READ');
	});

	test('missing settings name the variable', async () => {
		const noOrg = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], { env: {} });
		expect(noOrg.exitCode).toBe(2);
		expect(noOrg.stderr.split('\n')[0]).toBe('Zoho Desk: ZOHO_DESK_ORG_ID is not set');
		const noToken = await runImport(emptySite(zohoMap), ['--from', 'zohodesk'], {
			env: { ZOHO_DESK_ORG_ID: '648392013', ZOHO_DESK_CLIENT_ID: 'x', ZOHO_DESK_CLIENT_SECRET: 'y' },
		});
		expect(noToken.stderr.split('\n')[0]).toBe('Zoho Desk: ZOHO_DESK_REFRESH_TOKEN is not set');
		const locale = await runImport(emptySite(zohoMap), ['--from', 'zohodesk', '--locale', 'de'], { env: {} });
		expect(locale.exitCode).toBe(2);
		expect(locale.stderr.split('\n')[0]).toContain('--locale is not read for Zoho Desk');
	});
});

describe('Zoho Desk, saved lists and mapping', () => {
	test('--dump reads the saved lists', async () => {
		const site = emptySite(zohoMap);
		const result = await runImport(site, ['--from', 'zohodesk', '--dump', importFixture('zohodesk'), '--offline']);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
		expect(result.stdout).toContain('files copied 1');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the first --dry-run writes a starter map of sections and root categories that the import then reads', async () => {
		const site = emptySite();
		const args = ['--from', 'zohodesk', '--dump', importFixture('zohodesk'), '--offline'];
		await runImport(site, [...args, '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain('zohodesk:\n  sections:\n');
		expect(map).toContain('"Getting started › Domains › Advanced DNS" (1 article)');
		expect(map).toContain('  categories:\n');
		expect(map).toContain('"Billing" (3 articles)');
		const result = await runImport(site, args);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
	});

	test('an article: summary, tags, a draft, a permission not for everyone internal, a trashed one left out', () => {
		const tree = { roots: new Set(['1']), restrictions: new Map([['3', 'visible only to agents (category "X")']]) };
		const article = zohodeskArticle(
			{
				id: '42',
				title: ' Set up SSO ',
				answer: '<p>Hi</p>',
				categoryId: 2,
				rootCategoryId: '1',
				status: 'Review',
				permission: 'AGENTS',
				permalink: 'set-up-sso',
				portalUrl: 'https://desk.zoho.eu/portal/acme/de/kb/articles/set-up-sso',
				tags: ['sso', { name: 'login' }],
				locale: 'de',
				modifiedTime: '2025-01-02T03:04:05.000Z',
			},
			tree,
		);
		expect(article).toEqual({
			id: '42',
			title: 'Set up SSO',
			body: { kind: 'html', html: '<p>Hi</p>' },
			group: { type: 'sections', id: '2' },
			labels: ['sso', 'login'],
			draft: true,
			restricted: 'visible only to agents',
			updated: new Date('2025-01-02T03:04:05.000Z'),
			oldPaths: ['/portal/acme/de/kb/articles/set-up-sso', '/portal/de/kb/articles/set-up-sso'],
			base: 'https://desk.zoho.eu/portal/acme/de/kb/articles/set-up-sso',
			notes: [],
			locale: 'de',
		});
		// With --old-site-url, its page on the custom domain, which names no portal.
		expect(
			zohodeskArticle(
				{
					id: '42',
					title: 'X',
					permalink: 'set-up-sso',
					locale: 'de',
					portalUrl: 'https://desk.zoho.eu/portal/acme/de/kb/articles/set-up-sso',
				},
				tree,
				'https://support.acme.test',
			),
		).toMatchObject({ base: 'https://support.acme.test/portal/de/kb/articles/set-up-sso' });
		expect(zohodeskArticle({ id: '43', title: 'A', categoryId: '3', status: 'Published' }, tree)).toMatchObject({
			group: { type: 'sections', id: '3' },
			draft: false,
			restricted: 'visible only to agents (category "X")',
		});
		expect(zohodeskArticle({ id: '44', title: 'B', permission: 'SOMEONE_NEW' }, tree)).toMatchObject({
			restricted: 'visible only to permission SOMEONE_NEW',
		});
		expect(zohodeskArticle({ id: '45', title: 'C', isTrashed: true })).toEqual({
			invalid: 'in the trash in Zoho Desk',
			id: '45',
			wanted: true,
		});
		expect(zohodeskArticle({ id: '46', title: '' })).toEqual({ invalid: 'the article has no title', id: '46' });
	});

	test('old addresses: articles and categories by permalink, whatever the portal, language or category path', () => {
		const permalinks = {
			articles: new Map([['verify-your-domain', '101']]),
			categories: new Map([['billing', { type: 'categories' as const, id: '2' }]]),
		};
		const hosts = new Set(['support.acme.test']);
		expect(
			classifyZohodesk('https://support.acme.test/portal/en/kb/articles/verify-your-domain#txt', hosts, permalinks),
		).toEqual({ kind: 'article', id: '101', fragment: 'txt', linkedAs: '/portal/en/kb/articles/verify-your-domain' });
		expect(
			classifyZohodesk(
				'https://desk.zoho.com/portal/acme/kb/getting-started/articles/Verify-Your-Domain',
				hosts,
				permalinks,
			),
		).toMatchObject({ kind: 'article', id: '101' });
		expect(classifyZohodesk('/portal/acme/en/kb/billing', hosts, permalinks)).toEqual({
			kind: 'group',
			group: { type: 'categories', id: '2' },
		});
		// A permalink the help center does not hold is a page of the old site, not a broken article link.
		expect(classifyZohodesk('https://support.acme.test/portal/en/kb/articles/gone', hosts, permalinks)).toEqual({
			kind: 'old-site',
		});
		expect(
			classifyZohodesk('https://desk.zoho.eu/api/v1/articles/101/attachments/77/content', hosts, permalinks),
		).toEqual({ kind: 'file', key: 'zohodesk-attachment:77' });
		expect(
			classifyZohodesk('https://support.acme.test/portal/api/kbArticles/101/attachments/77/content', hosts, permalinks),
		).toEqual({ kind: 'file', key: 'zohodesk-attachment:77' });
		expect(classifyZohodesk('https://desk.zoho.com/galleryDocuments/edbsn1?inline=true', hosts, permalinks)).toEqual({
			kind: 'file',
		});
		expect(classifyZohodesk('https://other.test/portal/en/kb/articles/verify-your-domain', hosts, permalinks)).toEqual({
			kind: 'elsewhere',
		});
		expect(classifyZohodesk('/pricing', hosts, permalinks)).toEqual({ kind: 'elsewhere' });
		expect(zohodeskOldPaths(undefined, 'x', undefined)).toEqual([]);
	});

	test('a category tree flattens into its sections, each in its parent', () => {
		const records = JSON.parse(readFileSync(path.join(importFixture('zohodesk'), 'categories.json'), 'utf8'));
		expect(
			flatCategories(records).map((category) => [category.id, category.parentCategoryId, category.permalink]),
		).toEqual([
			['4000000001', undefined, 'getting-started'],
			['4000000011', '4000000001', 'domains'],
			['4000000012', '4000000011', 'advanced-dns'],
			['4000000002', undefined, 'billing'],
			['4000000003', undefined, 'agent-handbook'],
		]);
	});

	test('the next page while a page comes back full; settings from the ticket pull, the environment winning', () => {
		const first = 'https://desk.zoho.com/api/v1/articles?from=1&limit=2&sortBy=createdTime';
		expect(zohodeskNextPage({ data: [{}, {}] }, first)).toBe(
			'https://desk.zoho.com/api/v1/articles?from=3&limit=2&sortBy=createdTime',
		);
		expect(zohodeskNextPage({ data: [{}] }, first)).toBeUndefined();
		expect(zohodeskNextPage({ data: [] }, first)).toBeUndefined();
		const pull = {
			type: 'zohodesk' as const,
			dataCenter: 'eu' as const,
			orgId: '111',
			clientIdEnv: 'ZID',
			clientSecretEnv: 'ZSECRET',
			refreshTokenEnv: 'ZREFRESH',
			category: { field: 'category' },
			productArea: { field: 'cf_product_area' },
			replies: false,
		};
		const settings = zohodeskSettings({ ZID: 'a', ZSECRET: 'b', ZREFRESH: 'c' }, pull as never);
		expect(settings).toMatchObject({
			baseUrl: 'https://desk.zoho.eu',
			accountsUrl: 'https://accounts.zoho.eu',
			orgId: '111',
			credentials: 'ZID, ZSECRET and ZREFRESH',
		});
		expect(
			zohodeskSettings({ ZID: 'a', ZSECRET: 'b', ZREFRESH: 'c', ZOHO_DESK_ORG_ID: '222' }, pull as never).orgId,
		).toBe('222');
		expect(() => zohodeskSettings({ ZOHO_DESK_ORG_ID: '1', ZOHO_DESK_DATA_CENTER: 'mars' }, undefined)).toThrow(
			'Zoho Desk: ZOHO_DESK_DATA_CENTER must be one of us, eu, in, au, jp, ca, sa, cn, uk, sg, ae',
		);
	});
});
