import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content-model/errors.ts';
import { loadContentForCoverage, readTickets } from '../../../src/tickets/gate.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { inTimeZone, PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, checkCoverageProcess, fixture, readRows } from './helpers.ts';

const json = (stdout: string) => JSON.parse(stdout) as CoverageReport;
/** The message and its hint, without the usage that follows. */
const firstLines = (text: string) => text.split('\n\nUsage:')[0]?.trimEnd();

describe('closed dates are read the same way on every machine', () => {
	// The time zone is the process's (TZ): each zone is set in this process (Node reads TZ when
	// it changes), and one run in a process of its own shows a machine there reads the same.
	const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/Los_Angeles'];
	const dateFormatArgs = ['--since', '2026-03-01', '--format', 'json'];

	test('coverage.dateFormat, ISO days as written and Unix times give one report in every time zone', async () => {
		const runs = [];
		for (const TZ of zones)
			runs.push(await inTimeZone(TZ, () => checkCoverage(dateFormatArgs, { contentDir: fixture('date-format') })));
		for (const run of runs) expect([run.status, run.stderr, run.stdout]).toEqual([1, '', runs[0]?.stdout]);
		const report = json(runs[0]?.stdout ?? '');
		// Judged since March 1: 01.03.2026, 2026-03-01T00:30+14:00, 1772323200, 1.3.2026 and 2026-03-02;
		// 28.02.2026 23:30 and 2026-02-28T23:30-11:00 are February 28.
		expect(report.totals).toEqual({ closed: 5, linked: 4, unlinked: 1, invalid: 2, duplicates: 0 });
		expect(report.invalidRows).toEqual([
			{
				file: 'tests/fixtures/tickets/date-format/tickets/closed.csv',
				line: 8,
				reason:
					'ticket T-7 has a closed date "31.02.2026" that cannot be read: expected DD.MM.YYYY (coverage.dateFormat) or ISO 8601 such as 2026-03-14',
			},
			{
				file: 'tests/fixtures/tickets/date-format/tickets/closed.csv',
				line: 10,
				reason:
					'ticket T-9 has a closed date "03/01/2026" that cannot be read: expected DD.MM.YYYY (coverage.dateFormat) or ISO 8601 such as 2026-03-14 (this one looks like MM/DD/YYYY or DD/MM/YYYY)',
			},
		]);
	});

	test(
		'in a process of its own on a machine far from UTC, the same report',
		async () => {
			const here = await inTimeZone('UTC', () => checkCoverage(dateFormatArgs, { contentDir: fixture('date-format') }));
			const there = checkCoverageProcess(dateFormatArgs, {
				TZ: 'Pacific/Kiritimati',
				TRYBLOCK_CONTENT_DIR: fixture('date-format'),
			});
			expect([there.status, there.stderr, there.stdout]).toEqual([1, '', here.stdout]);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test.each(zones)(
		'without coverage.dateFormat, numeric dates that are not ISO are invalid rows (TZ=%s)',
		async (TZ) => {
			const run = await inTimeZone(TZ, () =>
				checkCoverage(['--tickets', fixture('dates-not-iso/tickets.csv'), '--format', 'json']),
			);
			expect(run.status).toBe(1);
			const rule =
				'that cannot be read: expected ISO 8601 such as 2026-03-14 or 2026-03-14T10:22:00Z; other forms need coverage.dateFormat in tests/fixtures/tickets/site/tryblock.yaml';
			expect(json(run.stdout).invalidRows.map((row) => `${row.line}: ${row.reason}`)).toEqual([
				`2: ticket T-1 has a closed date "01.03.2026" ${rule} (this one looks like MM.DD.YYYY or DD.MM.YYYY)`,
				`3: ticket T-2 has a closed date "03/01/2026" ${rule} (this one looks like MM/DD/YYYY or DD/MM/YYYY)`,
				`6: ticket T-5 has a closed date "2026-03-01 noon" ${rule}`,
			]);
		},
	);

	test('a coverage.dateFormat that is not a format makes the configuration unusable', async () => {
		const run = await checkCoverage(['--tickets', fixture('bom-crlf/tickets.csv')], {
			contentDir: fixture('invalid-date-format'),
		});
		expect([run.status, run.stdout, run.stderr]).toEqual([
			2,
			'',
			'tests/fixtures/tickets/invalid-date-format/tryblock.yaml:11: coverage.dateFormat: expected a date format such as DD.MM.YYYY, MM/DD/YYYY or DD/MMM/YY (tokens YYYY, YY, MM, M, MMM, DD, D), received "DD.MM.YYYYY"\n',
		]);
	});
});

describe('ticket ids are kept exactly as written', () => {
	test.each([
		['a JSON array', 'big-ids/tickets.json', ['12345678901234567892']],
		['JSON Lines', 'big-ids/tickets.jsonl', ['98765432109876543211']],
	])('numbers past 2^53 in %s stay distinct tickets', async (_, file, unlinked) => {
		const run = await checkCoverage(['--tickets', fixture(file), '--format', 'json']);
		expect(run.status).toBe(1);
		const report = json(run.stdout);
		expect(report.totals).toEqual({ closed: 2, linked: 1, unlinked: 1, invalid: 0, duplicates: 0 });
		expect(report.unlinkedTickets.map((ticket) => ticket.id)).toEqual(unlinked);
	});

	test('an id with a space, a line break or a control character is an invalid row; an open one is ignored', async () => {
		const run = await checkCoverage(['--tickets', fixture('invalid-ids/tickets.csv'), '--format', 'json']);
		expect(run.status).toBe(1);
		const rule =
			'is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)';
		expect(json(run.stdout)).toMatchObject({
			totals: { closed: 1, linked: 1, invalid: 3 },
			invalidRows: [
				{ line: 2, reason: `"RES 1" ${rule}` },
				{ line: 3, reason: `"RES\\n2" ${rule}` },
				{ line: 5, reason: `"RES\\u001b[0m3" ${rule}` },
			],
		});
	});
});

describe('exports that are not what they seem get the right diagnosis (exit 2)', () => {
	test.each([
		['UTF-16 big-endian with a byte order mark is read', 'utf16-be/tickets.csv'],
		['UTF-16 little-endian ("Unicode text", tab-separated) is read', 'utf16-le/tickets.txt'],
	])('%s', async (_, file) => {
		const run = await checkCoverage(['--tickets', fixture(file), '--format', 'json']);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(json(run.stdout).totals).toMatchObject({ closed: 2, linked: 2 });
	});

	test.each([
		[
			'UTF-16 without a byte order mark',
			'utf16-no-bom/tickets.csv',
			'tests/fixtures/tickets/utf16-no-bom/tickets.csv: is UTF-16 text (big-endian, without a byte order mark), which the gate reads only for CSV with a byte order mark (export the tickets as UTF-8)',
		],
		[
			'UTF-16 JSON',
			'utf16-json/tickets.json',
			'tests/fixtures/tickets/utf16-json/tickets.json: is UTF-16 text (little-endian), which the gate reads only for CSV with a byte order mark (export the tickets as UTF-8)',
		],
		[
			'Windows-1252 CSV',
			'windows-1252/tickets.csv',
			'tests/fixtures/tickets/windows-1252/tickets.csv:3: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1) (export the tickets as UTF-8, e.g. with Excel\'s Save As › "CSV UTF-8")',
		],
		[
			'Windows-1252 JSON Lines',
			'windows-1252/tickets.jsonl',
			'tests/fixtures/tickets/windows-1252/tickets.jsonl:2: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1) (export the tickets as UTF-8)',
		],
		[
			'a JSON object (an API response) instead of an array',
			'json-object/tickets.json',
			'tests/fixtures/tickets/json-object/tickets.json: no category column: expected a key named "category", "ticket category", "case category", "type" or "case type"; no ticket object in the file has one (if the export names it differently, add that name to `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml)\ntests/fixtures/tickets/json-object/tickets.json: no product area column: expected a key named "product area", "area", "component", "components", "component/s", "product" or "product name"; no ticket object in the file has one (if the export names it differently, add that name to `coverage.columns.productArea` in tests/fixtures/tickets/site/tryblock.yaml)',
		],
		[
			"Zendesk's XML export, read, with no category or product area named",
			'markup/zendesk.xml',
			'tests/fixtures/tickets/markup/zendesk.xml: no category column: expected an element named "category", "ticket category", "case category", "type" or "case type"; no <ticket> in the file has one (a Zendesk ticket\'s `type` is question, incident, problem or task, not a category) (name the custom field that holds it by its id under `coverage.columns.category` in tests/fixtures/tickets/site/tryblock.yaml, e.g. `custom_fields.360012345` (Admin Center > Objects and rules > Tickets > Fields))\ntests/fixtures/tickets/markup/zendesk.xml: no product area column: expected an element named "product area", "area", "component", "components", "component/s", "product" or "product name"; no <ticket> in the file has one (if the export names it differently, add that name to `coverage.columns.productArea` in tests/fixtures/tickets/site/tryblock.yaml)',
		],
		[
			'a sign-in page saved as the export',
			'markup/signed-out.csv',
			'tests/fixtures/tickets/markup/signed-out.csv:1: is an HTML page, not a ticket export (a sign-in or error page saved in its place?) (download the export again; the gate reads CSV, Excel workbooks (.xlsx), JSON and JSON Lines)',
		],
	])('%s', async (_, file, message) => {
		const run = await checkCoverage(['--tickets', fixture(file)]);
		expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `${message}\n`]);
	});

	test('a Windows-1252 byte in the half of a big export that a second thread reads', async () => {
		const file = path.join(temporaryDir('exports'), 'big.csv');
		const rows = Array.from({ length: 4000 }, (_, index) => `T-${index},Solved,Usability,Domains,x\r\n`);
		rows[3500] = 'T-3500,Solved,Usability,Domains,Caf\u00e9\r\n';
		writeFileSync(
			file,
			Buffer.concat([Buffer.from('id,status,category,product area,subject\r\n'), Buffer.from(rows.join(''), 'latin1')]),
		);
		const content = loadContentForCoverage(fixture('site'));
		const error = await readTickets([file], content, { parallel: { minBytes: 1 } }).catch((thrown: unknown) => thrown);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems.map(formatProblem)[0]).toMatch(
			/big\.csv:3502: is not UTF-8 text: byte 0xE9 on this line/,
		);
	});
});

