import { describe, expect, test } from 'vitest';
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
		expect(indexes).toEqual({ id: 0, subject: 1, status: 2, category: 4, productArea: 5, closedAt: 6, articles: 7 });
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
