import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

/** The import map a dry run starts for the site: the sections it found, by name. */
async function starterMap(fixture: string, extra: string[] = []): Promise<string> {
	const site = emptySite();
	await runImport(site, ['--from', 'folder', importFixture(fixture), '--dry-run', ...extra]);
	return readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
}

/** An article's `aliases:` lines, as written. */
const aliasesOf = (contentDir: string, slug: string) =>
	articleFrontmatter(contentDir, slug)
		.split('\n')
		.filter((line) => line.startsWith('aliases') || line.startsWith('  - '))
		.join('\n');

describe.each([
	['toml', 'a `menus.toml` holding each menu at its top'],
	['yaml', 'a `menus.yaml` naming its key'],
	['json', 'a `menu.json` in a folder of the configuration folder'],
])('folder import: a Hugo site keeping its menus in a file of their own (%s: %s)', (kind) => {
	const fixture = `folder-hugo-split-config/menus-${kind}`;

	test("the menu's entries name the pages' sections", async () => {
		const starter = await starterMap(fixture);
		expect(starter).toContain('"Using the lantern": {}');
		// Their folders are no sections of the old site's navigation.
		expect(starter).not.toContain('"guides": {}');
		expect(starter).not.toContain('"power": {}');
	});

	test("an entry's name for the page it points to becomes an alias", async () => {
		const site = emptySite(`${defaultsMap}folder:\n  sections:\n    "Using the lantern": { productArea: account }\n`);
		const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture(fixture)]);
		expect(stdout).toContain('written 2,');
		expect(aliasesOf(site.contentDir, 'charge-the-battery')).toBe('aliases:\n  - Top up power');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: a Hugo site keeping its module mounts in a file of their own', () => {
	test("its pages come from the folder `module.toml` mounts as content, served under production's baseURL", async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-split-config/module'),
		]);
		// 1: its one section is not in the import map yet.
		expect(exitCode).toBe(1);
		expect(stdout.split('\n')[0]).toContain('folder-hugo-split-config/module/docs, the pages of the site in');
		// `config/production/hugo.toml` sets the baseURL `hugo build` served the site under.
		expect(oldAddressesOf(site.contentDir, 'folder:guides/setup')).toEqual(['/manual/guides/setup']);
		expect(stdout).not.toContain('README');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe.each([
	['language-menus', '`menus.de.toml`'],
	['language-menus-inline', '`[languages.de.menus]`'],
	// One content folder, each page file naming its language (`setup.de.md`).
	['language-files', '`menus.de.yaml`'],
])("folder import: a Hugo site naming each language's menus (%s)", (kind, where) => {
	const fixture = `folder-hugo-split-config/${kind}`;

	test(`--locale de names the sections by ${where}`, async () => {
		const starter = await starterMap(fixture, ['--locale', 'de']);
		expect(starter).toContain('"Die Laterne benutzen": {}');
		expect(starter).not.toContain('Using the lantern');
		expect(starter).not.toContain('"Lantern"');
	});

	test('without --locale the default language names them', async () => {
		const starter = await starterMap(fixture);
		expect(starter).toContain('"Using the lantern": {}');
		expect(starter).not.toContain('Die Laterne benutzen');
		expect(starter).not.toContain('"Lantern"');
	});
});
