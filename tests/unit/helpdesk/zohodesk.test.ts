// What is Zoho Desk's own beyond the contract every source meets: the data center's
// hosts, the refresh token going to the accounts host only, the orgId header, the search
// paged from the last change read (a 204 or a short page ends it, a bulk update is paged
// within its millisecond), closed by status type, fields by API name from `cf` or the
// ticket, tags, the team's threads, and hostile values.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseWithProblems } from '../../../src/content-model/errors.ts';
import { tryblockConfigSchema } from '../../../src/content-model/schemas/config.ts';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createZohodeskFake, zohodeskTicketId, zohodeskTicketNumber } from '../../../src/helpdesk/fakes/zohodesk.ts';
import { createServiceClient } from '../../../src/http/client.ts';
import type { FakeHandler, FakeRequest, FakeServer } from '../../../src/http/fake-server.ts';
import { zohoAccountsUrl, zohodeskBaseUrl } from '../../../src/zoho/data-centers.ts';
import { createZohoToken } from '../../../src/zoho/token.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { dataset, makeProject, minimalSite, pull, pullProcess, quickRetry, serve, siteUrl } from './helpers.ts';
import { zohodeskCredentials as credentials } from './vendors.ts';

const env = {
	ZOHO_DESK_CLIENT_ID: credentials.clientId,
	ZOHO_DESK_CLIENT_SECRET: credentials.clientSecret,
	ZOHO_DESK_REFRESH_TOKEN: credentials.refreshToken,
};
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function started(handler: FakeHandler): Promise<FakeServer> {
	const server = await serve(handler);
	cleanup.push(() => server.close());
	return server;
}

/** A Zoho Desk fake (its own accounts host too, unless `accountsUrl` is given) and a project pulling from it. */
async function zoho(data: FakeDataset, settings: Record<string, unknown> = {}, apiDomain?: string) {
	const fake = createZohodeskFake(data, { ...credentials, siteUrl, apiDomain });
	const server = await started(fake.handler);
	const project = makeProject({
		type: 'zohodesk',
		orgId: credentials.orgId,
		baseUrl: server.url,
		accountsUrl: server.url,
		category: { field: 'category' },
		productArea: { field: 'cf_product_area' },
		pageSize: 7,
		retry: quickRetry,
		...settings,
	});
	cleanup.push(() => project.remove());
	return { fake, server, project };
}

const isSearch = (request: FakeRequest) => request.url.pathname === '/api/v1/tickets/search';
const paths = (server: FakeServer, prefix: string, from = 0) =>
	server.requests
		.slice(from)
		.filter((request) => request.path.startsWith(prefix))
		.map((request) => decodeURIComponent(request.path));

/** A ticket as Zoho's search gives it, with `fields` over a closed one's. */
function ticket(fields: Record<string, unknown>) {
	return {
		id: '900000000001',
		ticketNumber: '101',
		status: 'Closed',
		statusType: 'Closed',
		subject: 'A question',
		contactId: '700077',
		isSpam: false,
		category: 'usability',
		createdTime: '2026-03-14T09:00:00.000Z',
		modifiedTime: '2026-03-14T23:30:00.000Z',
		closedTime: '2026-03-14T23:30:00.000Z',
		cf: { cf_product_area: 'billing', cf_kb_article: null },
		...fields,
	};
}
const searchPage = (data: unknown[]) => ({ match: isSearch, response: { body: { data, count: data.length } } });

/** Control characters (C0 but tab, DEL, C1), zero-width spaces and bidi overrides. */
const hasControls = (text: string) =>
	[...text].some((character) => {
		const code = character.codePointAt(0) as number;
		return (code < 32 && code !== 9) || (code >= 127 && code < 160) || code === 0x200b || code === 0x202e;
	});

