import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe('folder import: a Nextra 4 site that keeps its pages in app/', () => {
	test('each page.mdx is a page at its folder’s address, named by the page or its _meta entry, with the next.config redirects', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-app')]);
		expect(stdout).toContain(
			"folder tests/fixtures/import/folder-nextra-app/app, the pages of the site in tests/fixtures/import/folder-nextra-app (Nextra's app folder, app, its page.mdx files)",
		);
		expect(stdout).toContain('written 5, updated 0, unchanged 0, skipped 2');
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'caring-for-plants.mdx',
			'feeding-tips.mdx',
			'greenhouse-help.mdx',
			'terms-of-use.mdx',
			'water-your-plants.mdx',
		]);
		// A file beside a page.mdx is no page: the page that imports it shows it.
		expect(stdout).toContain(
			"care/watering/schedule.mdx: in Next.js' app/ folder, where only page.mdx files are pages",
		);
		expect(articleBody(site.contentDir, 'water-your-plants')).toContain('Mornings are best');
		// A private folder (`_drafts/`) is not routed.
		expect(stdout).toContain('_drafts/page.mdx: in a private folder of Next.js\' app/ (its name starts with "_")');
		// page.mdx names nothing: a page without a title is named by its _meta entry (JSX read as its words).
		expect(articleFrontmatter(site.contentDir, 'feeding-tips')).toContain('source: folder:care/feeding');
		// Relative links are read from the address Next.js served the page at (/care, /care/watering).
		expect(articleBody(site.contentDir, 'water-your-plants')).toContain('[feed them](/articles/feeding-tips/)');
		expect(articleBody(site.contentDir, 'caring-for-plants')).toContain('](/articles/water-your-plants/)');
		expect(articleBody(site.contentDir, 'feeding-tips')).toContain(
			'[the watering guide](/articles/water-your-plants/)',
		);
		const from = (to: string) => oldAddressesOf(site.contentDir, to);
		expect(from('folder:care/feeding')).toEqual(['/care/feeding', '/guide/feeding']);
		expect(from('folder:care')).toEqual(['/care', '/start']);
		expect(from('folder:terms')).toEqual(['/terms']);
		expect(stdout).toContain(
			"next.config.mjs: redirect /news/:slug* → /blog/:slug*: a pattern the import does not follow; add it to your host's redirects if you keep it",
		);
		// The folder is named as the _meta of the folder above names it.
		expect(stdout).toContain('# "Plant care" (3 articles)');
		expect(stdout).not.toContain('FERN-README-7712');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a Nextra 4 site that keeps its pages in content/', () => {
	test('its pages are at their paths under contentDirBasePath, and its folders named by their _meta entries', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-content')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
		}[];
		expect(redirects.map((entry) => entry.from).sort()).toEqual(['/docs', '/docs/setup/connect', '/docs/setup/pair']);
		expect(articleBody(site.contentDir, 'connect-the-lamp')).toContain(
			'[pair it with your phone](/articles/pair-with-your-phone/)',
		);
		// Nextra does not put contentDirBasePath before a page's links: one written without it is read under it.
		expect(articleBody(site.contentDir, 'lamp-help')).toContain('[connecting the lamp](/articles/connect-the-lamp/)');
		expect(stdout).toContain('# "Getting set up" (2 articles)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
