import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Python-Markdown footnotes placed with `///Footnotes Go Here///`', () => {
	test('the marker goes, noted with its line, where it showed as words; the footnote comes at the end', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-footnote-marker')]);
		const body = articleBody(site.contentDir, 'descaling');
		expect(body).not.toContain('Footnotes Go Here');
		expect(body).toContain('Descale the kettle once a month.[^water]');
		expect(body).toContain('[^water]: Hard water needs it more often.');
		expect(result.stdout).toContain(
			'descaling.mdx: the footnotes placed here on the old site (///Footnotes Go Here///) come at the end of the article (line 5)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
