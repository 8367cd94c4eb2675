import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderShortcodeTemplate } from '../../../src/import/convert/hugo-templates.ts';
import { configMenus, hugoNavSections } from '../../../src/import/sources/hugo-menus.ts';
import { hugoPageLookup } from '../../../src/import/sources/hugo-refs.ts';
import { translationsOf } from '../../../src/import/sources/hugo-site.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const site = importFixture('folder-hugo-refs');
const content = path.join(site, 'content/en');

describe('folder import: a Hugo site’s pages as its refs and shortcodes reach them', () => {
	test('refs from the content’s root, link cards, translated labels and pictures from static/ come over as the old site showed them', async () => {
		const target = emptySite(defaultsMap);
		const { stdout } = await runImport(target, ['--from', 'folder', content]);
		const descale = articleBody(target.contentDir, 'descale-the-kettle');
		// `relref "settings/filters#cleaning"` in guides/: not beside the page, so from the content's root.
		expect(descale).toContain('Clean [the filter](/articles/filter-settings/#cleaning) at the same time.');
		// The site's card, `relref . (.Get "ref")` in any letter case, its caption's Markdown inline; its icon goes.
		expect(descale).toContain('[How to clean the _filter_](/articles/filter-settings/#cleaning)');
		// `.Site.GetPage`: the page's title, linked.
		expect(descale).toContain('[Refill the kettle](/articles/refill-the-kettle/)');
		// `i18n "required"` and `T "optional"` from i18n/en.toml, plural forms included.
		expect(descale).toContain('- **`--strength` required**');
		expect(descale).toContain('- **`--rinse` optional**');
		// A picture the page names beside it, served from the site's static/ folder: by name.
		expect(descale).toContain('![A scale warning on the display](./descale-the-kettle/scale-warning.png)');
		expect(readFileSync(path.join(target.contentDir, 'articles/descale-the-kettle/scale-warning.png'))).toEqual(
			readFileSync(path.join(site, 'static/images/scale-warning.png')),
		);
		// The home page's figure: `images/overview.png` from `/` is the static folder's `/images/overview.png`.
		const home = articleBody(target.contentDir, 'brewly-help');
		expect(home).toContain('./brewly-help/overview.png');
		expect(existsSync(path.join(target.contentDir, 'articles/brewly-help/overview.png'))).toBe(true);
		expect(home).toContain('[Descale the kettle](/articles/descale-the-kettle/)');
		expect(stdout).not.toContain('was not converted');
		expect(stdout).not.toContain('inline SVG');
		expect(stdout).not.toContain('leads to no imported page');
		expect(stdout).not.toContain('image not copied');
		expect(checkErrors(target.contentDir)).toEqual([]);
	});

	test('a ref is looked up beside the page first, then from each root; in any letter case; its anchor kept', () => {
		const fromGuide = hugoPageLookup(path.join(content, 'guides/descale.md'), [content, path.join(site, 'content')]);
		expect(fromGuide('refill')).toMatchObject({ link: './refill.md', title: 'Refill the kettle' });
		expect(fromGuide('settings/filters#cleaning')).toMatchObject({
			link: '../settings/filters.md#cleaning',
			title: 'Filter settings',
		});
		expect(fromGuide('/Settings/FILTERS.md')).toMatchObject({ link: '../settings/filters.md' });
		// A section's own page, and the content folder above a language's.
		expect(fromGuide('/')).toMatchObject({ link: '../_index.md', title: 'Brewly help' });
		expect(fromGuide('en/guides/refill')).toMatchObject({ link: './refill.md' });
		expect(fromGuide('guides/missing')).toBeUndefined();
		expect(fromGuide('#top')).toBeUndefined();
	});

	test('a template that reaches a page the site lacks, or a word it has no translation for, is not read', () => {
		const pages = hugoPageLookup(path.join(content, 'guides/descale.md'), [content]);
		const data = { params: {}, pages, translations: { required: 'required' } };
		const render = (template: string, args: Record<string, string> = {}) =>
			renderShortcodeTemplate(template, { arguments: args }, data);
		expect(render('<a href="{{ relref . (.Get 0) }}">x</a>', { 0: 'nowhere' })).toBeUndefined();
		expect(render('{{ with .Site.GetPage "nowhere" }}{{ .Title }}{{ else }}gone{{ end }}')).toEqual(['gone']);
		expect(render('{{ $p := site.GetPage "refill" }}<b>{{ $p.LinkTitle }}</b>')).toEqual(['<b>Refill the kettle</b>']);
		expect(render('<i>{{ i18n "deprecated" }}</i>')).toBeUndefined();
		// A page's title is text, never markup.
		expect(render('{{ with .Site.GetPage "refill" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}')).toEqual([
			'<a href="./refill.md">Refill the kettle</a>',
		]);
	});

	test('translations are read in the forms Hugo reads', () => {
		expect(translationsOf({ save: 'Save', items: { one: 'item', other: 'items' }, count: 3 })).toEqual({
			save: 'Save',
			items: 'items',
		});
		expect(translationsOf([{ id: 'save', translation: 'Save' }, { id: 'bad' }, 'stray'])).toEqual({ save: 'Save' });
		expect(translationsOf(undefined)).toEqual({});
	});
});

