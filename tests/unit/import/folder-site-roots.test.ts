import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { configuredSite } from '../../../src/import/sources/configured-site.ts';
import type { Generator } from '../../../src/import/sources/generators.ts';
import { sitePagesFolder } from '../../../src/import/sources/site-pages-folder.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** A site's repository imported whole, as a team would first try it. */
async function importSiteRoot(name: string) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture(`folder-site-roots/${name}`)]);
	const articles = readdirSync(path.join(site.contentDir, 'articles')).sort();
	const written = articles.map((file) => readFileSync(path.join(site.contentDir, 'articles', file), 'utf8')).join('\n');
	const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
		from: string;
	}[];
	return { site, result, articles, written, oldAddresses: redirects.map((entry) => entry.from) };
}

describe('folder import: a site named by its repository is read from the folder its generator built pages from', () => {
	test('a Hugo site: its default language’s content, at the addresses Hugo served, without its README, archetypes or other languages', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('hugo');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-site-roots/hugo/content/en, the pages of the site in tests/fixtures/import/folder-site-roots/hugo (the content of its default language, en, by config.toml)',
		);
		expect(articles).toEqual(['pair-a-lantern.mdx', 'reset-a-lantern.mdx']);
		for (const canary of ['WREN-README-4471', 'STARLING-PL-9023']) expect(written).not.toContain(canary);
		// The link was written as the address the old site served, not the folder's path.
		expect(articleBody(site.contentDir, 'pair-a-lantern')).toContain('[reset the lantern](/articles/reset-a-lantern/)');
		expect(oldAddresses).toEqual(['/guides/pair-a-lantern', '/guides/reset-a-lantern']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Docusaurus site: its docs folder, at the addresses Docusaurus served, without its README or blog', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('docusaurus');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-site-roots/docusaurus/docs, the pages of the site in tests/fixtures/import/folder-site-roots/docusaurus (its docs folder, by docusaurus.config.js)',
		);
		expect(articles).toEqual(['dock-a-boat.mdx', 'pay-for-a-berth.mdx']);
		for (const canary of ['PLOVER-README-1180', 'SANDPIPER-BLOG-5521']) expect(written).not.toContain(canary);
		expect(articleBody(site.contentDir, 'dock-a-boat')).toContain('[pay for your berth](/articles/pay-for-a-berth/)');
		expect(oldAddresses).toEqual(['/dock-a-boat', '/pay-for-a-berth']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Docusaurus site listing its plugins one by one: its docs folder, not the folder its blog plugin names', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('docusaurus-plugins');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-site-roots/docusaurus-plugins/docs, the pages of the site in tests/fixtures/import/folder-site-roots/docusaurus-plugins (its docs folder, by docusaurus.config.ts)',
		);
		expect(articles).toEqual(['order-saplings.mdx', 'prune-a-tree.mdx']);
		for (const canary of ['MAGPIE-README-6620', 'JACKDAW-BLOG-8814']) expect(written).not.toContain(canary);
		expect(articleBody(site.contentDir, 'prune-a-tree')).toContain('[order saplings](/articles/order-saplings/)');
		expect(oldAddresses).toEqual(['/docs/order-saplings', '/docs/prune-a-tree']);
		// The site's address its configuration names (url) is the old site's, as --old-site-url would say.
		expect(result.stdout).toContain('from https://help.orchard.example (named by url in docusaurus.config.ts)');
		const saplings = articleBody(site.contentDir, 'order-saplings');
		expect(saplings).toContain('[pruning](/articles/prune-a-tree/)');
		expect(saplings).toContain('[write to the nursery](https://help.orchard.example/contact)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Docusaurus site with docs in several folders: read from its root, every docs folder and nothing else', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('docusaurus-several');
		expect(articles).toEqual(['dock-a-boat.mdx', 'join-the-sailing-club.mdx']);
		// Each page at the address its docs plugin served it: the site's baseUrl, the plugin's
		// routeBasePath (not its folder's name), and a doc's own slug under it.
		expect(oldAddresses.sort()).toEqual(['/help/club/join-the-sailing-club', '/help/guides/moorings']);
		for (const canary of ['TURNSTONE-README-6612', 'DUNLIN-BLOG-2290']) expect(written).not.toContain(canary);
		expect(result.stdout).toContain(
			"blog/2026-10-01-winter.md: in none of the Docusaurus site's docs folders (docs/, community/): a blog post, a page or a file it never served as a doc; the import brings the docs",
		);
		expect(result.stdout).toContain("README.md: in none of the Docusaurus site's docs folders");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Docusaurus site that versions its docs: the released version, at the docs’ address, in its own sidebar’s sections', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('docusaurus-versioned');
		expect(result.stdout.split('\n')[0]).toContain(
			'folder tests/fixtures/import/folder-site-roots/docusaurus-versioned/versioned_docs/version-2.0, the pages of the site in tests/fixtures/import/folder-site-roots/docusaurus-versioned (its docs as released, version 2.0 of versions.json, by docusaurus.config.js)',
		);
		expect(articles).toEqual(['open-the-gate.mdx', 'pay-the-lock-fee.mdx']);
		expect(articleBody(site.contentDir, 'open-the-gate')).toContain('Press the green button and wait for the lamp.');
		// Neither the unreleased docs/ (next) nor an older version.
		for (const canary of ['EGRET-NEXT', 'HERON-OLD', 'PLOVER-DRAFT']) expect(written).not.toContain(canary);
		// The docs plugin's `exclude` holds in the version's folder as in docs/.
		expect(result.stdout).toContain(
			'drafts/night-passage.md: left out of the old site by exclude in docusaurus.config.js',
		);
		expect(oldAddresses.sort()).toEqual(['/manual/fees', '/manual/open-the-gate']);
		expect(articleBody(site.contentDir, 'pay-the-lock-fee')).toContain('(/articles/open-the-gate/)');
		expect(result.stdout).toContain('# "Passing the lock" (2 articles): choose its product area');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an older version of a Docusaurus site, imported from its folder, keeps its version’s addresses and sidebar; `lastVersion: current` serves docs/', async () => {
		const site = emptySite(defaultsMap);
		const fixture = importFixture('folder-site-roots/docusaurus-versioned');
		const result = await runImport(site, ['--from', 'folder', path.join(fixture, 'versioned_docs/version-1.0')]);
		expect(result.stdout).toContain('# "Old lock" (1 article): choose its product area');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /manual/1.0/open-the-gate\n');

		const current = temporaryDir('site-roots');
		for (const file of [
			'versions.json',
			'sidebars.js',
			'docs/open-the-gate.md',
			'versioned_docs/version-2.0/open-the-gate.md',
		]) {
			mkdirSync(path.dirname(path.join(current, file)), { recursive: true });
			writeFileSync(path.join(current, file), readFileSync(path.join(fixture, file)));
		}
		const config = readFileSync(path.join(fixture, 'docusaurus.config.js'), 'utf8');
		writeFileSync(
			path.join(current, 'docusaurus.config.js'),
			config.replace("routeBasePath: 'manual'", "routeBasePath: 'manual', lastVersion: 'current'"),
		);
		expect(sitePagesFolder(current)?.folder).toBe(path.join(current, 'docs'));
	});

	test('a site address a configuration builds from a variable names no old site', () => {
		const dir = temporaryDir('site-roots');
		const addressOf = (code: string) => {
			const config = path.join(dir, 'docusaurus.config.js');
			writeFileSync(config, code);
			return configuredSite({ name: 'docusaurus', config } as Generator, undefined)?.site.href;
		};
		expect(addressOf("module.exports = { url: 'https://docs.lockkeeper.example' };")).toBe(
			'https://docs.lockkeeper.example/',
		);
		const placeholder = ['$', '{HOST}'].join('');
		expect(
			addressOf(`const HOST = process.env.HOST;\nmodule.exports = { url: \`https://${placeholder}\` };`),
		).toBeUndefined();
	});

	test('an MkDocs site: its docs_dir, at the addresses MkDocs served, without the README or notes beside it', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('mkdocs');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-site-roots/mkdocs/docs, the pages of the site in tests/fixtures/import/folder-site-roots/mkdocs (docs_dir in mkdocs.yml)',
		);
		expect(articles).toEqual(['beacon.mdx', 'install-the-hub.mdx']);
		for (const canary of ['HERON-README-2290', 'EGRET-AGENTS-7312']) expect(written).not.toContain(canary);
		expect(oldAddresses).toEqual(['/setup/install']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Zensical site: the docs_dir of its zensical.toml, its pages titled and grouped by its nav, without the README or notes beside it', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('zensical');
		expect(result.stdout).toContain(
			'folder tests/fixtures/import/folder-site-roots/zensical/manual, the pages of the site in tests/fixtures/import/folder-site-roots/zensical (docs_dir in zensical.toml)',
		);
		expect(articles).toEqual(['kestrel-weather-station.mdx', 'pair-a-sensor.mdx']);
		for (const canary of ['OSPREY-README-5197', 'MERLIN-CONTRIB-2408']) expect(written).not.toContain(canary);
		expect(result.stdout).toMatch(/pair-a-sensor\.mdx: from Setup/);
		expect(articleBody(site.contentDir, 'kestrel-weather-station')).toContain(
			'[pairing a sensor](/articles/pair-a-sensor/)',
		);
		expect(oldAddresses).toEqual(['/setup/pair']);
		expect(result.stdout).toContain('from https://docs.kestrel.example (named by site_url in zensical.toml)');
		expect(articleBody(site.contentDir, 'pair-a-sensor')).toContain(
			"[station's overview](/articles/kestrel-weather-station/)",
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test.each([
		['vitepress', 'docs', 'a VitePress site, by docs/.vitepress', '/guide/calibrate'],
		// VitePress' own repository: its e2e tests' site and its starter template beside its docs'.
		['vitepress-repo', 'docs', 'a VitePress site, by docs/.vitepress', '/guide/calibrate'],
		['sphinx', 'docs/source', 'a Sphinx site, by docs/source/conf.py', '/calibrate.html'],
		['mdbook', 'src', 'its src, by book.toml', '/calibrate.html'],
		['starlight', 'src/content/docs', "Starlight's content folder, src/content/docs", '/guides/calibrate'],
		['fumadocs-dir', 'content/manual', 'the dir of defineDocs in source.config.mjs', '/manual/calibrate'],
		['nextra', 'pages', "Nextra's pages folder, pages", '/guide/calibrate'],
		['nextra-content', 'content', "Nextra's content folder, content", '/guide/calibrate'],
	])(
		'a %s site: read from %s, as its configuration or the folder that holds it says',
		async (name, folder, why, address) => {
			const { site, result, articles, written, oldAddresses } = await importSiteRoot(name);
			const root = `tests/fixtures/import/folder-site-roots/${name}`;
			expect(result.stdout).toContain(`folder ${root}/${folder}, the pages of the site in ${root} (${why})`);
			expect(articles).toEqual(['calibrate-the-compass.mdx']);
			for (const canary of ['GANNET-README-3301', 'E2E-FIXTURE-CANARY-9134', 'TEMPLATE-CANARY-9135'])
				expect(written).not.toContain(canary);
			expect(oldAddresses).toContain(address);
			expect(checkErrors(site.contentDir)).toEqual([]);
		},
	);

	test('a Fumadocs site kept in a monorepo (apps/docs): its content/docs, at /docs, without the READMEs or its blog', async () => {
		const { site, result, articles, written, oldAddresses } = await importSiteRoot('fumadocs');
		const root = 'tests/fixtures/import/folder-site-roots/fumadocs';
		expect(result.stdout).toContain(
			`folder ${root}/apps/docs/content/docs, the pages of the site in ${root} (the dir of defineDocs in source.config.ts)`,
		);
		expect(articles).toEqual(['calibrate-the-compass.mdx', 'read-the-needle.mdx']);
		expect(written).not.toContain('GANNET-README-3301');
		expect(articleBody(site.contentDir, 'calibrate-the-compass')).toContain(
			'[needle guide](/articles/read-the-needle/)',
		);
		expect(oldAddresses.sort()).toEqual(['/docs/guides/calibrate', '/docs/guides/needle']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a folder holding no such site, or several, is read as it is', () => {
		const dir = temporaryDir('site-roots');
		mkdirSync(path.join(dir, 'notes'));
		writeFileSync(path.join(dir, 'notes/pairing.md'), '# Pairing\n');
		expect(sitePagesFolder(dir)).toBeUndefined();
		for (const product of ['compass', 'sextant']) {
			mkdirSync(path.join(dir, product, 'docs'), { recursive: true });
			writeFileSync(path.join(dir, product, 'docs/conf.py'), `project = '${product}'\n`);
		}
		expect(sitePagesFolder(dir)).toBeUndefined();
		rmSync(path.join(dir, 'sextant'), { recursive: true });
		expect(sitePagesFolder(dir)?.folder).toBe(path.join(dir, 'compass/docs'));
	});
});
