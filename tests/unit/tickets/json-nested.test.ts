import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/content-model/errors.ts';
import type { ColumnField } from '../../../src/tickets/column-names.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { fillRowFromJson } from '../../../src/tickets/json-row.ts';
import { createRawRow, type RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { fixture, gate } from './helpers.ts';

function fill(ticket: unknown, columns: Partial<Record<ColumnField, string[]>> = {}) {
	const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
	const row = createRawRow();
	fillRowFromJson(ticket, row, matcher, new Set());
	return row.values;
}

describe('custom fields nested in a JSON ticket', () => {
	test("inside custom_fields, Jira's fields or HubSpot's properties they are read by their own name; the ticket's own keys win", () => {
		expect(
			fill({
				id: 'T-1',
				status: 'solved',
				custom_fields: { category: 'Usability', product_area: 'Domains', status: 'pending' },
			}),
		).toMatchObject({ id: 'T-1', status: 'solved', category: 'Usability', productArea: 'Domains' });
		expect(fill({ id: '9011', properties: { subject: 'Rate limited', status: 'Closed' } })).toMatchObject({
			subject: 'Rate limited',
			status: 'Closed',
		});
	});

	test('option objects show their value or name, and lists of them one per line', () => {
		expect(
			fill({ key: 'SUP-1', fields: { status: { name: 'Done' }, components: [{ name: 'API' }, { name: 'Billing' }] } }),
		).toMatchObject({ id: 'SUP-1', status: 'Done', productArea: 'API\nBilling' });
	});

	test("a list of {id, value} entries (Zendesk's custom_fields) is read by the path a column names", () => {
		const ticket = {
			id: 35436,
			status: 'solved',
			custom_fields: [
				{ id: 360012, value: 'usability' },
				{ id: 360013, value: 'domains' },
			],
		};
		expect(fill(ticket)).toMatchObject({ category: '', productArea: '' });
		expect(fill(ticket, { category: ['custom_fields.360012'], productArea: ['Custom Fields.360013'] })).toMatchObject({
			id: '35436',
			category: 'usability',
			productArea: 'domains',
		});
	});

	test("a column's path may lead more than one level down: Kustomer's custom attributes under attributes.custom", async () => {
		const columns = {
			category: ['attributes.custom.categoryStr'],
			productArea: ['attributes.custom.productAreaStr'],
			articles: ['attributes.custom.kbArticleUrl'],
			subject: ['attributes.name'],
		};
		const matcher = createColumnMatcher(coverageConfigSchema.parse({ columns }).columns);
		const rows: RawRow['values'][] = [];
		await readExport(fixture('json-nested/kustomer.json'), {
			matcher,
			required: requiredColumns,
			onRow: (row) => rows.push({ ...row.values }),
		});
		expect(
			rows.map(({ id, status, category, productArea, articles }) => [id, status, category, productArea, articles]),
		).toEqual([
			['66a1f0c2d3e4f5a6b7c8d901', 'done', 'Usability', 'Domains', 'https://help.example.com/articles/verify-domain/'],
			['66a1f0c2d3e4f5a6b7c8d902', 'snoozed', 'Functional', 'Billing', ''],
		]);
		expect(rows[0]?.subject).toBe('Signup confirmation never arrives at Yahoo');
		expect(fill({ id: 'K-1', attributes: { custom: {} } }, columns)).toMatchObject({ category: '', productArea: '' });
	});

	test("Help Scout's custom fields give the option they show (text), not the option's id (value)", async () => {
		const file = fixture('json-nested/helpscout.json');
		const { report } = await gate({ tickets: [file] });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			{ id: '2710448820', category: 'functional', productArea: 'billing', reason: 'no-article', file, line: 24 },
		]);
		expect(
			fill({ id: 'H-1', customFields: [{ id: 44, name: 'Category', value: 'usability', text: '' }] }),
		).toMatchObject({
			category: 'usability',
		});
	});

	test('a record\'s type inside a container (Salesforce\'s attributes.type, "Case") is never its category', async () => {
		const error = await gate({ tickets: [fixture('json-nested/salesforce-query.json')] }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems.map((problem) => problem.message)).toEqual([
			'no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one',
		]);
		expect(fill({ CaseNumber: '1', attributes: { type: 'Case' }, fields: { category: 'Usability' } })).toMatchObject({
			category: 'Usability',
		});
	});

	test('other nested objects (the requester, the assignee) never give the ticket its id, status or category', () => {
		expect(fill({ status: 'solved', requester: { id: 77, status: 'vip', category: 'x' } })).toMatchObject({
			id: '',
			status: 'solved',
			category: '',
		});
		expect(fill({ key: 'SUP-2', fields: { id: '10002' } })).toMatchObject({ id: 'SUP-2' });
	});

	test('the gate judges a JSON Lines export of nested tickets', async () => {
		const file = fixture('json-nested/tickets.jsonl');
		const { report } = await gate({ tickets: [file] });
		expect(report.totals).toEqual({ closed: 3, linked: 3, unlinked: 0, invalid: 1, duplicates: 0 });
		expect(report.invalidRows).toEqual([{ file, line: 4, reason: 'closed ticket without an id' }]);
	});
});
