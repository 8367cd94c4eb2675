import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: MyST roles as pandoc writes them', () => {
	test('code followed by {.interpreted-text role="…"} is the role: words, keys and links as MyST shows them', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-myst-pandoc-roles/docs')]);
		const body = articleBody(site.contentDir, 'charge-the-lantern');
		expect(body).toContain('USB (Universal Serial Bus) cables of any length work.');
		expect(body).toContain('Hold `Power` for three seconds');
		expect(body).toContain('[the storage steps](/articles/store-the-lantern/#before-winter) before winter.');
		expect(body).toContain('The page [Store the lantern](/articles/store-the-lantern/) has the rest.');
		expect(body).toContain('A code span on its own, `role="ref"`, stays code');
		expect(body).toContain('```text\n`kept`{.interpreted-text role="abbr"}\n```');
		expect(body.replace(/```text[\s\S]*?```/, '')).not.toContain('interpreted-text');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
