import { describe, expect, test } from 'vitest';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { fillRowFromJson } from '../../../src/tickets/json-row.ts';
import { createRawRow } from '../../../src/tickets/raw-row.ts';
import { checkCoverage, fixture, gate } from './helpers.ts';

const defaults = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

function categoryOf(ticket: unknown): string {
	const row = createRawRow();
	fillRowFromJson(ticket, row, defaults, new Set());
	return row.values.category;
}

function closedByCategory(report: Awaited<ReturnType<typeof gate>>['report']) {
	return Object.fromEntries(report.categories.map((category) => [category.id, category.closed]));
}

describe("an Intercom ticket's own `category` (Customer, Back-office, Tracker) is never the team's category", () => {
	test('without another category field: exit 2, saying where Intercom keeps it and naming coverage.columns.category', async () => {
		const run = await checkCoverage(['--tickets', fixture('intercom-tickets/tickets.json')]);
		expect([run.status, run.stdout, run.stderr]).toEqual([
			2,
			'',
			'tests/fixtures/tickets/intercom-tickets/tickets.json: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (an Intercom ticket\'s `category` is Customer, Back-office or Tracker, the kind of ticket Intercom files it as, not a category) (in Intercom the team\'s category is a ticket type attribute, under `ticket_attributes`, or a conversation data attribute, under `custom_attributes`; one named Category is read as it is, any other by its path under `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml, e.g. `ticket_attributes.Topic`; if the helpdesk files it as tags, name their prefix under `coverage.tagPrefixes.category`)\n',
		]);
	});

	test("the team's category in the ticket type attributes (`ticket_attributes`) is read by its name", async () => {
		const { report } = await gate({ tickets: [fixture('intercom-tickets/attributes.json')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
		expect(closedByCategory(report)).toMatchObject({ usability: 1, reliability: 1 });
	});

	test("a `category` holding the team's own topics is still read, on an Intercom ticket too", async () => {
		const { report } = await gate({ tickets: [fixture('intercom-tickets/topic.json')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
		expect(closedByCategory(report)).toMatchObject({ usability: 1, reliability: 1 });
	});

	test('only an Intercom ticket (type "ticket", or a ticket_type object) loses its fixed category, in any case', () => {
		expect(
			[
				{ type: 'ticket', category: 'back-office' },
				{ type: 'Ticket', category: ' Tracker ' },
				{ ticket_type: { type: 'ticket_type', category: 'Customer' }, category: 'Customer' },
			].map(categoryOf),
		).toEqual(['', '', '']);
		expect(
			[
				{ category: 'Customer' },
				{ type: 'conversation', category: 'Tracker' },
				{ type: 'ticket', category: 'Trackers' },
			].map(categoryOf),
		).toEqual(['Customer', 'Tracker', 'Trackers']);
	});

	test('a category named elsewhere wins over the fixed one, by its path too', () => {
		expect(categoryOf({ type: 'ticket', category: 'Customer', custom_attributes: { Category: 'Functional' } })).toBe(
			'Functional',
		);
		const byPath = createColumnMatcher(
			coverageConfigSchema.parse({ columns: { category: ['category', 'ticket_attributes.Topic'] } }).columns,
		);
		const row = createRawRow();
		fillRowFromJson(
			{ type: 'ticket', category: 'Tracker', ticket_attributes: { Topic: 'Abuse' } },
			row,
			byPath,
			new Set(),
		);
		expect(row.values.category).toBe('Abuse');
	});
});

describe("an Intercom ticket's row is the number the Inbox shows (`ticket_id`), as the pull names it", () => {
	function idOf(ticket: unknown, matcher = defaults): string {
		const row = createRawRow();
		fillRowFromJson(ticket, row, matcher, new Set());
		return row.values.id;
	}

	test('not the API id, whichever key comes first', () => {
		expect(idOf({ type: 'ticket', id: '7001', ticket_id: '41' })).toBe('41');
		expect(idOf({ ticket_id: 42, ticket_type: { type: 'ticket_type', name: 'Question' }, id: '7002' })).toBe('42');
	});

	test('a ticket without one, and any other record with both keys, keep their id', () => {
		expect(idOf({ type: 'ticket', id: '7003', ticket_id: '' })).toBe('7003');
		expect(idOf({ type: 'ticket', id: '7004' })).toBe('7004');
		expect(idOf({ type: 'conversation', id: '9001', ticket_id: '55' })).toBe('9001');
		expect(idOf({ id: '9002', ticket_id: '56' })).toBe('9002');
	});

	test('a team that names its id column keeps it', () => {
		const byId = createColumnMatcher(coverageConfigSchema.parse({ columns: { id: ['id'] } }).columns);
		expect(idOf({ type: 'ticket', id: '7001', ticket_id: '41' }, byId)).toBe('7001');
	});

	test('the gate names an unlinked ticket of a dump by that number, for `npm run new --ticket` and `tickets`', async () => {
		const run = await checkCoverage(['--tickets', fixture('intercom-tickets/numbers.json')]);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('1. 42  reliability / api  no article');
		expect(run.stdout).toContain('--ticket 42 ');
		expect(run.stdout).not.toContain('7102');
	});
});
