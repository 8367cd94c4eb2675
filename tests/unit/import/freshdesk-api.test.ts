import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import { freshdeskApi } from '../../../src/import/sources/freshdesk-api.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { type FakeApi, fakeFreshdesk } from './fake-api.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

let api: FakeApi | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
});

const freshdeskMap = `defaults:
  category: usability
  productArea: domains
freshdesk:
  folders:
    "48000101": { productArea: domains }
    "48000102": { category: reliability }
  categories:
    "48000002": { productArea: billing }
`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what the test is for.
const control = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const env = (origin: string, key = 'fd-secret-key') => ({ FRESHDESK_URL: origin, FRESHDESK_API_KEY: key });
/** A refusal as Freshdesk documents it (tests/fixtures/refusals/). */
const refusal = (name: string) =>
	JSON.parse(readFileSync(path.join(import.meta.dirname, `../../fixtures/refusals/${name}.json`), 'utf8'));

const categoriesRequest = (request: FakeRequest) => request.url.pathname === '/api/v2/solutions/categories';

async function failedImport(inject: (fake: FakeApi) => void, key = 'fd-secret-key') {
	api = await fakeFreshdesk({ apiKey: 'fd-secret-key' });
	inject(api);
	const result = await runImport(emptySite(freshdeskMap), ['--from', 'freshdesk'], { env: env(api.origin, key) });
	return { ...result, lines: result.stderr.split('\n') };
}

