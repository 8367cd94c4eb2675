// What is Front's own beyond the contract every source meets: the search it writes and
// the `_pagination.next` links it follows (on the company's API domain, or refused on
// another host), archived and resolved conversations, tags, custom fields and Front
// Links, Unix-second times, the team's messages, its refusals, and hostile values.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseWithProblems } from '../../../src/content-model/errors.ts';
import { tryblockConfigSchema } from '../../../src/content-model/schemas/config.ts';
import type { FrontSource } from '../../../src/helpdesk/config.ts';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createFrontFake, frontConversationId, frontFakeFields } from '../../../src/helpdesk/fakes/front.ts';
import { frontNextPage } from '../../../src/helpdesk/sources/front.ts';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import { dataset, makeProject, minimalSite, pull, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { FRONT_API_TOKEN: 'front-secret-token' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function front(data: FakeDataset, settings: Record<string, unknown> = {}, token = env.FRONT_API_TOKEN) {
	const server = await serve(createFrontFake(data, { token, siteUrl }));
	const project = makeProject({
		type: 'front',
		baseUrl: server.url,
		category: { field: frontFakeFields.category },
		productArea: { tagPrefix: 'area:' },
		retry: quickRetry,
		...settings,
	});
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

const isSearch = (request: FakeRequest) => request.url.pathname.startsWith('/conversations/search/');
const searches = (server: { requests: { path: string }[] }, from = 0) =>
	server.requests
		.slice(from)
		.filter((request) => request.path.startsWith('/conversations/search/'))
		.map((request) => request.path);

/** A conversation as Front's search lists it, with `fields` over an archived one's. */
function conversation(fields: Record<string, unknown>) {
	return {
		_links: { self: 'https://acme.api.frontapp.com/conversations/cnv_x' },
		id: 'cnv_x',
		subject: 'A question',
		status: 'archived',
		ticket_ids: [],
		assignee: null,
		recipient: { handle: 'jane@example.com', role: 'from' },
		tags: [{ id: 'tag_1', name: 'area:billing' }],
		links: [],
		custom_fields: { Category: 'usability' },
		created_at: 1777900000.5,
		updated_at: 1778000000.123,
		is_private: false,
		scheduled_reminders: [],
		metadata: {},
		...fields,
	};
}
const page = (results: unknown[], next: string | null = null) => ({
	match: isSearch,
	response: { body: { _pagination: { next }, _links: {}, _total: results.length, _results: results } },
});

/** Control characters (C0 but tab, DEL, C1), zero-width spaces and bidi overrides. */
const hasControls = (text: string) =>
	[...text].some((character) => {
		const code = character.codePointAt(0) as number;
		return (code < 32 && code !== 9) || (code >= 127 && code < 160) || code === 0x200b || code === 0x202e;
	});

describe('tickets:pull from Front', () => {
	test("searches archived conversations 100 a page and follows _pagination.next from the company's API domain to the configured origin; a later pull searches every conversation with activity since the last one started, less ten minutes", async () => {
		const data = dataset(130);
		const { server, project } = await front(data);
		const first = await pull(project, [], env);
		expect([first.status, first.stderr]).toEqual([0, '']);
		expect(first.stdout).toContain('Front: read every closed ticket (first pull): 130 tickets in 2 pages');
		const [one, two] = searches(server);
		expect(one).toBe('/conversations/search/is%3Aarchived?limit=100');
		// The fake's next link is on https://acme.api.frontapp.com, as Front's are: only its path and token are kept.
		expect(two).toMatch(/^\/conversations\/search\/is%3Aarchived\?limit=100&page_token=[\w-]+$/);
		expect(server.requests.every((request) => !request.path.includes('frontapp.com'))).toBe(true);

		const before = server.requests.length;
		const started = Math.floor(Date.now() / 1000);
		data.add(2);
		data.update(5, { status: 'open' });
		const later = await pull(project, [], env);
		expect([later.status, later.stderr]).toEqual([0, '']);
		expect(later.stdout).toContain('Front: read the changes since the last pull: 3 tickets in 1 page');
		expect(later.stdout).toContain('holds 131 closed tickets');
		const [changes] = searches(server, before);
		const after = Number(/^\/conversations\/search\/after%3A(\d+)\?limit=100$/.exec(changes ?? '')?.[1]);
		expect(after).toBeGreaterThanOrEqual(started - 600 - 60);
		expect(after).toBeLessThanOrEqual(started - 600);
		expect(project.rows('front').map((row) => row.id)).not.toContain(frontConversationId(data.tickets[4] as never));
	});

	test('startDate: the first pull searches archived conversations with activity after that day', async () => {
		const { server, project } = await front(dataset(3), { startDate: '2020-01-01', pageSize: 500 });
		expect((await pull(project, [], env)).status).toBe(0);
		// 2020-01-01T00:00:00Z in Unix seconds; a pageSize over Front's 100 asks for 100.
		expect(searches(server)).toEqual(['/conversations/search/is%3Aarchived%20after%3A1577836800?limit=100']);
	});

	test('archived conversations, and those whose ticket status is resolved, are closed; any other status leaves the cache', async () => {
		const { server, project } = await front(dataset(2));
		expect((await pull(project, [], env)).status).toBe(0);
		server.inject(
			page([
				conversation({ id: 'cnv_1' }),
				conversation({ id: 'cnv_2', status: 'assigned', status_category: 'resolved' }),
				conversation({ id: 'cnv_3', status: 'assigned', status_category: 'open' }),
				conversation({ id: 'cnv_4', status: 'unassigned' }),
				conversation({ id: 'cnv_5', status: 'deleted' }),
				conversation({ id: frontConversationId(dataset(1).tickets[0] as never), status: 'assigned' }),
			]),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('2 closed written, 4 no longer closed, removed');
		const rows = project.rows('front');
		expect(rows.map(({ id, status }) => ({ id, status }))).toEqual([
			{ id: frontConversationId(dataset(2).tickets[1] as never), status: 'archived' },
			{ id: 'cnv_1', status: 'archived' },
			{ id: 'cnv_2', status: 'resolved' },
		]);
	});

	test('tags and custom fields map the columns, Front Links to an article count as links, and Unix-second times become the closed date', async () => {
		const { server, project } = await front(dataset(1), {
			category: { tagPrefix: 'category:' },
			productArea: { field: frontFakeFields.productArea },
			articles: { tagPrefix: 'kb:' },
		});
		server.inject(
			page([
				conversation({
					tags: [{ name: 'vip' }, { name: 'Category:Usability' }, { name: 'kb:api-errors' }],
					custom_fields: { 'Product area': ['domains', 'api'], Category: 'functional' },
					links: [
						{ id: 'top_1', type: 'web', external_url: `${siteUrl}/articles/verify-domain/`, custom_fields: {} },
						{ id: 'top_2', type: 'jira', external_url: 'https://acme.atlassian.net/browse/SUP-1', custom_fields: {} },
					],
				}),
			]),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(project.rows('front')[0]).toMatchObject({
			id: 'cnv_x',
			category: 'Usability',
			productArea: 'domains',
			articles: ['api-errors', 'verify-domain'],
			closedAt: new Date(1778000000123).toISOString(),
		});
	});

	test("replies: one messages request per archived conversation, reading what the team sent: not drafts, not the customer's", async () => {
		const data = dataset(6);
		data.update(2, { status: 'open' }, (data.tickets[1]?.updatedAt as number) + 1000);
		const { server, project } = await front(data, { replies: true });
		const third = frontConversationId(data.tickets[2] as never);
		server.inject({
			match: (request) => request.url.pathname === `/conversations/${third}/messages`,
			response: {
				body: {
					_pagination: { next: null },
					_results: [
						{ is_inbound: false, draft_mode: 'private', body: `<p>${siteUrl}/articles/draft-only/</p>` },
						{ is_inbound: false, draft_mode: null, text: `Try ${siteUrl}/articles/plan-limits/ please` },
						{ is_inbound: true, body: `<p>I read ${siteUrl}/articles/api-errors/</p>` },
					],
				},
			},
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const messages = server.requests.filter((request) => request.path.endsWith('/messages?limit=100'));
		expect(messages).toHaveLength(5);
		const rows = project.rows('front');
		expect(rows.find((row) => row.id === third)?.articles).toEqual(['plan-limits']);
		expect(JSON.stringify(rows)).not.toContain('unsent-draft');

		const { server: quiet, project: without } = await front(dataset(6));
		expect((await pull(without, [], env)).status).toBe(0);
		expect(quiet.requests.filter((request) => request.path.includes('/messages'))).toEqual([]);
	});

	test('a next page on the configured origin is followed as given; one on another host stops the pull before any credential goes there', async () => {
		const { server, project } = await front(dataset(3));
		server.inject(
			page(
				[conversation({ id: 'cnv_1' })],
				`${server.url}/conversations/search/is%3Aarchived?limit=100&page_token=own`,
			),
		);
		server.inject(page([conversation({ id: 'cnv_2' })], 'https://evil.example/conversations/search/x?page_token=t'));
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(searches(server)).toEqual([
			'/conversations/search/is%3Aarchived?limit=100',
			'/conversations/search/is%3Aarchived?limit=100&page_token=own',
		]);
		expect(run.stderr.split('\n')[0]).toMatch(
			/^GET http:\/\/127\.0\.0\.1:\d+\/conversations\/search\/is%3Aarchived\?limit=100&page_token=own: Front pointed the next page at https:\/\/evil\.example, not http:\/\/127\.0\.0\.1:\d+ or a Front API host: refusing to send the credentials there$/,
		);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(existsSync(project.cache('front'))).toBe(false);
	});

	test.each([
		[401, 'Front refused the credentials in FRONT_API_TOKEN (401 Unauthorized)'],
		[403, 'Front refused the credentials in FRONT_API_TOKEN (403 Forbidden)'],
	])('a %i: exit 2, one line quoting Front, a hint, never the token', async (status, said) => {
		const { server, project } = await front(dataset(3), { category: { tagPrefix: 'category:' } });
		server.inject({
			match: isSearch,
			response: {
				status,
				body: { _error: { status, title: 'Forbidden', message: 'Token lacks the conversations:read scope' } },
			},
		});
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr.trim().split('\n')).toEqual([
			said,
			expect.stringMatching(
				/^Front says "Token lacks the conversations:read scope": create an API token under Settings > Developers > API tokens/,
			),
		]);
		expect(`${run.stdout}${run.stderr}`).not.toContain(env.FRONT_API_TOKEN);
	});

	test('hostile subjects, tags, custom field values and links reach the cache and the terminal as plain lines', async () => {
		const { server, project } = await front(dataset(1), {
			productArea: { field: frontFakeFields.productArea },
			articles: { field: frontFakeFields.article },
		});
		server.inject(
			page([
				conversation({
					id: 'cnv_\u001b[31mx',
					subject: 'Help\u001b]8;;https://evil.example\u0007me\u001b]8;;\u0007\n::error::pwned',
					tags: [{ name: 'area:\u202ebilling' }],
					custom_fields: {
						Category: 'usa\u001b[31mbility\u001b[0m',
						'Product area': 'dom\u200bains',
						'KB article': 'verify-domain\n::warning::x',
					},
					links: [{ external_url: `${siteUrl}/articles/api\u0007-errors/\n::error::y` }],
				}),
			]),
		);
		const run = await pull(project, ['--with-subjects'], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const text = readFileSync(project.cache('front'), 'utf8');
		expect(hasControls(text.trimEnd())).toBe(false);
		expect(project.rows('front')[0]).toMatchObject({
			id: 'cnv_x',
			category: 'usability',
			productArea: 'domains',
			subject: 'Helpme ::error::pwned',
		});
		expect(project.rows('front')[0]?.articles).toEqual(['verify-domain ::warning::x', 'api-errors']);
		expect(hasControls(run.stdout.replace(/\n/g, ''))).toBe(false);
		expect(run.stdout).not.toMatch(/^::/m);
	});
});

describe('credentials Front echoes', () => {
	const token = 'Front-Secret-TOKEN-42';
	const echo = `Echo of ${token}`;

	test('a subject, a tag, a custom field, a link or an error message that holds the token: written and printed as [redacted]', async () => {
		const { server, project } = await front(dataset(1), { articles: { field: frontFakeFields.article } }, token);
		server.inject(
			page([
				conversation({
					id: 'cnv_1',
					subject: `Key ${token} stopped working`,
					tags: [{ name: `area:${token}` }],
					custom_fields: { Category: `usability ${token}`, 'KB article': `${echo} ${siteUrl}/articles/x/` },
					links: [{ external_url: `${siteUrl}/articles/${token}/` }],
				}),
			]),
		);
		const run = await pull(project, ['--with-subjects'], { FRONT_API_TOKEN: token });
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(project.rows('front')[0]).toMatchObject({
			subject: 'Key [redacted] stopped working',
			category: 'usability [redacted]',
			productArea: '[redacted]',
			articles: ['Echo of [redacted] https://help.example.com/articles/x/', '[redacted]'],
		});
		expect(readFileSync(project.cache('front'), 'utf8')).not.toMatch(/secret-token/i);

		server.inject({
			match: isSearch,
			response: {
				status: 401,
				body: { _error: { status: 401, title: 'Unauthorized', message: `Unknown token ${token}` } },
			},
		});
		const refused = await pull(project, ['--full'], { FRONT_API_TOKEN: token });
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain('Front says "Unknown token [redacted]"');
		expect(`${run.stdout}${refused.stdout}${refused.stderr}`).not.toMatch(/secret-token/i);
	});
});

describe("Front's next-page links", () => {
	const base = 'https://api2.frontapp.com';
	test.each([
		[
			'https://acme.api.frontapp.com/conversations/search/x?limit=7&page_token=abc',
			'/conversations/search/x?limit=7&page_token=abc',
		],
		['https://api2.frontapp.com/conversations/search/x?page_token=abc', '/conversations/search/x?page_token=abc'],
		['/conversations/search/x?page_token=abc', '/conversations/search/x?page_token=abc'],
		['http://acme.api.frontapp.com/conversations/search/x?page_token=abc', undefined],
		['https://api.frontapp.com.evil.example/conversations/search/x', undefined],
		['https://acme.api.frontapp.com.evil.example/x', undefined],
		['https://evil.example/conversations/search/x?page_token=abc', undefined],
	])('%s → %s', (next, expected) => {
		expect(frontNextPage(next, base)).toBe(expected);
	});
});

describe('tickets.source for Front', () => {
	test('the token variable defaults to FRONT_API_TOKEN and replies are off', () => {
		const result = parseWithProblems(
			tryblockConfigSchema,
			{
				site: minimalSite,
				tickets: { source: { type: 'front', category: { field: 'Category' }, productArea: { tagPrefix: 'area:' } } },
			},
			{ file: 'tryblock.yaml' },
		);
		expect(result.problems).toEqual([]);
		const source = result.data?.tickets.source as FrontSource;
		expect([source.tokenEnv, source.replies, source.baseUrl]).toEqual(['FRONT_API_TOKEN', false, undefined]);
	});
});