describe('folder import: a Hugo site’s navigation menu', () => {
	test('each page’s section is its place in the menu most pages are in, by the names the site showed', async () => {
		const target = emptySite();
		await runImport(target, ['--from', 'folder', content, '--dry-run']);
		const starter = readFileSync(path.join(target.contentDir, 'import-map.yaml'), 'utf8');
		// The configuration's entry names the section; a page that is a parent names the one under it.
		expect(starter).toContain('"Using the kettle": {}');
		expect(starter).toContain('"Using the kettle › Descale the kettle": {}');
		// A page at the menu's top has no section of its own: it stays with its folder.
		expect(starter).toContain('"settings": {}');
	});

	test('entries are read in each form Hugo reads them; a loop of parents ends', () => {
		const config = {
			Menu: {
				docs: [
					{ name: 'Admin', identifier: 'admin' },
					{ Name: 'Loop', Identifier: 'loop', Parent: 'loop' },
				],
				main: [{ name: 'Home', pageRef: '/' }],
			},
			languages: { en: { menu: { docs: [{ name: 'Using it', identifier: 'user', weight: 1 }] } } },
		};
		// A language's own menu replaces the site's of that name, as Hugo builds each language's menus; the others stay.
		const english = configMenus(config, 'en');
		expect(english.get('docs')?.map((entry) => entry.name)).toEqual(['Using it']);
		expect(english.get('main')?.map((entry) => entry.name)).toEqual(['Home']);
		const menus = configMenus(config, 'fr');
		expect(menus.get('docs')?.map((entry) => entry.name)).toEqual(['Admin', 'Loop']);
		const sections = hugoNavSections(menus, [
			{ file: 'a/one.md', data: { title: 'One', menu: { docs: { parent: 'admin', identifier: 'one' } } } },
			{ file: 'a/two.md', data: { title: 'Two', linkTitle: 'Second', menu: { docs: { parent: 'one' } } } },
			{ file: 'b/three.md', data: { title: 'Three', menu: { docs: { parent: 'loop' } } } },
			{ file: 'b/four.md', data: { title: 'Four', menu: { main: { parent: 'admin' } } } },
			{ file: 'c/five.md', data: { title: 'Five', menus: ['docs'] } },
			{ file: 'c/six.md', data: { title: 'Six', menu: { docs: { parent: 'nowhere' } } } },
		]);
		expect(Object.fromEntries(sections ?? [])).toEqual({
			'a/one.md': ['Admin'],
			'a/two.md': ['Admin', 'One'],
			'b/three.md': ['Loop'],
			'c/six.md': ['nowhere'],
		});
		expect(hugoNavSections(menus, [{ file: 'x.md', data: { title: 'X' } }])).toBeUndefined();
	});
});
