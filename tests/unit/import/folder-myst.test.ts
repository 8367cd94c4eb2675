import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Sphinx site written in MyST Markdown', () => {
	test('directives become asides of their kind with their title, code, pictures and a list of the pages a toctree names', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		expect(stdout).toContain('written 6, updated 0, unchanged 0, skipped 0');
		const setup = articleBody(site.contentDir, 'set-up-the-kettle');
		expect(setup).toContain('<Aside type="note">\n  Fill the kettle before you switch it on.\n</Aside>');
		// A colon fence, as the colon_fence extension writes it.
		expect(setup).toContain(
			'<Aside type="caution">\n  Never open the lid while the water boils.\n\n  ![The lid, closed](./set-up-the-kettle/kettle.png)\n</Aside>',
		);
		// `{admonition}` takes its title from the argument and its kind from `:class:`.
		expect(setup).toContain(
			'<Aside type="tip" title="Choosing a spot">\n  Keep the kettle away from the edge of the counter.\n</Aside>',
		);
		// A longer fence holds code of its own; a word Sphinx shows that no kind here has is the title.
		expect(setup).toContain(
			'<Aside type="note" title="Important">\n  Use the cable that came in the box:\n\n  ```sh\n  kettle check --cable\n  ```\n</Aside>',
		);
		expect(setup).toContain(
			'1. Plug the kettle in.\n\n   <Aside type="note" title="Added in version 2.1">\n     The plug has a light.\n   </Aside>\n\n2. Pour water up to the line.',
		);
		expect(setup).toContain('_Deprecated since version 3.0._');
		// Options go; the language stays.
		expect(setup).toContain('```python\nimport kettle\nkettle.boil()\n```');
		expect(setup).toContain('![The kettle on its base](./set-up-the-kettle/kettle.png)');
		expect(setup).toContain('![](./set-up-the-kettle/kettle.png)\n\nThe kettle and its base.');
		// reStructuredText cannot be shown: a note says so, and the report lists it.
		expect(setup).toContain('The original page used a `{eval-rst}` here; it was not imported.');
		expect(setup).not.toContain('autoclass');
		expect(stdout).toContain('{eval-rst} was not converted');
		expect(setup).not.toMatch(/\{(note|warning|admonition|important|versionadded|code-block|image|figure)\}|:class:/);
		// A table of contents lists its pages by their titles (or the words it gives); a hidden one shows nothing.
		expect(articleBody(site.contentDir, 'kettle-help')).toContain(
			'Welcome to the help pages of the Kettle.\n\n**Guides**\n\n- [Set up the kettle](/articles/set-up-the-kettle/)\n- [Descaling](/articles/descale-the-kettle/)\n',
		);
		// A list of its own under a list the page ends with, and an entry above the page's folder comes too.
		expect(articleBody(site.contentDir, 'care')).toBe(
			'How to keep the kettle clean.\n\n- Rinse it every week.\n\n* [Set up the kettle](/articles/set-up-the-kettle/)\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('roles become links, code and words; (label)= targets become anchors that links from any page reach', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		const descale = articleBody(site.contentDir, 'descale-the-kettle');
		// The code's API as Sphinx shows it: `~` keeps the last name, a function gets its ().
		expect(descale).toContain(
			'Call `kettle.descale()` or `rinse()`, then press `Ctrl+D` and **Start**.\nHard water leaves limescale behind; the role `` {ref}`written-as-code` `` stays code.',
		);
		// {ref} and [](label) lead to the page and heading the label names, in the heading's words when they give none.
		expect(descale).toContain(
			'See [the setup page](/articles/set-up-the-kettle/), [Fill the kettle](/articles/set-up-the-kettle/#fill-the-kettle), [Steps](/articles/descale-the-kettle/#steps) and [the switch](/articles/set-up-the-kettle/#switch-on).',
		);
		expect(descale).toContain(
			'The picture is [Set up the kettle](/articles/set-up-the-kettle/#kettle-figure), and [Set up the kettle](/articles/set-up-the-kettle/) has the rest.',
		);
		// A target that names no heading stays an anchor where it was; one before a heading keeps its id as the old site's.
		expect(descale).toContain('<a id="loose-target" />\n\nA target that names no heading');
		expect(descale).toContain('<a id="descale-steps" />\n\n## Steps');
		const setup = articleBody(site.contentDir, 'set-up-the-kettle');
		expect(setup).toContain('<a id="filling" />\n\n## Fill the kettle');
		expect(setup).toContain('<a id="kettle-figure" />');
		expect(`${setup}${descale}`).not.toMatch(/\)=|\{(ref|doc|meth|kbd|guilabel|term|numref)\}`[^`]*`(?! ``)/);
		expect(stdout).not.toContain('leads to no');
		expect(stdout).not.toContain('has no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('reStructuredText pages beside the Markdown are read too, and a folder of them alone is a site', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		expect(stdout).not.toContain('legacy.rst');
		expect(articleBody(site.contentDir, 'old-page')).toBe('This page is written in reStructuredText.\n');
		const only = emptySite(defaultsMap);
		const alone = await runImport(only, ['--from', 'folder', importFixture('folder-myst-rst-only')]);
		expect(alone.stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		expect(articleBody(only.contentDir, 'pour')).toBe('Tilt the kettle slowly.\n');
	});

	test('{include} writes a Markdown file in and {literalinclude} shows a file as code, each the part its options name', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		const descale = articleBody(site.contentDir, 'descale-the-kettle');
		// Up to `:end-before:`, from the page's folder; `/` starts at the docs' root, and `:start-after:` starts on the next line.
		expect(descale).toContain(
			'## Before you start\n\nUnplug the kettle and let it cool for an hour.\n\n```python\nkettle.boil(litres=1)\n```\n',
		);
		expect(descale).not.toContain('only for the snippet page');
		expect(stdout).toContain('the included file ../snippets/unplug.md was written in');
		// A file that is not there leaves a note where it stood.
		expect(descale).toContain('The original page used a `{include} ../snippets/missing.md` here; it was not imported.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('comment lines and the field list that opens a page (its metadata) are not shown, as Sphinx never showed them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		const setup = articleBody(site.contentDir, 'set-up-the-kettle');
		expect(setup).toMatch(/^<Aside type="note">\n {2}Fill the kettle/);
		expect(setup).not.toMatch(/TODO|Audience|:Date:/);
		expect(articleBody(site.contentDir, 'descale-the-kettle')).not.toContain(':orphan:');
		expect(stdout).toContain(
			'1 MyST comment line (% …) removed: notes for the authors, which the old site never showed',
		);
		expect(stdout).toContain(
			"the page's metadata fields (:Date: :Audience:) removed: Sphinx keeps them out of the page",
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("substitutions are filled in from the page's frontmatter and conf.py's plain strings; a computed one is listed", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		expect(articleBody(site.contentDir, 'descale-the-kettle')).toContain(
			'This guide is for kettles from Kettle Co, release \\{\\{ release }}: fill at least 0.5 litres (`{{ min_litres }}` in code stays).',
		);
		expect(stdout).toContain(
			'the substitution {{ release }} was filled in when the old site was built (conf.py computes it); write its value',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('old addresses are the .html files Sphinx wrote, and the same paths without .html', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-myst/docs')]);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('from: /setup.html\n');
		expect(redirects).toContain('from: /setup\n');
		expect(redirects).toContain('from: /care/descale.html\n');
		expect(redirects).toContain('from: /care/descale\n');
		// A folder's index.md is its index.html, and the folder's own address.
		expect(redirects).toContain('from: /care/index.html\n');
		expect(redirects).toContain('from: /care\n');
	});
});
