import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { runTicketEval } from '../../../src/search/ticket-eval.ts';
import { formatTicketReport, ticketReportJson } from '../../../src/search/ticket-report.ts';
import { readLinkedTickets } from '../../../src/search/ticket-subjects.ts';
import { loadContentForCoverage } from '../../../src/tickets/gate.ts';
import { writeFixtureSite } from './fixture-site.ts';

const out = 'tests/.output/search-tickets';
const exportFile = `${out}/export.csv`;
const content = loadContentForCoverage('content');
let dist: string;

beforeAll(async () => {
	dist = await writeFixtureSite(`${out}/site`, { aliases: true });
	mkdirSync(out, { recursive: true });
	writeFileSync(
		exportFile,
		[
			'Ticket ID,Subject,Status,Category,Product Area,Solved at,KB Articles',
			'T-1,Domain verification taking forever,Solved,Reliability,Domains,2026-03-02,domain-stuck-pending',
			'T-2,which dns records do we add,Closed,Usability,Domains,2026-03-03,/articles/verify-domain/',
			'T-3,"outlook junk folder, again",Closed,Deliverability,Sending,2026-03-04,emails-landing-in-spam',
			'T-4,"Invoice \u001b[31mred\u001b[0m in the wrong currency",Closed,Usability,Billing,2026-03-05,verify-domain',
			'T-5,open ticket about spam,Open,Deliverability,Sending,,emails-landing-in-spam',
			'T-6,nobody linked this,Closed,Usability,API,2026-03-06,',
			'T-7,Runbook-only answer,Closed,Usability,API,2026-03-06,escalate-to-engineering',
		].join('\n'),
	);
});

describe('the ticket-subject eval', () => {
	test('reads the subjects of closed, linked tickets with the gate’s own reader', async () => {
		const { tickets, emptySubjects } = await readLinkedTickets([exportFile], content);
		expect(emptySubjects).toEqual([]);
		expect(tickets.map((ticket) => [ticket.id, ticket.category, ticket.productArea, ticket.answers])).toEqual([
			['T-1', 'reliability', 'domains', ['domain-stuck-pending']],
			['T-2', 'usability', 'domains', ['verify-domain']],
			['T-3', 'deliverability', 'sending', ['emails-landing-in-spam']],
			['T-4', 'usability', 'billing', ['verify-domain']],
			['T-7', 'usability', 'api', ['escalate-to-engineering']],
		]);
	});

	test('reads a pulled cache like an export: its subjects when pulled with them, and none when not', async () => {
		const cacheDir = `${out}/pulled/.tryblock/tickets`;
		mkdirSync(cacheDir, { recursive: true });
		const row = (id: string, extra: object) =>
			JSON.stringify({
				id,
				status: 'solved',
				category: 'usability',
				productArea: 'domains',
				closedAt: '2026-03-07',
				articles: ['verify-domain'],
				requester: 'a1b2',
				...extra,
			});
		writeFileSync(
			`${cacheDir}/zendesk.jsonl`,
			`${row('Z-1', { subject: 'how do I add my domain' })}\n${row('T-2', {})}\n`,
		);
		const { tickets, emptySubjects } = await readLinkedTickets([exportFile, `${cacheDir}/zendesk.jsonl`], content);
		// A cache without subjects is no empty subject column: it was pulled without them.
		expect(emptySubjects).toEqual([]);
		const subjects = new Map(tickets.map((ticket) => [ticket.id, ticket.subject]));
		expect(subjects.get('Z-1')).toBe('how do I add my domain');
		// The cache's newer row for T-2 has no subject: the export's stays searchable.
		expect(subjects.get('T-2')).toBe('which dns records do we add');
	});

	test('names the exports whose subject column is empty in every row, and only those', async () => {
		const blank = 'tests/fixtures/tickets/blank-subjects/tickets.csv';
		expect(await readLinkedTickets([blank], content)).toEqual({
			tickets: [],
			emptySubjects: [blank],
			withoutSubject: [],
		});
		const both = await readLinkedTickets([blank, exportFile], content);
		expect([both.tickets.length, both.emptySubjects]).toEqual([5, [blank]]);
	});

	test('names each closed, linked ticket whose subject is blank among good rows, at its row, instead of leaving it out', async () => {
		const file = 'tests/fixtures/tickets/blank-cells/tickets.csv';
		const { tickets, withoutSubject } = await readLinkedTickets([file], content);
		expect(tickets.map((ticket) => ticket.id)).toEqual(['C-1']);
		// C-3's subject is blank too, but it links nothing: the coverage gate names it.
		expect(withoutSubject).toEqual([{ id: 'C-2', file, line: 3 }]);
		const report = await runTicketEval({ distDir: dist, files: [file, exportFile], content });
		const text = formatTicketReport(report, { sources: [file, exportFile], labels: (id) => id });
		expect(text.split('\n')[1]).toBe(`1 of them has no subject, so it was not searched: C-2 (${file}:3)`);
		expect(ticketReportJson(report).withoutSubject).toEqual([{ id: 'C-2', file, line: 3 }]);
	});

	test('scores how often the linked article ranks in the first 3, per category and product area', async () => {
		const report = await runTicketEval({ distDir: dist, files: [exportFile], content });
		// T-7's answer is a runbook the searched site does not show customers.
		expect(report.results.map((result) => [result.ticket.id, result.rank])).toEqual([
			['T-1', 1],
			['T-2', 1],
			['T-3', 1],
			['T-4', null],
		]);
		expect(report).toMatchObject({ linked: 5, found: 3, hitAt3: 0.75, passed: false, minimum: 0.85 });
		expect(report.byProductArea.map((row) => [row.id, row.tickets, row.found])).toEqual([
			['domains', 2, 2],
			['sending', 1, 1],
			['billing', 1, 0],
		]);
		const text = formatTicketReport(report, { sources: ['export.csv'], labels: (id) => id.toUpperCase() });
		expect(text).toContain('  hit@3  0.750  (3/4)  minimum 0.85  below minimum');
		expect(text).toContain('  T-4  USABILITY / BILLING  "Invoice red in the wrong currency"');
		expect(text).not.toContain('\u001b');
		expect(ticketReportJson(report).tickets[3]).toMatchObject({ id: 'T-4', rank: null, expect: ['verify-domain'] });
		// T-4's words that verify-domain does not use: what an alias or a synonym would teach search.
		const words = report.customerWords.find((article) => article.slug === 'verify-domain');
		expect(words?.missed).toBe(1);
		expect(words?.words.map((entry) => entry.word)).toEqual(expect.arrayContaining(['currency', 'invoice']));
		expect(words?.words.map((entry) => entry.word)).not.toContain('the');
		expect(text).toMatch(/ {2}verify-domain \(1 ticket not found\): .*currency ×1/);
		expect(ticketReportJson(report).customerWords).toEqual(report.customerWords);
	});

	test('counts only the answers `isShown` allows, as the internal insights do (public articles only)', async () => {
		const report = await runTicketEval({
			distDir: dist,
			files: [exportFile],
			content,
			isShown: (slug) => ['domain-stuck-pending', 'emails-landing-in-spam'].includes(slug),
		});
		// T-2 and T-4 link only verify-domain, a page of the build that is not shown: they are not searched.
		expect(report.results.map((result) => result.ticket.id)).toEqual(['T-1', 'T-3']);
		expect(report.results.flatMap((result) => result.hits.map((hit) => hit.slug))).not.toContain('verify-domain');
		expect(report).toMatchObject({ linked: 5, found: 2, hitAt3: 1, passed: true });
	});
});
