import { describe, expect, test } from 'vitest';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
	titlesBySource,
} from './helpers.ts';

describe('folder import: a Hugo site naming each page file by its language (`_index.en.md`)', () => {
	test('--locale en brings the English pages as their folders’ pages, at the addresses Hugo served them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-language-files'),
			'--locale',
			'en',
		]);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 5');
		// The first line names the language brought, not the site's default one.
		const [first] = stdout.split('\n');
		expect(first).toContain('(its content folder, by hugo.toml), its pages in en (--locale)');
		expect(first).not.toContain('default language');
		// The language's suffix is no part of the page: each `_index.en.md` is its folder's page.
		expect(titlesBySource(site.contentDir)).toEqual({
			index: 'Acme manual',
			billing: 'Billing',
			'billing/refunds': 'Refunds',
			account: 'Your account',
		});
		// Hugo served the English pages under /en/ of the baseURL's path (defaultContentLanguageInSubdir or not: en is not the default).
		expect(oldAddressesOf(site.contentDir, 'folder:billing/refunds')).toEqual(['/manual/en/billing/refunds']);
		// Relative links are read from where Hugo served the page, its folder.
		expect(articleBody(site.contentDir, 'billing')).toBe(
			'How invoices work. To get money back, see [refunds](/articles/refunds/); to close your account, see [the account page](/articles/your-account/#close-the-account).\n',
		);
		expect(articleBody(site.contentDir, 'refunds')).toBe(
			'Ask for a refund within 30 days. Invoices are explained on the [billing page](/articles/billing/).\n',
		);
		expect(stdout).toContain('links rewritten 6,');
		expect(stdout).toContain(
			'billing/refunds/_index.de.md: a translation (de); the import brings one locale, en (--locale)',
		);
		// A page file without a language is the default language's page (de), not the English site's.
		expect(stdout).toContain('billing/faq.md: a page of the default language, de');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without --locale it brings the default language of the configuration, with its pages without a language', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-language-files')]);
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 4');
		expect(stdout.split('\n')[0]).toContain(
			'(its content folder, by hugo.toml), its pages in de (the defaultContentLanguage of hugo.toml; --locale picks another)',
		);
		expect(titlesBySource(site.contentDir)).toEqual({
			index: 'Acme Handbuch',
			billing: 'Rechnungen',
			'billing/refunds': 'Erstattungen',
			'billing/faq': 'Häufige Fragen',
			account: 'Konto',
		});
		// defaultContentLanguageInSubdir: the default language too was served under its name.
		expect(oldAddressesOf(site.contentDir, 'folder:billing/refunds')).toEqual(['/manual/de/billing/refunds']);
		expect(stdout).toContain('billing/refunds/_index.en.md: a translation (en)');
	});
});
