import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a line break in a table cell (`first line<br>second line`)', () => {
	test('stays a line break in its cell, where it ran the lines together with a space', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-table-cell-breaks')]);
		const body = articleBody(site.contentDir, 'error-codes');
		expect(body).toMatch(/\| Red +\| The kettle is empty\.<br \/>Fill it to the line and press start\. +\|/);
		expect(body).toMatch(
			/\| Amber +\| The base is too hot\.<br \/><br \/>Wait ten minutes before you boil again\. +\|/,
		);
		expect(body).toContain('Lines split by a break outside a table\\\nstay a line break.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