describe('Zoho Desk settings', () => {
	test("each data center's Desk host, and the accounts host of the same data center for the token", () => {
		const hosts = (dataCenter: string) => {
			const result = parseWithProblems(
				tryblockConfigSchema,
				{
					site: minimalSite,
					tickets: {
						source: {
							type: 'zohodesk',
							orgId: '648392013',
							...(dataCenter ? { dataCenter } : {}),
							category: { field: 'category' },
							productArea: { tagPrefix: 'area-' },
						},
					},
				},
				{ file: 'tryblock.yaml' },
			);
			const source = result.data?.tickets.source;
			if (source?.type !== 'zohodesk') throw new Error(JSON.stringify(result.problems));
			return [zohodeskBaseUrl(source), zohoAccountsUrl(source)];
		};
		expect(hosts('')).toEqual(['https://desk.zoho.com', 'https://accounts.zoho.com']);
		expect(hosts('eu')).toEqual(['https://desk.zoho.eu', 'https://accounts.zoho.eu']);
		expect(hosts('in')).toEqual(['https://desk.zoho.in', 'https://accounts.zoho.in']);
		expect(hosts('au')).toEqual(['https://desk.zoho.com.au', 'https://accounts.zoho.com.au']);
		expect(hosts('jp')).toEqual(['https://desk.zoho.jp', 'https://accounts.zoho.jp']);
		expect(hosts('ca')).toEqual(['https://desk.zohocloud.ca', 'https://accounts.zohocloud.ca']);
		expect(hosts('sa')).toEqual(['https://desk.zoho.sa', 'https://accounts.zoho.sa']);
		expect(hosts('cn')).toEqual(['https://desk.zoho.com.cn', 'https://accounts.zoho.com.cn']);
		expect(hosts('uk')).toEqual(['https://desk.zoho.uk', 'https://accounts.zoho.uk']);
	});

	test.each([
		[
			{
				type: 'zohodesk',
				orgId: '648392013',
				dataCenter: 'de',
				category: { field: 'category' },
				productArea: { tagPrefix: 'a-' },
			},
			'tickets.source.dataCenter: expected one of "us", "eu", "in", "au", "jp", "ca", "sa", "cn", "uk", "sg", "ae", received "de"',
		],
		[
			{ type: 'zohodesk', category: { field: 'category' }, productArea: { tagPrefix: 'a-' } },
			'tickets.source.orgId: required: expected text',
		],
		[
			{ type: 'zohodesk', orgId: '648392013', category: { field: 'Product Area' }, productArea: { tagPrefix: 'a-' } },
			'tickets.source.category.field: expected a ticket field\'s API name such as "cf_product_area" or "category", received "Product Area"',
		],
	])('tickets.source is validated with the field and what was expected: %j', (source, message) => {
		const result = parseWithProblems(
			tryblockConfigSchema,
			{ site: minimalSite, tickets: { source } },
			{ file: 'tryblock.yaml' },
		);
		expect(result.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([message]);
	});
});

describe('tickets:pull from Zoho Desk', () => {
	test('the refresh token goes to the accounts host only, the access token and orgId to the Desk host only; the api_domain Zoho names is not followed', async () => {
		const data = dataset(10);
		const elsewhere = await started(() => ({ status: 500, body: { message: 'must never be asked' } }));
		const fake = createZohodeskFake(data, { ...credentials, siteUrl, apiDomain: elsewhere.url });
		const accounts = await started(fake.handler);
		const desk = await started(fake.handler);
		const project = makeProject({
			type: 'zohodesk',
			orgId: credentials.orgId,
			baseUrl: desk.url,
			accountsUrl: accounts.url,
			category: { field: 'category' },
			productArea: { tagPrefix: 'area-' },
			pageSize: 7,
			retry: quickRetry,
		});
		cleanup.push(() => project.remove());
		const headers: Record<string, unknown>[] = [];
		desk.inject({
			match: (request) => {
				headers.push({ ...request.headers });
				return false;
			},
			response: {},
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(accounts.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /oauth/v2/token']);
		expect(new URLSearchParams(accounts.requests[0]?.body).get('refresh_token')).toBe(credentials.refreshToken);
		expect(desk.requests.some((request) => request.path.startsWith('/oauth'))).toBe(false);
		expect(JSON.stringify(desk.requests)).not.toMatch(
			new RegExp(`${credentials.clientSecret}|${credentials.refreshToken}`),
		);
		expect(elsewhere.requests).toEqual([]);
		// Every Desk request carried the token and the organization.
		expect(headers.length).toBe(desk.requests.length);
		for (const sent of headers) {
			expect(sent.authorization).toBe(`Zoho-oauthtoken ${fake.issued[0]}`);
			expect(sent.orgid).toBe(credentials.orgId);
		}
	});

	test(
		'a wrong orgId: exit 2 saying so and where to find the right one',
		async () => {
			const { project } = await zoho(dataset(3), { orgId: '111' });
			const run = await pullProcess(project, [], env);
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(
				/^GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/organizationFields\?module=tickets: Zoho Desk answered 422/,
			);
			expect(run.stderr).toContain('check tickets.source.orgId "111" and dataCenter "us"');
			expect(run.stderr).not.toMatch(/\n\s+at /);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test(
		'tokenEnv: an access token is sent as it is and nothing is refreshed',
		async () => {
			const { fake, server, project } = await zoho(dataset(3), { tokenEnv: 'ZOHO_DESK_ACCESS_TOKEN' });
			// The fake hands out tokens only through its refresh endpoint: take one as a person would.
			const answer = await fetch(`${server.url}/oauth/v2/token`, {
				method: 'POST',
				body: new URLSearchParams({
					grant_type: 'refresh_token',
					client_id: credentials.clientId,
					client_secret: credentials.clientSecret,
					refresh_token: credentials.refreshToken,
				}),
			});
			const { access_token } = (await answer.json()) as { access_token: string };
			const before = server.requests.length;
			const run = await pull(project, [], { ZOHO_DESK_ACCESS_TOKEN: access_token, ZOHO_DESK_CLIENT_ID: '' });
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(paths(server, '/oauth', before)).toEqual([]);
			expect(fake.issued).toHaveLength(1);

			// Once it runs out: Zoho's refusal, naming that variable.
			fake.expireTokens();
			const refused = await pullProcess(project, ['--full'], { ZOHO_DESK_ACCESS_TOKEN: access_token });
			expect(refused.status).toBe(2);
			expect(refused.stderr).toContain(
				'Zoho Desk refused the credentials in ZOHO_DESK_ACCESS_TOKEN (401 Unauthorized)',
			);
			expect(refused.stderr).toContain('Zoho Desk says "The OAuth Token you provided is invalid."');
			expect(refused.stderr).not.toContain(access_token);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('the search is read oldest change first, each page from the last change read; a short page ends it, and so does a 204', async () => {
		const data = dataset(14);
		const { server, project } = await zoho(data);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const pages = paths(server, '/api/v1/tickets/search');
		// Fourteen tickets, seven a page: the third search, from the fourteenth's change on, finds
		// only that one again (the range includes its start), a short page that ends the list.
		expect(pages).toHaveLength(3);
		expect(pages[0]).toBe('/api/v1/tickets/search?sortBy=modifiedTime&from=0&limit=7');
		const seventh = new Date(data.tickets[6]?.updatedAt as number).toISOString();
		expect(pages[1]).toMatch(
			new RegExp(
				`^/api/v1/tickets/search\\?sortBy=modifiedTime&modifiedTimeRange=${seventh.replaceAll('.', '\\.')},\\S+&from=0&limit=7$`,
			),
		);
		expect(run.stdout).toContain('Zoho Desk: read every closed ticket (first pull): 14 tickets in 3 pages');
		expect(project.rows('zohodesk').map((row) => row.id)).toEqual(data.tickets.map(zohodeskTicketNumber));

		// A later pull asks from the last pull's start, less ten minutes; one short page ends it.
		const before = server.requests.length;
		data.update(3, { category: 'functional' });
		const later = await pull(project, [], env);
		expect([later.status, later.stderr]).toEqual([0, '']);
		const [changes, ...more] = paths(server, '/api/v1/tickets/search', before);
		expect(more).toEqual([]);
		const since = Date.parse(/modifiedTimeRange=([^,]+),/.exec(changes as string)?.[1] as string);
		expect(Date.now() - since).toBeGreaterThan(10 * 60 * 1000 - 60_000);
		expect(Date.now() - since).toBeLessThan(11 * 60 * 1000);
		expect(
			project.rows('zohodesk').find((row) => row.id === zohodeskTicketNumber(data.tickets[2] as never))?.category,
		).toBe('functional');

		// Nothing changed since: Zoho answers 204 with no body, and the pull ends at once.
		const quiet = server.requests.length;
		for (const item of data.tickets) item.updatedAt -= 86_400_000;
		const none = await pull(project, [], env);
		expect([none.status, none.stderr]).toEqual([0, '']);
		expect(none.stdout).toContain('Zoho Desk: read the changes since the last pull: 0 tickets in 1 page');
		expect(paths(server, '/api/v1/tickets/search', quiet)).toHaveLength(1);
		expect(project.rows('zohodesk')).toHaveLength(14);
	});

	test('a bulk update: a whole page changed in one millisecond is paged by offset within it, every ticket read once', async () => {
		const data = dataset(20);
		const at = Date.now() - 86_400_000;
		for (const item of data.tickets) item.updatedAt = at;
		const { server, project } = await zoho(data);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const pages = paths(server, '/api/v1/tickets/search');
		expect(pages.map((path) => /from=(\d+)/.exec(path)?.[1])).toEqual(['0', '0', '7', '14']);
		expect(run.stdout).toContain('20 tickets in 4 pages');
		expect(project.rows('zohodesk')).toHaveLength(20);
	});

	test('closed is the status type Closed, whatever the status is called; open and spam tickets are not kept', async () => {
		const { server, project } = await zoho(dataset(1));
		server.inject(
			searchPage([
				ticket({ id: '1', ticketNumber: '1' }),
				ticket({ id: '2', ticketNumber: '2', status: 'Resolved' }),
				ticket({ id: '3', ticketNumber: '3', status: 'Open', statusType: 'Open', closedTime: null }),
				ticket({ id: '4', ticketNumber: '4', status: 'On Hold', statusType: 'On Hold', closedTime: null }),
				ticket({ id: '5', ticketNumber: '5', isSpam: true }),
				// A status named Closed whose type is not: the type decides.
				ticket({ id: '6', ticketNumber: '6', status: 'Closed', statusType: 'Open' }),
			]),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('zohodesk');
		expect(rows.map((row) => row.id)).toEqual(['1', '2']);
		expect(rows[1]).toMatchObject({
			status: 'closed',
			category: 'usability',
			productArea: 'billing',
			closedAt: '2026-03-14T23:30:00.000Z',
		});
	});

	test('fields by API name: a custom one from `cf` (the ticket is read when the search leaves `cf` out), a standard one from the ticket; tags with a prefix', async () => {
		const data = dataset(3);
		const { server, project } = await zoho(data, {
			category: { tagPrefix: 'category:' },
			productArea: { field: 'cf_product_area' },
			articles: { field: 'cf_kb_article' },
		});
		server.inject(
			searchPage([
				// With `cf` in the search: no request for the ticket itself.
				ticket({
					id: '1',
					ticketNumber: '1',
					cf: { cf_product_area: ['domains', 'api'], cf_kb_article: 'verify-domain' },
				}),
				// Without: the ticket is read for it.
				{ ...ticket({ id: zohodeskTicketId(data.tickets[0] as never), ticketNumber: '2' }), cf: undefined },
			]),
		);
		server.inject({
			match: (request) => request.url.pathname === '/api/v1/tickets/1/tags',
			response: {
				body: {
					data: [
						{ id: '1', name: 'Category:Reliability' },
						{ id: '2', name: 'vip' },
					],
				},
			},
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('zohodesk');
		expect(rows[0]).toMatchObject({ category: 'Reliability', productArea: 'domains', articles: ['verify-domain'] });
		expect(rows[1]).toMatchObject({ productArea: data.tickets[0]?.productArea });
		expect(rows[1]?.articles).toEqual([`${siteUrl}/articles/${data.tickets[0]?.article}/`]);
		const ticketReads = server.requests
			.map((request) => request.path)
			.filter((path) => /^\/api\/v1\/tickets\/\d+$/.test(path));
		expect(ticketReads).toEqual([`/api/v1/tickets/${zohodeskTicketId(data.tickets[0] as never)}`]);
		expect(paths(server, '/api/v1/organizationFields')).toEqual(['/api/v1/organizationFields?module=tickets']);
	});

	test("replies: the threads the team sent, read whole; never private threads or the customer's words", async () => {
		const data = dataset(8);
		data.update(3, { status: 'open' });
		const { server, project } = await zoho(data, { replies: true, pageSize: 100 });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(paths(server, '/api/v1/tickets/').filter((path) => path.endsWith('/threads?from=0&limit=100'))).toHaveLength(
			7,
		);
		const seventh = project.rows('zohodesk').find((row) => row.id === zohodeskTicketNumber(data.tickets[6] as never));
		expect(seventh?.articles).toEqual([data.tickets[6]?.replyArticle]);
		expect(JSON.stringify(project.rows('zohodesk'))).not.toMatch(/internal-only|customer-pasted/);
	});

	test(
		'a refresh token Zoho refuses (a 200 with an error): exit 2 naming the three variables, never their values',
		async () => {
			const { server, project } = await zoho(dataset(2));
			const run = await pullProcess(project, [], { ...env, ZOHO_DESK_CLIENT_SECRET: 'zoho-wrong-secret' });
			expect(run.status).toBe(2);
			expect(run.stderr).toContain(
				'Zoho Desk refused the credentials in ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN (the token refresh answered invalid_client)',
			);
			expect(run.stderr).toContain('Desk.tickets.READ, Desk.search.READ and Desk.settings.READ');
			expect(run.stderr).not.toMatch(/zoho-wrong-secret|ZOHOCLIENTID42|refresh-token-value/);
			expect(paths(server, '/api/')).toEqual([]);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test(
		'hostile values are cleaned, and an echoed access token is redacted, before anything is written or shown',
		async () => {
			const { fake, server, project } = await zoho(dataset(1));
			server.inject({
				match: isSearch,
				response: {
					body: {
						data: [
							ticket({
								id: '1',
								ticketNumber: '1\u001b[2J',
								subject: '\u001b[2Jpwned',
								category: `usa\u202ebility\r\n::error::`,
								cf: { cf_product_area: 'billing' },
							}),
						],
					},
				},
			});
			const run = await pull(project, ['--with-subjects'], env);
			expect([run.status, run.stderr]).toEqual([0, '']);
			const text = readFileSync(project.cache('zohodesk'), 'utf8');
			expect(hasControls(text.replaceAll('\n', ''))).toBe(false);

			// Zoho (or a proxy) echoing the bare access token in an error: scrubbed.
			const echo = fake.nextToken();
			server.inject({
				match: isSearch,
				times: 3,
				response: { status: 400, body: { errorCode: 'INVALID_DATA', message: `bad token ${echo}` } },
			});
			const failed = await pullProcess(project, ['--full'], env);
			expect(failed.status).toBe(2);
			expect(failed.stderr).toContain('[redacted]');
			expect(failed.stderr).not.toContain(echo);
			expect(fake.issued.at(-1)).toBe(echo);
		},
		PROCESS_TEST_TIMEOUT,
	);
});

describe('the Zoho access token', () => {
	test('is refreshed when the pull first needs it and again five minutes before the hour runs out, not before', async () => {
		const fake = createZohodeskFake(dataset(1), { ...credentials, siteUrl });
		const accounts = await started(fake.handler);
		const client = createServiceClient({
			service: 'Zoho Desk',
			baseUrl: accounts.url,
			retry: quickRetry,
			again: 'run it again',
		});
		let now = 1_000_000;
		const token = createZohoToken(client, credentials, () => now);
		const first = await token();
		expect(await token()).toBe(first);
		now += 54 * 60 * 1000;
		expect(await token()).toBe(first);
		now += 2 * 60 * 1000;
		const second = await token();
		expect(second).not.toBe(first);
		expect(fake.issued).toEqual([first, second]);
		expect(accounts.requests).toHaveLength(2);
	});
});
