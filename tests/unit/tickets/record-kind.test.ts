import { describe, expect, test } from 'vitest';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { fillRowFromJson } from '../../../src/tickets/json-row.ts';
import { createRawRow } from '../../../src/tickets/raw-row.ts';
import { checkCoverage, fixture, gate } from './helpers.ts';

const defaults = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

/** The category one ticket object is read with under the default columns. */
function categoryOf(ticket: unknown): string {
	const row = createRawRow();
	fillRowFromJson(ticket, row, defaults, new Set());
	return row.values.category;
}

const missingCategory = (file: string) =>
	`tests/fixtures/tickets/record-kind/${file}: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (its \`type\` says what kind of record each is, such as conversation, ticket or email, not a category) (add the key of the field that holds the category to \`coverage.columns.category\` in tests/fixtures/tickets/site/tryblock.yaml, by its path when it is nested (\`custom_attributes.Category\`, \`attributes.custom.categoryStr\`); if the helpdesk files it as tags, name their prefix under \`coverage.tagPrefixes.category\`)\n`;

describe("a record's own `type` (its kind, not its topic) is never the category", () => {
	test.each([
		['Intercom\'s conversations (type "conversation")', 'intercom.json'],
		['Intercom pages, one a line, of conversations and tickets', 'intercom-pages.jsonl'],
		['Help Scout\'s conversations (type "email", "chat", "phone")', 'helpscout.json'],
		['Kustomer\'s JSON:API records (type "conversation")', 'kustomer.json'],
	])('%s: exit 2, naming coverage.columns.category', async (_, file) => {
		const run = await checkCoverage(['--tickets', fixture('record-kind', file)]);
		expect([run.status, run.stdout, run.stderr]).toEqual([2, '', missingCategory(file)]);
	});

	test('the kinds are recognised in any case, plural or as a list object, and only as the whole value', () => {
		expect(
			['Conversation', 'tickets', 'EMAIL', 'conversation.list', ' chat '].map((type) => categoryOf({ type })),
		).toEqual(['', '', '', '', '']);
		expect(['Email deliverability', 'Ticketing', 'Usability'].map((type) => categoryOf({ type }))).toEqual([
			'Email deliverability',
			'Ticketing',
			'Usability',
		]);
	});

	test("a `type` that holds the team's own topics is still read as the category", async () => {
		const { report } = await gate({ tickets: [fixture('record-kind/team-types.json')] });
		expect(report.totals).toMatchObject({ closed: 2, invalid: 0 });
		const byId = Object.fromEntries(report.categories.map((category) => [category.id, category.closed]));
		expect(byId).toMatchObject({ usability: 1, reliability: 1 });
	});

	test('a category the export does hold wins, and a team that lists `type` itself gets it as written', async () => {
		expect(categoryOf({ type: 'conversation', custom_attributes: { Category: 'Usability' } })).toBe('Usability');
		const listed = createColumnMatcher(coverageConfigSchema.parse({ columns: { category: ['type'] } }).columns);
		const row = createRawRow();
		fillRowFromJson({ type: 'conversation' }, row, listed, new Set());
		expect(row.values.category).toBe('conversation');
	});
});
