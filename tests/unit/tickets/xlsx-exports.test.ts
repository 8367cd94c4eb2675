// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters in the output.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { readLinkedTickets } from '../../../src/search/ticket-subjects.ts';
import { outputFormats } from '../../../src/tickets/cli.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { listExports } from '../../../src/tickets/export-files.ts';
import { loadContentForCoverage } from '../../../src/tickets/gate.ts';
import { readXlsx } from '../../../src/tickets/read-xlsx.ts';
import {
	decodeXmlEscapes,
	excelDateText,
	hyperlinkFormulaTarget,
	isDateFormat,
	plainNumber,
} from '../../../src/tickets/xlsx-cells.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, readRows, site } from './helpers.ts';

/** Characters that must never reach a terminal or a log raw. */
const rawControls = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

async function problems(file: string): Promise<string[]> {
	try {
		await readRows(file);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	throw new Error(`${file} was read without a problem`);
}

/** The workbook fixtures that hold the same cells as the CSV fixture beside them (see write-xlsx-fixtures.ts). */
const mirrored = [
	'bom-crlf',
	'report-title',
	'report-footer',
	'terminal-escapes',
	'workflow-commands',
	'untrusted-report',
	'invisible-values',
];

describe('an Excel workbook gives the same rows as the same tickets saved as CSV', () => {
	test.each(mirrored)('%s: every cell, problem, title and footer', async (name) => {
		const csv = await readRows(fixture(name, 'tickets.csv'));
		const xlsx = await readRows(fixture(name, 'tickets.xlsx'));
		expect(xlsx.summary.format).toBe('xlsx');
		expect(xlsx.rows.map((row) => [row.values, row.problem])).toEqual(csv.rows.map((row) => [row.values, row.problem]));
		expect(xlsx.summary.rows).toBe(csv.summary.rows);
		expect(xlsx.summary.preamble?.first).toBe(csv.summary.preamble?.first);
		expect(xlsx.summary.footer?.first).toBe(csv.summary.footer?.first);
	});

	test('line numbers are the sheet rows: blank rows count, as blank lines do in CSV', async () => {
		const { rows, summary } = await readRows(fixture('report-footer/tickets.xlsx'));
		expect(rows.map((row) => row.line)).toEqual([2, 3]);
		expect(summary.footer).toEqual({ from: 5, to: 11, first: 'Grand Totals (2 records)' });
		const title = await readRows(fixture('report-title/tickets.xlsx'));
		expect(title.summary.preamble).toEqual({ from: 1, to: 3, first: 'Tickets closed last month' });
	});

	test.each(outputFormats)(
		'terminal escapes: the coverage report is the CSV one, word for word (--format %s)',
		async (format) => {
			const csv = await checkCoverage(['--tickets', fixture('terminal-escapes/tickets.csv'), '--format', format]);
			const xlsx = await checkCoverage(['--tickets', fixture('terminal-escapes/tickets.xlsx'), '--format', format]);
			expect([xlsx.status, xlsx.stderr]).toEqual([1, '']);
			expect(xlsx.stdout).not.toMatch(rawControls);
			const asCsv = xlsx.stdout.replaceAll('tickets.xlsx', 'tickets.csv').replace(/\bxlsx\b/g, 'csv');
			expect(asCsv).toBe(csv.stdout);
		},
		// Two runs of the command each.
		20_000,
	);

	const untrustedRuns = ['workflow-commands', 'untrusted-report'].flatMap((name) =>
		outputFormats.map((format) => [name, format] as const),
	);
	test.each(untrustedRuns)(
		'%s: forged workflow commands cannot reach the log (--format %s)',
		async (name, format) => {
			const csv = await checkCoverage(['--tickets', fixture(name, 'tickets.csv'), '--format', format]);
			const xlsx = await checkCoverage(['--tickets', fixture(name, 'tickets.xlsx'), '--format', format]);
			expect([xlsx.status, xlsx.stderr]).toEqual([csv.status, '']);
			expect(xlsx.stdout).not.toMatch(rawControls);
			const commands = (output: string) =>
				output.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).filter((line) => /^\s*(::|##)/.test(line));
			// The same annotations, each at its sheet row instead of its CSV line.
			const withoutPlace = (lines: string[]) =>
				lines.map((line) =>
					line.replace(/tickets\.(csv|xlsx),line=\d+/, 'FILE').replace(/\((lines?|rows?) \d+(–\d+)?\)/, '(PLACE)'),
				);
			expect(withoutPlace(commands(xlsx.stdout))).toEqual(withoutPlace(commands(csv.stdout)));
		},
		// Two runs of the command each.
		20_000,
	);

	test('eval:search --tickets reads the linked tickets and their subjects from a workbook as from the CSV', async () => {
		const content = loadContentForCoverage(site);
		const csv = (await readLinkedTickets([fixture('bom-crlf/tickets.csv')], content)).tickets;
		const xlsx = (await readLinkedTickets([fixture('bom-crlf/tickets.xlsx')], content)).tickets;
		expect(xlsx.length).toBeGreaterThan(0);
		expect(xlsx).toEqual(csv);
	});

	test('a note names title and footer rows as sheet rows', async () => {
		const run = await checkCoverage(['--tickets', fixture('untrusted-report/tickets.xlsx')]);
		expect(run.stdout).toContain(
			'tests/fixtures/tickets/untrusted-report/tickets.xlsx:2: the header row is here; the title above it (row 1) is passed over, not read as tickets; it starts "Closed tickets red ::error::forged title"',
		);
	});
});

describe('cells as a person sees them in Excel', () => {
	test('dates, date-times, ids stored as numbers, formulas, rich text, links, empty cells, a merged title', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-cells/tickets.xlsx'));
		expect(summary.preamble).toEqual({ from: 1, to: 1, first: 'Closed tickets, March 2026' });
		expect(
			rows.map(({ line, values }) => [
				line,
				values.id,
				values.subject,
				values.status,
				values.category,
				values.closedAt,
				values.articles,
			]),
		).toEqual([
			[3, '123456789012', 'Domain stuck', 'Solved', 'Usability', '2026-03-01', 'verify-domain'],
			[
				4,
				'4571',
				'API 500s',
				'Closed',
				'Reliability',
				'2026-03-02T10:20:00',
				'API errors explained\nhttps://help.example.com/articles/api-errors/',
			],
			[
				5,
				'T-7',
				'',
				'Solved',
				'Usability',
				'2026-03-16',
				'Invoices\nhttps://help.example.com/articles/billing-invoices/',
			],
			[6, 'T-8', 'Text date', 'Closed', 'Functional', '2026-03-04', 'plan-limits'],
			[7, 'T-9', 'Open one', 'Open', '', '', ''],
			[8, '120', 'TRUE', 'Solved', 'Usability', '2026-03-17', '#N/A'],
		]);
		expect(rows.every((row) => row.problem === undefined)).toBe(true);
	});

	test('an articles cell that links the article (a hyperlink or HYPERLINK()) links the ticket', async () => {
		const run = await checkCoverage(['--tickets', fixture('xlsx-cells/tickets.xlsx'), '--format', 'json']);
		const report = JSON.parse(run.stdout);
		const unlinked = report.categories.flatMap((category: { unlinked: string[] }) => category.unlinked);
		expect(unlinked).toEqual(['120']);
	});

	test('merged cells: a header over two columns names both, a block down a group gives each row its value', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-merged/tickets.xlsx'));
		expect(rows.map(({ line, values }) => [line, values.id, values.category, values.articles])).toEqual([
			[3, 'R-1', 'Usability', 'verify-domain\napi-errors'],
			[4, 'R-2', 'Usability', 'billing-invoices'],
		]);
		// A title or footer merged across the sheet is still one line of text, left out.
		expect(summary.preamble).toEqual({ from: 1, to: 1, first: 'Closed tickets by category' });
		expect(summary.footer).toEqual({ from: 6, to: 6, first: 'Grand Total (2 records)' });
	});

	test('a workbook made on an old Mac counts its dates from 1904', async () => {
		const { rows } = await readRows(fixture('xlsx-1904/tickets.xlsx'));
		expect(rows.map((row) => row.values.closedAt)).toEqual(['2026-03-01', '2026-03-02T18:00:00']);
	});

	test.each([
		[46082, false, '2026-03-01'],
		[44620, true, '2026-03-01'],
		[46082.5, false, '2026-03-01T12:00:00'],
		[46082.99999999, false, '2026-03-02'],
		[1, false, '1900-01-01'],
		[59, false, '1900-02-28'],
		[61, false, '1900-03-01'],
		[-1, false, undefined],
		[3_000_000, false, undefined],
	])('date serial %d (1904: %s) → %s', (serial, date1904, text) => {
		expect(excelDateText(serial, date1904)).toBe(text);
	});

	test.each([
		['123456789012', '123456789012'],
		['1.23456789012E+11', '123456789012'],
		['1.2345678901234567E+19', '12345678901234567000'],
		['123.0', '123'],
		['0.5', '0.5'],
		['-4.5E-3', '-0.0045'],
		['00120', '120'],
		['-0', '0'],
		['abc', 'abc'],
	])('number %s → %s', (stored, text) => {
		expect(plainNumber(stored)).toBe(text);
	});

	test.each([
		[14, undefined, true],
		[22, undefined, true],
		[0, undefined, false],
		[49, undefined, false],
		[164, 'yyyy\\-mm\\-dd\\ hh:mm', true],
		[165, '[$-409]mmmm\\ d,\\ yyyy;@', true],
		[166, '[h]:mm', true],
		[167, '0.00" days"', false],
		[168, '[Red]#,##0', false],
		[169, 'General', false],
	])('number format %d %s shows a date: %s', (id, code, date) => {
		expect(isDateFormat(id, code)).toBe(date);
	});

	test('text escapes and HYPERLINK formulas', () => {
		expect(decodeXmlEscapes('a_x001B_[31mb_x005F_x0041_')).toBe('a\u001b[31mb_x0041_');
		expect(hyperlinkFormulaTarget('HYPERLINK("https://x.example/a?q=""1""","A")')).toBe('https://x.example/a?q="1"');
		expect(hyperlinkFormulaTarget('_xlfn.HYPERLINK("/articles/a/")')).toBe('/articles/a/');
		expect(hyperlinkFormulaTarget('SUM(A1:A3)')).toBeUndefined();
	});
});

