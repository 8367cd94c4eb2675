// Intercom Tickets, the object apart from conversations since API 2.9: pulled when the
// team lists them under `objects`, from "Search tickets", with the team's fields in
// `ticket_attributes` and the state a string (2.11) or an object (2.12 on).
import { afterEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createIntercomFake } from '../../../src/helpdesk/fakes/intercom.ts';
import { dataset, makeProject, pull, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { INTERCOM_ACCESS_TOKEN: 'ic-secret-token' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function intercom(
	conversations: FakeDataset,
	tickets: FakeDataset,
	settings: Record<string, unknown> = {},
	fake: { stateObjects?: boolean } = {},
) {
	const server = await serve(
		createIntercomFake(conversations, { token: env.INTERCOM_ACCESS_TOKEN, siteUrl, tickets, ...fake }),
	);
	const project = makeProject({
		type: 'intercom',
		baseUrl: server.url,
		category: { attribute: 'Category' },
		productArea: { attribute: 'Product area' },
		articles: { attribute: 'KB article' },
		pageSize: 4,
		retry: quickRetry,
		...settings,
	});
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

const requestsTo = (server: { requests: { path: string; body: string }[] }, route: string) =>
	server.requests.filter((request) => request.path.split('?')[0] === route);

/** Ten conversations and twelve tickets, ticket 2 still being worked on. */
function data() {
	const conversations = dataset(10);
	const tickets = dataset(12);
	const two = tickets.tickets[1];
	if (two) tickets.update(2, { status: 'open' }, two.updatedAt + 1000);
	return { conversations, tickets };
}

describe('tickets:pull from Intercom, tickets as well as conversations', () => {
	test('by default only conversations are searched, as before', async () => {
		const { conversations, tickets } = data();
		const { server, project } = await intercom(conversations, tickets);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(requestsTo(server, '/tickets/search')).toEqual([]);
		expect(project.rows('intercom').length).toBe(10);
	});

	test.each([
		['a string (API 2.11)', false],
		['an object (API 2.12 on)', true],
	])(
		'with `objects: [conversations, tickets]` resolved tickets are pulled too, their state %s',
		async (_, stateObjects) => {
			const { conversations, tickets } = data();
			const { server, project } = await intercom(
				conversations,
				tickets,
				{ objects: ['conversations', 'tickets'], replies: true },
				{ stateObjects },
			);
			const run = await pull(project, [], env);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(run.stdout).toContain('holds 21 closed tickets');

			const searches = requestsTo(server, '/tickets/search').map((request) => JSON.parse(request.body) as unknown);
			expect(searches.length).toBeGreaterThanOrEqual(3);
			expect(searches[0]).toEqual({
				query: { field: 'state', operator: '=', value: 'resolved' },
				pagination: { per_page: 4 },
			});

			const rows = project.rows('intercom');
			const ids = rows.map((row) => String(row.id));
			expect(ids.filter((id) => id.startsWith('1000')).length).toBe(10);
			// Tickets by the `ticket_id` the Inbox shows, not their API id.
			expect(ids.filter((id) => !id.startsWith('1000')).sort()).toEqual(
				[1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(String).sort(),
			);
			const first = rows.find((row) => row.id === '1');
			const source = tickets.tickets[0];
			expect(first).toMatchObject({
				status: 'resolved',
				category: source?.category,
				productArea: source?.productArea,
				articles: [`${siteUrl}/articles/${source?.article}/`],
			});
			expect(String(first?.closedAt)).toMatch(/^\d{4}-\d\d-\d\dT/);
			// The team's reply on ticket 3 links an article; its internal note does not count.
			const third = rows.find((row) => row.id === '3');
			expect(third?.articles).toEqual([tickets.tickets[2]?.replyArticle]);
			expect(JSON.stringify(rows)).not.toContain('ticket-note');
			// Intercom's own kind of ticket (Customer) is never taken for the team's category.
			expect(JSON.stringify(rows)).not.toContain('Customer');
		},
	);

	test('a later pull asks for tickets updated since, and a reopened ticket leaves the cache', async () => {
		const { conversations, tickets } = data();
		const { server, project } = await intercom(conversations, tickets, { objects: ['conversations', 'tickets'] });
		expect((await pull(project, [], env)).status).toBe(0);
		tickets.update(5, { status: 'open' });
		tickets.update(2, { status: 'closed' });
		const before = requestsTo(server, '/tickets/search').length;
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const later = requestsTo(server, '/tickets/search')
			.slice(before)
			.map((request) => JSON.parse(request.body) as { query: unknown });
		expect(later[0]?.query).toMatchObject({ field: 'updated_at', operator: '>' });
		const ids = project.rows('intercom').map((row) => String(row.id));
		expect(ids).not.toContain('5');
		expect(ids).toContain('2');
		expect(ids.length).toBe(21);
	});

	test('with `objects: [tickets]` conversations are not searched, and mapped names are checked against the ticket types', async () => {
		const { conversations, tickets } = data();
		const { server, project } = await intercom(conversations, tickets, { objects: ['tickets'] });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(requestsTo(server, '/conversations/search')).toEqual([]);
		expect(project.rows('intercom').length).toBe(11);

		const wrong = await intercom(conversations, tickets, {
			objects: ['tickets'],
			category: { attribute: 'Topic' },
		});
		const refused = await pull(wrong.project, [], env);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain('Topic');
		expect(refused.stderr).toContain('Category, Product area, KB article');
	});
});
