import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: footnote references in a Markdown table that holds HTML', () => {
	test('a cell with <br /> and a footnote reference keeps the reference, linked to its footnote', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-table-footnotes')]);
		const body = articleBody(site.contentDir, 'supported-phones');
		expect(body).toMatch(/\| Phone +\| Android version\[\^1\] +\| Notes \|/);
		expect(body).toMatch(/\| Model A \| 9<br \/>8 \(older\)\[\^2\] +\| Works \|/);
		expect(body).toContain('[^2]: Flash it first.');
		expect(stdout).not.toContain('user-content-fn');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
