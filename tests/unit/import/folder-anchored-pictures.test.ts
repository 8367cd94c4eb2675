import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a picture linked to itself and named as an anchor', () => {
	test('<a href="shot.png" name="pic_1"><img src="shot.png"></a> is the picture, its name kept as an anchor for the page’s links', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-anchored-pictures')]);
		const body = articleBody(site.contentDir, 'set-the-timer');
		expect(body).toContain('(#pic_1)');
		expect(body).toMatch(/id="pic_1"[^\n]*\n*[^\n]*!\[The dial\]\(\.\/set-the-timer\/dial\.png\)/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
