import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import { document360Access, document360Article } from '../../../src/import/sources/document360.ts';
import {
	classifyDocument360,
	document360OldAddress,
	document360OldPaths,
} from '../../../src/import/sources/document360-addresses.ts';
import {
	chooseWorkspace,
	document360NextReaderGroups,
	document360Settings,
	flattenCategories,
} from '../../../src/import/sources/document360-api.ts';
import { document360Markdown } from '../../../src/import/sources/document360-markdown.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { type FakeApi, fakeDocument360 } from './fake-api.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

let api: (FakeApi & { cdn: FakeApi }) | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
});

const c = (n: number) => `d3600000-0000-4000-8000-0000000000c${n}`;
const a = (n: number) => `d3600000-0000-4000-8000-0000000000a${n}`;
const d360Map = `defaults:
  category: usability
  productArea: account
document360:
  categories:
    "${c(1)}": { productArea: account }
    "${c(2)}": { productArea: domains }
    "${c(3)}": { productArea: billing }
    "${c(4)}": { productArea: billing }
    "${c(5)}": { productArea: billing }
`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what the test is for.
const control = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const env = (origin: string, token = 'd360-token') => ({ DOCUMENT360_API_TOKEN: token, DOCUMENT360_API_URL: origin });
const versionsRequest = (request: FakeRequest) => request.url.pathname === '/v2/ProjectVersions';

