import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: VitePress tabs (vitepress-plugin-tabs)', () => {
	test('each `== Tab` of a `:::tabs` block is a section under its title, with nothing of the syntax left', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-tabs/docs')]);
		const body = articleBody(site.contentDir, 'pair-the-card-reader');
		expect(body).toContain(
			'## Pair it\n\n### Android till\n\nOpen **Settings › Readers** and tap **Pair**.\n\n<Aside type="tip" title="Keep it close">\n  Hold the reader within a metre of the till.\n</Aside>\n\n### iPad till\n\n```md\n== Written about, not a tab\n```\n\nTap **Add reader**, then pick it from the list.\n',
		);
		// In a list item, written with a space after the colons: bold titles, the list goes on.
		expect(body).toContain(
			'2. Pick your till:\n\n   **Counter**\n\n   Press the green button.\n\n   **Kiosk**\n\n   Press and hold it.\n\n3. Ring up a test sale.',
		);
		expect(body.replace(/```md[\s\S]*?```/, '')).not.toMatch(/^\s*(?::::|\\?==)|\{#android\}|Import note/m);
		expect(stdout).not.toContain('was not converted');
		expect(stdout).toContain('content tabs became sections');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