describe('links in --tickets are followed or reported, never mistaken', () => {
	test.each([
		[
			'a symbolic link loop',
			(dir: string) => {
				symlinkSync(path.join(dir, 'b.csv'), path.join(dir, 'a.csv'));
				symlinkSync(path.join(dir, 'a.csv'), path.join(dir, 'b.csv'));
				return path.join(dir, 'a.csv');
			},
			'<dir>/a.csv: is a symbolic link loop: following it leads back to itself (point the link at the export file itself)',
		],
		[
			'a dangling link named on the command line',
			(dir: string) => {
				symlinkSync(path.join(dir, 'gone.csv'), path.join(dir, 'march.csv'));
				return path.join(dir, 'march.csv');
			},
			'<dir>/march.csv: is a symbolic link to <dir>/gone.csv, which does not exist (fix or remove the link)',
		],
		[
			'a dangling link inside a folder of exports',
			(dir: string) => {
				mkdirSync(path.join(dir, 'exports'));
				copyFileSync(fixture('bom-crlf/tickets.csv'), path.join(dir, 'exports/april.csv'));
				symlinkSync('../gone.csv', path.join(dir, 'exports/march.csv'));
				return path.join(dir, 'exports');
			},
			'<dir>/exports/march.csv: is a symbolic link to ../gone.csv, which does not exist (fix or remove the link)',
		],
	])('%s is reported as such (exit 2)', async (_, make, message) => {
		const dir = temporaryDir('exports');
		const run = await checkCoverage(['--tickets', make(dir)]);
		expect([run.status, run.stdout, firstLines(run.stderr.replaceAll(dir, '<dir>'))]).toEqual([2, '', message]);
	});

	test('a link to an export inside a folder of exports is read like the file', async () => {
		const dir = temporaryDir('exports');
		symlinkSync(path.resolve(fixture('bom-crlf/tickets.csv')), path.join(dir, 'linked.csv'));
		const run = await checkCoverage(['--tickets', dir, '--format', 'json']);
		expect([run.status, json(run.stdout).totals.closed]).toEqual([0, 7]);
	});
});

