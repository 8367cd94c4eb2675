import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an MkDocs site whose docs_dir is several folders down', () => {
	test('its pages are read with its mkdocs.yml: nav titles and snippets', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-deep-docs-dir')]);
		const body = articleBody(site.contentDir, 'cleaning-the-lid');
		expect(body).toContain('Wipe the hinge with a dry cloth.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
