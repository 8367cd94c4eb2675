import { describe, expect, test } from 'vitest';
import { articleFrontmatter, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: HTML tags in a page’s frontmatter title or description', () => {
	test('go, their words kept, and the report says so; words in angle brackets that are no HTML tag stay', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-frontmatter-tags')]);
		const connect = articleFrontmatter(site.contentDir, 'connect-lumen-to-your-router');
		expect(connect).toContain('title: Connect Lumen to your router\n');
		expect(connect).toContain('description: How to pair Lumen with the lumen-hub app, step by step.\n');
		expect(stdout).toContain('connect-lumen-to-your-router.mdx: title and description: their HTML tags left off');
		const limits = articleFrontmatter(site.contentDir, 'sizes-5-cm-and-the-widget-part');
		expect(limits).toContain('title: Sizes <5 cm and the <Widget> part\n');
		expect(limits).toContain('description: Parts under <5 cm need the <Widget> clip.\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
