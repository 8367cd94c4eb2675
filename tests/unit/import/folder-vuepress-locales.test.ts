import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	importFolderSite,
	runImport,
} from './helpers.ts';

const importSite = (extra: string[] = []) => importFolderSite('folder-vuepress-locales', extra);

const redirectsOf = (contentDir: string) =>
	(
		parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')) as {
			redirects: { from: string; to: string }[];
		}
	).redirects;

describe('folder import: a VuePress site with a folder per language, named by its locales', () => {
	test('brings the English folder only, even where the other languages’ pages do not mirror its paths', async () => {
		const { site, result, articles, written } = await importSite();
		expect(articles).toEqual([
			'frequently-asked-questions.mdx',
			'lantern-docs.mdx',
			'pair-a-lantern.mdx',
			'welcome-to-lantern.mdx',
		]);
		expect(written).toContain('EN-PAIR-CANARY-4411');
		for (const canary of ['DE-KOPPELN-CANARY-5522', 'FR-APPAIRER-CANARY-6633']) expect(written).not.toContain(canary);
		expect(result.stdout).toContain(
			'folder:de/… (5 files in 2 folders): in de/, a translation of the site; the import brings one language, en/ (its English pages; --locale picks another)',
		);
		expect(result.stdout).toContain('folder:fr/appairer: fr/appairer.md: in fr/, a translation of the site');
		// VuePress served docs/en/guide/pair.md at /en/guide/pair.html.
		expect(
			redirectsOf(site.contentDir)
				.filter((entry) => entry.to === 'folder:en/guide/pair')
				.map((entry) => entry.from)
				.slice(0, 2),
		).toEqual(['/en/guide/pair.html', '/en/guide/pair']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the redirect plugin’s addresses lead to their pages: its config’s, and with autoLocale each page’s without the locale', async () => {
		const { site, result } = await importSite();
		const to = (id: string) =>
			redirectsOf(site.contentDir)
				.filter((entry) => entry.to === id)
				.map((entry) => entry.from);
		expect(to('folder:en/guide/pair')).toEqual([
			'/en/guide/pair.html',
			'/en/guide/pair',
			'/guide/pair.html',
			'/guide/pair',
			'/en/guide/pairing.html',
		]);
		// The root's own page keeps / and the English home its own addresses.
		expect(to('folder:en/README')).toEqual(['/en']);
		expect(result.stdout).toContain(
			'config.ts: redirect /en/gone.html → /en/nowhere.html leads to no page of the folder; its old address leads nowhere',
		);
	});

	test('a link into another language leads to the brought language’s page of that path, else to the old site its hostname names', async () => {
		const { site, result } = await importSite();
		expect(articleBody(site.contentDir, 'welcome-to-lantern')).toContain(
			'Read it [in German](/articles/frequently-asked-questions/) too.',
		);
		const pair = articleBody(site.contentDir, 'pair-a-lantern');
		expect(pair).toContain('[frequently asked questions](/articles/frequently-asked-questions/#battery)');
		expect(pair).not.toContain('](/articles/eine-laterne-koppeln/)');
		// The hostname its SEO plugin names is the old site's: a page the import leaves out stays a link to it.
		expect(pair).toContain('[German setup page](https://docs.lantern-lamps.dev/de/koppeln)');
		expect(result.stdout).toContain(
			'link left pointing outside: https://docs.lantern-lamps.dev/de/koppeln (article de/koppeln was not imported)',
		);
		expect(result.stdout.split('\n')[0]).toContain('https://docs.lantern-lamps.dev');
		expect(result.stdout.split('\n')[0]).toContain('hostname in config.ts');
	});

	test('the root’s home page (home: true) with no words of its own shows the site’s title and description, as the theme did', async () => {
		const { site } = await importSite();
		const home = readFileSync(path.join(site.contentDir, 'articles', 'lantern-docs.mdx'), 'utf8');
		expect(home).toContain('title: Lantern Docs');
		expect(home).toContain('Answers for every lantern owner.');
		expect(home).toContain('[English](/articles/welcome-to-lantern/)');
	});

	test('--locale de (or de-DE) brings the German folder instead, at its own addresses', async () => {
		for (const locale of ['de', 'DE-de']) {
			const { site, articles, written, result } = await importSite(['--locale', locale]);
			expect(articles).toEqual([
				'eine-laterne-koppeln.mdx',
				'fragen-zur-anleitung.mdx',
				'haufige-fragen.mdx',
				'lantern-docs.mdx',
				'tipps.mdx',
				'willkommen-bei-lantern.mdx',
			]);
			expect(written).toContain('DE-KOPPELN-CANARY-5522');
			expect(written).not.toContain('EN-PAIR-CANARY-4411');
			expect(result.stdout).toContain(
				'in en/, a translation of the site; the import brings one language, de/ (--locale)',
			);
			expect(redirectsOf(site.contentDir).find((entry) => entry.to === 'folder:de/koppeln')?.from).toBe(
				'/de/koppeln.html',
			);
		}
	});

	test('a --locale the site has no locale for stops the import, naming the ones it has', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-vuepress-locales'),
			'--locale',
			'ja',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--locale ja: the VuePress site has no locale of that name; its locales are en/ (en-US), de/ (de-DE), fr/ (fr-FR)',
		);
	});
});
