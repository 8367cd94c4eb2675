import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeServer, startFakeServer } from '../../../src/http/fake-server.ts';
import { echoingDocument360 } from './fake-api.ts';
import { emptySite, importFixture, runImport } from './helpers.ts';

// Help centers whose API answers echo the credential the import sent: the key in other
// letter cases in titles, bodies, names and next-page links, and the Basic-auth value in
// a body. The import saves those answers under .tryblock/import/, and the README
// suggests importing them again with --dump, a run that knows no secret.
const png = readFileSync(path.join(importFixture('folder-myst'), 'docs/images/kettle.png'));

let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

/** Every file under `dir`, with its path relative to it, and its text. */
function filesUnder(dir: string): { file: string; text: string }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
		const full = path.join(dir, file);
		return statSync(full).isFile() ? [{ file, text: readFileSync(full, 'utf8') }] : [];
	});
}

/** Whether a text holds one of the secrets, in any letter case. */
const holdsAny = (text: string, secrets: string[]) =>
	secrets.some((secret) => text.toLowerCase().includes(secret.toLowerCase()));

/** The saved files hold no secret, in their names or their text, and each one is still JSON (a line each for JSON Lines). */
function expectSavedFilesClean(root: string, secrets: string[]) {
	const saved = filesUnder(path.join(root, '.tryblock', 'import'));
	expect(saved.length).toBeGreaterThan(0);
	for (const { file, text } of saved) {
		expect(holdsAny(file, secrets), file).toBe(false);
		expect(holdsAny(text, secrets), file).toBe(false);
		const lines = file.endsWith('.jsonl') || file.endsWith('.partial') ? text.split('\n').filter(Boolean) : [text];
		for (const line of lines) expect(() => JSON.parse(line), file).not.toThrow();
	}
	return saved;
}

/** Every file the import wrote in the content folder holds no secret, in its name or its text. */
function expectContentClean(contentDir: string, secrets: string[]) {
	for (const { file, text } of filesUnder(contentDir)) {
		expect(holdsAny(file, secrets), file).toBe(false);
		expect(holdsAny(text, secrets), file).toBe(false);
	}
}

