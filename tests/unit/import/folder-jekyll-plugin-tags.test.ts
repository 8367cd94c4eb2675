import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: a Jekyll site's own Liquid tags", () => {
	test('a callout block, icons, pictures, a capture and a comment show what the old site showed', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-plugin-tags/site')]);
		expect(articleBody(site.contentDir, 'add-an-item-to-your-vault')).toBe(
			[
				'<Aside type="caution">\n  Items you delete stay in the trash for 30 days.\n</Aside>',
				'1. Open the **Settings** tab.',
				'2. Choose **New item**:',
				'   ![The new item form](./add-an-item-to-your-vault/new-item.png)',
				'3. Select **Save**.',
				'That is all.\n',
			].join('\n\n'),
		);
		expect(stdout).not.toContain('was not converted');
		expect(stdout).not.toContain('image not copied');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
