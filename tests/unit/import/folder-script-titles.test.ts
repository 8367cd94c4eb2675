import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: account\n';

describe('folder import: titles in a script that makes no slug', () => {
	test('the file name (without its article number; its folder’s, for an index page) names the article', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-script-titles/docs')]);
		expect(stdout).toContain('content/articles/board-settings.mdx ← folder:guides/4670277-board-settings');
		expect(stdout).toContain('content/articles/guides.mdx ← folder:guides');
		expect(articleBody(site.contentDir, 'guides')).toContain('[ボード設定](/articles/board-settings/)');
		// A file named in the same script too: a name made from its id, instead of leaving the page out.
		expect(stdout).toMatch(/content\/articles\/folder-[0-9a-f]{10}\.mdx ← folder:よくある質問/);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
