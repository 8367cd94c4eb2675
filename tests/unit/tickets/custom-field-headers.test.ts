import { describe, expect, test } from 'vitest';
import { createColumnMatcher, resolveHeaderRow } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { fixture, gate, readRows } from './helpers.ts';

const matcher = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

describe('a column named inside a helpdesk’s custom-field wrapper', () => {
	test('Jira’s `Custom field (Name)`, Freshdesk’s `cf_name`, Salesforce’s `Name__c` and a record’s name before a column', () => {
		const jira = [
			'Issue key',
			'Custom field (Category)',
			'Custom field (Product Area)',
			'Custom field (Linked articles)',
		];
		expect(resolveHeaderRow(jira, matcher)).toMatchObject({ id: 0, category: 1, productArea: 2, articles: 3 });
		const salesforce = ['CaseNumber', 'Category__c', 'Product_Area__c', 'ClosedDate', 'Article__c'];
		expect(resolveHeaderRow(salesforce, matcher)).toMatchObject({
			id: 0,
			category: 1,
			productArea: 2,
			closedAt: 3,
			articles: 4,
		});
		const freshdesk = ['id', 'status', 'cf_category', 'cf_product_area'];
		expect(resolveHeaderRow(freshdesk, matcher)).toMatchObject({ category: 2, productArea: 3 });
		const servicenow = ['number', 'state', 'category', 'u_product_area', 'u_kb_article', 'closed_at'];
		expect(resolveHeaderRow(servicenow, matcher)).toMatchObject({ id: 0, status: 1, productArea: 3, articles: 4 });
		const intercom = ['conversation_id', 'conversation_state', 'conversation_closed_at', 'conversationTags'];
		expect(resolveHeaderRow(intercom, matcher)).toMatchObject({ id: 0, status: 1, closedAt: 2 });
	});

	test('a custom field headed with its kind in brackets (`Category [list]`), as a spreadsheet report writes it', () => {
		const report = ['Id', 'Status', 'Category [list]', 'Product area [list]', 'KB article [txt]', 'Solved at'];
		expect(resolveHeaderRow(report, matcher)).toMatchObject({
			id: 0,
			status: 1,
			category: 2,
			productArea: 3,
			articles: 4,
			closedAt: 5,
		});
		// Brackets that are part of the name stay: `Area [old]` names no column.
		expect(resolveHeaderRow(['Id', 'Status', 'Category [old]'], matcher).category).toBe(-1);
	});

	test('Gorgias’ `Ticket Field: Name`, as its ticket export heads each ticket field', () => {
		const gorgias = [
			'Ticket id',
			'Status',
			'Ticket Field: Category',
			'Ticket Field: Product area',
			'Ticket field: KB article',
			'Closed datetime',
		];
		expect(resolveHeaderRow(gorgias, matcher)).toMatchObject({
			id: 0,
			status: 1,
			category: 2,
			productArea: 3,
			articles: 4,
			closedAt: 5,
		});
		// Written with underscores, and beside a field the gate does not read (Gorgias' own contact reason).
		const underscored = [
			'id',
			'status',
			'ticket_field:_contact_reason',
			'ticket_field:_category',
			'ticket_field:_product',
		];
		expect(resolveHeaderRow(underscored, matcher)).toMatchObject({ category: 3, productArea: 4 });
	});

	test('a header that names the column as it is wins over a wrapped one', () => {
		const indexes = resolveHeaderRow(['Issue id', 'Custom field (Category)', 'Issue key', 'Category'], matcher);
		expect(indexes).toMatchObject({ id: 2, category: 3 });
	});

	test('how a ticket is handled is never its category, wrapped or not; other words that begin with a record’s name are no wrapper', () => {
		for (const header of [
			'Issue Type',
			'Ticket type',
			'Custom field (Request Type)',
			'Request Type',
			'Custom field (Type)',
		]) {
			expect(resolveHeaderRow(['Issue key', 'Status', header], matcher).category, header).toBe(-1);
		}
		expect(resolveHeaderRow(['Requester', 'Casework', 'Ticketstatus page', 'cf'], matcher)).toMatchObject({
			id: -1,
			status: -1,
		});
	});
});

describe('exports whose columns are custom fields', () => {
	test('a Jira Service Management export with its custom fields is judged without configuration', async () => {
		const file = fixture('custom-field-headers/jira.csv');
		const { report } = await gate({ tickets: [file] });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			{ id: 'SUP-12', category: 'functional', productArea: 'billing', reason: 'no-article', file, line: 3 },
		]);
	});

	test('Freshdesk’s API custom fields win over its `type`, which would otherwise be read as the category', async () => {
		const { rows } = await readRows(fixture('custom-field-headers/freshdesk-api.json'));
		expect(
			rows.map((row) => [row.values.id, row.values.category, row.values.productArea, row.values.articles]),
		).toEqual([
			['7001', 'Usability', 'Domains', 'verify-domain'],
			['7002', 'Functional', 'Billing', ''],
		]);
	});

	test('a ServiceNow list exported with field names: its custom columns are named u_<name>', async () => {
		const file = fixture('custom-field-headers/servicenow.csv');
		const { report } = await gate({ tickets: [file], since: '2026-03-01' });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			{ id: 'INC0052231', category: 'reliability', productArea: 'api', reason: 'no-article', file, line: 3 },
		]);
	});

	test('a Gorgias ticket export: its ticket fields, and its closed datetime for --since', async () => {
		const file = fixture('gorgias/export.csv');
		const { report } = await gate({ tickets: [file], since: '2026-03-14' });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets).toEqual([
			{ id: '48215', category: 'reliability', productArea: 'api', reason: 'no-article', file, line: 4 },
		]);
		const later = await gate({ tickets: [file], since: '2026-03-15' });
		expect(later.report.totals.closed).toBe(1);
	});

	test('a Salesforce export with API field names', async () => {
		const { report } = await gate({ tickets: [fixture('custom-field-headers/salesforce-api.csv')] });
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
	});
});
