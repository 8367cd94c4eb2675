import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultColumnAliases } from '../../../src/tickets/column-names.ts';
import { createColumnMatcher, normalizeHeader, resolveHeaderRow } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';

const defaults = coverageConfigSchema.parse(undefined).columns;

describe('matching export headers to columns', () => {
	test('case, spaces, underscores and hyphens do not matter', () => {
		expect(['Ticket ID', 'ticket_id', 'TICKET-ID', 'ticketId'].map(normalizeHeader)).toEqual([
			'ticketid',
			'ticketid',
			'ticketid',
			'ticketid',
		]);
	});

	test('helpdesk header names find their columns; unknown headers are ignored', () => {
		const indexes = resolveHeaderRow(
			['Ticket ID', 'Subject', 'Status', 'Priority', 'Category', 'Product Area', 'Solved at', 'KB Articles'],
			createColumnMatcher(defaults),
		);
		expect(indexes).toEqual({
			id: 0,
			subject: 1,
			status: 2,
			category: 4,
			productArea: 5,
			closedAt: 6,
			articles: 7,
			tags: -1,
		});
	});

	test('HubSpot, Salesforce, Zoho Desk, ServiceDesk Plus and ServiceNow exports are read without configuration, and osTicket’s id and status', () => {
		const matcher = createColumnMatcher(defaults);
		const hubspot = ['Ticket ID', 'Ticket name', 'Ticket status', 'Pipeline', 'Priority', 'Category', 'Close date'];
		expect(resolveHeaderRow(hubspot, matcher)).toMatchObject({
			id: 0,
			subject: 1,
			status: 2,
			category: 5,
			closedAt: 6,
		});
		const salesforce = ['Case Number', 'Subject', 'Status', 'Type', 'Case Reason', 'Product', 'Date/Time Closed'];
		expect(resolveHeaderRow(salesforce, matcher)).toMatchObject({
			id: 0,
			subject: 1,
			status: 2,
			category: 3,
			productArea: 5,
			closedAt: 6,
		});
		const zoho = ['Ticket Id', 'Subject', 'Status', 'Category', 'Product Name', 'Closed Time'];
		expect(resolveHeaderRow(zoho, matcher)).toMatchObject({ productArea: 4, closedAt: 5 });
		const osticket = ['Ticket Number', 'Date Created', 'Subject', 'From', 'Department', 'Help Topic', 'Current Status'];
		expect(resolveHeaderRow(osticket, matcher)).toMatchObject({ id: 0, subject: 2, status: 6 });
		const servicedesk = ['Request ID', 'Subject', 'Requester', 'Request Status', 'Category', 'Completed Time'];
		expect(resolveHeaderRow(servicedesk, matcher)).toMatchObject({ id: 0, subject: 1, status: 3, category: 4 });
		const servicenow = ['Number', 'Short description', 'State', 'Category', 'Resolved'];
		expect(resolveHeaderRow(servicenow, matcher)).toMatchObject({
			id: 0,
			subject: 1,
			status: 2,
			category: 3,
			closedAt: 4,
		});
	});

	test('the README lists every default header name, column by column', () => {
		const readme = readFileSync('README.md', 'utf8');
		for (const [field, aliases] of Object.entries(defaultColumnAliases)) {
			const row = readme.split('\n').find((line) => line.startsWith(`  | ${field} |`));
			expect(row?.split('|').at(-2)?.trim(), field).toBe(aliases.join(', '));
		}
	});

	test.each([
		'Linked Article',
		'Knowledge Article',
		'Related Articles',
		'Help article',
		'Solution Article',
		'Article URL',
		'KB link',
	])('a team’s own article field named %j is the articles column', (header) => {
		const indexes = resolveHeaderRow(
			['Case Number', 'Status', 'Type', 'Product', header],
			createColumnMatcher(defaults),
		);
		expect(indexes.articles).toBe(4);
	});

	test('when two headers match one column, the earlier alias wins', () => {
		const indexes = resolveHeaderRow(['Type', 'Category', 'Number', 'Id'], createColumnMatcher(defaults));
		expect(indexes.category).toBe(1);
		expect(indexes.id).toBe(3);
	});

	test('configured aliases replace the defaults of their column', () => {
		const columns = coverageConfigSchema.parse({ columns: { category: ['Custom field [Reason]'] } }).columns;
		const indexes = resolveHeaderRow(['Id', 'Category', 'Custom field [Reason]'], createColumnMatcher(columns));
		expect(indexes.category).toBe(2);
		expect(columns.id).toEqual(defaults.id);
	});
});
