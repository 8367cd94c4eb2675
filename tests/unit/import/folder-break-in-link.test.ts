import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a line break at either end of a link’s or bold words', () => {
	test('stands outside them, so the words end where the line does', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-break-in-link/docs')]);
		const body = articleBody(site.contentDir, 'find-a-project');
		expect(body).toContain(
			'[**Support a project**](https://example.com/search)\\\nBrowse the projects that need backers.',
		);
		expect(body).toContain('**Start your own**\\\nTell people what you need.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