/** Freshdesk's API answering with `article` in its one folder, and the images only an address holding `key` as sent finds. */
async function echoingFreshdesk(
	key: string,
	article: (origin: string) => Record<string, unknown>,
): Promise<FakeServer> {
	const basic = Buffer.from(`${key}:X`).toString('base64');
	let origin = '';
	const fake = await startFakeServer((request) => {
		const { pathname, search } = request.url;
		if (pathname.startsWith('/files/')) {
			const found =
				pathname === `/files/${key.toLowerCase()}.png` ||
				(pathname === '/files/shot.png' && search === `?key=${key}&size=2`);
			return found
				? { headers: { 'content-type': 'image/png' }, body: png }
				: { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' };
		}
		if (request.headers.authorization !== `Basic ${basic}`)
			return { status: 401, body: { code: 'invalid_credentials' } };
		if (pathname === '/api/v2/solutions/categories') return { body: [{ id: 1, name: `Keys ${key.toUpperCase()}` }] };
		if (pathname === '/api/v2/solutions/categories/1/folders') return { body: [{ id: 11, name: 'Rotation' }] };
		if (pathname === '/api/v2/solutions/folders/11/articles')
			return {
				body: [
					{
						id: 101,
						title: `Rotate ${key} now`,
						status: 2,
						tags: [key.toUpperCase()],
						created_at: '2026-01-02T10:00:00Z',
						updated_at: '2026-01-03T10:00:00Z',
						...article(origin),
					},
				],
			};
		return { status: 404, body: { code: 'not_found', message: `no such thing for ${key}` } };
	});
	origin = fake.url;
	return fake;
}

const accountMap = 'defaults:\n  category: usability\n  productArea: account\n';

describe('what an API import saves under .tryblock/import/ holds no credential the help center echoed', () => {
	test('Freshdesk: the lists and the joined files; a --dump of them writes no key anywhere', async () => {
		const key = 'Fd-Echo-Key-8802';
		const basic = Buffer.from(`${key}:X`).toString('base64');
		const secrets = [key, basic];
		server = await echoingFreshdesk(key, () => ({
			description: `<p>The key ${key.toLowerCase()} was shown here.</p><p><code>Basic ${basic}</code></p>`,
		}));
		const site = emptySite(accountMap);
		// What an import saved before the lists were scrubbed: the list of a folder that is gone
		// since, and an interrupted download of another.
		const folder = path.join(
			site.root,
			'.tryblock',
			'import',
			`freshdesk-${new URL(server.url).host.replace(':', '_')}`,
		);
		mkdirSync(path.join(folder, 'lists'), { recursive: true });
		writeFileSync(path.join(folder, 'lists', 'articles-12.jsonl'), `{"id":102,"title":"Old ${key}"}\n`);
		writeFileSync(path.join(folder, 'lists', 'articles-13.jsonl.partial'), `{"id":103,"title":"${basic}"}\n`);
		writeFileSync(
			path.join(folder, 'lists', 'articles-13.jsonl.partial.json'),
			JSON.stringify({ first: 'x', next: 'y', bytes: 30, pages: 1, records: 1 }),
		);
		const env = { FRESHDESK_URL: server.url, FRESHDESK_API_KEY: key };
		const result = await runImport(site, ['--from', 'freshdesk'], { env });
		expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
		expect(result.stdout).toContain('written 1,');
		expect(readFileSync(path.join(folder, 'lists', 'articles-12.jsonl'), 'utf8')).toBe(
			'{"id":102,"title":"Old [redacted]"}\n',
		);
		expect(existsSync(path.join(folder, 'lists', 'articles-13.jsonl.partial'))).toBe(false);
		expect(existsSync(path.join(folder, 'lists', 'articles-13.jsonl.partial.json'))).toBe(false);
		// Listed for review, as an article whose text held the key was before the lists were scrubbed.
		expect(result.stdout).toContain('a credential the help center sent was replaced with [redacted]');
		const saved = expectSavedFilesClean(site.root, secrets);
		expect(saved.map(({ file }) => path.basename(file)).sort()).toEqual(
			expect.arrayContaining(['articles.jsonl', 'categories.jsonl', 'folders.jsonl']),
		);
		const articles = saved.find(({ file }) => file.endsWith(`${path.sep}articles.jsonl`));
		expect(JSON.parse(articles?.text.split('\n')[0] ?? '{}').title).toBe('Rotate [redacted] now');
		expectContentClean(site.contentDir, secrets);

		// The saved lists, imported again with --dump and no key, bring no key either.
		const dir = path.join(site.root, '.tryblock', 'import', path.dirname(articles?.file ?? ''));
		const again = emptySite(accountMap);
		const dump = await runImport(again, ['--from', 'freshdesk', '--dump', dir, '--offline']);
		expect(holdsAny(`${dump.stdout}\n${dump.stderr}`, secrets)).toBe(false);
		expect(dump.stdout).toContain('written 1,');
		expectContentClean(again.contentDir, secrets);
	});

	test('Help Scout Docs: each article kept whole under articles/, also one saved before, and a --dump of them', async () => {
		const key = 'Hs-Echo-Key-5531';
		const basic = Buffer.from(`${key}:X`).toString('base64');
		const secrets = [key, basic];
		const page = (name: string, items: unknown[]) => ({
			body: { [name]: { page: 1, pages: 1, count: items.length, items } },
		});
		server = await startFakeServer((request) => {
			if (request.headers.authorization !== `Basic ${basic}`) return { status: 401, body: { error: 'Unauthorized' } };
			const { pathname } = request.url;
			if (pathname === '/v1/collections')
				return page('collections', [{ id: 'c1', number: 1, name: `Keys ${key.toLowerCase()}`, visibility: 'public' }]);
			if (pathname === '/v1/collections/c1/categories')
				return page('categories', [{ id: 'k1', number: 2, name: 'Rotation', collectionId: 'c1' }]);
			if (pathname === '/v1/collections/c1/articles')
				return page('articles', [
					{
						id: 'a1',
						number: 3,
						collectionId: 'c1',
						status: 'published',
						name: `Rotate ${key.toUpperCase()}`,
						updatedAt: '2026-01-03T10:00:00Z',
					},
				]);
			if (pathname === '/v1/articles/a1')
				return {
					body: {
						article: {
							id: 'a1',
							number: 3,
							collectionId: 'c1',
							status: 'published',
							name: `Rotate ${key.toUpperCase()}`,
							text: `<p>The key ${key} was shown here, and <code>${basic}</code>.</p>`,
							categories: ['k1'],
							keywords: [key.toLowerCase()],
							updatedAt: '2026-01-03T10:00:00Z',
						},
					},
				};
			return { status: 404, body: { error: 'Not Found' } };
		});
		const map = accountMap;
		const site = emptySite(map);
		const env = { HELPSCOUT_DOCS_API_KEY: key, HELPSCOUT_DOCS_API_URL: server.url };
		const result = await runImport(site, ['--from', 'helpscout-docs'], { env });
		expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
		expect(result.stdout).toContain('written 1,');
		const saved = expectSavedFilesClean(site.root, secrets);
		const whole = saved.find(({ file }) => file.includes(`articles${path.sep}a1-`));
		expect(JSON.parse(whole?.text ?? '{}').name).toBe('Rotate [redacted]');
		expectContentClean(site.contentDir, secrets);

		// An article kept whole by an import before this one, with the key as the API sent it,
		// is scrubbed when the next import reads it.
		const kept = path.join(site.root, '.tryblock', 'import', whole?.file ?? '');
		writeFileSync(kept, (whole?.text ?? '').replace('[redacted]', key.toUpperCase()));
		expect(holdsAny(readFileSync(kept, 'utf8'), secrets)).toBe(true);
		await runImport(site, ['--from', 'helpscout-docs'], { env });
		expectSavedFilesClean(site.root, secrets);
		expect(readFileSync(kept, 'utf8')).toBe(whole?.text);

		const dir = path.join(site.root, '.tryblock', 'import', path.dirname(path.dirname(whole?.file ?? '')));
		const again = emptySite(map);
		const dump = await runImport(again, ['--from', 'helpscout-docs', '--dump', dir, '--offline']);
		expect(holdsAny(`${dump.stdout}\n${dump.stderr}`, secrets)).toBe(false);
		expect(dump.stdout).toContain('written 1,');
		expectContentClean(again.contentDir, secrets);
	});

	test('Zoho Desk: the lists, the category trees and each article kept whole; a --dump of them writes no credential', async () => {
		const clientSecret = 'Zo-Echo-Secret-7713';
		const refreshToken = '1000.Zo-Echo-Refresh-4408';
		const accessToken = '1000.Zo-Echo-Access-9911';
		const secrets = [clientSecret, refreshToken, accessToken];
		server = await startFakeServer((request) => {
			const { pathname } = request.url;
			if (pathname === '/oauth/v2/token')
				return new URLSearchParams(request.body).get('refresh_token') === refreshToken
					? { body: { access_token: accessToken, expires_in: 3600 } }
					: { body: { error: 'invalid_code' } };
			if (request.headers.authorization !== `Zoho-oauthtoken ${accessToken}`)
				return { status: 401, body: { errorCode: 'INVALID_OAUTH' } };
			if (pathname === '/api/v1/kbRootCategories')
				return { body: { data: [{ id: '1', name: `Keys ${refreshToken.toUpperCase()}`, visibility: 'ALL_USERS' }] } };
			if (pathname === '/api/v1/kbRootCategories/1/categoryTree')
				return {
					body: {
						id: '1',
						name: `Keys ${refreshToken.toUpperCase()}`,
						children: [{ id: '11', name: `Rotation ${accessToken}`, parentCategoryId: '1' }],
					},
				};
			const listed = {
				id: '101',
				title: `Rotate ${clientSecret.toLowerCase()} now`,
				categoryId: '11',
				rootCategoryId: '1',
				status: 'Published',
				permission: 'ALL',
				modifiedTime: '2026-01-03T10:00:00.000Z',
			};
			if (pathname === '/api/v1/articles') return { body: { data: [listed] } };
			if (pathname === '/api/v1/articles/101')
				return {
					body: {
						...listed,
						answer: `<p>The token ${accessToken} was shown here, and <code>${refreshToken}</code>.</p>`,
						tags: [accessToken.toLowerCase()],
					},
				};
			return { status: 404, body: { errorCode: 'URL_NOT_FOUND', message: accessToken } };
		});
		const env = {
			ZOHO_DESK_URL: server.url,
			ZOHO_DESK_ACCOUNTS_URL: server.url,
			ZOHO_DESK_ORG_ID: '648392013',
			ZOHO_DESK_CLIENT_ID: '1000.ZOHOCLIENT',
			ZOHO_DESK_CLIENT_SECRET: clientSecret,
			ZOHO_DESK_REFRESH_TOKEN: refreshToken,
		};
		const site = emptySite(accountMap);
		const result = await runImport(site, ['--from', 'zohodesk'], { env });
		expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
		expect(result.stdout).toContain('written 1,');
		expect(result.stdout).toContain('a credential the help center sent was replaced with [redacted]');
		const saved = expectSavedFilesClean(site.root, secrets);
		const whole = saved.find(({ file }) => file.includes(`articles${path.sep}101-`));
		expect(JSON.parse(whole?.text ?? '{}').title).toBe('Rotate [redacted] now');
		expect(saved.find(({ file }) => path.basename(file) === 'categories.jsonl')?.text).toContain('Rotation [redacted]');
		expectContentClean(site.contentDir, secrets);

		const dir = path.join(site.root, '.tryblock', 'import', path.dirname(path.dirname(whole?.file ?? '')));
		const again = emptySite(accountMap);
		const dump = await runImport(again, ['--from', 'zohodesk', '--dump', dir, '--offline']);
		expect(holdsAny(`${dump.stdout}\n${dump.stderr}`, secrets)).toBe(false);
		expect(dump.stdout).toContain('written 1,');
		expectContentClean(again.contentDir, secrets);
	});

	test('Document360: the lists and each article kept whole; a --dump of them writes no token anywhere', async () => {
		const token = 'D360-Echo-Token-4410';
		const secrets = [token];
		const api = await echoingDocument360(token);
		try {
			const site = emptySite(accountMap);
			const env = { DOCUMENT360_API_TOKEN: token, DOCUMENT360_API_URL: api.origin };
			const result = await runImport(site, ['--from', 'document360'], { env });
			expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
			expect(result.stdout).toContain('written 1,');
			const saved = expectSavedFilesClean(site.root, secrets);
			const whole = saved.find(({ file }) => file.includes(`articles${path.sep}a1-`));
			expect(JSON.parse(whole?.text ?? '{}').title).toBe('Rotate [redacted] now');
			expectContentClean(site.contentDir, secrets);

			const articles = saved.find(({ file }) => path.basename(file) === 'articles.jsonl');
			const dir = path.join(site.root, '.tryblock', 'import', path.dirname(articles?.file ?? ''));
			const again = emptySite(accountMap);
			const dump = await runImport(again, ['--from', 'document360', '--dump', dir, '--offline']);
			expect(holdsAny(`${dump.stdout}\n${dump.stderr}`, secrets)).toBe(false);
			expect(dump.stdout).toContain('written 1,');
			expectContentClean(again.contentDir, secrets);
		} finally {
			await api.close();
		}
	});

	test('Intercom: the lists; a --dump of them writes no token anywhere', async () => {
		const token = 'Ic-Echo-Token-6620';
		const secrets = [token];
		const list = (data: unknown[]) => ({
			body: { type: 'list', pages: { type: 'pages', page: 1, total_pages: 1 }, data },
		});
		server = await startFakeServer((request) => {
			if (request.headers.authorization !== `Bearer ${token}`) return { status: 401, body: { type: 'error.list' } };
			const { pathname } = request.url;
			if (pathname === '/help_center/collections') return list([{ id: 7, name: `Keys ${token.toUpperCase()}` }]);
			if (pathname === '/articles')
				return list([
					{
						id: 71,
						title: `Rotate ${token.toLowerCase()}`,
						body: `<p>The token ${token} was shown here.</p>`,
						state: 'published',
						parent_id: 7,
						parent_ids: [7],
						updated_at: 1767434400,
					},
				]);
			return { status: 404, body: { type: 'error.list', errors: [{ code: 'not_found', message: token }] } };
		});
		const map = accountMap;
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'intercom'], {
			env: { INTERCOM_TOKEN: token, INTERCOM_API_URL: server.url },
		});
		expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
		expect(result.stdout).toContain('written 1,');
		const saved = expectSavedFilesClean(site.root, secrets);
		expectContentClean(site.contentDir, secrets);

		const articles = saved.find(({ file }) => path.basename(file) === 'articles.jsonl');
		const dir = path.join(site.root, '.tryblock', 'import', path.dirname(articles?.file ?? ''));
		const again = emptySite(map);
		const dump = await runImport(again, ['--from', 'intercom', '--dump', dir, '--offline']);
		expect(holdsAny(`${dump.stdout}\n${dump.stderr}`, secrets)).toBe(false);
		expect(dump.stdout).toContain('written 1,');
		expectContentClean(again.contentDir, secrets);
	});

	test('Zendesk: an interrupted download keeps no next-page link that holds the token', async () => {
		const token = 'Zd-Echo-Token-3390';
		const basic = Buffer.from(`agent@acme.test/token:${token}`).toString('base64');
		const secrets = [token, basic];
		let refuse = true;
		server = await startFakeServer((request) => {
			if (request.headers.authorization !== `Basic ${basic}`) return { status: 401, body: { error: 'Unauthorized' } };
			const { pathname, searchParams } = request.url;
			const name = /^\/api\/v2\/help_center\/(articles|sections|categories)\.json$/.exec(pathname)?.[1];
			const more = { meta: { has_more: false }, links: { next: null } };
			if (name === 'categories') return { body: { categories: [{ id: 1, name: 'Keys' }], ...more } };
			if (name === 'sections') return { body: { sections: [{ id: 2, name: 'Rotation', category_id: 1 }], ...more } };
			if (name === 'articles' && !searchParams.has('page[after]'))
				return {
					body: {
						articles: [{ id: 31, section_id: 2, title: `Rotate ${token}`, body: '<p>One.</p>', locale: 'en-us' }],
						meta: { has_more: true },
						// A next-page link that carries the token back, as some proxies and APIs do.
						links: { next: `${server?.url}${pathname}?page[size]=100&page[after]=${token.toLowerCase()}` },
					},
				};
			if (name === 'articles' && refuse) return { status: 401, body: { error: 'Unauthorized' } };
			if (name === 'articles')
				return {
					body: { articles: [{ id: 32, section_id: 2, title: 'Two', body: '<p>Two.</p>', locale: 'en-us' }], ...more },
				};
			if (pathname.endsWith('/attachments.json')) return { body: { article_attachments: [], next_page: null } };
			return { status: 404, body: { error: 'RecordNotFound' } };
		});
		const map = accountMap;
		const site = emptySite(map);
		const env = { ZENDESK_URL: server.url, ZENDESK_EMAIL: 'agent@acme.test', ZENDESK_API_TOKEN: token };
		const failed = await runImport(site, ['--from', 'zendesk'], { env });
		expect(failed.exitCode).toBe(2);
		expect(holdsAny(`${failed.stdout}\n${failed.stderr}`, secrets)).toBe(false);
		expectSavedFilesClean(site.root, secrets);
		refuse = false;
		const result = await runImport(site, ['--from', 'zendesk'], { env });
		expect(result.stdout).toContain('written 2,');
		expectSavedFilesClean(site.root, secrets);
		expectContentClean(site.contentDir, secrets);
	});
});

