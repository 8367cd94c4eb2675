import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

describe('folder import: a Nuxt Content site', () => {
	test('named by its repository, its content/ folder is read: the README, AGENTS.md and _partials/ stay out', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content')]);
		expect(stdout.split('\n')[0]).toContain(
			"folder-nuxt-content/content, the pages of the site in tests/fixtures/import/folder-nuxt-content (Nuxt Content's content folder, content, by nuxt.config.ts)",
		);
		const written = readdirSync(path.join(site.contentDir, 'articles')).sort();
		expect(written).toEqual([
			'install-the-hub.mdx',
			'lantern-help.mdx',
			'pair-a-lamp.mdx',
			'set-a-lamps-brightness.mdx',
			'troubleshooting-pairing-problems.mdx',
			'troubleshooting.mdx',
		]);
		expect(stdout).toContain(
			'folder:_partials/warranty: _partials/warranty.md: its name or a folder on its way starts with "_" or "." (a partial), which Nuxt Content serves as no page of its own',
		);
	});

	test('pages keep the addresses Nuxt Content served, under app.baseURL and without number prefixes, and links lead to the articles', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content')]);
		expect(stdout).toContain('← folder:setup/install');
		expect(stdout).not.toContain('01.install');
		expect(oldAddressesOf(site.contentDir, 'folder:setup/install')).toContain('/help/setup/install');
		expect(oldAddressesOf(site.contentDir, 'folder:lamps/brightness')).toContain('/help/lamps/brightness');
		expect(oldAddressesOf(site.contentDir, 'folder:index')).toContain('/help');
		const install = articleBody(site.contentDir, 'install-the-hub');
		expect(install).toContain('[pair your first lamp](/articles/pair-a-lamp/)');
		expect(install).toContain('[set its brightness](/articles/set-a-lamps-brightness/)');
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain('[installing the hub](/articles/install-the-hub/)');
	});

	test("the redirects it kept (routeRules, the redirects.json they load) lead to the articles; its site.url is the old site's", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content')]);
		expect(stdout.split('\n')[0]).toContain('from https://help.lantern.dev (named by site.url in nuxt.config.ts)');
		expect(oldAddressesOf(site.contentDir, 'folder:lamps/brightness')).toContain('/help/lamps/dimming');
		expect(oldAddressesOf(site.contentDir, 'folder:setup/pair')).toContain('/help/setup/old-pairing');
		expect(stdout).toContain(
			"nuxt.config.ts: routeRules /legacy/** → /help: a pattern the import does not follow; add it to your host's redirects if you keep it",
		);
	});

	test('a folder is named in the import map by its .navigation.yml title, and by its id without number prefixes', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content')]);
		expect(stdout).toContain('# "Getting set up" (2 articles)');
		expect(stdout).toContain('"setup": {}');
		expect(stdout).toContain('"lamps": {}');
	});

	test('a Docus site kept in docs/ beside a playground is read from docs/content', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content-docus')]);
		expect(stdout.split('\n')[0]).toContain('folder-nuxt-content-docus/docs/content, the pages of the site');
		expect(existsSync(path.join(site.contentDir, 'articles', 'get-started.mdx'))).toBe(true);
		expect(readdirSync(path.join(site.contentDir, 'articles'))).toEqual(['get-started.mdx']);
	});
	test("pages of one folder with one title are told apart by their navigation.title, the name the old site's sidebar gave them", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nuxt-content')]);
		expect(stdout).toContain('became "Troubleshooting (Wi-Fi)"');
		expect(stdout).toContain('became "Troubleshooting (Pairing problems)"');
	});

	test('a folder inside content/ keeps the addresses the site served it at', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nuxt-content/content/1.setup'),
		]);
		expect(stdout).toContain('← folder:install');
		expect(oldAddressesOf(site.contentDir, 'folder:install')).toContain('/help/setup/install');
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain('[installing the hub](/articles/install-the-hub/)');
	});
});