describe('Freshdesk API', () => {
	test('reads categories, folders, subfolders and articles, waits out a 429, and writes articles npm run check accepts', async () => {
		api = await fakeFreshdesk({ apiKey: 'fd-secret-key' });
		api.inject({
			match: (request) => request.url.pathname.endsWith('/articles'),
			response: { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Rate limit exceeded' } },
		});
		const site = emptySite(freshdeskMap);
		const result = await runImport(site, ['--from', 'freshdesk'], { env: env(api.origin) });
		expect(result.stderr).toBe('freshdesk: rate limit; waiting 1 s');
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
		expect(result.stdout).toContain('internal 1 (restricted in the source), drafts 1, unmapped 0');
		expect(result.stdout).toContain('images copied 1, files copied 2');
		expect(api.requests.filter((request) => request.startsWith('/api/'))).toEqual([
			'/api/v2/solutions/categories?per_page=100',
			'/api/v2/solutions/categories/48000001/folders?per_page=100',
			'/api/v2/solutions/categories/48000002/folders?per_page=100',
			'/api/v2/solutions/folders/48000101/articles?per_page=100',
			'/api/v2/solutions/folders/48000101/articles?per_page=100',
			'/api/v2/solutions/folders/48000101/subfolders?per_page=100',
			'/api/v2/solutions/folders/48000201/articles?per_page=100',
			'/api/v2/solutions/folders/48000201/subfolders?per_page=100',
			'/api/v2/solutions/folders/48000202/articles?per_page=100',
			'/api/v2/solutions/folders/48000202/subfolders?per_page=100',
			'/api/v2/solutions/folders/48000102/articles?per_page=100',
			'/api/v2/solutions/folders/48000102/subfolders?per_page=100',
		]);
		// The API key as user, X as password.
		expect(api.authorizations.get('/api/v2/solutions/categories')).toBe(
			`Basic ${Buffer.from('fd-secret-key:X').toString('base64')}`,
		);

		// SEO description, tags, the folder's product area; a subfolder gets its own category and its parent's area.
		expect(articleFrontmatter(site.contentDir, 'verify-your-domain')).toContain(
			'description: Prove you own your sending domain with two DNS records.\ncategory: usability\nproductArea: domains\nupdated: 2025-03-02\ntickets: []\ntags:\n  - dns\n  - onboarding',
		);
		expect(articleFrontmatter(site.contentDir, 'add-dns-records')).toContain(
			'category: reliability\nproductArea: domains',
		);
		const verify = articleBody(site.contentDir, 'verify-your-domain');
		expect(verify).toContain('![DNS settings](./verify-your-domain/image-1.png)');
		expect(verify).toContain('[the TXT record](/articles/add-dns-records/#txt-record)');
		// A folder's page leads to its product area's page.
		expect(verify).toContain('[Invoices](/areas/billing/)');
		expect(verify).toContain('[DNS checklist](./verify-your-domain/attachment-1.txt)');
		// The agent view's address and a relative link under an older title lead to the articles too.
		expect(articleBody(site.contentDir, 'download-an-invoice')).toContain(
			'[verify it](/articles/verify-your-domain/), or read [the agent copy](/articles/add-dns-records/)',
		);
		expect(articleFrontmatter(site.contentDir, 'new-pricing-draft')).toContain('draft: true');
		// A folder only agents see: internal, with the file it lists under the body.
		const refunds = readFileSync(path.join(site.contentDir, 'articles/refund-checklist.mdx'), 'utf8');
		expect(refunds).toContain('audience: internal');
		expect(refunds).toContain('## Attachments\n\n- [refund-policy.txt](./refund-checklist/refund-policy.txt)');
		expect(result.stdout).toContain('imported as internal: visible only to agents (folder "Agent notes")');

		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		for (const from of [
			'/support/solutions/articles/48000000001-verify-your-domain',
			'/support/solutions/articles/48000000001',
			'/a/solutions/articles/48000000001',
			'/support/solutions/articles/48000000001-check-your-domain',
		])
			expect(redirects).toContainEqual({ from, to: 'freshdesk:48000000001' });
		expect(checkErrors(site.contentDir)).toEqual([]);

		// A second import updates the same articles instead of adding copies.
		const again = await runImport(site, ['--from', 'freshdesk'], { env: env(api.origin) });
		expect(again.stdout).toContain('written 0, updated 0, unchanged 6, skipped 1');
	});

	test('hostile titles and bodies: no terminal escapes reach the output or the files, script and braces stay text', async () => {
		api = await fakeFreshdesk({ apiKey: 'fd-secret-key' });
		const site = emptySite(freshdeskMap);
		const result = await runImport(site, ['--from', 'freshdesk'], { env: env(api.origin) });
		expect(`${result.stdout}${result.stderr}`).not.toMatch(control);
		// A title holding an escape sequence is refused by the schema and said in one line, without it.
		expect(result.stdout).toContain('freshdesk:48000000007 "Billing alerts": the article would not pass the schema:');
		const slug = 'reset-your-password-scriptalert1script-now';
		const text = readFileSync(path.join(site.contentDir, `articles/${slug}.mdx`), 'utf8');
		expect(text).toContain('title: Reset your password <script>alert(1)</script> {now}');
		expect(text).not.toMatch(control);
		expect(articleBody(site.contentDir, slug)).toBe(
			'Type \\{process.env.SECRET} in the box, then press _Reset_.\n\nClick here \\<b>\\{\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a folder of more than 100 articles is read page by page', async () => {
		api = await fakeFreshdesk({ apiKey: 'fd-secret-key', bulk: 101 });
		const root = temporaryDir('freshdesk-pages');
		const source = await freshdeskApi(
			{ baseUrl: api.origin, apiKey: 'fd-secret-key' },
			{ offline: true, spoolDir: path.join(root, '.tryblock/import') },
		);
		let count = 0;
		for await (const article of source.articles()) if (!('invalid' in article)) count++;
		expect(count).toBe(108);
		expect(api.requests.filter((request) => request.includes('/folders/48000201/articles'))).toEqual([
			'/api/v2/solutions/folders/48000201/articles?per_page=100',
			'/api/v2/solutions/folders/48000201/articles?per_page=100&page=2',
		]);
	});

	test('an account without subfolders (404) still brings every folder', async () => {
		api = await fakeFreshdesk({ apiKey: 'fd-secret-key' });
		api.inject({
			match: (request) => request.url.pathname.endsWith('/subfolders'),
			times: 10,
			response: { status: 404, body: { code: 'not_found', message: 'Resource not found' } },
		});
		const site = emptySite(freshdeskMap);
		const result = await runImport(site, ['--from', 'freshdesk'], { env: env(api.origin) });
		expect(result.stdout).toContain('written 5, updated 0, unchanged 0, skipped 1');
	});

	test('a refused key exits 2 with one line naming the variable, and never prints the key', async () => {
		const result = await failedImport(() => {}, 'wrong-key-123');
		expect(result.exitCode).toBe(2);
		expect(result.lines[0]).toBe('Freshdesk refused the credentials (401 Unauthorized)');
		expect(result.stderr).toContain('check FRESHDESK_API_KEY');
		expect(`${result.stdout}${result.stderr}`).not.toContain('wrong-key-123');
	});

	test('an agent without access to the knowledge base (403 access_denied) exits 2 saying the key lacks a permission', async () => {
		const result = await failedImport((fake) =>
			fake.inject({ match: categoriesRequest, response: refusal('freshdesk-access-denied') }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.lines.slice(0, 2)).toEqual([
			'Freshdesk accepted the credentials but they lack a permission this request needs (403 Forbidden: access_denied)',
			'Freshdesk says "You are not authorized to perform this action.": grant it; give the key\'s agent a role that can see every solution article, or use an admin\'s key',
		]);
	});

	test('a plan without the knowledge base (403 require_feature) exits 2 naming the plan, not the key', async () => {
		const result = await failedImport((fake) =>
			fake.inject({ match: categoriesRequest, response: refusal('freshdesk-require-feature') }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.lines[0]).toBe(
			"Freshdesk refused the request: the account's plan does not include this feature (403 Forbidden: require_feature)",
		);
		expect(result.lines[1]).toMatch(
			/^Freshdesk says "The Solutions feature\(s\) is\/are not supported in your plan\. Please upgrade your account to use it\.": the credentials are fine; /,
		);
	});

	test('an address that is no Freshdesk API (404) exits 2 with one line', async () => {
		const result = await failedImport((fake) =>
			fake.inject({ match: categoriesRequest, response: { status: 404, body: { code: 'not_found' } } }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.lines[0]).toBe(
			`GET ${api?.origin}/api/v2/solutions/categories?per_page=100: Freshdesk answered 404 Not Found`,
		);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('an answer of an unexpected shape exits 2 with one line', async () => {
		const result = await failedImport((fake) =>
			fake.inject({ match: categoriesRequest, response: { body: { categories: [] } } }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.lines[0]).toMatch(/\/api\/v2\/solutions\/categories\?per_page=100: the response is not/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('missing settings name the variable', async () => {
		const none = await runImport(emptySite(freshdeskMap), ['--from', 'freshdesk'], { env: {} });
		expect(none.exitCode).toBe(2);
		expect(none.stderr.split('\n')[0]).toBe('Freshdesk: FRESHDESK_DOMAIN is not set');
		const noKey = await runImport(emptySite(freshdeskMap), ['--from', 'freshdesk'], {
			env: { FRESHDESK_DOMAIN: 'acme' },
		});
		expect(noKey.stderr.split('\n')[0]).toBe('Freshdesk: FRESHDESK_API_KEY is not set');
	});

	test('--locale is refused: the portal default language is what comes over', async () => {
		const result = await runImport(emptySite(freshdeskMap), ['--from', 'freshdesk', '--locale', 'de'], {
			env: { FRESHDESK_DOMAIN: 'acme', FRESHDESK_API_KEY: 'k' },
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			"--locale is not read for Freshdesk: the import brings the portal's default language",
		);
	});
});

describe('npm run import -- --from freshdesk --dump', () => {
	test('a folder of saved lists imports like the API, links on the portal domain given by --old-site-url', async () => {
		const site = emptySite(freshdeskMap);
		const result = await runImport(site, [
			'--from',
			'freshdesk',
			'--dump',
			importFixture('freshdesk'),
			'--old-site-url',
			'https://acme.freshdesk.com',
			'--offline',
		]);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
		expect(articleBody(site.contentDir, 'verify-your-domain')).toContain(
			'[the TXT record](/articles/add-dns-records/#txt-record)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the first --dry-run writes a starter map of folders and categories that the import then reads', async () => {
		const site = emptySite();
		const args = ['--from', 'freshdesk', '--dump', importFixture('freshdesk'), '--offline'];
		await runImport(site, [...args, '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		// A folder or category named like a product area is filled in; the others are left to choose.
		expect(map).toContain(
			'freshdesk:\n  folders:\n    # "Getting started › Domains" (2 articles)\n    "48000101": { productArea: domains }\n    # "Billing › Invoices" (4 articles): choose its product area\n    "48000201": {}\n',
		);
		expect(map).toContain(
			'  categories:\n    # "Getting started" (2 articles): choose its product area\n    "48000001": {}\n',
		);
		const result = await runImport(site, args);
		expect(result.stdout).toContain('written 6, updated 0, unchanged 0, skipped 1');
	});
});
