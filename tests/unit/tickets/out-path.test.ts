import {
	chmodSync,
	copyFileSync,
	cpSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryDir } from '../temporary-dir.ts';
import { checkCoverage, fixture, site } from './helpers.ts';

/** A scratch folder holding a copy of an export and of the fixture site, so nothing committed is at risk. */
function scratch() {
	const dir = temporaryDir('out');
	const exportFile = path.join(dir, 'tickets.csv');
	copyFileSync(fixture('bom-crlf/tickets.csv'), exportFile);
	const content = path.join(dir, 'content');
	cpSync(site, content, { recursive: true });
	const run = (out: string, tickets = exportFile) =>
		checkCoverage(['--tickets', tickets, '--out', out], { contentDir: content });
	return { dir, exportFile, content, run };
}

/** The message and its hint, without the usage that follows, with the scratch folder shortened. */
const reason = (stderr: string, dir: string) => stderr.split('\n\nUsage:')[0]?.trimEnd().replaceAll(dir, '<dir>');

describe('--out never overwrites what a person wrote, whatever links lie on the way', () => {
	test('a symbolic link to the export is refused, and the export is left as it was', async () => {
		const { dir, exportFile, run } = scratch();
		const before = readFileSync(exportFile);
		symlinkSync(exportFile, path.join(dir, 'report.md'));
		const result = await run(path.join(dir, 'report.md'));
		expect([result.status, result.stdout, reason(result.stderr, dir)]).toEqual([
			2,
			'',
			'--out <dir>/report.md: that is one of the exports being read (<dir>/report.md leads to <dir>/tickets.csv)\nwrite the report to another file',
		]);
		expect(readFileSync(exportFile).equals(before)).toBe(true);
	});

	test('a hard link to the export is refused, and the export is left as it was', async () => {
		const { dir, exportFile, run } = scratch();
		const before = readFileSync(exportFile);
		linkSync(exportFile, path.join(dir, 'report.md'));
		const result = await run(path.join(dir, 'report.md'));
		expect([result.status, reason(result.stderr, dir)]).toEqual([
			2,
			'--out <dir>/report.md: that is one of the exports being read (it is a hard link to <dir>/tickets.csv)\nwrite the report to another file',
		]);
		expect(readFileSync(exportFile).equals(before)).toBe(true);
	});

	test('a symbolic link to a folder inside the content folder is refused, and nothing is written there', async () => {
		const { dir, content, run } = scratch();
		symlinkSync(path.join(content, 'articles'), path.join(dir, 'reports'));
		const result = await run(path.join(dir, 'reports/coverage.md'));
		expect([result.status, reason(result.stderr, dir)]).toEqual([
			2,
			'--out <dir>/reports/coverage.md: the report cannot be written inside <dir>/content/ (<dir>/reports/coverage.md leads to <dir>/content/articles/coverage.md)\nwrite it elsewhere, e.g. --out coverage-report.json',
		]);
		expect(existsSync(path.join(content, 'articles/coverage.md'))).toBe(false);
	});

	test('a hard link to an article is refused, and the article is left as it was', async () => {
		const { dir, content, run } = scratch();
		const article = path.join(content, 'articles/verify-domain.md');
		const before = readFileSync(article);
		linkSync(article, path.join(dir, 'report.md'));
		const result = await run(path.join(dir, 'report.md'));
		expect([result.status, reason(result.stderr, dir)]).toEqual([
			2,
			'--out <dir>/report.md: it is a hard link to <dir>/content/articles/verify-domain.md, which the report would overwrite\nwrite the report to another file',
		]);
		expect(readFileSync(article).equals(before)).toBe(true);
	});

	test('a report inside a folder of exports is refused: the next run would read it as an export', async () => {
		const { dir, run } = scratch();
		mkdirSync(path.join(dir, 'exports'));
		copyFileSync(fixture('bom-crlf/tickets.csv'), path.join(dir, 'exports/march.csv'));
		const result = await run(path.join(dir, 'exports/report.json'), path.join(dir, 'exports'));
		expect([result.status, reason(result.stderr, dir)]).toEqual([
			2,
			'--out <dir>/exports/report.json: the report cannot be written inside <dir>/exports/, a folder of exports being read\nwrite it elsewhere: the next run would read it as an export',
		]);
	});
});

describe('--out: a clear one-line reason, exit 2, for a path that cannot take a report', () => {
	test.each([
		[
			'a folder that does not exist',
			() => 'missing/report.md',
			'--out <dir>/missing/report.md: the folder <dir>/missing does not exist\ncreate it first, or write the report to a folder that exists',
		],
		[
			'a folder instead of a file',
			(dir: string) => {
				mkdirSync(path.join(dir, 'reports'));
				return 'reports';
			},
			'--out <dir>/reports: is a folder, not a file\nname the report file, e.g. --out <dir>/reports/coverage-report.json',
		],
		[
			'a file where a folder should be',
			() => 'tickets.csv/report.md',
			'--out <dir>/tickets.csv/report.md: <dir>/tickets.csv is a file, not a folder\nwrite the report elsewhere',
		],
		[
			'a symbolic link to nothing',
			(dir: string) => {
				symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'report.md'));
				return 'report.md';
			},
			'--out <dir>/report.md: is a symbolic link to a file that does not exist\nremove the link, or write the report elsewhere',
		],
	])('%s', async (_, make, message) => {
		const { dir, run } = scratch();
		const result = await run(path.join(dir, make(dir)));
		expect([result.status, result.stdout, reason(result.stderr, dir)]).toEqual([2, '', message]);
	});
});

test('--out replaces an earlier report whole, keeps its permissions and leaves no temporary file', async () => {
	const { dir, run } = scratch();
	const out = path.join(dir, 'report.md');
	writeFileSync(out, 'old report\n');
	chmodSync(out, 0o600);
	const result = await run(out);
	expect([result.status, result.stderr]).toEqual([0, '']);
	expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
		'Ticket coverage of <dir>/tickets.csv (csv, 8 rows)'.replace('<dir>', dir),
	);
	expect(statSync(out).mode & 0o777).toBe(0o600);
	expect(readdirSync(dir).sort()).toEqual(['content', 'report.md', 'tickets.csv']);
});
