import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	importFolderSite,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

const importSite = (extra: string[] = []) => importFolderSite('folder-rspress', extra);

describe('folder import: an Rspress site named by its repository', () => {
	test('reads the root its rspress.config.ts names, not the repository’s README', async () => {
		const { result, written } = await importSite();
		expect(result.stdout.split('\n')[0]).toContain("(its pages' folder, docs, by rspress.config.ts)");
		expect(written).not.toContain('REPO-README-CANARY-3391');
	});

	test('brings its default lang, served at the root, and lists the other locale as skipped', async () => {
		const { site, result, written } = await importSite();
		expect(written).toContain('EN-PAIR-CANARY-4411');
		expect(written).not.toContain('ZH-PAIR-CANARY-7002');
		expect(result.stdout).toContain('in zh/, a translation of the site; the import brings one language, en/');
		// Rspress served en/guide/pair.md at /help/guide/pair.html, under its base, without its lang.
		expect(oldAddressesOf(site.contentDir, 'folder:en/guide/pair')).toEqual([
			'/help/guide/pair',
			'/help/guide/pair.html',
		]);
		expect(articleBody(site.contentDir, 'pair-a-lantern')).toContain('Then see [dimming](/articles/dim-a-lantern/).');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--locale zh brings the Chinese folder at the addresses Rspress served it, under /zh', async () => {
		const { site, written } = await importSite(['--locale', 'zh']);
		expect(written).toContain('ZH-PAIR-CANARY-7002');
		expect(written).not.toContain('EN-PAIR-CANARY-4411');
		expect(oldAddressesOf(site.contentDir, 'folder:zh/guide/pair')).toEqual([
			'/help/zh/guide/pair',
			'/help/zh/guide/pair.html',
		]);
	});
});

describe('folder import: an Rspress home page (pageType: home)', () => {
	test('comes over as its hero’s words and features, its pageType not listed as dropped', async () => {
		const { site, result } = await importSite();
		const home = articleBody(site.contentDir, 'lantern-help');
		expect(home).toContain('Light your camp in minutes');
		expect(home).toContain('- [Pair a lantern](/articles/pair-a-lantern/)');
		expect(home).toContain('* **[Pairing](/articles/pair-a-lantern/)**: Connect the lantern to the app.');
		expect(result.stdout).not.toContain('frontmatter dropped: pageType');
	});
});

describe('folder import: an Rspress site’s sidebar', () => {
	test('its folders, labelled by _meta.json, are the import map’s sections, below the language’s folder', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-rspress'), '--dry-run']);
		expect(result.stdout).toContain('pair-a-lantern.mdx: from Guides');
		expect(result.stdout).not.toContain('from en › guide');
	});
});

describe('folder import: Rspress containers and components', () => {
	test('package manager tabs, :::details, a {title} and <code src> demos come over as what they showed', async () => {
		const { site, result } = await importSite();
		const install = articleBody(site.contentDir, 'install-the-lantern-app');
		expect(install).toContain('```bash\nnpm install lantern-cli\n```');
		expect(install).toContain(
			'<details>\n  <summary>Why pair?</summary>\n\n  Pairing lets the app dim it.\n</details>',
		);
		expect(install).toContain('<Aside type="caution" title="Careful">');
		expect(install).toContain('```tsx\nexport default () => <p>GLOW-DEMO-CANARY-5120</p>;\n```');
		expect(install).not.toMatch(/^``$/m);
		expect(result.stdout).toContain('the code demo ./demos/missing.tsx is not in the site, so it was left out');
		expect(install).not.toContain('Import note');
	});
});

describe('folder import: an Rspress sidebar label', () => {
	test('a _meta.json label in place of a page’s title becomes one of its aliases', async () => {
		const { site } = await importSite();
		const dim = readFileSync(path.join(site.contentDir, 'articles', 'dim-a-lantern.mdx'), 'utf8');
		expect(dim).toContain('aliases:\n  - Brightness');
	});
});

describe('folder import: an Rspress site asked for a language it has not', () => {
	test('stops with one line naming the languages it has', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-rspress'), '--locale', 'ja']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--locale ja: the Rspress site has no locale of that name; its locales are en/ (en), zh/ (zh)',
		);
		expect(result.stderr).not.toContain('    at ');
	});
});

describe('folder import: an Rspress route.exclude', () => {
	test('a page its globs leave out, which Rspress never built, is skipped and listed', async () => {
		const { result, written } = await importSite();
		expect(written).not.toContain('DRAFT-CANARY-6613');
		expect(result.stdout).toContain(
			'left out of the old site by route.exclude in rspress.config.ts ("**/drafts/**"), so Rspress never built it',
		);
	});
});
