// What is Freshdesk's own beyond the contract every source meets: its 300-page cap on
// the ticket list, numeric statuses and `include=stats`, the ticket type and `cf_*`
// fields, its refusals, and hostile values in what it sends.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseWithProblems } from '../../../src/content-model/errors.ts';
import { tryblockConfigSchema } from '../../../src/content-model/schemas/config.ts';
import type { FreshdeskSource } from '../../../src/helpdesk/config.ts';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createFreshdeskFake, freshdeskFakeFields } from '../../../src/helpdesk/fakes/freshdesk.ts';
import { freshdeskBaseUrl } from '../../../src/helpdesk/sources/freshdesk.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { checkCoverage, dataset, makeProject, minimalSite, pull, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { FRESHDESK_API_KEY: 'fd-secret-key' };
const basicAuth = Buffer.from('fd-secret-key:X').toString('base64');
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function freshdesk(data: FakeDataset, settings: Record<string, unknown> = {}) {
	const server = await serve(createFreshdeskFake(data, { apiKey: env.FRESHDESK_API_KEY, siteUrl }));
	const project = makeProject({
		type: 'freshdesk',
		baseUrl: server.url,
		category: { field: freshdeskFakeFields.category },
		productArea: { tagPrefix: 'area-' },
		articles: { tagPrefix: 'kb-' },
		retry: quickRetry,
		...settings,
	});
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

const ticketPages = (server: { requests: { path: string }[] }) =>
	server.requests.filter((request) => request.path.startsWith('/api/v2/tickets?')).map((request) => request.path);

/** Control characters (C0 but tab, DEL, C1), zero-width spaces and bidi overrides. */
const hasControls = (text: string) =>
	[...text].some((character) => {
		const code = character.codePointAt(0) as number;
		return (code < 32 && code !== 9) || (code >= 127 && code < 160) || code === 0x200b || code === 0x202e;
	});

function expectNoKey(...texts: string[]) {
	for (const text of texts) {
		expect(text).not.toContain(env.FRESHDESK_API_KEY);
		expect(text).not.toContain(basicAuth);
	}
}

describe('tickets:pull from Freshdesk', () => {
	test('asks for tickets updated since a time, oldest change first, 100 a page with their stats; a later pull starts from the last change seen and reads the spam and deleted lists too', async () => {
		const data = dataset(12);
		const { server, project } = await freshdesk(data, { startDate: '2020-01-01' });
		expect((await pull(project, [], env)).status).toBe(0);
		// A first pull has nothing to remove: only the ticket list.
		expect(ticketPages(server)).toHaveLength(1);
		const query = new URL(ticketPages(server)[0] as string, 'http://fake.local').searchParams;
		expect(Object.fromEntries(query)).toEqual({
			updated_since: '2020-01-01T00:00:00Z',
			order_by: 'updated_at',
			order_type: 'asc',
			include: 'stats',
			per_page: '100',
			page: '1',
		});

		// The cursor is the last ticket's update, a second earlier: the next pull reads it and what came after.
		const last = data.tickets.at(-1)?.updatedAt as number;
		const before = server.requests.length;
		data.add(3);
		const run = await pull(project, [], env);
		expect(run.stdout).toContain('Freshdesk: read the changes since the last pull: 4 tickets in 3 pages');
		expect(run.stdout).toContain('holds 15 closed tickets');
		const since = new Date(Math.floor(last / 1000) * 1000 - 1000).toISOString().replace('.000Z', 'Z');
		const later = ticketPages({ requests: server.requests.slice(before) }).map((path) =>
			Object.fromEntries(new URL(path, 'http://fake.local').searchParams),
		);
		expect(later.map((query) => [query.updated_since, query.filter, query.include])).toEqual([
			[since, undefined, 'stats'],
			[since, 'spam', undefined],
			[since, 'deleted', undefined],
		]);
	});

	test('tickets marked spam or deleted since the last pull leave the cache', async () => {
		const data = dataset(8);
		const { server, project } = await freshdesk(data);
		expect((await pull(project, [], env)).status).toBe(0);
		const listed = (filter: string, id: number) => ({
			match: (request: { url: URL }) => request.url.searchParams.get('filter') === filter,
			response: {
				body: [
					{
						id,
						status: 5,
						spam: filter === 'spam',
						deleted: filter === 'deleted',
						updated_at: new Date().toISOString(),
					},
				],
			},
		});
		server.inject(listed('spam', 2));
		server.inject(listed('deleted', 5));
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('2 no longer closed, removed');
		expect(project.rows('freshdesk').map((row) => row.id)).toEqual(['1', '3', '4', '6', '7', '8']);
	});

	test('a ticket updated while the pull runs shifts the list, and no ticket is skipped for it', async () => {
		const data = dataset(40);
		const { server, project } = await freshdesk(data, { pageSize: 5 });
		let pages = 0;
		server.inject({
			// On the third page, ticket 2 (read on the first) changes and moves to the end of the list.
			match: (request) => {
				if (request.url.pathname === '/api/v2/tickets' && ++pages === 3) data.update(2, { category: 'usability' });
				return false;
			},
			response: { status: 500 },
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('holds 40 closed tickets');
		expect(project.rows('freshdesk').find((row) => row.id === '2')?.category).toBe('usability');
	});

	test('a bulk update within one second is paged by number up to the 300th page, then the window moves on; an interrupted pull resumes where it stopped', async () => {
		const data = dataset(1_540);
		const bulk = Date.now() - 86_400_000;
		for (let number = 1; number <= 1_498; number++) data.update(number, {}, bulk);
		for (let number = 1_499; number <= 1_510; number++) data.update(number, {}, bulk + 60_000);
		const { server, project } = await freshdesk(data, { pageSize: 5 });
		server.inject({
			match: (request) => request.url.searchParams.get('page') === '150',
			times: 3,
			response: { status: 503, body: 'Service Unavailable' },
		});
		expect((await pull(project, [], env)).status).toBe(2);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('Freshdesk: resumed an interrupted pull');
		expect(run.stdout).toContain('holds 1,540 closed tickets');

		const pages = ticketPages(server).map((path) => new URL(path, 'http://fake.local').searchParams);
		expect(Math.max(...pages.map((query) => Number(query.get('page'))))).toBe(300);
		const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 - 1000).toISOString().replace('.000Z', 'Z');
		const windows = pages.map((query) => `${query.get('updated_since')} ${query.get('page')}`);
		// The bulk's window ran to page 300; the next window starts a second before the tickets after it.
		expect(windows).toContain(`${second(bulk)} 300`);
		expect(windows.indexOf(`${second(bulk + 60_000)} 1`)).toBeGreaterThan(windows.indexOf(`${second(bulk)} 300`));
	}, 60_000);

	test('more tickets in one second than 300 pages hold: exit 2 saying so, nothing cached', async () => {
		const data = dataset(1_501);
		const bulk = Date.now() - 86_400_000;
		for (let number = 1; number <= 1_501; number++) data.update(number, {}, bulk);
		const { project } = await freshdesk(data, { pageSize: 5 });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(
			/: more than 1,500 tickets were updated within a second of \S+, and the list serves 300 pages at most\n/,
		);
		expect(project.rows('freshdesk')).toEqual([]);
	}, 60_000);

	test('resolved (4) and closed (5) are kept under their names with the dates from stats; spam, open and pending leave; the ticket type can be the category', async () => {
		const data = dataset(4);
		const { server, project } = await freshdesk(data, { category: { field: 'type' } });
		const page = (ticket: Record<string, unknown>) => ({
			id: 1,
			subject: 'x',
			status: 4,
			type: 'Usability',
			tags: ['area-billing'],
			custom_fields: {},
			requester_id: 7,
			spam: false,
			updated_at: '2026-05-02T10:00:00Z',
			stats: { resolved_at: '2026-05-01T09:00:00Z', closed_at: null },
			...ticket,
		});
		server.inject({
			match: (request) => request.url.pathname === '/api/v2/tickets',
			response: {
				body: [
					page({ id: 1 }),
					page({ id: 2, status: 5, stats: { resolved_at: '2026-05-01T09:00:00Z', closed_at: '2026-05-03T11:00:00Z' } }),
					page({ id: 3, status: 5, spam: true }),
					page({ id: 4, status: 3 }),
					page({ id: 5, status: 2, type: null }),
				],
			},
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('2 closed written, 3 no longer closed, removed');
		const rows = project.rows('freshdesk');
		expect(
			rows.map(({ id, status, category, productArea, closedAt }) => ({ id, status, category, productArea, closedAt })),
		).toEqual([
			{ id: '1', status: 'resolved', category: 'Usability', productArea: 'billing', closedAt: '2026-05-01T09:00:00Z' },
			{ id: '2', status: 'closed', category: 'Usability', productArea: 'billing', closedAt: '2026-05-03T11:00:00Z' },
		]);
		const gate = await checkCoverage(project, ['--format', 'json']);
		expect((JSON.parse(gate.stdout) as CoverageReport).totals).toMatchObject({ closed: 2, invalid: 0 });
	});

	test("a reply that inserted an article of Freshdesk's own knowledge base links the imported article through its old address", async () => {
		const { server, project } = await freshdesk(dataset(4), { replies: true });
		writeFileSync(
			path.join(project.contentDir, 'redirects.yaml'),
			'redirects:\n  - from: /support/solutions/articles/48000123-verify-your-domain\n    to: verify-domain\n',
		);
		server.inject({
			match: (request) => request.url.pathname === '/api/v2/tickets/2/conversations',
			response: {
				body: [
					{ id: 7, incoming: true, private: false, body: '<div>How do I verify?</div>' },
					{
						id: 8,
						incoming: false,
						private: false,
						// Inserted from the knowledge base, under the title the article had then.
						body: '<div>Here: <a href="https://acme.freshdesk.com/support/solutions/articles/48000123-how-to-verify">How to verify</a></div>',
					},
				],
			},
		});
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(project.rows('freshdesk').find((row) => row.id === '2')?.articles).toEqual([
			'/support/solutions/articles/48000123-how-to-verify',
		]);
		const gate = await checkCoverage(project, ['--format', 'json']);
		const report = JSON.parse(gate.stdout) as CoverageReport;
		expect(report.categories.flatMap((category) => category.unlinked)).not.toContain('2');
	});

	test('hostile subjects, tags and custom field values reach the cache and the terminal as plain lines', async () => {
		const { server, project } = await freshdesk(dataset(1), {
			productArea: { field: freshdeskFakeFields.productArea },
			articles: { field: freshdeskFakeFields.article },
		});
		server.inject({
			match: (request) => request.url.pathname === '/api/v2/tickets',
			response: {
				body: [
					{
						id: 9,
						status: 5,
						subject: 'Help\u001b]8;;https://evil.example\u0007me\u001b]8;;\u0007\n::error::pwned',
						tags: ['area-\u202ebilling', 'kb-x\r\n::add-mask::y'],
						custom_fields: {
							cf_category: 'usa\u001b[31mbility\u001b[0m',
							cf_product_area: ['dom\u200bains', 'api'],
							cf_kb_article: 'verify-domain\n::warning::x',
						},
						requester_id: 1,
						updated_at: '2026-05-02T10:00:00Z',
					},
				],
			},
		});
		const run = await pull(project, ['--with-subjects'], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const text = readFileSync(project.cache('freshdesk'), 'utf8');
		expect(hasControls(text.trimEnd())).toBe(false);
		expect(text).not.toMatch(/\\u001b|\\n/);
		expect(project.rows('freshdesk')[0]).toMatchObject({
			category: 'usability',
			productArea: 'domains',
			articles: ['verify-domain ::warning::x'],
			subject: 'Helpme ::error::pwned',
		});
		expect(hasControls(run.stdout.replace(/\n/g, ''))).toBe(false);
		expect(run.stdout).not.toMatch(/^::/m);
	});

	test.each([
		[
			403,
			{ code: 'access_denied', message: 'You are not authorized to perform this action.' },
			'Freshdesk accepted the credentials in FRESHDESK_API_KEY but they lack a permission this request needs (403 Forbidden: access_denied)',
		],
		[404, {}, 'Freshdesk answered 404 Not Found'],
	])('a %i: exit 2, what happened and where to look, never the key', async (status, body, said) => {
		const { server, project } = await freshdesk(dataset(3));
		server.inject({ match: (request) => request.url.pathname === '/api/v2/tickets', response: { status, body } });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(said);
		expect(run.stderr).toContain(status === 404 ? 'check tickets.source.baseUrl' : 'a role that can see every ticket');
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expectNoKey(run.stdout, run.stderr);
	});

	test('a page that is not the documented list: exit 2 in one line naming the request', async () => {
		const { server, project } = await freshdesk(dataset(3));
		server.inject({
			match: (request) => request.url.pathname === '/api/v2/tickets',
			response: { body: { tickets: [], next_page: 2 } },
		});
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(
				/^GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/tickets\?updated_since=\S+: the response is not what the API documents \(the body: Invalid input: expected array, received object\)$/,
			),
			'run the pull again later: it resumes where it stopped; if this persists, the API may have changed',
		]);
		expectNoKey(run.stderr);
	});
});

describe('tickets.source for Freshdesk', () => {
	const site = minimalSite;

	test('a domain names the helpdesk, and the key variable defaults to the one npm run import reads', () => {
		const result = parseWithProblems(
			tryblockConfigSchema,
			{
				site,
				tickets: {
					source: {
						type: 'freshdesk',
						domain: 'acme',
						category: { field: 'type' },
						productArea: { tagPrefix: 'area-' },
					},
				},
			},
			{ file: 'tryblock.yaml' },
		);
		const source = result.data?.tickets.source as FreshdeskSource;
		expect(source.tokenEnv).toBe('FRESHDESK_API_KEY');
		expect(freshdeskBaseUrl(source)).toBe('https://acme.freshdesk.com');
		expect(freshdeskBaseUrl({ ...source, baseUrl: 'https://support.acme.com' })).toBe('https://support.acme.com');
	});
});
