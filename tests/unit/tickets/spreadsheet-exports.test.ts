import { describe, expect, test } from 'vitest';
import { excelSeparator } from '../../../src/tickets/csv-layout.ts';
import { formatText } from '../../../src/tickets/format-text.ts';
import { fixture, gate, plain, readRows } from './helpers.ts';

describe("Excel's sep= line", () => {
	test('names the delimiter and is no header; rows keep their real line numbers', async () => {
		const { rows, summary } = await readRows(fixture('excel-sep/tickets.csv'));
		expect(summary.rows).toBe(2);
		expect(rows.map((row) => [row.line, row.values.id, row.values.articles])).toEqual([
			[3, 'X-1', 'verify-domain'],
			[4, 'X-2', 'billing-invoices'],
		]);
	});

	test.each([
		['sep=;\r\nid;status', ';'],
		['\uFEFFsep=,\nid,status', ','],
		['"sep=\t"\nid\tstatus', '\t'],
		['SEP=|\nid|status', '|'],
		['Ticket ID,sep=;\nT-1', undefined],
		['sep=\nid', undefined],
	])('%j → %j', (sample, delimiter) => {
		expect(excelSeparator(sample)).toBe(delimiter);
	});
});

describe('a column repeated once per value (Jira Service Management)', () => {
	test('every linked-articles cell is read; of category, area and the rest the non-empty cells', async () => {
		const { rows } = await readRows(fixture('jira-repeated/tickets.csv'));
		expect(rows.map((row) => [row.values.id, row.values.productArea, row.values.articles, row.problem])).toEqual([
			['SUP-1', 'Domains\nAPI', 'verify-domain', undefined],
			['SUP-2', 'API', 'api-errors', undefined],
			['SUP-3', 'Billing\nDomains', 'verify-domain\nplan-limits', undefined],
			['SUP-4', 'Domains\nSandbox', 'verify-domain', undefined],
		]);
	});

	test('a ticket counts in its first product area; an area no term names makes the row invalid', async () => {
		const file = fixture('jira-repeated/tickets.csv');
		const result = await gate({ tickets: [file] });
		const { report } = result;
		expect(report.totals).toEqual({ closed: 3, linked: 3, unlinked: 0, invalid: 1, duplicates: 0 });
		const matrix = formatText(result, { colors: plain }).split('\n');
		const start = matrix.findIndex((line) => line.startsWith('By category × product area'));
		expect(matrix.slice(start + 1, start + 6)).toEqual([
			'                  Domains  API  Billing',
			'Reliability             ·  1/1        ·',
			'Usability             1/1    ·        ·',
			'Functional              ·    ·      1/1',
			'Success Outreach        ·    ·        ·',
		]);
		expect(report.invalidRows).toEqual([
			{
				file,
				line: 5,
				reason: 'ticket SUP-4 has an unknown product area "Domains\\nSandbox" (expected one of domains, api, billing)',
			},
		]);
	});
});

describe('rows shorter or longer than the header', () => {
	test('missing trailing cells the gate does not read, and extra empty ones, are fine; a missing articles cell or an extra value is not', async () => {
		const { rows } = await readRows(fixture('short-rows/tickets.csv'));
		expect(rows.map((row) => [row.line, row.values.id, row.problem])).toEqual([
			[2, 'S-1', undefined],
			[3, 'S-2', undefined],
			[4, 'S-3', 'has 4 fields where the header has 7'],
			[5, 'S-4', 'has 8 fields where the header has 7'],
		]);
	});
});

describe("a report's footer", () => {
	test('lines of one cell after a blank line at the end of a Salesforce report are no tickets', async () => {
		const file = fixture('report-footer/tickets.csv');
		const { summary } = await readRows(file);
		expect(summary.rows).toBe(2);
		const { report } = await gate({ tickets: [file] });
		expect([report.ok, report.totals]).toEqual([
			true,
			{ closed: 2, linked: 2, unlinked: 0, invalid: 0, duplicates: 0 },
		]);
	});

	test('such lines followed by more tickets are rows, and a lone id at the end is a short ticket row', async () => {
		const file = fixture('footer-then-rows/tickets.csv');
		const { report } = await gate({ tickets: [file] });
		expect(report.invalidRows).toEqual([
			{ file, line: 4, reason: 'row has 1 field where the header has 5' },
			{ file, line: 6, reason: 'ticket F-3 has 1 field where the header has 5' },
		]);
		expect(report.totals.closed).toBe(2);
	});
});

describe('an export without an articles column', () => {
	test('is read, and the report says why its tickets link only through frontmatter', async () => {
		const file = fixture('no-articles-column/tickets.csv');
		const result = await gate({ tickets: [file] });
		expect(result.exports[0]?.hasArticles).toBe(false);
		expect(formatText(result, { colors: plain }).split('\n')).toContain(
			"  ! tests/fixtures/tickets/no-articles-column/tickets.csv: has no articles column, so only the articles' `tickets` frontmatter links its tickets; if the helpdesk keeps the article link in a field, add its header to `coverage.columns.articles`",
		);
	});
});
