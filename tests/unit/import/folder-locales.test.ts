import { describe, expect, test } from 'vitest';
import { translationFolders } from '../../../src/import/sources/language-folders.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: account\n';

describe('folder import: translations kept in a folder per language (Starlight, Hugo, MkDocs)', () => {
	test('a language folder that mirrors the pages is skipped as a translation; one only named like a language stays', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-locales/docs')]);
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 4');
		expect(stdout).toContain(
			'de/guides/pair-a-lantern.mdx: in de/, a translation of the site; the import brings one language',
		);
		expect(stdout).toContain(
			'fr/guides/dim-a-lantern.md: in fr/, a translation of the site; the import brings one language',
		);
		// `ml/` (machine learning) is named like a language (Malayalam) but translates nothing.
		expect(articleBody(site.contentDir, 'train-the-brightness-model')).toBe(
			'The lantern learns your evenings over a week.\n',
		);
		expect(articleBody(site.contentDir, 'lantern-cloud-help')).toBe(
			'Start with [pairing a lantern](/articles/pair-a-lantern/).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('translationFolders', () => {
	test('with every language in a folder, English is kept and the others, one begun with a page included, are translations', () => {
		const files = ['index.md', 'en/setup.md', 'en/billing.md', 'fr/setup.md', 'fr/billing.md', 'pt-br/setup.md'];
		expect([...translationFolders(files)].sort()).toEqual(['fr', 'pt-br']);
		expect([...translationFolders(['index.md', 'setup.md', 'ml/index.md'])]).toEqual([]);
	});
});
