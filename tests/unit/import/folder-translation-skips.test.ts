import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: files left out on purpose', () => {
	test('a translation beside its page is listed as skipped, but needs no review: the import exits 0', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-translation-beside/docs')]);
		expect(result.stdout).toContain('written 2, updated 0, unchanged 0, skipped 1');
		expect(result.stdout).toContain('refunds.fr.md: a translation (fr) of refunds.md; the import brings one language');
		expect(result.stdout).not.toContain('skipped page');
		expect(result.exitCode).toBe(0);
		// A link to the translation leads to the page it translates; its anchor named a French heading.
		expect(articleBody(site.contentDir, 'quill-help')).toBe(
			'Changed your mind? Read [how refunds work](/articles/refunds/), or [in English](/articles/refunds/).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a Nextra site's other-locale pages are listed as skipped, but need no review", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-locale-links')]);
		expect(result.stdout).toContain('cache.fr.mdx: a translation (fr); the import brings one locale, en');
		// The one article for review is unmapped (its folder is not in the map); no skipped page is.
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 article needs review (listed above).');
	});

	test('a language folder of translations is listed as skipped, but needs no review', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-locale-one-page/docs')]);
		expect(result.stdout).toContain('in de/, a translation of the site; the import brings one language');
		expect(result.stdout).not.toContain('skipped page');
	});

	test("Next.js' custom App beside a Nextra site's pages is listed as skipped, but needs no review", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-locales')]);
		expect(result.stdout).toContain("_app.mdx: Next.js' custom App, which wraps every page; no page of its own");
		// Its translations and its App are listed, but only the two pages its map leaves unmapped are for review.
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('2 articles need review (listed above).');
	});
});
