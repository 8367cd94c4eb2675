import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
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

describe('folder import: a Zola site (config.toml, content/, TOML front matter between +++ lines)', () => {
	test('named by its repository, the site is read from content/ as Zola, its base_url the old site', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-zola/spoke')]);
		const first = result.stdout.split('\n')[0] ?? '';
		expect(first).toContain("Zola's content folder, content, by config.toml");
		expect(first).toContain('from https://help.spoke.example (named by base_url in config.toml)');
		expect(result.stdout).not.toMatch(/Hugo|baseURL/);
		// A link written with the site's full address leads to the article served there (its `path`).
		expect(articleBody(site.contentDir, 'fix-a-flat-tyre')).toContain(
			'[Reset your password](/articles/reset-your-password/)',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an internal link `@/page.md#anchor`, written from content/, leads to the imported article', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-zola/spoke')]);
		expect(articleBody(site.contentDir, 'fix-a-flat-tyre')).toContain(
			'[true the wheel](/articles/true-a-wheel/#spoke-tension)',
		);
		expect(articleBody(site.contentDir, 'true-a-wheel')).toContain('[fixing the flat](/articles/fix-a-flat-tyre/)');
		expect(result.stdout).not.toContain('%40');
	});

	test('each page keeps the address Zola served it at, and its aliases (written from the site root) redirect', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-zola/spoke')]);
		// `path` is the whole address; a dated file name loses its date; a page folder's index.md is the folder.
		expect(oldAddressesOf(site.contentDir, 'folder:account/reset-password')).toEqual(['/password-reset']);
		expect(oldAddressesOf(site.contentDir, 'folder:account/2024-03-01-new-billing')).toEqual(['/account/new-billing']);
		expect(oldAddressesOf(site.contentDir, 'folder:repairs/true-a-wheel')).toEqual(['/repairs/true-a-wheel']);
		// Zola's aliases are paths from the site's root, not beside the page; the section's address
		// (its `_index.md` holds only its title) leads to its first page by `weight`.
		expect(oldAddressesOf(site.contentDir, 'folder:repairs/fix-a-flat')).toEqual([
			'/old/flat-tyre',
			'/repairs',
			'/repairs/fix-a-flat',
		]);
	});

	test('shortcodes: a known one is what it showed, an unknown one is kept and listed, an escaped one shows as written', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-zola/spoke')]);
		const body = articleBody(site.contentDir, 'fix-a-flat-tyre');
		// `{% note(kind="warning") %}` … `{% end %}`: a warning aside around its body.
		expect(body).toMatch(
			/<Aside type="(warning|caution)">\s*Never ride on a flat: the rim \*\*cuts\*\* the tube\.\s*<\/Aside>/,
		);
		expect(body).toContain('https://www.youtube.com/watch?v=fl4tTyre01');
		// `{{/* youtube(…) */}}` is how a Zola page shows a shortcode without running it.
		expect(body).toContain('```md\n{{ youtube(id="fl4tTyre01") }}\n```');
		// Only a call is unescaped: the marks written about in a sentence stay.
		expect(body).toContain('wrap the call in `{{/*` and `*/}}` as here');
		expect(result.stdout).toContain('{{ pump_finder(city="Ghent", radius=3) }}');
		// The summary marker showed nothing.
		expect(body).not.toMatch(/more\s*(\*\/|-->)/);
		expect(body).not.toContain('{%');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('front matter: taxonomies become tags, draft stays a draft, section titles name the sections, co-located pictures come along', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-zola/spoke')]);
		expect(articleFrontmatter(site.contentDir, 'fix-a-flat-tyre')).toMatch(
			/tags:\s*\[tyres, roadside\]|tags:\n\s+- tyres\n\s+- roadside/,
		);
		expect(articleFrontmatter(site.contentDir, 'fix-a-flat-tyre')).toContain('updated: 2025-04-02');
		expect(articleFrontmatter(site.contentDir, 'the-new-billing-page')).toContain('draft: true');
		const dry = emptySite();
		await runImport(dry, ['--from', 'folder', importFixture('folder-zola/spoke'), '--dry-run']);
		expect(readFileSync(path.join(dry.contentDir, 'import-map.yaml'), 'utf8')).toContain('Repairs on the road');
		expect(articleBody(site.contentDir, 'true-a-wheel')).toContain(
			'![The wheel in the truing stand](./true-a-wheel/wheel.png)',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'true-a-wheel', 'wheel.png'))).toBe(true);
	});

	test('a folder inside content/, a placeholder base_url (zola init), a slug, and a section that redirect_to another page', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-zola/starter/content/docs')]);
		expect(result.stdout).not.toContain('example.com');
		expect(result.stdout).not.toContain('named by');
		// Zola served the folder at its path under content/, and slugifies a page's `slug`.
		expect(oldAddressesOf(site.contentDir, 'folder:setup/share')).toEqual(['/docs/setup/share-a-key']);
		expect(articleBody(site.contentDir, 'pair-the-lock')).toContain('[share a key](/articles/share-a-key/)');
		// The section that sent readers on is no article: its list of links was never shown.
		// …through a section that sends them on in turn.
		expect(result.stdout).toContain(
			'a section page Zola never showed, sending its readers to docs/setup/ (redirect_to), as its address now does',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'docs.mdx'))).toBe(false);
		// A link to that section leads where it sent its readers.
		expect(articleBody(site.contentDir, 'share-a-key')).toContain('[Start with the docs](/articles/pair-the-lock/)');
		expect(oldAddressesOf(site.contentDir, 'folder:setup/pair-the-lock')).toEqual([
			'/docs',
			'/docs/setup',
			'/docs/setup/pair-the-lock',
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: what a Zola site never built, never served at an address, or kept out of its search', () => {
	const lockbox = ['--from', 'folder', importFixture('folder-zola/lockbox')];

	test('a page below a section with draft = true, which Zola never built, comes over as a draft listed for review', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, lockbox);
		expect(articleFrontmatter(site.contentDir, 'unlock-with-a-fingerprint')).toContain('draft: true');
		expect(result.stdout).toContain(
			'in a draft section on the old site (beta/_index.md: draft = true, so Zola built none of the pages below it), so it comes over as a draft: publish it (draft: false) if customers should find it in the help center',
		);
		expect(articleFrontmatter(site.contentDir, 'pair-the-lock')).not.toContain('draft: true');
	});

	test('render = false: a page Zola never served is skipped and listed; a section that was never served keeps its pages, and no address leads from it', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, lockbox);
		expect(result.stdout).toContain(
			'setup/door-sizes.md: left out of the old site by render = false, so Zola never served it as a page',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'door-sizes.mdx'))).toBe(false);
		expect(result.stdout).toContain(
			'guides/_index.md: a section page Zola never served (render = false); its pages come over at their own addresses',
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'guides.mdx'))).toBe(false);
		expect(oldAddressesOf(site.contentDir, 'folder:guides/reset')).toEqual(['/guides/reset']);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).not.toMatch(/from: \/guides\n|from: \/setup\/door-sizes\n/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('in_search_index = false, as search: false: a page of nothing but links on is an old address of where it points', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, lockbox);
		expect(result.stdout).toContain(
			"setup/old-pairing.md: kept out of the old site's search (in_search_index = false) and holding only links on",
		);
		expect(existsSync(path.join(site.contentDir, 'articles', 'pairing-moved.mdx'))).toBe(false);
		expect(oldAddressesOf(site.contentDir, 'folder:setup/pair')).toContain('/setup/old-pairing');
	});

	test('a shortcode whose arguments run over several lines reads as one written on one line', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, lockbox);
		expect(articleBody(site.contentDir, 'pair-the-lock')).toMatch(
			/<Aside type="(warning|caution)"[^>]*>\s*Charge the lock before you pair it: pairing drains a weak battery\.\s*<\/Aside>/,
		);
		// One without a body too.
		expect(articleBody(site.contentDir, 'pair-the-lock')).toContain('https://www.youtube.com/watch?v=p4irTheL0ck');
		expect(result.stdout).not.toContain('was not converted');
	});
});
