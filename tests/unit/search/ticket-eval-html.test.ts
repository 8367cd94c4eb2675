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

/** One export read, none pulled. */
const read = { files: 1, pulled: false };

describe('the ticket-subject eval on the insights page', () => {
	test('shows the share found, per category and area, and the tickets not found', () => {
		const html = ticketEvalHtml(report, (id) => id.toUpperCase(), read);
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
		expect(ticketEvalHtml({ ...report, customerWords: [] }, (id) => id, read)).not.toContain('ticket-search-words');
	});

	test('ticket subjects and labels are text, never markup', () => {
		const html = ticketEvalHtml(report, (id) => id, read);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(html).toContain('Need &#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;');
		expect(escapeHtml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
	});

	test("a subject's invisible characters are written out, so a ticket search missed shows why", () => {
		const hidden = ticket('T-3', 'Invoice\u200b total <wrong>');
		const html = ticketEvalHtml(
			{ ...report, results: [{ ticket: hidden, expect: ['download-invoices'], rank: null, hits: [] }] },
			(id) => id,
			read,
		);
		expect(html).toContain('<td>Invoice\\u200b total &#60;wrong&#62;</td>');
		expect(html).not.toMatch(/[\u200b-\u200d\u2060-\u2064\ufeff]/);
	});

	describe('when no subject can be searched, says why and what to do', () => {
		const nothing = { ...report, results: [], found: 0, hitAt3: null, byCategory: [], byProductArea: [] };
		const text = (html: string) =>
			html
				.replace(/<[^>]+>/g, '')
				.replace(/&(#60|lt);/g, '<')
				.replace(/&(#62|gt);/g, '>');

		test('no tickets at all: pull them with their subjects, or add an export', () => {
			expect(text(ticketEvalHtml({ ...nothing, linked: 0 }, (id) => id, { files: 0, pulled: false }))).toBe(
				'No tickets yet, so there is nothing to search: run npm run tickets:pull -- --with-subjects, or add a helpdesk export with a subject column to content/tickets/, then build the handbook again (npm run build:internal).',
			);
		});

		test('an export whose subject column is empty: named, with how to fix it', () => {
			const html = ticketEvalHtml(
				{ ...nothing, linked: 0, emptySubjects: ['content/tickets/<x>.csv'] },
				(id) => id,
				read,
			);
			expect(html).toContain('<code>content/tickets/&#60;x&#62;.csv</code>');
			expect(text(html)).toBe(
				'The subject column of content/tickets/<x>.csv is empty in every row, so there is nothing to search: export the tickets again with their subjects, or, if another column holds them, add its name to coverage.columns.subject in content/tryblock.yaml, then build the handbook again (npm run build:internal).',
			);
		});

		test('no closed ticket with a subject links an article: link them (and pull with subjects)', () => {
			expect(text(ticketEvalHtml({ ...nothing, linked: 0 }, (id) => id, { files: 2, pulled: true }))).toBe(
				"No closed ticket with a subject links an article, so there is nothing to search yet: link each closed ticket to the article that answers it (npm run link -- <ticket-id> <slug>, or the export's articles column), then build the handbook again (npm run build:internal). Pulled tickets keep their subjects only with npm run tickets:pull -- --with-subjects.",
			);
		});

		test('linked, but to no public article: publish them or link public ones', () => {
			expect(text(ticketEvalHtml({ ...nothing, linked: 2 }, (id) => id, read))).toBe(
				'2 closed tickets link an article, but none a public article customers can see, so there is nothing to search yet: publish the articles they link (audience: public, not a draft), or link the tickets to public articles (npm run link -- <ticket-id> <slug>), then build the handbook again (npm run build:internal).',
			);
		});
	});
});
