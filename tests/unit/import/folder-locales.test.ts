import { describe, expect, test } from 'vitest';
import { translationFolders } from '../../../src/import/sources/language-folders.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: translations kept in a folder per language (Starlight, Hugo, MkDocs)', () => {
	test('a language folder that mirrors the pages is skipped as a translation; one only named like a language stays', async () => {
		const site = emptySite(defaultsMap);
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

describe('folder import: a translation begun with one page', () => {
	test('a language folder whose one page is at a nested path of the site is a translation; one of other pages is not', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-locale-one-page/docs')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 1');
		// Skipped before it was read, it is named by its file alone.
		expect(stdout).toContain(
			'  folder:de/billing/refunds: de/billing/refunds.md: in de/, a translation of the site; the import brings one language',
		);
		// `id/` (identity) is named like a language (Indonesian) but translates nothing.
		expect(articleBody(site.contentDir, 'identity-verification')).toBe(
			'We ask for an identity document before the first payout.\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a hosted help center exported with a folder per language', () => {
	test('an article named by its number and its translated title is a translation of the one with that number', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-locale-numbers/markdown')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 3');
		expect(stdout).toContain(
			'de/articles/4670286-modelle.md: in de/, a translation of the site; the import brings one language',
		);
		expect(stdout).toContain(
			'fr/articles/4670286-modeles.md: in fr/, a translation of the site; the import brings one language',
		);
		expect(articleBody(site.contentDir, 'models')).toBe('Upload a model from the project page.\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('translationFolders', () => {
	test('with every language in a folder, English is kept and the others, one begun with a page included, are translations', () => {
		const files = ['index.md', 'en/setup.md', 'en/billing.md', 'fr/setup.md', 'fr/billing.md', 'pt-br/setup.md'];
		expect([...translationFolders(files)].sort()).toEqual(['fr', 'pt-br']);
		expect([...translationFolders(['index.md', 'setup.md', 'ml/index.md'])]).toEqual([]);
		expect([...translationFolders(['index.md', 'auth/index.md', 'auth/faq.md', 'de/auth/index.md'])]).toEqual(['de']);
		expect([...translationFolders(['index.md', 'auth/index.md', 'ml/auth/index.md', 'ml/train.md'])]).toEqual([]);
		// A short number orders pages; only an article's (five digits or more) names one across languages.
		expect([
			...translationFolders(['en/01-intro.md', 'en/02-setup.md', 'de/01-start.md', 'de/02-einrichtung.md']),
		]).toEqual([]);
		expect([
			...translationFolders([
				'en/a/4670286-models.md',
				'en/a/4670301-share.md',
				'de/a/4670286-x.md',
				'de/a/4670301-y.md',
			]),
		]).toEqual(['de']);
	});
});