describe('an image whose address holds the key the help center echoed', () => {
	test('is fetched by the address as sent, and its copy, the article, the report and the saved lists show no key', async () => {
		const key = 'Fd-Echo-Key-8802';
		const secrets = [key, Buffer.from(`${key}:X`).toString('base64')];
		server = await echoingFreshdesk(key, (origin) => ({
			description: `<p>The key screen:</p><p><img src="${origin}/files/${key.toLowerCase()}.png" alt="Key screen"></p><p><img src="${origin}/files/shot.png?key=${key}&amp;size=2" alt="Shot"></p>`,
		}));
		const site = emptySite(accountMap);
		const result = await runImport(site, ['--from', 'freshdesk'], {
			env: { FRESHDESK_URL: server.url, FRESHDESK_API_KEY: key },
		});
		expect(server.requests.map((request) => request.path)).toEqual(
			expect.arrayContaining([`/files/${key.toLowerCase()}.png`, `/files/shot.png?key=${key}&size=2`]),
		);
		expect(result.stdout).toContain('images copied 2');
		expect(result.stdout).not.toContain('image not copied');
		const article = readFileSync(path.join(site.contentDir, 'articles/rotate-redacted-now.mdx'), 'utf8');
		expect(article).toContain('![Key screen](./rotate-redacted-now/redacted.png)');
		expect(article).toContain('![Shot](./rotate-redacted-now/shot.png)');
		expect(holdsAny(`${result.stdout}\n${result.stderr}`, secrets)).toBe(false);
		expectContentClean(site.contentDir, secrets);
		expectSavedFilesClean(site.root, secrets);
	});
});
