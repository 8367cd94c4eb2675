import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: headings as editors wrote them in Markdown and MDX', () => {
	test('a heading bold from end to end is a plain heading, and a heading with no words goes', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-markdown-headings')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		for (const slug of ['headless-setup', 'export-responses'])
			expect(articleBody(site.contentDir, slug)).toBe(
				'## Fetch the survey:\n\nCall the API with your key.\n\n**Returns:** the survey with its questions.\n\n### Partly **bold** heading\n\nBold words inside a heading stay bold.\n',
			);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
