import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { evalSearchMain, usage } from '../../../src/search/cli.ts';
import { PROCESS_TEST_TIMEOUT, runInProcess } from '../in-process.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { rawControls } from '../tickets/helpers.ts';
import { writeFixtureSite } from './fixture-site.ts';

const out = 'tests/.output/search-cli';
const questions = 'tests/fixtures/search/fixture-questions/search.yaml';

/**
 * Runs `npm run eval:search -- <args>` the way CI does, in a child process, and returns what it
 * printed and its exit code: for the exit status a shell sees and output free of escape sequences.
 */
function evalSearchProcess(...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/eval-search.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `npm run eval:search -- <args>` in this process, as its script runs it with NO_COLOR=1. */
function evalSearch(...args: string[]) {
	return evalSearchIn(path.resolve('content'), ...args);
}

/** The same, for the content folder `contentDir`. */
function evalSearchIn(contentDir: string, ...args: string[]) {
	return runInProcess(
		(streams) =>
			evalSearchMain(args, {
				contentDir,
				stdout: streams.stdout,
				stderr: (text) => streams.stderr.write(text),
				color: false,
			}),
		usage(contentDir),
	);
}

beforeAll(async () => {
	await writeFixtureSite(`${out}/good`, { aliases: true });
	await writeFixtureSite(`${out}/no-aliases`, { aliases: false });
});

describe('npm run eval:search', () => {
	test('a help center with no question sets and no linked tickets yet: exit 2, saying there is nothing to evaluate', async () => {
		// A team's first day: the demo's evals and exports removed, its own not yet written.
		const contentDir = path.join(temporaryDir('no-evals'), 'content');
		mkdirSync(path.join(contentDir, 'evals'), { recursive: true });
		mkdirSync(path.join(contentDir, 'tickets'));
		for (const file of ['taxonomy.yaml', 'tryblock.yaml'])
			copyFileSync(path.join('content', file), path.join(contentDir, file));
		const run = await evalSearchIn(contentDir, '--dist', `${out}/good`);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(
			'holds no question sets, and no ticket export or pulled ticket links an article: there is nothing to evaluate',
		);
		expect(run.stderr).not.toContain('Usage:');
	});

	test("no evals folder at all (the demo's removed with git rm) but a linked ticket: the ticket-subject eval runs", async () => {
		const fixture = 'tests/fixtures/search/no-evals-folder/content';
		const contentDir = path.join(temporaryDir('no-evals-folder'), 'content');
		cpSync(fixture, contentDir, { recursive: true });
		for (const file of ['taxonomy.yaml', 'tryblock.yaml'])
			copyFileSync(path.join('content', file), path.join(contentDir, file));
		const run = await evalSearchIn(contentDir, '--dist', `${out}/good`);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Ticket-subject eval: 1 closed, linked ticket');
	});

	test('without --dist it searches the build TRYBLOCK_OUT_DIR names, where npm run build wrote it', async () => {
		const given = process.env.TRYBLOCK_OUT_DIR;
		process.env.TRYBLOCK_OUT_DIR = `${out}/good`;
		try {
			const run = await evalSearch('--questions', questions);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			expect(run.stdout).toContain(`against ${out}/good/`);
		} finally {
			if (given === undefined) delete process.env.TRYBLOCK_OUT_DIR;
			else process.env.TRYBLOCK_OUT_DIR = given;
		}
	});

	test(
		'a reader that stops early (| head) ends the run quietly: no stack trace, the verdict as exit code',
		async () => {
			const child = spawn(
				process.execPath,
				['scripts/eval-search.ts', '--dist', `${out}/good`, '--questions', questions],
				{
					env: { ...process.env, NO_COLOR: '1' },
					stdio: ['ignore', 'pipe', 'pipe'],
				},
			);
			// The reader is gone before the report is written, as `head` is after its lines.
			child.stdout.destroy();
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => {
				stderr += chunk.toString();
			});
			const status = await new Promise((resolve) => child.on('close', resolve));
			expect(stderr).toBe('');
			expect(status).toBe(0);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test(
		'exit code 0, the scores and every question with the pages it found',
		() => {
			const run = evalSearchProcess('--dist', `${out}/good`, '--questions', questions);
			expect(run.status).toBe(0);
			expect(run.stdout).toContain('  search              10  1.000  1.000  1.000      0  ok');
			expect(run.stdout).toContain('  #1    "getting throttled"  → api-rate-limits');
			expect(run.stdout).toContain('Passed: every minimum holds.');
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('exit code 1 and the questions it lost when the aliases are gone', async () => {
		const run = await evalSearch('--dist', `${out}/no-aliases`, '--questions', questions);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(
			'  miss  "getting throttled"  → no results  (no page uses "throttled"; the article holds none of the question\'s words: add the customer\'s words to its aliases (or a synonym))',
		);
		// Both misses are the articles' words, not the ranking: the team knows it is theirs to fix.
		expect(run.stdout).toContain(
			"  2 of the 2 misses are articles that lack the customers' words: no ranking lifts them into the first 3, so hit@3 can reach 0.800 at most",
		);
		// The minimum sits above what the questions' words allow: search alone cannot meet it.
		expect(run.stdout).toContain(
			"Failed: search: hit@3 is 0.800, below the minimum 0.9 (search.minHitAt3 in content/tryblock.yaml). Its questions' words allow 0.800 at most: 2 answers lack them, and no ranking reaches the minimum until the articles say them.",
		);
	});

	test('--format json prints the report as data, with the ranked slugs of every question', async () => {
		const run = await evalSearch('--dist', `${out}/no-aliases`, '--questions', questions, '--format', 'json');
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout);
		expect(report).toMatchObject({ passed: false, sets: [{ name: 'search', questions: 10, hitAt3: 0.8, empty: 1 }] });
		expect(report.sets[0].results[6]).toMatchObject({ query: 'txt record', rank: 1 });
		expect(report.sets[0].results[6].slugs[0]).toBe('verify-domain');
	});

	test('questions and tickets together: both reports, the missed ticket named by its taxonomy labels', async () => {
		const exportFile = `${out}/tickets.csv`;
		mkdirSync(out, { recursive: true });
		writeFileSync(
			exportFile,
			[
				'Ticket ID,Subject,Status,Category,Product Area,Solved at,KB Articles',
				'T-1,which dns records do we add,Closed,Usability,Domains,2026-03-03,verify-domain',
				'T-2,Invoice in the wrong currency,Closed,Usability,Billing,2026-03-05,verify-domain',
			].join('\n'),
		);
		const run = await evalSearch('--dist', `${out}/good`, '--questions', questions, '--tickets', exportFile);
		expect(run.status, run.stderr).toBe(1);
		expect(run.stdout).toContain('Passed: every minimum holds.');
		expect(run.stdout).toContain('  T-2  Usability / Billing  "Invoice in the wrong currency"');
	});

	test('a file naming a deleted article: the scores, then each missing page, and exit code 2', async () => {
		const outOfDate = 'tests/fixtures/search/out-of-date-questions/questions.yaml';
		const run = await evalSearch('--dist', `${out}/good`, '--questions', outOfDate);
		expect(run.status).toBe(2);
		expect(run.stdout).toContain('  questions            3  1.000  1.000  1.000      0  ok');
		expect(run.stdout).toContain(`  ${outOfDate}:8  "what does a 550 bounce mean" expects "bounce-codes" (not scored)`);
		expect(run.stdout).not.toContain('\u001b');
		const json = await evalSearch('--dist', `${out}/good`, '--questions', outOfDate, '--format', 'json');
		expect(json.status).toBe(2);
		const report = JSON.parse(json.stdout);
		expect(report).toMatchObject({ passed: false, sets: [{ questions: 3, passed: true }] });
		expect(
			report.unresolved.map((entry: { line: number; reference: string }) => [entry.line, entry.reference]),
		).toEqual([
			[8, 'bounce-codes'],
			[10, 'dns-cheatsheet'],
			[13, 'old-alerts'],
		]);
	});

	test('--tickets with no closed ticket linking an article: exit 2, saying nothing was measured and how to link them', async () => {
		const exportFile = `${out}/tickets-unlinked.csv`;
		mkdirSync(out, { recursive: true });
		writeFileSync(
			exportFile,
			[
				'Ticket ID,Subject,Status,Category,Product Area,Solved at,KB Articles',
				'T-1,which dns records do we add,Closed,Usability,Domains,2026-03-03,',
				'T-2,Invoice in the wrong currency,Open,Usability,Billing,,verify-domain',
			].join('\n'),
		);
		for (const format of ['text', 'json']) {
			const run = await evalSearch('--dist', `${out}/good`, '--tickets', exportFile, '--format', format);
			expect(run.status).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.split('\n').slice(0, 2)).toEqual([
				`${exportFile}: no closed ticket with a subject links an article, so no subject was searched and nothing was measured`,
				"link each closed ticket to the article that answers it (npm run link -- <ticket-id> <slug>, or the export's articles column), then run this again",
			]);
		}
		// Linked, but to pages this build does not have: the build or the links need fixing.
		const otherBuild = `${out}/tickets-not-built.csv`;
		writeFileSync(
			otherBuild,
			[
				'Ticket ID,Subject,Status,Category,Product Area,Solved at,KB Articles',
				'T-3,Where is my invoice,Closed,Usability,Billing,2026-03-05,download-invoices',
			].join('\n'),
		);
		const notBuilt = await evalSearch('--dist', `${out}/good`, '--tickets', otherBuild);
		expect(notBuilt.status).toBe(2);
		expect(notBuilt.stderr.split('\n')[0]).toBe(
			`${otherBuild}: 1 closed ticket links an article, but none a page this build shows customers, so no subject was searched and nothing was measured`,
		);
		// Beside question sets, which did measure something, the ticket report says the same and the sets decide.
		const both = await evalSearch('--dist', `${out}/good`, '--questions', questions, '--tickets', exportFile);
		expect(both.status, both.stderr).toBe(0);
		expect(both.stdout).toContain(
			`Ticket-subject eval of ${exportFile}: no closed ticket with a subject links an article, so no subject was searched and nothing was measured: link each closed ticket to the article that answers it (npm run link -- <ticket-id> <slug>, or the export's articles column).`,
		);
	});

	test('subjects from a hostile export: quoted with their escapes in the text report, data in JSON', async () => {
		const hostile = 'tests/fixtures/tickets/hostile-text/tickets.csv';
		const run = await evalSearch('--dist', `${out}/good`, '--tickets', hostile);
		expect(run.stdout).not.toMatch(rawControls);
		expect(run.stdout).not.toMatch(/[\u200b-\u200d\u2060-\u2064\ufeff]/);
		expect(run.stdout.split('\n').filter((line) => line.startsWith('  H-'))).toEqual([
			'  H-1  Usability / Billing  "a\\" and \\"b"',
			'  H-2  Usability / Billing  "Invoice\\u200b total wrong"',
			'  H-3  Usability / Billing  "Refund exe.fdp now"',
			'  H-5  Usability / Billing  "<img src=x onerror=alert(1)> invoice"',
			'  H-6  Usability / Billing  "[click](https://evil.example) invoice"',
			'  H-7  Usability / Billing  "Line one ::error::forged line"',
		]);
		const json = await evalSearch('--dist', `${out}/good`, '--tickets', hostile, '--format', 'json');
		expect(json.stdout).toContain('"subject": "Invoice\\u200b total wrong"');
		expect(JSON.parse(json.stdout).tickets.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual([
			'a" and "b',
			'Invoice\u200b total wrong',
			'Refund exe.fdp now',
			'Red invoice text',
			'<img src=x onerror=alert(1)> invoice',
			'[click](https://evil.example) invoice',
			'Line one ::error::forged line',
		]);
	});

	test('an export whose subjects are all blank: exit 2, one line naming it and its empty subject column', async () => {
		const blank = 'tests/fixtures/tickets/blank-subjects/tickets.csv';
		const run = await evalSearch('--dist', `${out}/good`, '--tickets', blank);
		expect([run.status, run.stdout]).toEqual([2, '']);
		expect(run.stderr.split('\n').slice(0, 2)).toEqual([
			`${blank}: its subject column is empty in every row, so no subject was searched and nothing was measured`,
			"export the tickets again with their subjects, or, if another column holds them, add that column's name to `coverage.columns.subject` in content/tryblock.yaml, then run this again",
		]);
		// Beside question sets, the ticket report says the same in one line, and the sets decide.
		const both = await evalSearch('--dist', `${out}/good`, '--questions', questions, '--tickets', blank);
		expect(both.status, both.stderr).toBe(0);
		expect(both.stdout).toContain(
			`\nTicket-subject eval of ${blank}: its subject column is empty in every row, so no subject was searched and nothing was measured: export the tickets again`,
		);
		expect(both.stdout).not.toContain('0 closed, linked tickets');
	});

	test('JSON: passed is the whole run’s verdict, tickets included', async () => {
		const exportFile = `${out}/tickets-json.csv`;
		mkdirSync(out, { recursive: true });
		writeFileSync(
			exportFile,
			[
				'Ticket ID,Subject,Status,Category,Product Area,Solved at,KB Articles',
				'T-2,Invoice in the wrong currency,Closed,Usability,Billing,2026-03-05,verify-domain',
			].join('\n'),
		);
		const run = await evalSearch(
			'--dist',
			`${out}/good`,
			'--questions',
			questions,
			'--tickets',
			exportFile,
			'--format',
			'json',
		);
		expect(run.status).toBe(1);
		expect(JSON.parse(run.stdout)).toMatchObject({
			passed: false,
			sets: [{ passed: true }],
			tickets: { passed: false },
		});
	});

	test(
		'set names from the question file stay on their line, without escape sequences or bidi controls',
		() => {
			const run = evalSearchProcess(
				'--dist',
				`${out}/good`,
				'--questions',
				'tests/fixtures/search/hostile-set-names/questions.yaml',
			);
			expect(run.status).toBe(0);
			expect([...run.stdout].filter((char) => /[\p{Cc}\u202a-\u202e]/u.test(char) && char !== '\n')).toEqual([]);
			expect(run.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
			expect(run.stdout).toContain('  limits ::error::forged         1  1.000  1.000  1.000      0  ok');
			expect(run.stdout).toContain('\nDNS: every question and the pages it found, best first\n');
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('exit code 2 with one line and a hint when there is no build', async () => {
		const run = await evalSearch('--dist', `${out}/missing`, '--questions', questions);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatchInlineSnapshot(`
			"tests/.output/search-cli/missing/pagefind not found: run npm run build first
			the evals search the built index; pass --dist <dir> for a site built elsewhere

			Usage: npm run eval:search -- [--dist dist] [--questions <file>] [--tickets <export>] [--format text|json]

			  --dist       built site to search (default: dist, or TRYBLOCK_OUT_DIR when set; the internal build is dist-internal)
			  --questions  a YAML or JSON list of { query, expect }, or a CSV/TSV or Excel workbook with those columns, to ask instead of content/evals/
			  --tickets    a helpdesk export (or folder of exports) whose linked tickets' subjects to search
			               (default: content/tickets/ and .tryblock/tickets/); can be given more than once
			  --format     text for people (default), json for tools
			With neither --questions nor --tickets, runs every set in content/evals/ and the tickets in content/tickets/
			and .tryblock/tickets/ (subjects are there only from \`npm run tickets:pull -- --with-subjects\`).
			Exit codes: 0 every minimum holds, 1 below a minimum in content/tryblock.yaml (search:), 2 unusable input, no build or nothing
			to evaluate (a question file naming pages the build lacks: 2, after the scores of the questions that name pages it has).
			"
		`);
	});

	test(
		'a file that cannot be questions gets its reason without the usage: the command was called right',
		() => {
			const file = 'tests/.output/search-cli/questions.yaml';
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
			const run = evalSearchProcess('--questions', file);
			expect([run.status, run.stderr]).toEqual([
				2,
				`${file} is a binary file, not a file of questions\nwrite the questions as YAML, JSON, CSV, TSV or an Excel workbook\n`,
			]);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test(
		'exit code 2 and the usage for a bad option',
		() => {
			const run = evalSearchProcess('--format', 'xml');
			expect(run.status).toBe(2);
			expect(run.stderr.split('\n')[0]).toBe('--format must be "text" or "json", received "xml"');
			expect(run.stderr).toContain('Usage: npm run eval:search');
		},
		PROCESS_TEST_TIMEOUT,
	);
});
