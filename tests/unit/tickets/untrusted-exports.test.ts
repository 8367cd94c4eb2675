// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters in the output.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputFormats } from '../../../src/tickets/cli.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, checkCoverageProcess, fixture, rawControls, site, workflowCommands } from './helpers.ts';

/** The annotations of `--format github`: every one ours, each on its line, nothing forged. */
const csvAnnotations = [
	'::error title=Category reliability uncovered::Reliability: 0 of 1 closed tickets link an article (0%25, minimum 100%25). Unlinked: T-2',
	'::error title=Category usability uncovered::Usability: 0 of 1 closed tickets link an article (0%25, minimum 100%25). Unlinked: T-6',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=2,title=Ticket row cannot be judged::"T-1\\n::error::forged id" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=8,title=Ticket row cannot be judged::ticket T-4 has an unknown category "Usability\\n::error::forged category" (expected one of reliability, usability, functional, success-outreach)',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=10,title=Ticket row cannot be judged::ticket T-5 has an unknown product area "Domains\\u2028::error::forged area" (expected one of domains, api, billing)',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=12,title=Ticket row cannot be judged::"T-7\\r::error::forged id" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=4,title=Ticket T-2 has no article::reliability / api, no article: "Webhook ::add-mask::secret subject". Write the article: npm run new -- \'Webhook ::add-mask::secret subject\' --ticket T-2 --category reliability --area api',
	'::error file=tests/fixtures/tickets/workflow-commands/tickets.csv,line=11,title=Ticket T-6 has no article::usability / domains, broken link: no article "verify-domian" (did you mean "verify-domain"?), "::warning::forged", "article": "Articles probe". Write the article: npm run new -- \'Articles probe\' --ticket T-6 --category usability --area domains',
	'::warning title=Ticket coverage::1 closed row names a category the taxonomy does not have ("Usability\\n::error::forged category" 1): if your helpdesk calls a category of the taxonomy that, list the name under the term\'s `helpdeskValues` in tests/fixtures/tickets/site/taxonomy.yaml',
	'::warning title=Ticket coverage::1 closed row names a product area the taxonomy does not have ("Domains\\u2028::error::forged area" 1): if your helpdesk calls a product area of the taxonomy that, list the name under the term\'s `helpdeskValues` in tests/fixtures/tickets/site/taxonomy.yaml',
];

describe('ticket text cannot forge workflow commands (line breaks in every field)', () => {
	test.each(outputFormats)(
		'CSV export, --format %s: no line of the output is a command the export wrote',
		async (format) => {
			const run = await checkCoverage(['--tickets', fixture('workflow-commands/tickets.csv'), '--format', format]);
			expect([run.status, run.stderr]).toEqual([1, '']);
			expect(workflowCommands(run.stdout)).toEqual(format === 'github' ? csvAnnotations : []);
			expect(run.stdout).not.toMatch(rawControls);
		},
	);

	test.each(outputFormats)('JSON Lines export (\\n, \\r, U+2028, U+2029, NEL), --format %s', async (format) => {
		const run = await checkCoverage(['--tickets', fixture('workflow-commands/tickets.jsonl'), '--format', format]);
		expect([run.status, run.stderr]).toEqual([1, '']);
		const commands = workflowCommands(run.stdout);
		if (format === 'github') expect(commands.every((line) => /^::(error|warning) /.test(line))).toBe(true);
		else expect(commands).toEqual([]);
		expect(run.stdout).not.toMatch(rawControls);
	});

	test('the text report keeps every value on its row and names the bad ones with their escapes', async () => {
		const run = await checkCoverage(['--tickets', fixture('workflow-commands/tickets.csv')]);
		const lines = run.stdout.split('\n');
		expect(lines[1]).toBe('2 closed tickets judged · 1 row not closed, ignored (open ::stop-commands::tok 1)');
		expect(lines.filter((line) => line.includes('forged') || line.includes('secret'))).toEqual([
			'   "Webhook ::add-mask::secret subject"',
			"   npm run new -- 'Webhook ::add-mask::secret subject' --ticket T-2 --category reliability --area api",
			'   The export names "::warning::forged", which no article or runbook has.',
			'  tests/fixtures/tickets/workflow-commands/tickets.csv:2  "T-1\\n::error::forged id" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
			'  tests/fixtures/tickets/workflow-commands/tickets.csv:8  ticket T-4 has an unknown category "Usability\\n::error::forged category" (expected one of reliability, usability, functional, success-outreach)',
			'  tests/fixtures/tickets/workflow-commands/tickets.csv:10  ticket T-5 has an unknown product area "Domains\\u2028::error::forged area" (expected one of domains, api, billing)',
			'  tests/fixtures/tickets/workflow-commands/tickets.csv:12  "T-7\\r::error::forged id" is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)',
			'  ! 1 closed row names a category the taxonomy does not have ("Usability\\n::error::forged category" 1): if your helpdesk calls a category of the taxonomy that, list the name under the term\'s `helpdeskValues` in tests/fixtures/tickets/site/taxonomy.yaml',
			'  ! 1 closed row names a product area the taxonomy does not have ("Domains\\u2028::error::forged area" 1): if your helpdesk calls a product area of the taxonomy that, list the name under the term\'s `helpdeskValues` in tests/fixtures/tickets/site/taxonomy.yaml',
		]);
	});

	test(
		'an export whose file name starts a command: the marker is escaped where the name starts a line',
		() => {
			const dir = temporaryDir('names');
			writeFileSync(path.join(dir, '::error::named.csv'), 'id,status,category,product area\nT-1,Solved,Nope,Domains\n');
			writeFileSync(path.join(dir, '::add-mask::empty.csv'), '');
			const run = (name: string) =>
				spawnSync(process.execPath, [path.resolve('scripts/check-coverage.ts'), '--tickets', name], {
					cwd: dir,
					encoding: 'utf8',
					env: { ...process.env, NO_COLOR: '1', TRYBLOCK_CONTENT_DIR: path.resolve(site) },
				});
			const named = run('::error::named.csv');
			expect(named.status).toBe(1);
			expect(workflowCommands(named.stdout)).toEqual([]);
			expect(named.stdout).toContain(
				'\n  \\::error::named.csv:2  ticket T-1 has an unknown category "Nope" (expected one of reliability, usability, functional, success-outreach)\n',
			);
			const empty = run('::add-mask::empty.csv');
			expect([empty.status, empty.stderr]).toEqual([
				2,
				'\\::add-mask::empty.csv: is empty: expected closed tickets (a CSV header row and rows, a JSON array or JSON Lines) (export the closed tickets again)\n',
			]);
		},
		PROCESS_TEST_TIMEOUT,
	);
});

