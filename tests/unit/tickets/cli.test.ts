import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, checkCoverageProcess, fixture } from './helpers.ts';

function json(stdout: string): CoverageReport {
	return JSON.parse(stdout) as CoverageReport;
}

describe('npm run check:coverage: exit codes and JSON', () => {
	// The exit codes in a process of their own, as a shell and CI see them; the rest in this process.
	test(
		'0 when every category meets its policy',
		() => {
			const run = checkCoverageProcess(['--tickets', fixture('bom-crlf/tickets.csv'), '--format', 'json']);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(json(run.stdout)).toMatchObject({ ok: true, totals: { closed: 7, linked: 7 } });
		},
		PROCESS_TEST_TIMEOUT,
	);

	test(
		'1 when a category falls short, with the unlinked tickets in the JSON',
		() => {
			const run = checkCoverageProcess(['--tickets', fixture('draft-only/tickets.csv'), '--format', 'json']);
			expect(run.status).toBe(1);
			expect(json(run.stdout)).toMatchObject({ ok: false, uncoveredCategories: ['functional'] });
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('1 when rows cannot be judged, even if every category is covered', async () => {
		const run = await checkCoverage(['--tickets', fixture('unknown-category/tickets.csv'), '--format', 'json']);
		expect(run.status).toBe(1);
		expect(json(run.stdout)).toMatchObject({ ok: false, uncoveredCategories: [], totals: { invalid: 1 } });
	});

	test('several exports, a folder of exports, and formats sniffed without extensions', async () => {
		const run = await checkCoverage([
			'--tickets',
			fixture('sniffing'),
			'--tickets',
			fixture('json/tickets.json'),
			'--format',
			'json',
		]);
		expect(run.status).toBe(1);
		expect(json(run.stdout).totals).toEqual({ closed: 6, linked: 5, unlinked: 1, invalid: 1, duplicates: 0 });
	});

	test('without --tickets it reads the exports in the content folder', async () => {
		const run = await checkCoverage(['--format', 'json'], { contentDir: fixture('per-category-minimum') });
		expect(run.status).toBe(1);
		expect(json(run.stdout).totals.closed).toBe(5);
	});

	test('--since passes a backlog whose recent tickets are all linked and dated', async () => {
		const run = await checkCoverage([
			'--tickets',
			fixture('since/tickets.csv'),
			'--since',
			'2026-01-01',
			'--format',
			'json',
		]);
		expect(run.status).toBe(1);
		expect(json(run.stdout)).toMatchObject({
			since: '2026-01-01',
			uncoveredCategories: [],
			totals: { closed: 2, invalid: 2 },
		});
	});

	test('--out writes the report to a file and prints one line', async () => {
		const out = path.join(temporaryDir('out'), 'coverage.md');
		const run = await checkCoverage([
			'--tickets',
			fixture('broken-link/tickets.csv'),
			'--format',
			'markdown',
			'--out',
			out,
		]);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe(
			`FAIL 2 categories uncovered (reliability, usability); 2 unlinked tickets. Report: ${out}\n`,
		);
		expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('## ❌ Ticket coverage: failed');
	});

	test('--help prints the usage', async () => {
		const run = await checkCoverage(['--help']);
		expect([run.status, run.stdout.split('\n')[0]]).toEqual([
			0,
			'Usage: npm run check:coverage -- [--tickets <file>]... [--format text|json|markdown|github] [--since YYYY-MM-DD] [--before YYYY-MM-DD] [--out <file>]',
		]);
	});
});

describe('npm run check:coverage: 2 when the input or configuration cannot be used, with one line that says why', () => {
	/** The message and its hint, without the usage that follows. */
	const firstLine = (text: string) => text.split('\n\nUsage:')[0]?.trimEnd();

	test.each([
		[
			'an unterminated quote',
			['--tickets', fixture('unterminated-quote/tickets.csv')],
			'tests/fixtures/tickets/unterminated-quote/tickets.csv:3: a quoted field that starts in this row is never closed, so the rest of the file cannot be read (a field that holds a `"` must be quoted, with the quote doubled (`""`))',
		],
		[
			'an empty file',
			['--tickets', fixture('empty-file/tickets.csv')],
			'tests/fixtures/tickets/empty-file/tickets.csv: is empty: expected closed tickets (a CSV header row and rows, a JSON array or JSON Lines) (export the closed tickets again)',
		],
		[
			'a missing required column',
			['--tickets', fixture('missing-column/tickets.csv')],
			'tests/fixtures/tickets/missing-column/tickets.csv:1: no category column: expected a header named "category", "ticket category", "case category", "type" or "case type"; the header has "Ticket ID", "Subject", "Status", "Product Area", "Closed At" (if the export names it differently, add that name to `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml)',
		],
		[
			'a missing file',
			['--tickets', fixture('no-such-export.csv')],
			'tests/fixtures/tickets/no-such-export.csv: not found (pass the path of a ticket export (CSV, Excel workbook, JSON or JSON Lines) to --tickets)',
		],
		['an unknown format', ['--format', 'xml'], 'unknown --format "xml": expected one of text, json, markdown, github'],
		['an unknown option', ['--ticket', 'x.csv'], 'unknown option --ticket\ndid you mean --tickets?'],
		[
			'a --since that is not a date',
			['--since', '01/02/2026'],
			'--since expects a date as YYYY-MM-DD, received "01/02/2026"\nfor example --since 2026-01-01 judges tickets closed on or after January 1, 2026',
		],
		[
			'--out inside the content folder',
			['--out', fixture('site/report.json')],
			'--out tests/fixtures/tickets/site/report.json: the report cannot be written inside tests/fixtures/tickets/site/\nwrite it elsewhere, e.g. --out coverage-report.json',
		],
	])('%s', async (_, args, message) => {
		const run = await checkCoverage(args);
		expect([run.status, run.stdout, firstLine(run.stderr)]).toEqual([2, '', message]);
	});

	test(
		'invalid configuration: file, line and field',
		() => {
			// In its own process: exit 2 and these lines alone on stderr (no stack, no usage), as a shell sees them.
			const run = checkCoverageProcess([], { TRYBLOCK_CONTENT_DIR: fixture('invalid-config') });
			expect([run.status, run.stderr]).toEqual([
				2,
				'tests/fixtures/tickets/invalid-config/tryblock.yaml:9: coverage.minLinkRate: expected at most 1, received number 1.5\ntests/fixtures/tickets/invalid-config/tryblock.yaml:11: coverage.waivers.0.owner: required: expected text\n',
			]);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test("a waiver's owner on two lines: file, line and field, exit 2", async () => {
		const run = await checkCoverage([], { contentDir: fixture('waiver-line-breaks') });
		expect([run.status, run.stdout, run.stderr.split('\n')[0]]).toEqual([
			2,
			'',
			'tests/fixtures/tickets/waiver-line-breaks/tryblock.yaml:14: coverage.waivers.0.owner: expected one line of text, found U+000A (a line break) at character 6 (write it on one line with spaces between its words; a YAML "|" block keeps its line breaks)',
		]);
	});

	test('a content folder without exports and no --tickets', async () => {
		const run = await checkCoverage([]);
		expect([run.status, run.stderr.split('\n').slice(0, 2)]).toEqual([
			2,
			[
				'tests/fixtures/tickets/site/tickets: not found, no tickets were pulled into tests/fixtures/tickets/.tryblock/tickets/, and no --tickets was given',
				'run `npm run tickets:pull` (tickets.source in tests/fixtures/tickets/site/tryblock.yaml), commit an export there, or pass --tickets <file>',
			],
		]);
	});
});