describe('workbooks with several sheets', () => {
	test('the tickets are read from the first sheet whose header names the columns, and a note says which', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-sheets/tickets.xlsx'));
		expect(summary.sheet).toBe('Tickets');
		expect(rows.map((row) => [row.line, row.values.id])).toEqual([
			[2, 'S-1'],
			[4, 'S-2'],
		]);
		const run = await checkCoverage(['--tickets', fixture('xlsx-sheets/tickets.xlsx')]);
		expect(run.stdout).toContain(
			'  ! tests/fixtures/tickets/xlsx-sheets/tickets.xlsx: the tickets were read from sheet "Tickets", the first whose header names the ticket columns (sheets: "Summary", "Tickets")\n',
		);
	});

	test('a hidden sheet holding an older copy of the table is passed over for the visible one, with no note', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-hidden-sheet/tickets.xlsx'));
		expect([summary.sheet, summary.hiddenSheets]).toEqual(['Tickets', ['Data']]);
		expect(rows.map((row) => row.values.id)).toEqual(['V-1']);
		const run = await checkCoverage(['--tickets', fixture('xlsx-hidden-sheet/tickets.xlsx')]);
		expect([run.status, run.stdout.includes('were read from')]).toEqual([0, false]);
	});

	test('tickets only on a hidden sheet are read, and the note says the sheet is hidden', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-hidden-tickets/tickets.xlsx'));
		expect(summary.sheet).toBe('Raw');
		expect(rows.map((row) => row.values.id)).toEqual(['R-1']);
		const run = await checkCoverage(['--tickets', fixture('xlsx-hidden-tickets/tickets.xlsx')]);
		expect(run.stdout).toContain(
			'  ! tests/fixtures/tickets/xlsx-hidden-tickets/tickets.xlsx: the tickets were read from hidden sheet "Raw", as no visible sheet\'s header names the ticket columns (sheets: "Summary", "Raw" (hidden))\n',
		);
	});

	test('no sheet with the columns: one line names each sheet and what it lacks, exit 2', async () => {
		const run = await checkCoverage(['--tickets', fixture('xlsx-no-ticket-sheet/tickets.xlsx')]);
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr).toBe(
			'tests/fixtures/tickets/xlsx-no-ticket-sheet/tickets.xlsx: has no sheet with the ticket columns: sheet "Notes" has no header row; sheet "Tickets" row 1 has no status column (a header named "status", "state", "ticket status", "case status", "current status" or "request status") (save the tickets on one sheet with a header row; if the export names a column differently, add that name to `coverage.columns` in tests/fixtures/tickets/site/tryblock.yaml)\n',
		);
	});

	test('the only sheet has no header row: the message counts rows, at the sheet and row', async () => {
		const run = await checkCoverage(['--tickets', fixture('xlsx-no-header/tickets.xlsx')]);
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr).toMatch(
			/^tests\/fixtures\/tickets\/xlsx-no-header\/tickets\.xlsx, sheet "Export", row 1: has no header row: none of its first 2 rows names the columns /,
		);
	});

	test('the only sheet lacks a column: the CSV message, at the sheet and row', async () => {
		expect(await problems(fixture('xlsx-missing-column/tickets.xlsx'))).toEqual([
			'tests/fixtures/tickets/xlsx-missing-column/tickets.xlsx, sheet "Export", row 3: no product area column: expected a header named "product area", "area", "component", "components", "component/s", "product" or "product name"; the header has "Ticket ID", "Status", "Category" (if the export names it differently, add that name to `coverage.columns.productArea` in content/tryblock.yaml)',
		]);
	});
});

