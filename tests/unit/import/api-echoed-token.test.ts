import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeServer, startFakeServer } from '../../../src/http/fake-server.ts';
import { echoingDocument360 } from './fake-api.ts';
import { emptySite, importFixture, runImport } from './helpers.ts';

// A Zendesk Help Center that echoes the API token, in other letter cases, into a title, a
// body, a label, a section's name, an article's address and an attachment's name, and the
// Basic-auth credential (base64 of email/token:token) into a body.
const token = 'zd-Echo-Token-4471';
const basic = Buffer.from(`agent@acme.test/token:${token}`).toString('base64');
const env = (origin: string) => ({ ZENDESK_URL: origin, ZENDESK_EMAIL: 'agent@acme.test', ZENDESK_API_TOKEN: token });
const map = `defaults:
  category: usability
  productArea: account
zendesk:
  sections:
    "360000311": { productArea: account }
`;

let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function echoingZendesk(): Promise<FakeServer> {
	let origin = '';
	const fake = await startFakeServer((request) => {
		if (request.headers.authorization !== `Basic ${basic}`) return { status: 401, body: { error: 'Unauthorized' } };
		const list = /^\/api\/v2\/help_center\/(articles|sections|categories)\.json$/.exec(request.url.pathname)?.[1];
		if (list) {
			const text = readFileSync(path.join(importFixture('api-echoed-token'), `${list}.json`), 'utf8');
			return { body: { ...JSON.parse(text.replaceAll('https://acme.zendesk.com', origin)), next_page: null } };
		}
		if (request.url.pathname === '/api/v2/help_center/articles/360002001/attachments.json') {
			return {
				body: {
					article_attachments: [
						{
							id: 1,
							article_id: 360002001,
							file_name: `${token.toUpperCase()}.txt`,
							content_url: `${origin}/hc/article_attachments/1/${token.toLowerCase()}.txt`,
							inline: false,
						},
					],
					next_page: null,
				},
			};
		}
		if (request.url.pathname.includes('/attachments.json'))
			return { body: { article_attachments: [], next_page: null } };
		// A proxy that says why in its status line, quoting the address it was asked for.
		if (request.url.pathname.startsWith('/hc/article_attachments/'))
			return { status: 404, statusText: `Gone ${request.url.pathname.split('/').at(-1)}`, body: 'gone' };
		return { status: 404, body: { error: `RecordNotFound for ${token}` } };
	});
	origin = fake.url;
	return fake;
}

/** Every file under `dir`, with its path relative to it, and its text. */
function filesUnder(dir: string): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
		const full = path.join(dir, file);
		return statSync(full).isFile() ? [{ file, text: readFileSync(full, 'utf8') }] : [];
	});
}

/** Whether a text holds the token or the Basic credential, in any letter case. */
const holdsSecret = (text: string) =>
	text.toLowerCase().includes(token.toLowerCase()) || text.toLowerCase().includes(basic.toLowerCase());

describe('an API import scrubs the credentials a help center echoes', () => {
	test('from the article files, the state, the redirects, the report and the terminal, and says where', async () => {
		server = await echoingZendesk();
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'zendesk'], { env: env(server.url) });
		const output = `${result.stdout}\n${result.stderr}`;
		expect(holdsSecret(output)).toBe(false);
		for (const { file, text } of filesUnder(site.contentDir)) {
			expect(holdsSecret(file), file).toBe(false);
			expect(holdsSecret(text), file).toBe(false);
		}
		const article = readFileSync(path.join(site.contentDir, 'articles/rotate-redacted-now.mdx'), 'utf8');
		expect(article).toContain('title: Rotate [redacted] now');
		expect(article).toContain('  - "[redacted]"');
		expect(article).toContain("Your team's API token is \\[redacted], shown here by mistake.");
		expect(article).toContain('Every request carries `[redacted]` in its header.');
		// The review item names the file and the lines where a credential was removed.
		expect(result.stdout).toContain(
			'  <dir>/content/articles/rotate-redacted-now.mdx (zendesk:360002001)\n' +
				'    - file not copied, the link still leads to its old address: ' +
				`${server.url}/hc/article_attachments/1/[redacted].txt (404 Gone [redacted].txt)\n` +
				'    - a credential the help center sent was replaced with [redacted] (lines 2, 3, 10, 16, 20, 26, 29): check that the article still reads right',
		);
		expect(result.exitCode).toBe(1);
		// The article that echoed nothing has no such item; the file it was written as was fetched by its own address.
		expect(result.stdout).not.toContain('find-your-account-id.mdx (zendesk:360002002)');
		expect(server.requests.map((request) => request.path)).toContain(
			`/hc/article_attachments/1/${token.toLowerCase()}.txt`,
		);
	});

	test('from the lists it saves under .tryblock/import/, which a --dump then imports without the token', async () => {
		server = await echoingZendesk();
		const site = emptySite(map);
		await runImport(site, ['--from', 'zendesk'], { env: env(server.url) });
		const saved = path.join(site.root, '.tryblock', 'import', `zendesk-${new URL(server.url).host.replace(':', '_')}`);
		const files = filesUnder(saved);
		expect(files.map(({ file }) => file).sort()).toEqual(['articles.jsonl', 'categories.jsonl', 'sections.jsonl']);
		for (const { file, text } of files) {
			expect(holdsSecret(text), file).toBe(false);
			for (const line of text.split('\n').filter(Boolean)) expect(() => JSON.parse(line), file).not.toThrow();
		}
		expect(files.find(({ file }) => file === 'articles.jsonl')?.text).toContain('"title":"Rotate [redacted] now"');

		const again = emptySite(map);
		const result = await runImport(again, ['--from', 'zendesk', '--dump', saved, '--offline']);
		expect(holdsSecret(`${result.stdout}\n${result.stderr}`)).toBe(false);
		expect(result.stdout).toContain('written 2,');
		for (const { file, text } of filesUnder(again.contentDir)) {
			expect(holdsSecret(file), file).toBe(false);
			expect(holdsSecret(text), file).toBe(false);
		}
		expect(readFileSync(path.join(again.contentDir, 'articles/rotate-redacted-now.mdx'), 'utf8')).toContain(
			'title: Rotate [redacted] now',
		);
	});

	test('from the starter map a dry run writes', async () => {
		server = await echoingZendesk();
		const site = emptySite();
		const result = await runImport(site, ['--from', 'zendesk', '--dry-run'], { env: env(server.url) });
		expect(holdsSecret(`${result.stdout}\n${result.stderr}`)).toBe(false);
		const starter = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('Keys ([redacted])');
		expect(holdsSecret(starter)).toBe(false);
	});
});

