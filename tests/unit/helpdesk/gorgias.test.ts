// What is Gorgias' own beyond the contract every source meets: the ticket list read
// newest change first by cursor down to the last pull's start, closed tickets only
// (not spam, trashed or snoozed), ticket fields by label and tags, times without an
// offset, the team's messages, refusals, a cursor that leads back, and hostile values.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createGorgiasFake, gorgiasFakeFields, gorgiasTicketId } from '../../../src/helpdesk/fakes/gorgias.ts';
import { gorgiasTime } from '../../../src/helpdesk/sources/gorgias.ts';
import type { FakeRequest } from '../../../src/http/fake-server.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { dataset, makeProject, pull, pullProcess, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { GORGIAS_EMAIL: 'bot@acme.dev', GORGIAS_API_KEY: 'gorgias-secret-key' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function gorgias(data: FakeDataset, settings: Record<string, unknown> = {}) {
	const server = await serve(
		createGorgiasFake(data, { email: env.GORGIAS_EMAIL, apiKey: env.GORGIAS_API_KEY, siteUrl }),
	);
	const project = makeProject({
		type: 'gorgias',
		baseUrl: server.url,
		category: { field: gorgiasFakeFields.category.label },
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

const isList = (request: FakeRequest) => request.url.pathname === '/api/tickets';
const paths = (server: { requests: { path: string }[] }, prefix: string, from = 0) =>
	server.requests
		.slice(from)
		.filter((request) => request.path.startsWith(prefix))
		.map((request) => request.path);

/** A ticket as Gorgias' list gives it, with `fields` over a closed one's. */
function ticket(fields: Record<string, unknown>) {
	return {
		id: 1,
		status: 'closed',
		channel: 'email',
		spam: false,
		customer: { id: 77, email: 'jane@example.com' },
		subject: 'A question',
		tags: [{ id: 1, name: 'area:billing' }],
		custom_fields: { '7001': { id: 7001, value: 'usability' } },
		updated_datetime: '2099-01-01T10:00:00.000000',
		closed_datetime: '2026-03-14T23:30:00.123456',
		snooze_datetime: null,
		trashed_datetime: null,
		...fields,
	};
}
const page = (data: unknown[], next: string | null = null) => ({
	match: isList,
	response: { body: { object: 'list', data, meta: { next_cursor: next, prev_cursor: null } } },
});

/** Control characters (C0 but tab, DEL, C1), zero-width spaces and bidi overrides. */
const hasControls = (text: string) =>
	[...text].some((character) => {
		const code = character.codePointAt(0) as number;
		return (code < 32 && code !== 9) || (code >= 127 && code < 160) || code === 0x200b || code === 0x202e;
	});

describe('tickets:pull from Gorgias', () => {
	test('reads the ticket list 100 a page, newest change first, by its cursor; a later pull stops at the first ticket updated before the last one started, less ten minutes', async () => {
		const data = dataset(130);
		data.update(7, { status: 'open' }, (data.tickets[6]?.updatedAt as number) + 1000);
		const { server, project } = await gorgias(data);
		const first = await pull(project, [], env);
		expect([first.status, first.stderr]).toEqual([0, '']);
		// The list cannot be filtered by status: every ticket is read, only the closed ones are kept.
		expect(first.stdout).toContain('Gorgias: read every closed ticket (first pull): 130 tickets in 2 pages');
		expect(first.stdout).toContain('holds 129 closed tickets');
		const [one, two] = paths(server, '/api/tickets');
		expect(one).toBe('/api/tickets?limit=100&order_by=updated_datetime%3Adesc');
		expect(two).toMatch(/^\/api\/tickets\?limit=100&order_by=updated_datetime%3Adesc&cursor=[\w-]+$/);

		const before = server.requests.length;
		data.add(2);
		data.update(5, { status: 'open' });
		const later = await pull(project, [], env);
		expect([later.status, later.stderr]).toEqual([0, '']);
		expect(later.stdout).toContain('Gorgias: read the changes since the last pull: 3 tickets in 1 page');
		expect(later.stdout).toContain('holds 130 closed tickets');
		expect(paths(server, '/api/tickets', before)).toEqual(['/api/tickets?limit=100&order_by=updated_datetime%3Adesc']);
		expect(project.rows('gorgias').map((row) => row.id)).not.toContain(
			String(gorgiasTicketId(data.tickets[4] as never)),
		);
	});

	test('startDate: the first pull stops at the first ticket updated before that day', async () => {
		const data = dataset(3);
		const { server, project } = await gorgias(data, { startDate: '2020-01-01', pageSize: 500 });
		server.inject(
			page(
				[
					ticket({ id: 3, updated_datetime: '2020-01-02T00:00:00.000000' }),
					ticket({ id: 2, updated_datetime: '2019-12-31T23:59:59.999999' }),
					ticket({ id: 1, updated_datetime: '2019-12-01T00:00:00.000000' }),
				],
				'bmV4dA',
			),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		// A pageSize over Gorgias' 100 asks for 100; the next cursor is not followed past startDate.
		expect(paths(server, '/api/tickets')).toEqual(['/api/tickets?limit=100&order_by=updated_datetime%3Adesc']);
		expect(project.rows('gorgias').map((row) => row.id)).toEqual(['3']);
	});

	test('a closed ticket is kept with its closed_datetime read as UTC; open, spam, trashed and snoozed ones are not', async () => {
		const { server, project } = await gorgias(dataset(1));
		server.inject(
			page([
				ticket({ id: 1 }),
				ticket({ id: 2, status: 'open', closed_datetime: null }),
				ticket({ id: 3, spam: true }),
				ticket({ id: 4, trashed_datetime: '2026-03-15T08:00:00' }),
				// Snoozing closes a ticket until the snooze ends; one whose snooze has passed is closed.
				ticket({ id: 5, snooze_datetime: '2099-01-01T00:00:00' }),
				ticket({ id: 6, snooze_datetime: '2020-01-01T00:00:00' }),
			]),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('gorgias');
		expect(rows.map((row) => row.id)).toEqual(['1', '6']);
		expect(rows[0]).toMatchObject({
			status: 'closed',
			category: 'usability',
			productArea: 'billing',
			closedAt: '2026-03-14T23:30:00.123Z',
		});
		expect(gorgiasTime('2026-03-14T23:30:00.123456')).toBe(Date.UTC(2026, 2, 14, 23, 30, 0, 123));
		expect(gorgiasTime('2026-03-14T23:30:00+02:00')).toBe(Date.UTC(2026, 2, 14, 21, 30));
	});

	test('ticket fields are mapped by label through their ids, keyed or listed; a multi-select gives its first value; tags with a prefix', async () => {
		const { server, project } = await gorgias(dataset(1), {
			category: { tagPrefix: 'category:' },
			productArea: { field: gorgiasFakeFields.productArea.label },
			articles: { field: gorgiasFakeFields.article.label },
		});
		server.inject(
			page([
				ticket({
					id: 1,
					tags: [{ name: 'Category:Reliability' }, { name: 'vip' }],
					custom_fields: {
						'7002': { id: 7002, value: ['domains', 'api'] },
						'7003': { id: 7003, value: `${siteUrl}/articles/verify-domain/ api-errors` },
					},
				}),
				ticket({ id: 2, tags: [{ name: 'category:usability' }], custom_fields: [{ id: 7002, value: 'billing' }] }),
			]),
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('gorgias');
		expect(rows[0]).toMatchObject({
			category: 'Reliability',
			productArea: 'domains',
			articles: [`${siteUrl}/articles/verify-domain/ api-errors`],
		});
		expect(rows[1]).toMatchObject({ category: 'usability', productArea: 'billing', articles: [] });
		expect(paths(server, '/api/custom-fields')).toEqual(['/api/custom-fields?object_type=Ticket&limit=100']);
	});

	test("replies: one messages request per closed ticket; only what the team sent counts, never internal notes or the customer's words", async () => {
		const data = dataset(8);
		data.update(3, { status: 'open' });
		const { server, project } = await gorgias(data, { replies: true });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const messages = paths(server, '/api/messages');
		expect(messages).toHaveLength(7);
		expect(messages).toContain(`/api/messages?ticket_id=${gorgiasTicketId(data.tickets[6] as never)}&limit=100`);
		const rows = project.rows('gorgias');
		const seventh = rows.find((row) => row.id === String(gorgiasTicketId(data.tickets[6] as never)));
		expect(seventh?.articles).toEqual([data.tickets[6]?.replyArticle]);
		expect(JSON.stringify(rows)).not.toMatch(/internal-only|customer-pasted/);
	});

	test('a next cursor that leads back to a page already read stops the pull with exit 2, not a loop', async () => {
		const { server, project } = await gorgias(dataset(1));
		server.inject({ ...page([ticket({ id: 1 })], 'c2FtZQ'), times: 5 });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^Gorgias answered with the same page position twice \(/);
		expect(paths(server, '/api/tickets')).toHaveLength(2);
	});

	test(
		'403: exit 2 naming both variables and quoting Gorgias, never the key',
		async () => {
			const { server, project } = await gorgias(dataset(1));
			server.inject({
				match: isList,
				response: { status: 403, body: { error: { msg: 'You do not have the permission to access tickets.' } } },
			});
			const run = await pullProcess(project, [], env);
			expect(run.status).toBe(2);
			expect(run.stderr).toContain(
				'Gorgias refused the credentials in GORGIAS_EMAIL and GORGIAS_API_KEY (403 Forbidden)',
			);
			expect(run.stderr).toContain('Gorgias says "You do not have the permission to access tickets."');
			expect(run.stderr).not.toContain(env.GORGIAS_API_KEY);
			expect(run.stderr).not.toMatch(/\n\s+at /);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('hostile values are cleaned and an echoed API key is redacted before the cache holds them', async () => {
		const { server, project } = await gorgias(dataset(1));
		server.inject(
			page([
				ticket({
					id: 1,
					status: 'CLOSED',
					subject: `\u001b[2Jpwned ${env.GORGIAS_API_KEY}`,
					custom_fields: { '7001': { id: 7001, value: `usa\u202ebility\r\n::error::${env.GORGIAS_API_KEY}` } },
					customer: { id: null, email: 'jane@example.com' },
				}),
			]),
		);
		const run = await pull(project, ['--with-subjects'], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const text = readFileSync(project.cache('gorgias'), 'utf8');
		expect(hasControls(text.replaceAll('\n', ''))).toBe(false);
		expect(text).not.toContain(env.GORGIAS_API_KEY);
		expect(text).toContain('[redacted]');
		expect(text).not.toContain('jane@example.com');
		expect(project.rows('gorgias')[0]?.status).toBe('closed');
	});
});