describe('a CSV export whose title line is in angle brackets', () => {
	test('is read as CSV: markup needs an XML declaration, a closing tag or an HTML tag', async () => {
		const { rows, summary } = await readRows(fixture('markup/bracket-title.csv'));
		expect(rows.map((row) => [row.line, row.values.id, row.values.subject])).toEqual([
			[3, 'T-101', 'Cannot find the <TXT> record field'],
		]);
		expect(summary.preamble).toEqual({ from: 1, to: 1, first: '<Closed tickets, March 2026>' });
	});
});

describe('a file that is not JSON Lines at all', () => {
	test('says no line is JSON, instead of naming every missing column', async () => {
		const dir = temporaryDir('exports');
		const file = path.join(dir, 'tickets.jsonl');
		writeFileSync(file, 'Ticket ID,Status\nT-1,closed\n');
		const run = await checkCoverage(['--tickets', file]);
		expect(run.status).toBe(2);
		expect(firstLines(run.stderr)?.replace(dir, '<dir>')).toBe(
			'<dir>/tickets.jsonl:1: is not JSON Lines: no line is valid JSON (Unexpected token \'T\', "Ticket ID,Status" is not valid JSON) (a JSON Lines export holds one ticket object per line; check the file is the export you meant)',
		);
	});
	test('lists nested thousands of levels deep are said to be too deep, not a stack overflow', async () => {
		const dir = temporaryDir('exports');
		const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
		writeFileSync(path.join(dir, 'tickets.json'), deep(5000));
		writeFileSync(path.join(dir, 'tickets.jsonl'), `${deep(5000)}\n`);
		const reason = 'its lists or objects are nested thousands of levels deep, too deep to read';
		for (const [name, expected] of [
			['tickets.json', `<dir>/tickets.json:1: the ticket that starts here is not valid JSON: ${reason}`],
			['tickets.jsonl', `<dir>/tickets.jsonl:1: is not JSON Lines: no line is valid JSON (${reason})`],
		]) {
			const run = await checkCoverage(['--tickets', path.join(dir, name ?? '')]);
			expect([run.status, firstLines(run.stderr)?.replace(dir, '<dir>').split(' (a JSON Lines')[0]]).toEqual([
				2,
				expected,
			]);
		}
	});
});