describe('a Zoho Desk import scrubs the credentials Zoho echoes', () => {
	test('from the refusal it quotes, naming the variables, exit 2', async () => {
		const refreshToken = '1000.Zo-Echo-Refresh-2231';
		const clientSecret = 'Zo-Echo-Secret-2232';
		server = await startFakeServer((request) => {
			if (request.url.pathname === '/oauth/v2/token')
				return { body: { error: `invalid_code: ${refreshToken.toUpperCase()} / ${clientSecret}` } };
			return { status: 404, body: {} };
		});
		const result = await runImport(emptySite(map), ['--from', 'zohodesk'], {
			env: {
				ZOHO_DESK_URL: server.url,
				ZOHO_DESK_ACCOUNTS_URL: server.url,
				ZOHO_DESK_ORG_ID: '648392013',
				ZOHO_DESK_CLIENT_ID: '1000.ZOHOCLIENT',
				ZOHO_DESK_CLIENT_SECRET: clientSecret,
				ZOHO_DESK_REFRESH_TOKEN: refreshToken,
			},
		});
		expect(result.exitCode).toBe(2);
		const output = `${result.stdout}\n${result.stderr}`;
		expect(output.toLowerCase()).not.toContain(refreshToken.toLowerCase());
		expect(output).not.toContain(clientSecret);
		expect(result.stderr.split('\n')[0]).toBe(
			'Zoho Desk refused the credentials in ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN (the token refresh answered invalid_code: [redacted] / [redacted])',
		);
	});
});

describe('a Document360 import scrubs the token its API echoes', () => {
	test('from the article, its frontmatter, the redirects, the starter map and the report', async () => {
		const d360 = 'D360-Echo-Token-7713';
		const api = await echoingDocument360(d360);
		try {
			const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
			const env = { DOCUMENT360_API_TOKEN: d360, DOCUMENT360_API_URL: api.origin };
			const result = await runImport(site, ['--from', 'document360'], { env });
			const holds = (text: string) => text.toLowerCase().includes(d360.toLowerCase());
			expect(holds(`${result.stdout}\n${result.stderr}`)).toBe(false);
			expect(result.stdout).toContain('written 1,');
			for (const { file, text } of filesUnder(site.contentDir)) {
				expect(holds(file), file).toBe(false);
				expect(holds(text), file).toBe(false);
			}
			const article = readFileSync(path.join(site.contentDir, 'articles/rotate-redacted-now.mdx'), 'utf8');
			expect(article).toContain('title: Rotate [redacted] now');
			expect(article).toContain('The token \\[redacted] was shown here.');
			expect(result.stdout).toContain('a credential the help center sent was replaced with [redacted]');
			const dry = emptySite();
			await runImport(dry, ['--from', 'document360', '--dry-run'], { env });
			const starter = readFileSync(path.join(dry.contentDir, 'import-map.yaml'), 'utf8');
			expect(starter).toContain('Keys [redacted]');
			expect(holds(starter)).toBe(false);
		} finally {
			await api.close();
		}
	});
});
