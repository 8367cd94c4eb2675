import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { findSplit } from '../../../src/tickets/csv-split.ts';
import { readTickets } from '../../../src/tickets/gate.ts';
import { judgeTickets } from '../../../src/tickets/judge.ts';
import { resolvePolicy } from '../../../src/tickets/policy.ts';
import { buildReport } from '../../../src/tickets/report.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { site } from './helpers.ts';

const content = loadContent(site);
const policy = resolvePolicy(content.config.coverage, content.taxonomy, { contentDir: site, today: '2026-06-01' });
const header = 'Ticket ID,Subject,Status,Category,Product Area,Closed At,KB Articles\r\n';

type Parallel = Parameters<typeof readTickets>[2] extends infer Options
	? Options extends { parallel?: infer P }
		? P
		: never
	: never;

/** Everything the gate keeps about each ticket, by id, plus the report. */
async function readAll(file: string, parallel: Parallel) {
	const { table, links, exports } = await readTickets([file], content, { parallel });
	const tickets = Array.from({ length: table.size }, (_, slot) => ({
		id: table.idOf(slot),
		state: table.state[slot],
		category: table.category[slot],
		productArea: table.productArea[slot],
		link: table.link[slot],
		day: table.day[slot],
		references: links.referenceKeys[table.referenceSet[slot] as number],
		line: table.line[slot],
		subject: table.subjects.get(slot),
		reason: table.invalidReasons.get(slot),
	})).sort((a, b) => (a.id < b.id ? -1 : 1));
	const report = buildReport(judgeTickets(table, { taxonomy: content.taxonomy, links, policy }), policy, content);
	return { tickets, report, rows: exports[0]?.rows, duplicates: table.duplicates, orphans: table.orphanRows };
}

function writeExport(rows: string[]): string {
	const file = path.join(temporaryDir('parallel'), 'tickets.csv');
	writeFileSync(file, `\uFEFF${header}${rows.join('\r\n')}\r\n`);
	return file;
}

/** A realistic export: quoted line breaks, duplicates across the halves, unlinked and invalid rows. */
function mixedRows(count: number): string[] {
	const rows: string[] = [];
	const references = [
		'verify-domain',
		'/articles/api-errors/',
		'https://help.example.com/articles/billing-invoices/',
		'batch-api',
		'no-such-page',
		'',
	];
	for (let index = 0; index < count; index++) {
		const id = `T-${index % 7 === 0 ? index % 500 : index}`;
		const subject = index % 5 === 0 ? `"Line one, with a comma\r\nline ""two"""` : `Subject ${index}`;
		const category =
			index % 97 === 0 ? 'Billing issue' : ['Usability', 'reliability', 'Success Outreach', 'functional'][index % 4];
		const status = index % 11 === 0 ? 'Open' : 'Solved';
		rows.push(
			`${id},${subject},${status},${category},${['Domains', 'api', 'Billing'][index % 3]},2026-03-${String(1 + (index % 28)).padStart(2, '0')},${references[index % references.length]}`,
		);
	}
	rows.push(',Lost id,Solved,Usability,Domains,2026-03-01,verify-domain', 'T-9999,Short,Solved');
	return rows;
}