describe('workbooks that cannot be read: one line with the file and the reason, exit 2', () => {
	test.each([
		[
			'xlsx-bad/legacy.xls',
			'is a legacy Excel 97–2003 workbook (.xls), which the gate does not read (open it in Excel and save it as Excel Workbook (.xlsx) or CSV)',
		],
		[
			'xlsx-bad/password.xlsx',
			'is a password-protected workbook, which cannot be read without its password (open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), and save it as .xlsx or CSV)',
		],
		[
			'xlsx-bad/truncated.xlsx',
			'is a damaged or truncated workbook: the end of its zip archive is missing (download or export the workbook again, or save it from Excel as .xlsx or CSV)',
		],
		[
			'xlsx-bad/lying-sizes.xlsx',
			'is a damaged or truncated workbook: a part of its zip archive does not unpack to what its directory says (download or export the workbook again, or save it from Excel as .xlsx or CSV)',
		],
		[
			'xlsx-bad/missing-sheet.xlsx',
			'is a damaged workbook: its sheet "Tickets" has no part in the archive (open it in Excel and save it again as .xlsx, or export the tickets as CSV)',
		],
		[
			'xlsx-bad/cut-sheet.xlsx',
			'is a damaged workbook: its part xl/worksheets/sheet1.xml is not well-formed XML (unclosed tag: sheetData) (open it in Excel and save it again as .xlsx, or export the tickets as CSV)',
		],
		[
			'xlsx-bad/not-a-workbook.xlsx',
			'is a zip archive but not an Excel workbook (it has no workbook part, xl/workbook.xml) (export the tickets as .xlsx, CSV, JSON or JSON Lines; unpack an archive of exports into the tickets folder)',
		],
		[
			'xlsx-bad/csv-text.xlsx',
			'is named as a workbook but holds text, not a workbook (if it is CSV, rename it to .csv; otherwise open it in Excel and save it as Excel Workbook (.xlsx))',
		],
		[
			'xlsx-bad/html-table.xls',
			'is named as a workbook but holds an HTML or XML table (some reports save one that way), which the gate does not read (open it in Excel and save it as Excel Workbook (.xlsx) or CSV)',
		],
		[
			'xlsx-empty/tickets.xlsx',
			'is empty: expected a header row naming the columns, then one row per ticket (export the closed tickets again; the first row must name the columns (e.g. "Ticket ID,Status,Category,Product Area"))',
		],
		[
			'xlsx-bad/zero-bytes.xlsx',
			'is named as a workbook but is empty: the export or its download did not finish (export the closed tickets again and save the workbook whole)',
		],
		[
			'xlsx-empty/two-sheets.xlsx',
			'is an empty workbook: none of its sheets ("Sheet1", "Sheet2") holds any cells (export the closed tickets again)',
		],
	])('%s', async (file, reason) => {
		const run = await checkCoverage(['--tickets', fixture(file)]);
		expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `${fixture(file)}: ${reason}\n`]);
	});

	test('the owner file Excel leaves beside an open workbook (~$tickets.xlsx) is no export', () => {
		const dir = temporaryDir('owner-file');
		copyFileSync(fixture('bom-crlf/tickets.xlsx'), path.join(dir, 'tickets.xlsx'));
		writeFileSync(path.join(dir, '~$tickets.xlsx'), Buffer.alloc(165, 0x20));
		expect(listExports(dir)).toEqual([path.join(dir, 'tickets.xlsx')]);
	});

	test('a workbook saved under a .csv name is read as the workbook it is', async () => {
		const { rows, summary } = await readRows(fixture('xlsx-named-csv/tickets.csv'));
		expect(summary.format).toBe('xlsx');
		expect(rows.map((row) => row.values.id)).toEqual(['W-1']);
	});

	test('a workbook that unpacks to more than the cap is not read (a zip bomb)', async () => {
		const matcher = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);
		const file = fixture('bom-crlf/tickets.xlsx');
		const read = readXlsx(file, { file, matcher, required: requiredColumns, onRow: () => {}, maxUnpacked: 2000 });
		await expect(read).rejects.toThrow(
			/^tests\/fixtures\/tickets\/bom-crlf\/tickets\.xlsx: unpacks to more than 2 KB \(its part .+ alone is \d+ KB\), more than any ticket export; it is not read, since it may be a zip bomb \(export the tickets as CSV, or split the export into several workbooks\)$/,
		);
	});
});
