import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runLink } from '../../../src/authoring/link-command.ts';
import { copyFixture, fixture, runCommand, temporaryDir } from './helpers.ts';

/** Runs `npm run link` on a copy of the fixture site with the given argv. */
async function link(dir: string, argv: string[]) {
	return runCommand((io) => runLink(argv, { contentDir: dir, io }), { replace: dir });
}

/** Puts one of the link fixtures in place of the site's verify-domain article. */
function withArticle(name: string): string {
	const dir = copyFixture('site');
	copyFileSync(fixture(`link/${name}`), path.join(dir, 'articles/verify-domain.md'));
	return dir;
}

describe('npm run link edits the file in place, safely', () => {
	test.each([0o640, 0o444, 0o755])('keeps the mode of the file (%o)', async (mode) => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		chmodSync(file, mode);
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect(result).toEqual({ exitCode: 0, stdout: 'Linked RES-555 to <dir>/articles/verify-domain.md', stderr: '' });
		expect(statSync(file).mode & 0o777).toBe(mode);
		expect(readFileSync(file, 'utf8')).toContain('  - RES-555\n');
	});

	test('a planted link at the old temporary name is neither followed nor touched, and no temporary file is left', async () => {
		const dir = copyFixture('site');
		const outside = path.join(temporaryDir('outside'), 'victim.txt');
		writeFileSync(outside, 'precious\n');
		const planted = path.join(dir, 'articles/verify-domain.md.tryblock-link.tmp');
		symlinkSync(outside, planted);
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect(result.exitCode).toBe(0);
		expect(readFileSync(outside, 'utf8')).toBe('precious\n');
		expect(statSync(planted).isFile()).toBe(true);
		expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual([
			'domain-workaround.md',
			'nested',
			'verify-domain.md',
			'verify-domain.md.tryblock-link.tmp',
		]);
	});

	test('refuses (exit 2) to edit an article that is a symbolic link, leaving the link and its target alone', async () => {
		const dir = copyFixture('site');
		const target = path.join(temporaryDir('shared'), 'verify-domain.md');
		renameSync(path.join(dir, 'articles/verify-domain.md'), target);
		symlinkSync(target, path.join(dir, 'articles/verify-domain.md'));
		const before = readFileSync(target, 'utf8');
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect([result.exitCode, result.stdout, result.stderr.replace(target, '<target>')]).toEqual([
			2,
			'',
			'<dir>/articles/verify-domain.md is a symbolic link to <target>: npm run link does not edit through links\nadd the ticket to the file the link points to, or replace the link by the file itself',
		]);
		expect(readFileSync(target, 'utf8')).toBe(before);
		expect(statSync(path.join(dir, 'articles/verify-domain.md')).isFile()).toBe(true);
	});

	test('refuses (exit 2) a page that lies outside the content folder once links are followed', async () => {
		const dir = copyFixture('site');
		const elsewhere = path.join(temporaryDir('elsewhere'), 'articles');
		renameSync(path.join(dir, 'articles'), elsewhere);
		symlinkSync(elsewhere, path.join(dir, 'articles'));
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect([result.exitCode, result.stderr]).toEqual([
			2,
			'<dir>/articles/verify-domain.md lies outside <dir>/ once symbolic links are followed\nnpm run link only edits files inside the content folder: move the page there',
		]);
	});
});

describe('npm run link: exit 2 with one line where it used to crash (exit 70)', () => {
	test.each([
		[
			'anchored-list.md',
			'<dir>/articles/verify-domain.md: "tickets" is the anchored list &verify, which *verify reuses elsewhere, so adding a ticket would change that too',
		],
		[
			'aliased-list.md',
			'<dir>/articles/verify-domain.md: "tickets" is the YAML alias *verify, so adding a ticket would change another field too',
		],
	])('%s', async (name, message) => {
		const dir = withArticle(name);
		const before = readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8');
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect([result.exitCode, result.stderr]).toEqual([
			2,
			`${message}\nwrite the ticket ids out as a list of their own, e.g. tickets: [RES-1, RES-2], then link again`,
		]);
		expect(readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8')).toBe(before);
	});

	test('frontmatter that expands without bound (an alias bomb)', async () => {
		const dir = withArticle('alias-bomb.md');
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect([result.exitCode, result.stderr]).toEqual([
			2,
			'<dir>/articles/verify-domain.md: the frontmatter cannot be read: Excessive alias count indicates a resource exhaustion attack\nfix it first: npm run check shows the line',
		]);
	});

	test('a page that is not UTF-8 (Windows-1252) is refused: rewriting it would turn its accented letters into U+FFFD', async () => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		copyFileSync('tests/fixtures/content-model/invalid/articles/windows-1252.md', file);
		const before = readFileSync(file);
		const result = await link(dir, ['RES-555', 'verify-domain']);
		expect([result.exitCode, result.stdout, result.stderr]).toEqual([
			2,
			'',
			'<dir>/articles/verify-domain.md:9: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1)\nsave the file as UTF-8, then check its accented letters and quotes; then link again',
		]);
		expect(readFileSync(file).equals(before)).toBe(true);
	});

	test('a folder where the page should be', async () => {
		const dir = copyFixture('site');
		mkdirSync(path.join(dir, 'articles/folder.md'));
		const result = await link(dir, ['RES-555', 'folder']);
		expect([result.exitCode, result.stderr]).toEqual([2, '<dir>/articles/folder.md is not a regular file']);
	});
});

describe('npm run link takes ticket ids by the rule the export reader uses', () => {
	test.each([
		['RES 1', '"RES 1"'],
		['RES\n1', '"RES\\n1"'],
		['RES\u202e1', '"RES\\u202e1"'],
		['RES\x1b[31m1', '"RES\\u001b[31m1"'],
	])('refuses %j and exits 2, changing no file', async (id, shown) => {
		const dir = copyFixture('site');
		const before = readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8');
		const result = await link(dir, [id, 'verify-domain']);
		expect([result.exitCode, result.stdout, result.stderr]).toEqual([
			2,
			'',
			`${shown} is not a ticket id: expected one word without spaces, line breaks or control characters, at most 200 characters (e.g. RES-1234)\ne.g. npm run link -- RES-1234 verify-domain`,
		]);
		expect(readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8')).toBe(before);
	});

	test('a numeric id past 2^53 is written quoted, so YAML does not round it', async () => {
		const dir = withArticle('numeric-ids.md');
		const result = await link(dir, ['12345678901234567891', 'verify-domain']);
		expect(result.exitCode).toBe(0);
		expect(readFileSync(path.join(dir, 'articles/verify-domain.md'), 'utf8')).toContain(
			'  - 48230\n  - "12345678901234567891"\n---',
		);
	});
});
