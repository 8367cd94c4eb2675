// Intercom tickets under the number the Inbox shows (`ticket_id`), not the API `id`;
// and a conversation that became a customer ticket counted once, as the ticket.
import { readFileSync, writeFileSync } from 'node:fs';
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

interface Fake {
	converted?: number[];
	searchOmitsTickets?: boolean;
	ticketIdsOwn?: boolean;
}

async function intercom(
	conversations: FakeDataset,
	tickets: FakeDataset,
	fake: Fake,
	settings: Record<string, unknown> = {},
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
		objects: ['conversations', 'tickets'],
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

const idsOf = (rows: Record<string, unknown>[]) => rows.map((row) => String(row.id)).sort();
const times = (ids: string[]) => new Map(ids.map((id) => [id, ids.filter((other) => other === id).length]));

describe('tickets:pull from Intercom: the ids the team sees, each request once', () => {
	test('a ticket is cached under the ticket_id the Inbox shows; its replies are still read by its API id', async () => {
		const conversations = dataset(4);
		const tickets = dataset(5);
		const { server, project } = await intercom(conversations, tickets, {}, { replies: true });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('intercom');
		expect(idsOf(rows)).toEqual(['1', '100001', '100002', '100003', '100004', '2', '3', '4', '5']);
		expect(server.requests.map((request) => request.path)).toContain('/tickets/200003');
		expect(rows.find((row) => row.id === '3')?.articles).toEqual([tickets.tickets[2]?.replyArticle]);
	});

	test('a cache that holds tickets under their API id gets no second row when a later pull sees them', async () => {
		const conversations = dataset(4);
		const tickets = dataset(6);
		const { project } = await intercom(conversations, tickets, {});
		expect((await pull(project, [], env)).status).toBe(0);
		// As a pull before this change wrote it: tickets under their API id.
		const file = project.cache('intercom');
		const old = readFileSync(file, 'utf8')
			.split('\n')
			.map((line) => line.replace(/^\{"id":"(\d)"/, (_, number: string) => `{"id":"${200_000 + Number(number)}"`))
			.join('\n');
		writeFileSync(file, old);
		expect(idsOf(project.rows('intercom'))).toContain('200002');

		tickets.update(2, { category: 'usability' });
		tickets.update(3, { status: 'open' });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const ids = idsOf(project.rows('intercom'));
		// Ticket 2 replaced its old row, ticket 3 left the cache; the others stay as they were.
		expect(ids).toEqual(['100001', '100002', '100003', '100004', '2', '200001', '200004', '200005', '200006']);
		expect(project.rows('intercom').find((row) => row.id === '2')?.category).toBe('usability');
	});

	test.each([
		['conversation search still answers it, with its `ticket`', { searchOmitsTickets: false }],
		['conversation search leaves it out', { searchOmitsTickets: true }],
		['the ticket has an API id of its own, which the conversation names', { ticketIdsOwn: true }],
	])('a conversation that became a ticket is counted once, as the ticket (%s)', async (_, fake) => {
		const conversations = dataset(6);
		const tickets = dataset(3);
		const converted: number[] = [2];
		const { project } = await intercom(conversations, tickets, { converted, ...fake });
		const first = await pull(project, [], env);
		expect([first.status, first.stderr]).toEqual([0, '']);
		expect(first.stdout).toContain('holds 9 closed tickets');
		// Its conversation is the same request, not a reopened ticket.
		expect(first.stdout).not.toContain('removed');
		let rows = project.rows('intercom');
		expect(idsOf(rows)).toEqual(['1', '100001', '100003', '100004', '100005', '100006', '1002', '2', '3']);
		expect(rows.find((row) => row.id === '1002')).toMatchObject({
			status: 'resolved',
			category: conversations.tickets[1]?.category,
		});

		// Conversation 4, cached as a closed conversation, is converted; its ticket is still being worked on.
		converted.push(4);
		conversations.update(4, { status: 'open' });
		// Conversation 5's ticket is resolved.
		converted.push(5);
		conversations.update(5, { subject: 'Converted' });
		const later = await pull(project, [], env);
		expect([later.status, later.stderr]).toEqual([0, '']);
		rows = project.rows('intercom');
		const ids = idsOf(rows);
		expect([...times(ids).values()].every((count) => count === 1)).toBe(true);
		expect(ids).toEqual(['1', '100001', '100003', '100006', '1002', '1005', '2', '3']);
		expect(rows.find((row) => row.id === '1005')?.status).toBe('resolved');
	});

	test('`objects: [tickets, conversations]` searches conversations first too, so the ticket still wins', async () => {
		const conversations = dataset(3);
		const { server, project } = await intercom(
			conversations,
			dataset(2),
			{ converted: [2], ticketIdsOwn: true },
			{ objects: ['tickets', 'conversations'] },
		);
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const searches = server.requests.map((request) => request.path).filter((path) => path.endsWith('/search'));
		expect(searches[0]).toBe('/conversations/search');
		expect(searches.at(-1)).toBe('/tickets/search');
		expect(idsOf(project.rows('intercom'))).toEqual(['1', '100001', '100003', '1002', '2']);
	});

	test('with conversations alone, a conversation that became a ticket stays one conversation row', async () => {
		const conversations = dataset(4);
		const { project } = await intercom(conversations, dataset(2), { converted: [2] }, { objects: ['conversations'] });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(idsOf(project.rows('intercom'))).toEqual(['100001', '100002', '100003', '100004']);
	});
});
