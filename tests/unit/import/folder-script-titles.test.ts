import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: titles in another script', () => {
	test('the file name (without its article number; its folder’s, for an index page) names the article, else the title in Latin letters', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-script-titles/docs')]);
		expect(stdout).toContain('content/articles/board-settings.mdx ← folder:guides/4670277-board-settings');
		expect(stdout).toContain('content/articles/guides.mdx ← folder:guides');
		expect(articleBody(site.contentDir, 'guides')).toContain('[ボード設定](/articles/board-settings/)');
		// A file named in the same script too, or only by its number: the title spelt in Latin letters.
		expect(stdout).toContain('content/articles/yokuaru-zhi-wen.mdx ← folder:よくある質問');
		expect(stdout).toContain('content/articles/kak-sbrosit-parol.mdx ← folder:ru/4670301');
		// Nothing to spell: a name made from its id, the same on every import, instead of leaving the page out.
		expect(stdout).toMatch(/content\/articles\/folder-[0-9a-f]{10}\.mdx ← folder:★/);
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
