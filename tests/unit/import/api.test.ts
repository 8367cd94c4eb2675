import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import { type FakeApi, fakeIntercom, fakeZendesk } from './fake-api.ts';
import { checkErrors, emptySite, intercomMap, runImport, zendeskMap } from './helpers.ts';

let api: FakeApi | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
});

const zendeskEnv = (origin: string, token = 'zd-secret-token') => ({
	ZENDESK_URL: origin,
	ZENDESK_EMAIL: 'agent@acme.test',
	ZENDESK_API_TOKEN: token,
});

/** A request for a page of articles after the first. */
const laterArticlePage = (request: FakeRequest) =>
	request.url.pathname.endsWith('/articles.json') && request.url.searchParams.has('page[after]');

/** An import from the Zendesk fake that stops at the second page of articles (a page of the wrong shape). */
async function interruptedImport() {
	const fake = await fakeZendesk({ email: 'agent@acme.test', token: 'zd-secret-token' });
	api = fake;
	const site = emptySite(zendeskMap);
	fake.inject({ match: laterArticlePage, response: { body: { unexpected: 'shape' } } });
	const failed = await runImport(site, ['--from', 'zendesk'], { env: zendeskEnv(fake.origin) });
	return { api: fake, site, failed };
}

describe('Zendesk Help Center API', () => {
	test('pages through every list by cursor, waits out a 429, and downloads attachments with the token', async () => {
		api = await fakeZendesk({ email: 'agent@acme.test', token: 'zd-secret-token' });
		const site = emptySite(zendeskMap);
		const result = await runImport(site, ['--from', 'zendesk'], { env: zendeskEnv(api.origin) });
		expect(result.stderr).toBe('zendesk: rate limit; waiting 1 s');
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		expect(result.stdout).toContain('images copied 3, files copied 5');
		// A file the help center no longer has is said, with the status it answered.
		expect(result.stdout).toContain('/hc/article_attachments/360090009/old-price-list.pdf (404 Not Found)');
		const articlePages = api.requests.filter((request) => request.startsWith('/api/v2/help_center/articles.json'));
		// Two articles a page: the first page, the second (refused once, then answered).
		expect(articlePages).toEqual([
			'/api/v2/help_center/articles.json?page[size]=100',
			'/api/v2/help_center/articles.json?page%5Bsize%5D=100&page%5Bafter%5D=2',
			'/api/v2/help_center/articles.json?page%5Bsize%5D=100&page%5Bafter%5D=2',
		]);
		expect(api.authorizations.get('/hc/article_attachments/360090001/dns-settings.png')).toMatch(/^Basic /);
		// Each article's attachment list, and the files it lists, behind the same credentials.
		expect(api.requests).toContain('/api/v2/help_center/articles/360001001/attachments.json');
		expect(api.authorizations.get('/hc/article_attachments/360090003/spf-record-examples.txt')).toMatch(/^Basic /);
		expect(readFileSync(path.join(site.contentDir, 'articles/verify-your-domain.mdx'), 'utf8')).toContain(
			'## Attachments\n\n- [SPF record examples.txt](./verify-your-domain/spf-record-examples.txt)\n',
		);
		expect(
			readFileSync(path.join(site.contentDir, 'articles/verify-your-domain/dns-settings.png'))
				.subarray(1, 4)
				.toString(),
		).toBe('PNG');
		const restricted = readFileSync(path.join(site.contentDir, 'articles/escalating-stuck-verifications.mdx'), 'utf8');
		expect(restricted).toContain('audience: internal');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toContainEqual({
			from: '/hc/en-us/articles/360001002-Domain-stuck-on-pending',
			to: 'zendesk:360001002',
		});
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an interrupted download picks up at the page it never got instead of the first', async () => {
		const { site, failed, api: fake } = await interruptedImport();
		expect(failed.exitCode).toBe(2);
		expect(failed.stderr.split('\n')[0]).toMatch(
			/articles\.json\?page%5Bsize%5D=100&page%5Bafter%5D=2: the response is not/,
		);

		const resumed = await runImport(site, ['--from', 'zendesk'], { env: zendeskEnv(fake.origin) });
		expect(resumed.stderr.split('\n')[0]).toBe(
			'Zendesk: picking up the articles where an interrupted import stopped (2 saved, page 2 next)',
		);
		expect(resumed.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		// The first page of articles was asked for once, by the interrupted run.
		expect(
			fake.requests.filter((request) => request === '/api/v2/help_center/articles.json?page[size]=100'),
		).toHaveLength(1);
		expect(
			readdirSync(path.join(site.root, `.tryblock/import/zendesk-127.0.0.1_${new URL(fake.origin).port}`)),
		).toEqual(['articles.jsonl', 'categories.jsonl', 'sections.jsonl']);
	});

	test('a saved place the API no longer accepts starts the list over', async () => {
		const { site, api: fake } = await interruptedImport();
		fake.inject({ match: laterArticlePage, response: { status: 400, body: { error: 'InvalidPaginationParameter' } } });
		const again = await runImport(site, ['--from', 'zendesk'], { env: zendeskEnv(fake.origin) });
		expect(again.stderr).toContain(
			'Zendesk: the saved place in the articles is no longer valid (400); starting them over',
		);
		expect(again.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
	});

	test('a refused token exits 2 with one line, and never prints the token', async () => {
		api = await fakeZendesk({ email: 'agent@acme.test', token: 'zd-secret-token' });
		const site = emptySite(zendeskMap);
		const result = await runImport(site, ['--from', 'zendesk'], { env: zendeskEnv(api.origin, 'wrong-token-123') });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Zendesk refused the credentials (401 Unauthorized)');
		expect(result.stderr).toContain('check ZENDESK_EMAIL and ZENDESK_API_TOKEN');
		expect(`${result.stdout}${result.stderr}`).not.toContain('wrong-token-123');
	});

	test('an agent whose role cannot read the help center (403 Forbidden) exits 2 saying a permission is missing', async () => {
		api = await fakeZendesk({ email: 'agent@acme.test', token: 'zd-secret-token' });
		const answer = readFileSync(
			path.join(import.meta.dirname, '../../fixtures/refusals/zendesk-forbidden.json'),
			'utf8',
		);
		api.inject({ match: () => true, times: 5, response: JSON.parse(answer) });
		const result = await runImport(emptySite(zendeskMap), ['--from', 'zendesk'], { env: zendeskEnv(api.origin) });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'Zendesk accepted the credentials but they lack a permission this request needs (403 Forbidden)',
		);
		expect(result.stderr).toContain(
			"grant it; use the token of an agent whose role can see every article, or an admin's",
		);
		expect(`${result.stdout}${result.stderr}`).not.toContain('zd-secret-token');
	});

	test('a missing setting names the variable', async () => {
		const result = await runImport(emptySite(zendeskMap), ['--from', 'zendesk'], {
			env: { ZENDESK_SUBDOMAIN: 'acme' },
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Zendesk: ZENDESK_EMAIL is not set');
	});
});

describe('Intercom Articles API', () => {
	test('follows pages.next through the articles, skips internal articles the workspace lacks, and copies images', async () => {
		api = await fakeIntercom({ token: 'ic-token' });
		const site = emptySite(intercomMap);
		const result = await runImport(site, ['--from', 'intercom'], {
			env: { INTERCOM_TOKEN: 'ic-token', INTERCOM_API_URL: api.origin },
		});
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		expect(api.requests.filter((request) => request.startsWith('/articles'))).toEqual([
			'/articles?per_page=100',
			'/articles?per_page=100&page=2',
		]);
		expect(api.requests).toContain('/internal_articles?per_page=100');
		const webhooks = readFileSync(path.join(site.contentDir, 'articles/set-up-webhooks.mdx'), 'utf8');
		expect(webhooks).toContain('![Webhook settings](./set-up-webhooks/webhook-settings.png)');
		expect(webhooks).toContain('[how retries work](/articles/webhook-retries/#how-retries-work)');
		expect(readFileSync(path.join(site.contentDir, 'articles/filter-webhook-events.mdx'), 'utf8')).toContain(
			'[filter specification](./filter-webhook-events/event-filter-spec.pdf)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a refused token exits 2 naming the variable to check', async () => {
		api = await fakeIntercom({ token: 'ic-token' });
		const result = await runImport(emptySite(intercomMap), ['--from', 'intercom'], {
			env: { INTERCOM_TOKEN: 'nope', INTERCOM_API_URL: api.origin },
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('Intercom refused the credentials (401 Unauthorized)');
		expect(result.stderr).toContain('check INTERCOM_TOKEN');
	});

	test('a workspace whose plan has no Articles API exits 2 naming the plan, not the token', async () => {
		api = await fakeIntercom({ token: 'ic-token' });
		const answer = readFileSync(
			path.join(import.meta.dirname, '../../fixtures/refusals/intercom-api-plan-restricted.json'),
			'utf8',
		);
		api.inject({ match: (request) => request.url.pathname === '/articles', response: JSON.parse(answer) });
		const result = await runImport(emptySite(intercomMap), ['--from', 'intercom'], {
			env: { INTERCOM_TOKEN: 'ic-token', INTERCOM_API_URL: api.origin },
		});
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n').slice(0, 2)).toEqual([
			"Intercom refused the request: the workspace's plan does not include this API (403 Forbidden: api_plan_restricted)",
			'Intercom says "Active subscription needed.": the credentials are fine; check the account\'s plan and status with Intercom',
		]);
		expect(`${result.stdout}${result.stderr}`).not.toContain('ic-token');
	});
});
