import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { justTheDocsNavigation } from '../../../src/import/sources/just-the-docs-nav.ts';
import { justTheDocsSite } from '../../../src/import/sources/just-the-docs-site.ts';
import { articleFrontmatter, checkErrors, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

const FIXTURE = 'folder-nav-sections-just-the-docs';
const defaults = 'defaults:\n  category: usability\n  productArea: domains\n';

/** The product area of each imported article, by slug. */
async function areas(map: string): Promise<Record<string, string>> {
	const site = emptySite(map);
	await runImport(site, ['--from', 'folder', importFixture(FIXTURE)]);
	const found: Record<string, string> = {};
	for (const name of readdirSync(path.join(site.contentDir, 'articles')).sort())
		if (name.endsWith('.mdx'))
			found[name.slice(0, -4)] =
				/^productArea: (.+)$/m.exec(articleFrontmatter(site.contentDir, name.slice(0, -4)))?.[1] ?? '';
	return found;
}

describe('folder import: a Just the Docs site’s navigation, built from its pages’ parent titles', () => {
	test('the starter map offers the parent tree’s sections, and a folder only for the pages the navigation leaves out', async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture(FIXTURE), '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain('folder:\n  sections:\n');
		// A top-level page with children is a section holding itself and its children, whatever their folders
		// (counted with the sections inside it).
		expect(map).toContain('    # "Getting started" (3 articles): choose its product area\n    "Getting started": {}');
		expect(map).toContain('    # "Lamps" (3 articles): choose its product area\n    "Lamps": {}');
		// "Troubleshooting" under two grand parents: each child goes under the one its grand_parent names,
		// though "The bulb buzzes" sits in the lamps' folder.
		expect(map).toContain('    # "Lamps › Troubleshooting" (2 articles): choose its product area');
		expect(map).toContain('    # "Bulbs" (4 articles): choose its product area');
		expect(map).toContain('    # "Bulbs › Troubleshooting" (2 articles): choose its product area');
		// A collection of `just_the_docs.collections` is a section named as its navigation heading was.
		expect(map).toContain('    # "Light recipes" (3 articles): choose its product area');
		expect(map).toContain('    # "Light recipes › Moods" (2 articles): choose its product area');
		// nav_exclude pages (and their children) are no section: they, and a top-level page without children,
		// are offered by their folders.
		expect(map).not.toContain('Internal notes');
		expect(map).toContain('  folders:\n');
		expect(map).toContain('    "docs/internal": {}');
		expect(map).toContain('    # "docs › lamps" (1 article): choose its product area\n    "docs/lamps": {}');
		expect(map).toContain('    "archive": {}');
		expect(map).not.toMatch(/"(docs\/setup|docs\/bulbs|docs\/lamps\/troubleshooting|_recipes|_recipes\/moods)": /);
	});

	test('a folder of the site imported on its own keeps the site’s navigation', async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture(`${FIXTURE}/docs`), '--dry-run']);
		const map = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(map).toContain('    # "Bulbs › Troubleshooting" (2 articles): choose its product area');
		expect(map).toContain('    # "lamps" (1 article): choose its product area\n    "lamps": {}');
		expect(map).not.toContain('Light recipes');
	});

	test('a map of the sections places each page by its place in the navigation', async () => {
		const bySection = `${defaults}folder:\n  sections:\n    "Getting started": { productArea: account }\n    "Lamps": { productArea: sending }\n    "Bulbs": { productArea: billing }\n    "Light recipes": { productArea: api }\n  folders:\n    docs/internal: { productArea: smtp }\n`;
		expect(await areas(bySection)).toEqual({
			bulbs: 'billing',
			'change-a-bulb': 'billing',
			'cosy-evening': 'api',
			'getting-started': 'account',
			home: 'domains',
			'internal-notes': 'smtp',
			lamps: 'sending',
			moods: 'api',
			'mount-the-lamp': 'account',
			'old-models': 'domains',
			'pricing-rules': 'smtp',
			'reading-light': 'api',
			'recall-notice': 'domains',
			'the-bulb-buzzes': 'billing',
			'the-lamp-flickers': 'sending',
			troubleshooting: 'billing',
			'troubleshooting-lamps': 'sending',
			'unbox-the-lamp': 'account',
		});
	});

	test('a map written with folders alone still applies', async () => {
		const byFolder = `${defaults}folder:\n  folders:\n    docs/lamps: { productArea: sending }\n    docs/bulbs: { productArea: billing }\n`;
		const placed = await areas(byFolder);
		expect(placed['the-bulb-buzzes']).toBe('sending');
		expect(placed['the-lamp-flickers']).toBe('sending');
		expect(placed['change-a-bulb']).toBe('billing');
		expect(placed['mount-the-lamp']).toBe('domains');
	});

	test('permalink and redirect_from still give the old addresses; the navigation’s fields are read, not listed as dropped', async () => {
		const site = emptySite(`${defaults}folder:\n  sections:\n    "Getting started": { productArea: account }\n`);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture(FIXTURE)]);
		expect(oldAddressesOf(site.contentDir, 'folder:docs/setup/unbox')).toEqual(['/docs/setup/unbox', '/unboxing']);
		expect(oldAddressesOf(site.contentDir, 'folder:docs/setup')).toEqual(['/docs/setup']);
		expect(oldAddressesOf(site.contentDir, 'folder:_recipes/moods/cosy')).toEqual(['/recipes/moods/cosy']);
		expect(stdout).not.toMatch(/frontmatter dropped: .*(parent|nav_order|has_children|nav_exclude)/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('reading a Just the Docs navigation as the theme builds it', () => {
	const page = (file: string, data: Record<string, unknown>) => ({ file, data });

	test('nav_order: numbers first, then strings and titles, case-insensitively unless nav_sort says case_sensitive', () => {
		const pages = [
			page('top.md', { title: 'Top' }),
			page('b.md', { title: 'beta', parent: 'Top' }),
			page('a.md', { title: 'Alpha', parent: 'Top' }),
			page('z.md', { title: 'Zed', parent: 'Top', nav_order: 2.5 }),
			page('n.md', { title: 'Numbered', parent: 'Top', nav_order: 1 }),
			page('s.md', { title: 'Strung', parent: 'Top', nav_order: 'aardvark' }),
		];
		const order = (navSort?: string) =>
			[...justTheDocsNavigation(pages, { navSort }).places].sort((x, y) => x[1] - y[1]).map(([file]) => file);
		expect(order()).toEqual(['top.md', 'n.md', 'z.md', 's.md', 'a.md', 'b.md']);
		expect(order('case_sensitive')).toEqual(['top.md', 'n.md', 'z.md', 'a.md', 's.md', 'b.md']);
		const { sections } = justTheDocsNavigation(pages, {});
		expect(sections.get('top.md')).toEqual(['Top']);
		expect(sections.get('b.md')).toEqual(['Top']);
	});

	test('parent and grand_parent titles; a page with no title, an unknown parent or a cycle is not in the navigation', () => {
		const { sections, places } = justTheDocsNavigation(
			[
				page('x.md', { title: 'X' }),
				page('y.md', { title: 'Y' }),
				page('x-t.md', { title: 'T', parent: 'X' }),
				page('y-t.md', { title: 'T', parent: 'Y' }),
				page('x-t-u.md', { title: 'U', parent: 'T', grand_parent: 'X' }),
				page('y-t-u.md', { title: 'U', parent: 'T', grand_parent: 'Y' }),
				page('y-t-u-v.md', { title: 'V', parent: 'U', grand_parent: 'T', ancestor: 'Y' }),
				page('untitled.md', { parent: 'X' }),
				page('lost.md', { title: 'Lost', parent: 'Nowhere' }),
				page('loop-a.md', { title: 'A', parent: 'B' }),
				page('loop-b.md', { title: 'B', parent: 'A' }),
				page('alone.md', { title: 'Alone' }),
			],
			{},
		);
		expect(Object.fromEntries(sections)).toEqual({
			'x.md': ['X'],
			'y.md': ['Y'],
			'x-t.md': ['X', 'T'],
			'y-t.md': ['Y', 'T'],
			'x-t-u.md': ['X', 'T'],
			'y-t-u.md': ['Y', 'T', 'U'],
			'y-t-u-v.md': ['Y', 'T', 'U'],
		});
		expect(places.has('alone.md')).toBe(true);
		for (const file of ['untitled.md', 'lost.md', 'loop-a.md', 'loop-b.md']) expect(places.has(file)).toBe(false);
	});

	test('the theme is named by _config.yml (theme, remote_theme, just_the_docs), or by the Gemfile or gemspec of a site that copies it', () => {
		const siteWith = (files: Record<string, string>) => {
			const dir = mkdtempSync(path.join(tmpdir(), 'jtd-'));
			for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
			return justTheDocsSite(dir);
		};
		expect(siteWith({ '_config.yml': 'theme: just-the-docs\n' })).toBeDefined();
		expect(siteWith({ '_config.yml': 'remote_theme: just-the-docs/just-the-docs@v0.10.0\n' })).toBeDefined();
		expect(siteWith({ '_config.yml': 'title: x\n', 'just-the-docs.gemspec': 'Gem::Specification.new' })).toBeDefined();
		expect(siteWith({ '_config.yml': 'title: x\n', Gemfile: 'gem "just-the-docs"\n' })).toBeDefined();
		expect(
			siteWith({ '_config.yml': 'nav_sort: case_sensitive\njust_the_docs:\n  collections:\n    faq: { name: FAQ }\n' })
				?.options,
		).toEqual({ navSort: 'case_sensitive', collections: [{ key: 'faq', name: 'FAQ', navExclude: false }] });
		expect(siteWith({ '_config.yml': 'theme: minima\n' })).toBeUndefined();
	});
});