describe('reading a big CSV export with two threads', () => {
	test('gives exactly what one thread gives: tickets, lines, duplicates across the halves, report', async () => {
		const file = writeExport(mixedRows(20_000));
		const one = await readAll(file, false);
		const two = await readAll(file, { minBytes: 1 });
		expect(one.duplicates).toBeGreaterThan(2000);
		expect(one.report.totals.invalid).toBeGreaterThan(100);
		expect(two.tickets).toEqual(one.tickets);
		expect(two.report).toEqual(one.report);
		expect(two.orphans).toEqual(one.orphans);
		expect([two.rows, two.duplicates]).toEqual([one.rows, one.duplicates]);
	});

	test('a split that a stray quote puts inside a quoted field is caught, and the file is read again correctly', async () => {
		const before = Array.from(
			{ length: 2000 },
			(_, index) => `T-${index + 10000},Plain row,Solved,Usability,Domains,2026-03-01,verify-domain`,
		);
		const stray = 'T-1,Screen is 5" wide,Solved,Usability,Domains,2026-03-01,verify-domain';
		const after = Array.from(
			{ length: 200 },
			(_, index) => `T-${index + 2},"Two\r\nlines ${index}",Solved,Usability,Domains,2026-03-02,`,
		);
		const file = writeExport([...before, stray, ...after]);
		// Up to the stray quote the count of quotes is even; after it, the first even count is inside "Two\r\nlines".
		const splitNear = Buffer.byteLength(`\uFEFF${header}${before.join('\r\n')}\r\n`);
		expect(findSplit(file, splitNear, true)).toBe(splitNear + Buffer.byteLength(`${stray}\r\nT-2,"Two\r\n`));
		const one = await readAll(file, false);
		expect(await readAll(file, { minBytes: 1, splitNear })).toEqual(one);
		expect(one.tickets.find((ticket) => ticket.id === 'T-200')).toMatchObject({
			line: 2003 + 2 * 198,
			subject: 'Two lines 198',
		});
	});

	test('repeated columns, short rows, blank lines and a report footer read the same in both halves', async () => {
		const jira =
			'Issue key,Status,Category,Component/s,Component/s,Closed At,Linked articles,Linked articles,Notes\r\n';
		const rows = Array.from({ length: 4000 }, (_, index) =>
			index % 2 === 0
				? `J-${index},Done,Usability,,Domains,14/Mar/26 9:00 AM,,verify-domain`
				: `J-${index},Done,Reliability,API,Billing,2026-03-02,api-errors,no-such-page,`,
		);
		rows.splice(2000, 0, '', '');
		const footer = '\r\n"Grand Totals (4000 records)"\r\n""\r\n"Confidential Information - Do Not Distribute"\r\n';
		const file = path.join(temporaryDir('parallel'), 'jira.csv');
		writeFileSync(file, `\uFEFF${jira}${rows.join('\r\n')}\r\n${footer}`);
		const one = await readAll(file, false);
		expect([one.rows, one.report.totals.closed, one.report.totals.invalid]).toEqual([4000, 4000, 0]);
		const two = await readAll(file, { minBytes: 1 });
		expect(two.tickets).toEqual(one.tickets);
		expect(two.report).toEqual(one.report);
		expect(two.rows).toBe(one.rows);
	});

	test('US dates whose order only the second half proves are read month first in both halves', async () => {
		const rows = Array.from(
			{ length: 4000 },
			(_, index) =>
				`T-${index},Subject,Solved,Usability,Domains,3/${index < 3000 ? 1 + (index % 12) : 13 + (index % 16)}/2026 9:00 AM,verify-domain`,
		);
		const file = writeExport(rows);
		const one = await readAll(file, false);
		expect([one.report.totals.closed, one.report.totals.invalid]).toEqual([4000, 0]);
		expect(one.tickets.find((ticket) => ticket.id === 'T-1')?.day).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
		const two = await readAll(file, { minBytes: 1 });
		expect(two.tickets).toEqual(one.tickets);
		expect(two.report).toEqual(one.report);
	});

	test('tags that hold the category, area and article (coverage.tagPrefixes) are read in the second half too', async () => {
		const tagged = {
			...content,
			config: {
				...content.config,
				coverage: {
					...content.config.coverage,
					tagPrefixes: { category: 'category_', productArea: 'area_', articles: 'kb_' },
				},
			},
		};
		const rows = Array.from(
			{ length: 4000 },
			(_, index) =>
				`Z-${index},Solved,"vip category_${['usability', 'reliability'][index % 2]} area_${['domains', 'api'][index % 2]}${index % 3 === 0 ? ' kb_verify-domain' : ''}",2026-03-02`,
		);
		const file = path.join(temporaryDir('parallel'), 'zendesk.csv');
		writeFileSync(file, `Id,Status,Tags,Solved at\r\n${rows.join('\r\n')}\r\n`);
		const read = async (parallel: Parallel) => {
			const { table, links } = await readTickets([file], tagged, { parallel });
			return buildReport(judgeTickets(table, { taxonomy: content.taxonomy, links, policy }), policy, content);
		};
		const one = await read(false);
		expect(one.totals).toMatchObject({ closed: 4000, linked: 1334, invalid: 0 });
		expect(await read({ minBytes: 1 })).toEqual(one);
	});

	test('an error in the second half is reported at its line in the whole file', async () => {
		const rows = [
			...mixedRows(3000),
			'T-10001,"Never closed,Solved,Usability,Domains,2026-03-01,verify-domain',
			'T-10002,x,Solved,Usability,Domains,2026-03-01,',
		];
		const file = writeExport(rows);
		const message = async (parallel: Parallel) => {
			try {
				await readTickets([file], content, { parallel });
			} catch (error) {
				if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
				throw error;
			}
			return 'no error';
		};
		const sequential = await message(false);
		expect(sequential).toMatch(/tickets\.csv:3\d{3}: a quoted field that starts in this row is never closed/);
		expect(await message({ minBytes: 1 })).toBe(sequential);
	});
});
