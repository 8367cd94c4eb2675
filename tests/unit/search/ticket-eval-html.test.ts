import { describe, expect, test } from 'vitest';
import type { TicketEvalReport } from '../../../src/search/ticket-eval.ts';
import { ticketEvalHtml } from '../../../src/search/ticket-eval-html.ts';
import { escapeHtml } from '../../../src/text/html.ts';

const ticket = (id: string, subject: string) => ({
	id,
	subject,
	category: 'usability',
	productArea: 'billing',
	answers: ['download-invoices'],
});

const report: TicketEvalReport = {
	linked: 2,
	results: [
		{ ticket: ticket('T-1', 'invoice for march'), expect: ['download-invoices'], rank: 1, hits: [] },
		{
			ticket: ticket('T-2', 'Need <img src=x onerror=alert(1)> & "quotes"'),
			expect: ['download-invoices'],
			rank: null,
			hits: [],
		},
	],
	found: 1,
	hitAt3: 0.5,
	byCategory: [{ id: 'usability', label: 'Usability', tickets: 2, found: 1, hitAt3: 0.5 }],
	byProductArea: [{ id: 'billing', label: 'Billing <b>', tickets: 2, found: 1, hitAt3: 0.5 }],
	customerWords: [
		{
			slug: 'download-invoices',
			missed: 1,
			words: [
				{ word: '<script>', tickets: 1 },
				{ word: 'receipt', tickets: 1 },
			],
		},
	],
	minimum: 0.85,
	passed: false,
};

describe('the ticket-subject eval on the insights page', () => {
	test('shows the share found, per category and area, and the tickets not found', () => {
		const html = ticketEvalHtml(report, (id) => id.toUpperCase());
		expect(html).toContain('<strong data-stat="ticket-search">50%</strong> of 2 closed, linked tickets');
		expect(html).toContain(
			'<th scope="row">Usability</th><td class="num">2</td><td class="num">1</td><td class="num">50%</td>',
		);
		expect(html).toContain('<th scope="row">T-2</th>');
		expect(html).toContain('<a href="/articles/download-invoices/">download-invoices</a>');
		expect(html).not.toContain('<th scope="row">T-1</th>');
		// The customers' words each article lacks, to add as aliases or synonyms.
		expect(html).toContain(
			'<th scope="row"><a href="/articles/download-invoices/">download-invoices</a></th><td class="num">1</td><td>&#60;script&#62; (1), receipt (1)</td>',
		);
		expect(ticketEvalHtml({ ...report, customerWords: [] }, (id) => id)).not.toContain('ticket-search-words');
	});

	test('ticket subjects and labels are text, never markup', () => {
		const html = ticketEvalHtml(report, (id) => id);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(html).toContain('Need &#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;');
		expect(escapeHtml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
	});

	test('says so when no linked ticket can be searched', () => {
		expect(ticketEvalHtml({ ...report, results: [], hitAt3: null }, (id) => id)).toContain('nothing to search yet');
	});
});