describe('escape sequences and bidi overrides never reach the terminal raw', () => {
	test.each(outputFormats)('--format %s', async (format) => {
		const run = await checkCoverage(['--tickets', fixture('terminal-escapes/tickets.csv'), '--format', format]);
		expect([run.status, run.stderr]).toEqual([1, '']);
		expect(run.stdout).not.toMatch(rawControls);
	});

	test('the text report shows the words without the sequences, and names a bad value with escapes', async () => {
		const run = await checkCoverage(['--tickets', fixture('terminal-escapes/tickets.csv')]);
		const lines = run.stdout.split('\n');
		// A status that holds control characters is quoted with its escapes: it is no "pending".
		expect(lines[1]).toBe('3 closed tickets judged · 1 row not closed, ignored ("pending\\u009b31m\\u001b[2j" 1)');
		expect(lines.filter((line) => line.startsWith('   "'))).toEqual([
			'   "Title probe red link end"',
			'   "Invoice exe.fdp and isolate mark"',
			'   "Articles probe"',
		]);
		expect(lines).toContain(
			'  tests/fixtures/tickets/terminal-escapes/tickets.csv:5  ticket T-4 has an unknown category "Usabil\\u0007ity\\b\\u001b[1A" (expected one of reliability, usability, functional, success-outreach)',
		);
	});

	test(
		'with colours on (as on CI), only our own colour sequences are written',
		() => {
			// In its own process: picocolors turns colours on from the environment, as CI sets it.
			const run = checkCoverageProcess(['--tickets', fixture('terminal-escapes/tickets.csv')], {
				NO_COLOR: '',
				FORCE_COLOR: '1',
			});
			const sequences = new Set(run.stdout.match(/\x1b[^a-zA-Z]*[a-zA-Z]/g));
			expect([...sequences].every((sequence) => /^\x1b\[\d+m$/.test(sequence))).toBe(true);
			expect(run.stdout.replace(/\x1b\[\d+m/g, '')).not.toMatch(rawControls);
		},
		PROCESS_TEST_TIMEOUT,
	);
});

describe('a value that looks right but holds invisible characters', () => {
	const zeroWidth = /[\u200b-\u200d\u2060-\u2064\ufeff]/;

	test.each(outputFormats)('is never written raw (--format %s)', async (format) => {
		const run = await checkCoverage(['--tickets', fixture('invisible-values/tickets.csv'), '--format', format]);
		expect([run.status, run.stderr]).toEqual([1, '']);
		expect(run.stdout).not.toMatch(zeroWidth);
	});

	test.each(['csv', 'json', 'xlsx'])(
		"is matched as a pulled ticket's value is, without them: the taxonomy term and the article (%s)",
		async (format) => {
			const run = await checkCoverage(['--tickets', fixture(`invisible-values/tickets.${format}`), '--format', 'json']);
			const report = JSON.parse(run.stdout);
			// T-1 is Reliability, T-2's area Domains and T-3 links verify-domain, as if pulled;
			// U+202E (T-4) is no zero-width character, and T-5 and T-6 hold typos besides.
			expect(report.totals).toMatchObject({ closed: 5, linked: 2, unlinked: 3, invalid: 1 });
			expect(
				report.unlinkedTickets.map((ticket: Record<string, string>) =>
					[ticket.id, ticket.category, ticket.productArea, ticket.reason].join(' '),
				),
			).toEqual([
				'T-1 reliability api no-article',
				'T-4 usability domains broken-link',
				'T-6 usability domains broken-link',
			]);
			expect(report.invalidRows.map((row: { reason: string }) => row.reason)).toEqual([
				'ticket T-5 has an unknown category "Reliabilty\\u200c" (expected one of reliability, usability, functional, success-outreach)',
			]);
		},
	);

	test('a value that stays unknown is named with them written as escapes, so the reader sees what the cell holds', async () => {
		const run = await checkCoverage(['--tickets', fixture('invisible-values/tickets.csv')]);
		const lines = run.stdout.split('\n');
		expect(lines.filter((line) => line.includes('invisible-values/tickets.csv:'))).toEqual([
			'1. T-4  usability / domains  broken link  tests/fixtures/tickets/invisible-values/tickets.csv:5',
			'2. T-6  usability / domains  broken link  tests/fixtures/tickets/invisible-values/tickets.csv:7',
			'3. T-1  reliability / api  no article  tests/fixtures/tickets/invisible-values/tickets.csv:2',
			'  tests/fixtures/tickets/invisible-values/tickets.csv:6  ticket T-5 has an unknown category "Reliabilty\\u200c" (expected one of reliability, usability, functional, success-outreach)',
		]);
	});

	test('an article slug that stays unknown is named with its escapes, not as the slug it suggests', async () => {
		const text = (await checkCoverage(['--tickets', fixture('invisible-values/tickets.csv')])).stdout.split('\n');
		expect(text.filter((line) => line.startsWith('   The export names'))).toEqual([
			'   The export names "verify-domain\\u202e", which no article or runbook has: did you mean "verify-domain"? Fix the articles cell in the helpdesk,',
			'   The export names "verify-domian\\u200d", which no article or runbook has: did you mean "verify-domain"? Fix the articles cell in the helpdesk,',
		]);
		const github = (await checkCoverage(['--tickets', fixture('invisible-values/tickets.csv'), '--format', 'github']))
			.stdout;
		expect(github).toContain('broken link: no article "verify-domian\\u200d" (did you mean "verify-domain"?)');
		expect(github).toContain('broken link: no article "verify-domain\\u202e" (did you mean "verify-domain"?)');
	});
});

describe('the Markdown report escapes every cell', () => {
	test('ids, subjects and reasons cannot split a cell, become HTML or links, or notify anyone', async () => {
		const run = await checkCoverage(['--tickets', fixture('markdown-cells/tickets.csv'), '--format', 'markdown']);
		const rows = run.stdout.split('\n').filter((line) => line.includes('markdown-cells/tickets.csv'));
		expect(rows).toEqual([
			'| \\<b\\>T-3\\</b\\> | usability / domains | no article | \\[click\\](https://evil.example) \\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\$x\\$ | `tests/fixtures/tickets/markdown-cells/tickets.csv:4` |',
			'| T-1\\|x | usability / domains | no article | Pipe \\| in subject | `tests/fixtures/tickets/markdown-cells/tickets.csv:2` |',
			'| T-2\\`code\\` | usability / domains | no article | \\<img src=x onerror=alert(1)\\> @<!-- -->acme/security see \\#<!-- -->12 | `tests/fixtures/tickets/markdown-cells/tickets.csv:3` |',
			'| `tests/fixtures/tickets/markdown-cells/tickets.csv:5` | ticket T-4 has an unknown category "Usab\\|lity\\<br\\>" (expected one of reliability, usability, functional, success-outreach) |',
		]);
		// Each table row keeps its five (or two) cells: no value added a border.
		for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(row.includes('unknown category') ? 4 : 7);
	});
});

describe("a report's title and footer lines, named in notes", () => {
	test.each(outputFormats)('cannot forge commands or drive the terminal (--format %s)', async (format) => {
		const run = await checkCoverage(['--tickets', fixture('untrusted-report/tickets.csv'), '--format', format]);
		expect([run.status, run.stderr]).toEqual([0, '']);
		if (format !== 'json') expect(run.stdout).toContain('it starts "Closed tickets red ::error::forged title"');
		expect(workflowCommands(run.stdout).filter((line) => line.includes('forged'))).toEqual(
			format === 'github'
				? [
						'::warning file=tests/fixtures/tickets/untrusted-report/tickets.csv,line=3,title=Ticket coverage::the header row is here; the title above it (lines 1–2) is passed over, not read as tickets; it starts "Closed tickets red ::error::forged title"',
						'::warning file=tests/fixtures/tickets/untrusted-report/tickets.csv,line=5,title=Ticket coverage::the report\'s footer from here (lines 5–6) is left out, not read as tickets; it starts "Grand Total ::warning::forged footer"',
					]
				: [],
		);
		expect(run.stdout).not.toMatch(rawControls);
	});
});

describe('an oversized cell is quoted in part, never whole', () => {
	const longest = (output: string) => Math.max(...output.split('\n').map((line) => line.length));

	test('a closed date, a category and an article link of 1,500 characters show their first 100, in every format', async () => {
		const file = fixture('oversized-cells/tickets.csv');
		const cut = `"${'x'.repeat(99)}…"`;
		const text = await checkCoverage(['--tickets', file]);
		expect(text.status).toBe(1);
		expect(text.stdout).toContain(`ticket T-801 has a closed date ${cut} that cannot be read`);
		expect(text.stdout).toContain(`ticket T-802 has an unknown category ${cut} (expected one of`);
		expect(text.stdout).toContain(`The export names ${cut}, which no article or runbook has`);
		expect(longest(text.stdout)).toBeLessThan(400);
		for (const format of outputFormats) {
			const run = await checkCoverage(['--tickets', file, '--format', format]);
			expect(run.stdout, format).not.toContain('x'.repeat(101));
		}
	});

	test('a header with thousands of characters, or of columns, is named in part when a column is missing', async () => {
		const run = await checkCoverage(['--tickets', fixture('oversized-cells/wide-header.csv')]);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('"Note 36", "Note 37" and 23 more');
		expect(run.stderr).not.toContain('H'.repeat(60));
		expect(longest(run.stderr)).toBeLessThan(1000);
	});
});

describe('one hostile export: quotes, zero-width and bidi characters, escape sequences, HTML, Markdown links and line breaks in subjects', () => {
	const file = fixture('hostile-text/tickets.csv');
	const zeroWidth = /[\u200b-\u200d\u2060-\u2064\ufeff]/;
	const run = (format: string) => checkCoverage(['--tickets', file, '--format', format]);

	test.each(outputFormats)(
		'--format %s: nothing raw that a terminal, a log or a reader could not see',
		async (format) => {
			const output = await run(format);
			expect([output.status, output.stderr]).toEqual([1, '']);
			expect(output.stdout).not.toMatch(rawControls);
			expect(output.stdout).not.toMatch(zeroWidth);
			// Every command is an annotation of ours, none one a subject wrote.
			expect(workflowCommands(output.stdout).filter((line) => !/^::(error|warning) (file|title)=/.test(line))).toEqual(
				[],
			);
		},
	);

	test('text: each subject quoted with its escapes, each status too, and each command without invisible characters', async () => {
		const lines = (await run('text')).stdout.split('\n');
		expect(lines[1]).toBe('14 closed tickets judged · 2 rows not closed, ignored ("open\\u200b" 1, open 1)');
		expect(lines.filter((line) => line.startsWith('   "'))).toEqual([
			'   "a\\" and \\"b"',
			'   "Invoice\\u200b total wrong"',
			'   "Refund exe.fdp now"',
			'   "Red invoice text"',
			'   "<img src=x onerror=alert(1)> invoice"',
			'   "[click](https://evil.example) invoice"',
			'   "Line one ::error::forged line"',
		]);
		expect(lines).toContain("   npm run new -- 'Invoice total wrong' --ticket U-2 --category usability --area billing");
	});

	test('Markdown: each subject in its cell, escaped, with its invisible characters written out', async () => {
		const rows = (await run('markdown')).stdout.split('\n').filter((line) => line.startsWith('| U-'));
		expect(rows.map((row) => row.split(' | ')[3])).toEqual([
			'a" and "b',
			'Invoice\\\\u200b total wrong',
			'Refund exe.fdp now',
			'Red invoice text',
			'\\<img src=x onerror=alert(1)\\> invoice',
			'\\[click\\](https://evil.example) invoice',
			'Line one ::error::forged line',
		]);
	});

	test('GitHub annotations: each subject quoted with its escapes', async () => {
		const annotations = workflowCommands((await run('github')).stdout).filter((line) =>
			line.includes('has no article'),
		);
		expect(annotations.map((line) => line.split(', no article: ')[1]?.split('. Write the article')[0])).toEqual([
			'"a\\" and \\"b"',
			'"Invoice\\u200b total wrong"',
			'"Refund exe.fdp now"',
			'"Red invoice text"',
			'"<img src=x onerror=alert(1)> invoice"',
			'"[click](https://evil.example) invoice"',
			'"Line one ::error::forged line"',
		]);
	});
});
