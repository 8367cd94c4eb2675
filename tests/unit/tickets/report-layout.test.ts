import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-model/content.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema } from '../../../src/tickets/coverage-config.ts';
import { headerDelimiter, isTrailerLine } from '../../../src/tickets/csv-layout.ts';
import { formatText } from '../../../src/tickets/format-text.ts';
import { readTickets } from '../../../src/tickets/gate.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, gate, plain, readRows, site } from './helpers.ts';

const matcher = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

/** The warning lines of the text report. */
async function warnings(file: string): Promise<string[]> {
	const result = await gate({ tickets: [file] });
	return formatText(result, { colors: plain })
		.split('\n')
		.filter((line) => line.startsWith('  ! '));
}

describe('title lines above the header row (a report export)', () => {
	const file = fixture('report-title/tickets.csv');

	test('are passed over: the header is the first row that names columns, and its delimiter is the header’s', async () => {
		const { rows, summary } = await readRows(file);
		expect(rows.map((row) => [row.line, row.values.id, row.values.status, row.values.articles])).toEqual([
			[5, 'P-1', 'Solved', 'verify-domain'],
			[6, 'P-2', 'Closed', 'api-errors'],
		]);
		expect(summary.preamble).toEqual({ from: 1, to: 3, first: 'Tickets closed last month' });
		const { report } = await gate({ tickets: [file] });
		expect([report.ok, report.totals.closed, report.totals.invalid]).toEqual([true, 2, 0]);
	});

	test('are named in one note at the header row', async () => {
		expect(await warnings(file)).toContain(
			'  ! tests/fixtures/tickets/report-title/tickets.csv:4: the header row is here; the title above it (lines 1–3) is passed over, not read as tickets; it starts "Tickets closed last month"',
		);
	});

	test('an export where no row names the columns is unusable, with that reason', async () => {
		const run = await checkCoverage(['--tickets', fixture('no-header/tickets.csv')]);
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr.split('\n\nUsage:')[0]?.trimEnd()).toBe(
			'tests/fixtures/tickets/no-header/tickets.csv:1: has no header row: none of its first 2 lines names the columns (expected a row such as "Ticket ID,Status,Category,Product Area") (export the closed tickets with a header row; if the export names the columns differently, add those names to `coverage.columns` in tests/fixtures/tickets/site/tryblock.yaml)',
		);
	});

	test('a first line naming one column is still a header that lacks the others', async () => {
		const dir = temporaryDir('layout');
		const lacking = path.join(dir, 'tickets.csv');
		writeFileSync(lacking, 'Ticket ID,Notes\nT-1,first\n');
		await expect(readRows(lacking)).rejects.toThrow(/no status column: expected a header named "status"/);
	});

	test('title lines are looked for in the first 20 lines only', async () => {
		const dir = temporaryDir('layout');
		const late = path.join(dir, 'tickets.csv');
		const title = Array.from({ length: 21 }, (_, index) => `Report line ${index + 1}`);
		writeFileSync(
			late,
			[...title, 'Ticket ID,Status,Category,Product Area', 'T-1,Solved,Usability,Domains', ''].join('\n'),
		);
		await expect(readRows(late)).rejects.toThrow(/has no header row: none of its first 20 lines names the columns/);
	});

	test.each([
		['Report\nGenerated 2026-03-01, 09:00\nTicket ID;Status;Category\n', ';'],
		['"Ticket ID"\t"Status"\t"Category"\n', '\t'],
		['Tickets, all of them\nno header here\n', undefined],
	])('the delimiter is the header row’s: %j → %j', (sample, delimiter) => {
		expect(headerDelimiter(sample, matcher)).toBe(delimiter);
	});
});

describe("a report's footer right below the last ticket, without a blank line", () => {
	const file = fixture('report-total/tickets.csv');

	test('is left out, while a short ticket row just above it is still an invalid row', async () => {
		const { rows, summary } = await readRows(file);
		expect(rows.map((row) => row.values.id)).toEqual(['R-1', 'R-2', 'R-3']);
		expect(summary.footer).toEqual({ from: 5, to: 7, first: 'Total: 3 tickets, 55' });
		const { report } = await gate({ tickets: [file] });
		expect(report.totals).toEqual({ closed: 2, linked: 2, unlinked: 0, invalid: 1, duplicates: 0 });
		expect(report.invalidRows).toEqual([{ file, line: 4, reason: 'ticket R-3 has 1 field where the header has 6' }]);
	});

	test('is named in one note', async () => {
		expect(await warnings(file)).toContain(
			'  ! tests/fixtures/tickets/report-total/tickets.csv:5: the report\'s footer from here (lines 5–7) is left out, not read as tickets; it starts "Total: 3 tickets, 55"',
		);
	});

	test.each([
		[['Total: 1', '234'], 0, true],
		[['Grand Total', '', '', '98.5%'], 0, true],
		[['Copyright (c) 2000-2026 salesforce.com', ''], 0, true],
		[['T-9'], 0, false],
		[['T-9', 'Solved'], 0, false],
		[['Login broken', 'Solved', 'Usability'], 1, false],
		// The id is the second column, as in an export that starts with the subject.
		[['Login broken', '12345'], 1, false],
	])('%j (id in column %i) is a footer line: %j', (record, idColumn, footer) => {
		expect(isTrailerLine(record, idColumn)).toBe(footer);
	});

	test('held back in the first half of a two-thread read, footer-like lines followed by tickets are rows', async () => {
		const dir = temporaryDir('layout');
		const big = path.join(dir, 'tickets.csv');
		const rows = Array.from({ length: 3000 }, (_, index) => `B-${index},Solved,Usability,Domains,verify-domain`);
		rows.splice(1500, 0, 'Subtotal for March,,,,');
		const footer = ['Total: 3000 tickets,,,,', 'Confidential Information - Do Not Distribute'];
		writeFileSync(big, ['Ticket ID,Status,Category,Product Area,KB Articles', ...rows, ...footer, ''].join('\n'));
		const content = loadContent(site);
		const one = await readTickets([big], content, { parallel: false });
		const two = await readTickets([big], content, { parallel: { minBytes: 1 } });
		for (const { table, exports } of [one, two]) {
			expect(exports[0]?.footer).toEqual({ from: 3003, to: 3004, first: 'Total: 3000 tickets' });
			// The subtotal line in the middle is a row (its id is no ticket id, and it is not closed).
			expect([exports[0]?.rows, table.size]).toEqual([3001, 3000]);
		}
	});
});
