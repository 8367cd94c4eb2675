import { describe, expect, test } from 'vitest';
import { folderSource } from '../../../src/import/sources/folder.ts';
import { pageLocales } from '../../../src/import/sources/locale-suffixes.ts';
import { nextSettings } from '../../../src/import/sources/next-config.ts';
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

describe('folder import: a Nextra 2 site with a locale in every page file', () => {
	test('brings the default locale of next.config.js, at the addresses Nextra served it, and skips the others', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-locales')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 6');
		expect(titlesBySource(site.contentDir)).toEqual({
			index: 'Kettle help',
			'brewing/descale': 'Descale the kettle',
			// No title of its own: its entry in _meta.en-US.json names it.
			'brewing/temperature': 'Set the temperature',
		});
		expect(oldAddressesOf(site.contentDir, 'folder:brewing/descale')).toEqual(['/brewing/descale']);
		expect(articleBody(site.contentDir, 'kettle-help')).toBe(
			'Begin with [descaling the kettle](/articles/descale-the-kettle/).\n',
		);
		expect(stdout).toContain(
			'brewing/descale.ja.mdx: a translation (ja); the import brings one locale, en-US (the defaultLocale of next.config.js; --locale picks another)',
		);
		// A page only another locale has was not on the default locale's site either.
		expect(stdout).toContain('brewing/travel.de-DE.mdx: a translation (de-DE)');
		expect(stdout).toContain("_app.mdx: Next.js' custom App, which wraps every page; no page of its own");
		expect(stdout).toContain('# "Brewing" (2 articles)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--locale ja brings the Japanese pages, named by _meta.ja.json', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nextra-locales'),
			'--locale',
			'ja',
		]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 6');
		expect(titlesBySource(site.contentDir)).toEqual({
			index: 'ケトルのヘルプ',
			'brewing/descale': 'ケトルの湯あかを落とす',
			'brewing/temperature': '温度を選ぶ',
		});
		expect(stdout).toContain(
			'brewing/descale.en-US.mdx: a translation (en-US); the import brings one locale, ja (--locale)',
		);
		expect(stdout).toContain('# "お湯を沸かす" (2 articles)');
		// Next.js served a locale other than its default under its name, and its links there.
		expect(oldAddressesOf(site.contentDir, 'folder:brewing/descale')).toEqual(['/ja/brewing/descale']);
		expect(stdout).toContain('links rewritten 1,');
	});

	test('each page is placed as the brought locale’s _meta lists it', async () => {
		const places = async (locale?: string) => {
			const source = folderSource(importFixture('folder-nextra-locales/pages'), locale ? { locale } : {});
			const found: Record<string, number | undefined> = {};
			for await (const item of source.articles()) if (!('invalid' in item)) found[item.id] = item.navOrder;
			return found;
		};
		expect(await places()).toEqual({ index: 0, 'brewing/descale': 1, 'brewing/temperature': 0 });
		expect(await places('ja')).toEqual({ index: 0, 'brewing/descale': 0, 'brewing/temperature': 1 });
	});

	test('a --locale the site has no pages in stops the import', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nextra-locales'),
			'--locale',
			'fr',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--locale fr: the site has no pages in it; its locales are en-US, ja, de-DE',
		);
	});
});

describe('pageLocales', () => {
	test('without a configuration, en-US (or en) is kept, else the locale with the most pages', () => {
		const files = ['index.en-US.mdx', 'setup.en-US.mdx', 'setup.ko.mdx', 'index.ko.mdx', 'notes.v2.md'];
		expect(pageLocales(files, {})).toEqual({
			kept: 'en-US',
			from: 'the English pages; --locale picks another',
			locales: ['en-US', 'ko'],
		});
		expect(pageLocales(['a.ko.mdx', 'b.ko.mdx', 'a.fr.mdx'], {})?.kept).toBe('ko');
		// `--locale` matches in any letter case, and a language alone names its one regional locale.
		expect(pageLocales(files, { asked: 'KO' })?.kept).toBe('ko');
		expect(pageLocales(['a.pt-BR.mdx', 'a.en.mdx'], { asked: 'pt' })?.kept).toBe('pt-BR');
		expect(pageLocales(['index.mdx', 'setup.md'], {})).toBeUndefined();
	});
});

describe('nextSettings', () => {
	test('reads i18n and basePath through the wrapping plugin call, never running the file', () => {
		expect(nextSettings(importFixture('folder-nextra-locales/next.config.js'))).toEqual({
			i18n: { locales: ['en-US', 'ja', 'de-DE'], defaultLocale: 'en-US' },
		});
		expect(nextSettings(importFixture('folder-nextra-base-path/next.config.mjs'))).toEqual({ basePath: '/support' });
	});
});

describe('folder import: a Nextra site served under a Next.js basePath', () => {
	test('pages, links and next.config redirects are read under it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-base-path')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		expect(oldAddressesOf(site.contentDir, 'folder:filters/change')).toEqual([
			'/support/filters/change',
			'/support/filters/replace',
		]);
		expect(articleBody(site.contentDir, 'order-filters')).toBe(
			'Filters come in packs of two. Before a new one arrives, read [how to change it](/articles/change-the-filter/).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: Nextra 4 pages named in the sidebar by sidebarTitle', () => {
	test('pages that share a title are told apart by it, and a page without a title takes it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nextra-sidebar-titles/content'),
		]);
		expect(titlesBySource(site.contentDir)).toEqual({
			'api/keys': 'Authentication (api › API keys)',
			'api/tokens': 'Authentication (api › Session tokens)',
			'api/limits': 'Rate limits',
		});
		expect(stdout).toContain(
			'title: "Authentication" is also another page\'s, so it became "Authentication (api › API keys)"',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