describe('Document360 API', () => {
	test('reads the main workspace, its categories, articles and reader groups, waits out a 429, and writes articles npm run check accepts', async () => {
		api = await fakeDocument360({ token: 'd360-token' });
		api.inject({
			match: (request) => request.url.pathname.startsWith('/v2/Articles/'),
			response: { status: 429, headers: { 'x-ratelimit-reset': '2' }, body: { success: false } },
		});
		const site = emptySite(d360Map);
		const result = await runImport(site, ['--from', 'document360'], { env: env(api.origin) });
		// X-RateLimit-Reset: the seconds until Document360's per-minute limit resets.
		expect(result.stderr).toBe('document360: rate limit; waiting 2 s');
		expect(result.stdout).toContain('written 9, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain('internal 1 (restricted in the source), drafts 3, unmapped 0');
		expect(result.stdout).toContain('images copied 1');
		const workspace = '/v2/ProjectVersions/d3600000-0000-4000-8000-00000000ws01';
		expect(api.requests.filter((request) => !request.startsWith('/v2/Articles/'))).toEqual([
			'/v2/ProjectVersions',
			`${workspace}/categories?langCode=en&excludeArticles=true`,
			`${workspace}/articles?langCode=en`,
			'/v2/Readers/groups?excludeReaders=true&offSet=1',
			'/v2/Readers/groups?excludeReaders=true&offSet=2',
			`/v2/Categories/${c(6)}/content/en?isPublished=true&isForDisplay=true`,
		]);
		expect(api.requests).toContain(`/v2/Articles/${a(1)}/en?isPublished=true&isForDisplay=true`);
		expect(api.requests).toContain(`/v2/Articles/${a(1)}/en/settings`);
		// The token in the api_token header, to the API only; the CDN's image without it.
		expect(api.authorizations.get('/v2/ProjectVersions')).toBe('d360-token');
		expect([...api.cdn.authorizations.values()]).toEqual([undefined]);

		expect(articleFrontmatter(site.contentDir, 'verify-your-domain')).toContain(
			'description: Prove you own your sending domain with two DNS records.\ncategory: usability\nproductArea: domains\nupdated: 2025-03-02\ntickets: []\ntags:\n  - dns\n  - onboarding',
		);
		const verify = articleBody(site.contentDir, 'verify-your-domain');
		expect(verify).toContain('![DNS settings](./verify-your-domain/dns-settings.png)');
		// A callout becomes an aside; a private note, which only the team saw, is left out and listed.
		expect(verify).toContain(
			'<Aside type="note" title="Before you start">\n  You need access to your DNS provider.\n</Aside>',
		);
		expect(verify).not.toContain('Ask Ada');
		expect(result.stdout).toContain(
			'a private note ("Private notes"), which only the team saw on Document360, was left out',
		);
		expect(verify).toContain('[the TXT record](/articles/add-dns-records/#txt-record)');
		expect(verify).toContain('[Domains](/areas/domains/)');
		expect(verify).toContain('[the billing overview](/articles/billing-overview/)');
		// A WYSIWYG article's HTML goes through the HTML converter.
		const records = articleBody(site.contentDir, 'add-dns-records');
		expect(records).toContain('## TXT record');
		expect(records).toContain('[checking the domain](/articles/verify-your-domain/)');
		// Restricted to a reader group: internal, and the public link to it removed and listed.
		expect(articleFrontmatter(site.contentDir, 'partner-terms')).toContain('audience: internal');
		expect(result.stdout).toContain(
			'imported as internal: readable only by reader group "Partners" (category "Partner guides")',
		);
		expect(articleBody(site.contentDir, 'billing-overview')).toContain('Partners read the partner terms.');
		// Unpublished, hidden, and in a hidden category: drafts.
		for (const slug of ['new-pricing', 'refund-workaround', 'old-plans'])
			expect(articleFrontmatter(site.contentDir, slug)).toContain('draft: true');
		expect(articleFrontmatter(site.contentDir, 'billing-overview')).not.toContain('draft: true');
		expect(result.stdout).toContain('hidden on the Document360 site: imported as a draft');
		// A Page category's own text comes over as an article of that category, at its old address.
		expect(api.requests).toContain(`/v2/Categories/${c(6)}/content/en?isPublished=true&isForDisplay=true`);
		expect(articleBody(site.contentDir, 'setup-overview')).toContain(
			'Start by [verifying your domain](/articles/verify-your-domain/).',
		);
		const hostile = readFileSync(
			path.join(site.contentDir, 'articles/reset-your-password-scriptalert1script-now.mdx'),
			'utf8',
		);
		expect(hostile).toContain('title: Reset your password <script>alert(1)</script> {now}');
		expect(hostile).toContain('Type \\{process.env.SECRET} and press _Reset_.');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(control);

		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		for (const from of ['/docs/verify-your-domain', '/docs/en/verify-your-domain'])
			expect(redirects).toContainEqual({ from, to: `document360:${a(1)}` });
		expect(redirects).toContainEqual({ from: '/docs/setup-overview', to: `document360:${c(6)}` });
		for (const from of ['/docs/en/add-dns-records', '/docs/add-dns-records'])
			expect(redirects).toContainEqual({ from, to: `document360:${a(2)}` });
		expect(checkErrors(site.contentDir)).toEqual([]);

		// Run again: unchanged, and no article asked for twice.
		const before = api.requests.filter((request) => request.startsWith('/v2/Articles/')).length;
		const again = await runImport(site, ['--from', 'document360'], { env: env(api.origin) });
		expect(again.stdout).toContain('written 0, updated 0, unchanged 9, skipped 0');
		expect(api.requests.filter((request) => request.startsWith('/v2/Articles/')).length).toBe(before);
	});

	test('an interrupted import picks up: the articles already downloaded are not asked for again', async () => {
		api = await fakeDocument360({ token: 'd360-token' });
		api.inject({
			match: (request) => request.url.pathname === `/v2/Articles/${a(5)}/en`,
			response: { status: 401, body: { success: false, errors: [] } },
		});
		const site = emptySite(d360Map);
		const failed = await runImport(site, ['--from', 'document360'], { env: env(api.origin) });
		expect(failed.exitCode).toBe(2);
		const result = await runImport(site, ['--from', 'document360'], { env: env(api.origin) });
		expect(result.stdout).toContain('written 9, updated 0, unchanged 0, skipped 0');
		const asked = (n: number) => api?.requests.filter((request) => request.startsWith(`/v2/Articles/${a(n)}/en?`));
		expect(asked(1)).toHaveLength(1);
		expect(asked(5)).toHaveLength(2);
	});

	test('a refused token exits 2 with one line naming the variable, and never prints the token', async () => {
		api = await fakeDocument360({ token: 'd360-token' });
		const result = await runImport(emptySite(d360Map), ['--from', 'document360'], {
			env: env(api.origin, 'wrong-token-789'),
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Document360 refused the credentials (401 Unauthorized)');
		expect(result.stderr).toContain('check DOCUMENT360_API_TOKEN');
		expect(`${result.stdout}${result.stderr}`).not.toContain('wrong-token-789');
	});

	test('an answer of an unexpected shape, a missing workspace and a missing language exit 2 with one line', async () => {
		api = await fakeDocument360({ token: 'd360-token' });
		api.inject({ match: versionsRequest, response: { body: { versions: [] } } });
		const shape = await runImport(emptySite(d360Map), ['--from', 'document360'], { env: env(api.origin) });
		expect(shape.exitCode).toBe(2);
		expect(shape.stderr.split('\n')[0]).toMatch(/\/v2\/ProjectVersions: the response is not/);
		expect(shape.stderr).not.toMatch(/\n\s+at /);
		const workspace = await runImport(emptySite(d360Map), ['--from', 'document360'], {
			env: { ...env(api.origin), DOCUMENT360_WORKSPACE: 'v9' },
		});
		expect(workspace.exitCode).toBe(2);
		expect(workspace.stderr.split('\n')[0]).toBe('Document360: no workspace "v9" in the project');
		const language = await runImport(emptySite(d360Map), ['--from', 'document360', '--locale', 'fr'], {
			env: env(api.origin),
		});
		expect(language.exitCode).toBe(2);
		expect(language.stderr.split('\n')[0]).toBe('Document360: the workspace has no language "fr"');
	});

	test('a missing token names the variable', async () => {
		const result = await runImport(emptySite(d360Map), ['--from', 'document360'], { env: {} });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Document360: DOCUMENT360_API_TOKEN is not set');
	});
});

describe('Document360, saved lists and mapping', () => {
	test('--dump reads the saved lists; --old-site-url names the site’s own domain', async () => {
		const site = emptySite(d360Map);
		const result = await runImport(site, [
			'--from',
			'document360',
			'--dump',
			importFixture('document360'),
			'--old-site-url',
			'https://help.acme.test',
			'--offline',
		]);
		expect(result.stdout).toContain('written 9, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain('images copied 1');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('saved lists without a Page category’s text say so, instead of dropping it in silence', async () => {
		const dump = temporaryDir('document360-dump');
		writeFileSync(
			path.join(dump, 'categories.json'),
			JSON.stringify([{ id: 'c1', name: 'Guide', slug: 'guide', category_type: 1 }]),
		);
		writeFileSync(
			path.join(dump, 'articles.json'),
			JSON.stringify([
				{ id: 'a1', title: 'Start', content: 'Hi.\n', content_type: 0, status: 3, category_id: 'c1', slug: 'start' },
			]),
		);
		const result = await runImport(emptySite(d360Map), ['--from', 'document360', '--dump', dump, '--offline']);
		expect(result.stdout).toContain('written 1,');
		expect(result.stdout).toContain(
			'Document360 category "Guide" is a page with text of its own, which the saved lists do not hold: copy it into an article',
		);
	});

	test('the first --dry-run writes a starter map of nested categories that the import then reads', async () => {
		const site = emptySite();
		const args = ['--from', 'document360', '--dump', importFixture('document360'), '--offline'];
		await runImport(site, [...args, '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain(
			`document360:\n  categories:\n    # "Getting started" (4 articles): choose its product area\n    "${c(1)}": {}\n    # "Getting started › Domains" (2 articles)\n    "${c(2)}": { productArea: domains }\n`,
		);
		const result = await runImport(site, args);
		expect(result.stdout).toContain('written 9, updated 0, unchanged 0, skipped 0');
	});

	test('an article: Markdown stays Markdown, SEO description and tags from its settings, hidden a draft, last edit', () => {
		const article = document360Article({
			id: 'a1',
			title: ' Set up SSO ',
			content: '# Hi',
			html_content: '<h1>Hi</h1>',
			content_type: 0,
			category_id: 'c1',
			status: 3,
			hidden: true,
			slug: 'set-up-sso',
			url: 'https://docs.acme.test/v2/docs/en/set-up-sso',
			language_code: 'en',
			modified_at: '2025-01-02T03:04:05Z',
			settings: { slug: 'set-up-sso', description: 'Sign in with your IdP.', tags: ['sso'] },
		});
		expect(article).toMatchObject({
			id: 'a1',
			title: 'Set up SSO',
			description: 'Sign in with your IdP.',
			body: { kind: 'markdown', text: '# Hi', mdx: false },
			group: { type: 'categories', id: 'c1' },
			labels: ['sso'],
			draft: true,
			restricted: undefined,
			updated: new Date('2025-01-02T03:04:05Z'),
			oldPaths: ['/v2/docs/en/set-up-sso', '/v2/docs/set-up-sso'],
			locale: 'en',
		});
		expect(
			document360Article({ id: 'a2', title: 'x', content_type: 1, html_content: '<p>x</p>', status: 3 }),
		).toMatchObject({
			body: { kind: 'html', html: '<p>x</p>' },
			draft: false,
			notes: [
				{ level: 'review', message: expect.stringContaining('private notes the import cannot tell from the text') },
			],
		});
		expect(
			document360Article({ id: 'a5', title: 'x', status: 3, language_code: 'de', is_fall_back_content: true }),
		).toMatchObject({
			notes: [{ level: 'review', message: "not translated into de: Document360 gave the default language's text" }],
		});
		expect(document360Article({ id: 'a3', title: '' })).toEqual({ invalid: 'the article has no title', id: 'a3' });
		expect(document360Article({ id: 'a4', title: 'Gone', unavailable: 'it answered 400' })).toEqual({
			invalid: 'Document360 gave no article: it answered 400',
			id: 'a4',
		});
	});

	test('old addresses with and without the language', () => {
		expect(document360OldPaths('https://docs.acme.test/docs/setup', 'setup', 'en')).toEqual([
			'/docs/setup',
			'/docs/en/setup',
		]);
		expect(document360OldPaths(undefined, 'setup', undefined)).toEqual(['/docs/setup']);
	});

	test('a private site, and a category a reader group is given, make articles internal; hidden passes to subcategories', () => {
		const access = document360Access(
			[
				{ id: 'c1', name: 'Partners' },
				{ id: 'c2', name: 'Inside', parent_category_id: 'c1' },
				{ id: 'c3', name: 'Archive', hidden: true },
				{ id: 'c4', name: 'Old', parent_category_id: 'c3' },
			],
			[{ title: 'Resellers', access_scope: { categories: [{ category_id: 'c1' }] } }],
		);
		expect(access.restricted.get('c2')).toBe('readable only by reader group "Resellers" (category "Partners")');
		expect(access.hidden.get('c4')).toBe('Archive');
		expect(document360Article({ id: 'a', title: 'A', status: 3, category_id: 'c4' }, access)).toMatchObject({
			draft: true,
		});
		const privateSite = document360Access([], [], 'the knowledge base is private: readers sign in');
		expect(document360Article({ id: 'a', title: 'A', status: 3 }, privateSite)).toMatchObject({
			restricted: 'the knowledge base is private: readers sign in',
		});
	});

	test.each([
		['https://docs.acme.test/docs/setup#sso', { kind: 'article', id: 'a1', fragment: 'sso', linkedAs: '/docs/setup' }],
		['/docs/en/setup', { kind: 'article', id: 'a1', fragment: '', linkedAs: '/docs/en/setup' }],
		[
			'https://acme.document360.io/v1/docs/en/setup',
			{ kind: 'article', id: 'a1', fragment: '', linkedAs: '/v1/docs/en/setup' },
		],
		['https://docs.acme.test/docs/domains', { kind: 'group', group: { type: 'categories', id: 'c1' } }],
		['https://docs.acme.test/docs/gone', { kind: 'old-site' }],
		['https://cdn.document360.io/p/Images/Documentation/a.png', { kind: 'file' }],
		['https://apihub.document360.io/v2/ProjectVersions', { kind: 'elsewhere' }],
		['https://other.test/docs/setup', { kind: 'elsewhere' }],
		['/pricing', { kind: 'elsewhere' }],
	])('%s', (url, expected) => {
		const slugs = { articles: new Map([['setup', 'a1']]), categories: new Map([['domains', 'c1']]) };
		expect(classifyDocument360(url, new Set(['docs.acme.test']), slugs)).toEqual(expected);
	});

	test('a file a private project signed keeps its address without the signature', () => {
		expect(
			document360OldAddress('https://cdn.document360.io/p/Images/a.png?sv=2022-11-02&se=2024&sr=b&sp=r&sig=abc%3D&w=2'),
		).toBe('https://cdn.document360.io/p/Images/a.png?w=2');
		expect(document360OldAddress('https://example.test/a.png?sig=1')).toBe('https://example.test/a.png?sig=1');
	});
});

describe('Document360 Markdown', () => {
	test('a private note never closed held the rest of the page: left out, and said so', () => {
		const plain = document360Markdown('Intro.\n\n:::(Internal) (TODO)\nCheck this.\n\n## Reference\nMore.\n');
		expect(plain.text).toBe('Intro.\n');
		expect(plain.notes[0]?.message).toBe(
			'a private note ("TODO"), which only the team saw on Document360, was left out: it is never closed, so it held the rest of the page, which readers did not see either; check where it should end',
		);
	});

	test('Windows line ends (CRLF) and a space after the colons are read the same: private notes never come over', () => {
		const text = ':::(Info) (Heads up)\r\nRead this.\r\n:::\r\n::: (internal) (TODO)\r\nTeam only.\r\n:::\r\nDone.\r\n';
		const plain = document360Markdown(text);
		expect(plain.text).toBe(':::info[Heads up]\nRead this.\n:::\nDone.\n');
		expect(plain.notes).toHaveLength(1);
	});

	test('callouts become directive blocks, private notes are left out, code blocks stay as written', () => {
		const text = [
			':::(Warning) (Mind the TTL)',
			'Wait an hour.',
			':::',
			':::(Internal)',
			'```',
			':::',
			'```',
			'Team only.',
			':::',
			'```md',
			':::(Internal) (kept)',
			'```',
		].join('\n');
		expect(document360Markdown(text)).toEqual({
			text: [':::warning[Mind the TTL]', 'Wait an hour.', ':::', '```md', ':::(Internal) (kept)', '```'].join('\n'),
			notes: [
				{
					level: 'review',
					message:
						'a private note, which only the team saw on Document360, was left out; copy what still matters into a runbook or the article',
				},
			],
		});
	});
});

describe('Document360 API settings and pages', () => {
	test('the data center picks the API hub; DOCUMENT360_API_URL a private one', () => {
		expect(document360Settings({ DOCUMENT360_API_TOKEN: 't' }).baseUrl).toBe('https://apihub.document360.io');
		expect(document360Settings({ DOCUMENT360_API_TOKEN: 't', DOCUMENT360_DATA_CENTER: 'US' }).baseUrl).toBe(
			'https://apihub.us.document360.io',
		);
		expect(() => document360Settings({ DOCUMENT360_API_TOKEN: 't', DOCUMENT360_DATA_CENTER: 'mars' })).toThrow(
			'Document360: DOCUMENT360_DATA_CENTER must be eu or us, received "mars"',
		);
	});

	test('reader groups page while a page holds five', () => {
		const first = 'https://apihub.document360.io/v2/Readers/groups?excludeReaders=true&offSet=1';
		expect(document360NextReaderGroups({ result: [1, 2, 3, 4, 5] }, first)).toBe(
			'https://apihub.document360.io/v2/Readers/groups?excludeReaders=true&offSet=2',
		);
		expect(document360NextReaderGroups({ result: [1] }, first)).toBeUndefined();
	});

	test('the main knowledge base workspace, and the category tree made flat', () => {
		const workspaces = [
			{ id: 'api', version_type: 1, is_main_version: true },
			{ id: 'kb', slug: 'v1', version_type: 0, is_main_version: true },
		];
		expect(chooseWorkspace(workspaces, undefined).id).toBe('kb');
		expect(chooseWorkspace(workspaces, 'V1').id).toBe('kb');
		expect(
			flattenCategories([{ id: 'c1', articles: [], child_categories: [{ id: 'c2', child_categories: [] }] }]),
		).toEqual([
			{ id: 'c1', parent_category_id: null },
			{ id: 'c2', parent_category_id: 'c1' },
		]);
	});
});
