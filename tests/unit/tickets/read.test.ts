import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { detectDelimiter } from '../../../src/tickets/csv-layout.ts';
import type { RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { fixture } from './helpers.ts';

const matcher = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);

interface ReadRow {
	line: number;
	id: string;
	subject: string;
	articles: string;
	problem?: string;
}

async function read(file: string) {
	const rows: ReadRow[] = [];
	const onRow = (row: RawRow) => {
		const { id, subject, articles } = row.values;
		rows.push({ line: row.line, id, subject, articles, ...(row.problem ? { problem: row.problem } : {}) });
	};
	const summary = await readExport(file, { matcher, required: requiredColumns, onRow });
	return { rows, summary };
}

/** The one-line messages of an unusable export. */
async function unusable(file: string): Promise<string[]> {
	try {
		await read(file);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	throw new Error(`${file} was read without a problem`);
}

function tempFile(name: string, content: string | Buffer): string {
	const file = path.join(temporaryDir('tickets'), name);
	writeFileSync(file, content);
	return file;
}

describe('reading CSV exports', () => {
	test('a BOM and CRLF line ends leave no trace in headers or values', async () => {
		const { rows, summary } = await read(fixture('bom-crlf/tickets.csv'));
		expect(summary).toEqual({ file: fixture('bom-crlf/tickets.csv'), format: 'csv', rows: 8, hasArticles: true });
		expect(rows[0]).toEqual({ line: 2, id: 'T-101', subject: 'Domain pending, help', articles: '' });
		expect(rows.at(-1)).toEqual({ line: 9, id: 'T-106', subject: "Can't log in", articles: '' });
	});

	test('quoted line breaks stay in the value, and later rows keep their real line numbers', async () => {
		const { rows } = await read(fixture('quoted-newline/tickets.csv'));
		expect(rows).toEqual([
			{
				line: 2,
				id: 'T-1',
				subject: 'Domain stuck\r\nsince Monday',
				articles: 'verify-domain\nhttps://help.example.com/articles/api-errors/',
			},
			{ line: 5, id: 'T-2', subject: 'Bill "urgent", please', articles: 'billing-invoices' },
			{ line: 6, id: 'T-3', subject: 'Three\r\nline\r\nsubject', articles: '' },
		]);
	});

	test('a row with the wrong number of fields is handed over with its problem', async () => {
		const { rows } = await read(fixture('wrong-field-count/tickets.csv'));
		expect(rows.map((row) => [row.line, row.problem])).toEqual([
			[2, undefined],
			[3, 'has 8 fields where the header has 7'],
			[4, 'has 3 fields where the header has 7'],
		]);
	});

	test('a header with no rows is an export without tickets', async () => {
		const { rows, summary } = await read(fixture('header-only/tickets.csv'));
		expect([rows, summary.rows]).toEqual([[], 0]);
	});

	test('an unterminated quote makes the export unusable, at the row where the quote opens', async () => {
		expect(await unusable(fixture('unterminated-quote/tickets.csv'))).toEqual([
			'tests/fixtures/tickets/unterminated-quote/tickets.csv:3: a quoted field that starts in this row is never closed, so the rest of the file cannot be read (a field that holds a `"` must be quoted, with the quote doubled (`""`))',
		]);
	});

	test('an empty file is unusable', async () => {
		expect(await unusable(fixture('empty-file/tickets.csv'))).toEqual([
			'tests/fixtures/tickets/empty-file/tickets.csv: is empty: expected closed tickets (a CSV header row and rows, a JSON array or JSON Lines) (export the closed tickets again)',
		]);
	});

	test('a missing required column is unusable, naming the headers it looked for and the ones it found', async () => {
		expect(await unusable(fixture('missing-column/tickets.csv'))).toEqual([
			'tests/fixtures/tickets/missing-column/tickets.csv:1: no category column: expected a header named "category", "ticket category", "case category", "type" or "case type"; the header has "Ticket ID", "Subject", "Status", "Product Area", "Closed At" (if the export names it differently, add that name to `coverage.columns.category` in content/tryblock.yaml)',
		]);
	});

	test('semicolon and tab delimiters are found from the header line', () => {
		expect([
			detectDelimiter('Ticket ID;Status;Category\r\n1;2;3'),
			detectDelimiter('id\tstatus\tcategory\n'),
			detectDelimiter('"Id; with semicolon",Status,Category\n'),
		]).toEqual([';', '\t', ',']);
	});

	test('a zip that stops after its signature is read as a workbook and refused as truncated', async () => {
		const file = tempFile('tickets.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
		const messages = await unusable(file);
		expect(messages[0]).toMatch(
			/: is a damaged or truncated workbook: the end of its zip archive is missing \(download or export the workbook again, or save it from Excel as \.xlsx or CSV\)$/,
		);
	});

	test('a binary file that is no workbook is refused with a hint', async () => {
		const file = tempFile('tickets.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00]));
		const messages = await unusable(file);
		expect(messages[0]).toMatch(
			/: is not a text export \(it looks like a binary file, not a spreadsheet or text\) \(export the tickets as CSV, an Excel workbook \(\.xlsx\), JSON or JSON Lines\)$/,
		);
	});
});

describe('reading JSON exports', () => {
	test('a JSON array: keys match like headers, lists become one reference per line, non-objects are problems', async () => {
		const { rows, summary } = await read(fixture('json/tickets.json'));
		expect(summary.format).toBe('json');
		expect(rows).toEqual([
			{
				line: 2,
				id: '48211',
				subject: 'Domain pending',
				articles: 'verify-domain\nhttps://help.example.com/articles/api-errors/',
			},
			{ line: 12, id: '48212', subject: 'API 500 "again"', articles: '/articles/api-errors/' },
			{ line: 13, id: '', subject: '', articles: '', problem: 'is not a ticket object (found a string)' },
			{ line: 14, id: '48213', subject: 'Where are invoices', articles: '' },
		]);
	});

	test('JSON Lines: a BOM, blank lines and a broken line that does not stop the rest', async () => {
		const { rows, summary } = await read(fixture('jsonl/tickets.jsonl'));
		expect(summary).toEqual({ file: fixture('jsonl/tickets.jsonl'), format: 'jsonl', rows: 4, hasArticles: true });
		expect(rows.map((row) => [row.line, row.id, row.problem?.slice(0, 19)])).toEqual([
			[1, 'T-1', undefined],
			[3, 'T-2', undefined],
			[4, '', 'is not valid JSON: '],
			[5, 'T-4', undefined],
		]);
	});

	test('a JSON array split across read chunks, with brackets, commas and escapes inside strings', async () => {
		const tickets = Array.from({ length: 3000 }, (_, index) => ({
			id: `T-${index}`,
			status: 'Solved',
			category: 'Usability',
			'product area': 'Domains',
			subject: `Brackets ] [ } { and "quotes", commas \\ and ünïcödé ${'x'.repeat(index % 50)}`,
		}));
		const file = tempFile('tickets.json', `\uFEFF${JSON.stringify(tickets, null, 1)}`);
		const { rows } = await read(file);
		expect(rows.length).toBe(3000);
		expect(rows[2999]?.subject).toBe(tickets[2999]?.subject);
		expect(rows.every((row, index) => row.id === `T-${index}`)).toBe(true);
	});

	test('JSON that is not an array of tickets is unusable, with the line', async () => {
		const object = tempFile('object.json', '{\n  "name": "March",\n  "tags": ["a", "b"]\n}\n');
		const single = tempFile(
			'single.json',
			'{\n  "status": "Solved",\n  "I\u2028d": "T-1",\n  "comments": [{"id": 1}]\n}\n',
		);
		const cut = tempFile('cut.json', '[\n  {"id": "T-1", "status": "Solved"},\n  {"id": "T-2"\n');
		const trailing = tempFile('trailing.json', '[\n  {"id": "T-1"},\n]\n');
		const broken = tempFile('broken.json', "[\n  {'id': 'T-1'}\n]\n");
		expect(
			[
				await unusable(object),
				await unusable(single),
				await unusable(cut),
				await unusable(trailing),
				await unusable(broken),
			].map((messages) => messages[0]?.replace(/^.*?:/, '')),
		).toEqual([
			'1: expected a JSON array of ticket objects, found a single object with no list of tickets in it (export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line))',
			'3: expected a JSON array of ticket objects, found a single ticket object (its key "I\\u2028d" is a ticket id) (export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line))',
			'4: the file ends inside the array: it is cut off or a bracket is missing (export the tickets again)',
			'3: expected a ticket after ",", found "]" (remove the trailing comma)',
			"2: the ticket that starts here is not valid JSON: Expected property name or '}' in JSON at position 1 (line 1 column 2)",
		]);
	});

	test('an object wrapping the list, as APIs write it, is read: its first list of objects holds the tickets', async () => {
		const { rows, summary } = await read(fixture('json-wrapped/tickets.json'));
		expect([summary.format, rows.map((row) => [row.line, row.id, row.articles])]).toEqual([
			'json',
			[
				[5, 'W-1', 'verify-domain'],
				[6, 'W-2', 'api-errors'],
				[7, 'W-3', ''],
			],
		]);
		const empty = tempFile('empty.json', '{"tickets": [], "count": 0}');
		expect((await read(empty)).summary.rows).toBe(0);
	});

	test('JSON Lines whose lines wrap lists of tickets (a page per line) are read ticket by ticket', async () => {
		const { rows, summary } = await read(fixture('json-wrapped/pages.jsonl'));
		expect([summary.rows, rows.map((row) => [row.line, row.id])]).toEqual([
			3,
			[
				[1, 'P-1'],
				[1, 'P-2'],
				[3, 'P-3'],
			],
		]);
	});

	test('a required key no ticket object has makes the export unusable', async () => {
		const file = tempFile('tickets.jsonl', '{"id":"T-1","status":"Solved","product area":"API"}\n');
		expect(await unusable(file)).toEqual([
			`${file}: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (if the export names it differently, add that name to \`coverage.columns.category\` in content/tryblock.yaml)`,
		]);
	});
});

describe('format sniffing', () => {
	test.each([
		['json-export', 'json', 'T-1'],
		['jsonl-export', 'jsonl', 'T-2'],
		['csv-export', 'csv', 'T-3'],
	])('%s without an extension is read as %s', async (name, format, id) => {
		const { rows, summary } = await read(fixture('sniffing', name));
		expect([summary.format, rows.map((row) => row.id)]).toEqual([format, [id]]);
	});

	test('a .json file holding one object per line is read as JSON Lines', async () => {
		const file = tempFile(
			'export.json',
			'{"id":"T-1","status":"Solved","category":"Usability","area":"API"}\n{"id":"T-2","status":"Open","category":"Usability","area":"API"}\n',
		);
		const { rows, summary } = await read(file);
		expect([summary.format, rows.length]).toEqual(['jsonl', 2]);
	});
});
