import { copyFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite } from './helpers/build-site.ts';

/**
 * The insights page of a handbook whose export holds hostile subjects: quotes, a
 * zero-width space, bidi overrides, escape sequences, HTML, Markdown link syntax and a
 * line break. Both tables that show subjects (tickets without an article, and tickets
 * search did not find) show them as text, their invisible characters written out.
 */
describe('hostile ticket subjects on the insights page', () => {
	const work = 'tests/.output/hostile-subjects';
	const contentDir = `${work}/site`;
	const outDir = `${work}/dist`;
	let build: BuildResult;
	let html: string;

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		cpSync('tests/fixtures/insights/small', contentDir, { recursive: true });
		copyFileSync('tests/fixtures/tickets/hostile-text/tickets.csv', path.join(contentDir, 'tickets/export.csv'));
		build = await buildSite({ contentDir, outDir, audience: 'internal' });
		html = build.status === 0 ? readFileSync(path.join(outDir, 'insights/index.html'), 'utf8') : '';
	});

	/** The text of the subject cell of each row of a table, by the row's ticket id, its entities decoded. */
	const subjectCells = (id: string) =>
		[
			...html.matchAll(
				new RegExp(
					`<tr[^>]*>\\s*<th scope="row">(?:<a [^>]*>)?\\s*${id}\\s*(?:</a>)?\\s*</th>\\s*<td>(.*?)</td>`,
					'gs',
				),
			),
		].map((match) =>
			(match[1] ?? '')
				.replace(/&(quot|#34);/g, '"')
				.replace(/&(lt|#60);/g, '<')
				.replace(/&(gt|#62);/g, '>'),
		);

	test('builds, and no subject becomes markup, a link, or an invisible or control character', () => {
		expect(build.status, build.output).toBe(0);
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('href="https://evil.example"');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: it looks for control characters in the page.
		expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
	});

	test('the unlinked tickets and the tickets search missed show each subject as text, escapes written out', () => {
		// U-: tickets without an article; H-: linked tickets whose article search did not find.
		expect(subjectCells('U-1')).toEqual(['a" and "b']);
		expect(subjectCells('U-2')).toEqual(['Invoice\\u200b total wrong']);
		expect(subjectCells('U-5')).toEqual(['<img src=x onerror=alert(1)> invoice']);
		expect(subjectCells('U-7')).toEqual(['Line one ::error::forged line']);
		expect(subjectCells('H-1')).toEqual(['a" and "b']);
		expect(subjectCells('H-2')).toEqual(['Invoice\\u200b total wrong']);
		expect(subjectCells('H-3')).toEqual(['Refund exe.fdp now']);
		expect(subjectCells('H-6')).toEqual(['[click](https://evil.example) invoice']);
	});
});
