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

describe('folder import: a Sphinx site written in reStructuredText', () => {
	test('.rst pages come over as articles: title, description, asides, lists, code, tables, tabs and pictures', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-rst/docs')]);
		expect(exitCode).toBe(1);
		// The included part is no page of its own.
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		const charge = articleBody(site.contentDir, 'charge-the-lantern');
		expect(articleFrontmatter(site.contentDir, 'charge-the-lantern')).toContain(
			'title: Charge the lantern\ndescription: How to charge the lantern from the wall or a laptop.',
		);
		// The first title is the page's; `=` under a title is the next level, `-` the one after.
		expect(charge).toMatch(/^Charge your \*\*Lantern Pro\*\* before/);
		expect(charge).toContain('\n## Before you start\n');
		expect(charge).toContain('\n### Steps\n');
		// Inline markup, links written inline, by name (the page's, rst_epilog's) and anonymously, roles.
		expect(charge).toContain(
			'See _Before you start_ and the\n`USB-C` port on its base. Press `Power` then **Charge**, or pick\n**Settings ‣ Battery**. Read the [manual](https://example.com/manual.pdf),\nask [our team](https://example.com/team), write to [support](https://support.example.com/lantern) or see [the forum](https://forum.example.com/). Visit [https://example.com/status](https://example.com/status) too.\nA star \\*is not\\* emphasis.',
		);
		// Comments, the local table of contents and index entries show nothing.
		expect(charge).not.toMatch(/comment|contents|battery, charging|\.\. /);
		// An include is written in; admonitions are asides of their kind.
		expect(charge).toContain(
			'Unplug the lantern and let it cool.\n\n<Aside type="note">\n  The light blinks while it charges.\n  It stops when the battery is full.\n</Aside>',
		);
		expect(charge).toContain('<Aside type="caution">\n  Never charge it in the rain.\n</Aside>');
		expect(charge).toContain('<Aside type="tip" title="Good to know">\n  A full charge lasts a night.\n</Aside>');
		expect(charge).toContain('<Aside type="note" title="Added in version 2.1">\n  Charging from a laptop.\n</Aside>');
		// `#.` lists are numbered; `::` ends a paragraph with a colon and shows the code under it.
		expect(charge).toContain(
			'1. Open the cover.\n2. Plug the cable in:\n\n   ```\n   lantern --charge\n   ```\n3. Wait for the green light.',
		);
		expect(charge).toContain('- Cable\n- Wall plug\n  - Any 5 V plug works.');
		// A picture indented under nothing is the picture, not a quote of it; a figure's caption stays under it.
		expect(charge).toContain('\n![The lantern on its base](./charge-the-lantern/kettle.png)\n');
		expect(charge).toContain('![](./charge-the-lantern/kettle.png)\n\nThe lantern charging.');
		expect(charge).toContain('**Settings file**\n\n```ini\n[lantern]\nmode = eco\n```');
		expect(charge).toContain('```ini\n[lantern]\nbrightness = 80\n```');
		expect(charge).toContain('### Windows\n\nOpen the app.\n\n### macOS\n\nOpen the menu bar.');
		// Definition and field lists, line blocks, quotes.
		expect(charge).toContain('- **Battery**\n\n  The part that holds the charge.');
		expect(charge).toContain('- **Capacity:** 5000 mAh');
		expect(charge).toContain('First line\\\nSecond line');
		expect(charge).toContain('> A quoted tip from a reader.');
		// Grid, simple, list and CSV tables are Markdown tables.
		expect(charge).toContain('| Mode   | Hours |\n| ------ | ----- |\n| Eco    | 12    |\n| Bright | 4     |');
		expect(charge).toContain('| Mode   | Watts |\n| ------ | ----- |\n| Eco    | 1     |\n| Bright | 5     |');
		expect(charge).toContain('**Ports**\n\n| Port  | Use      |\n| ----- | -------- |\n| USB-C | Charging |');
		expect(charge).toContain('| Plug   | Time |\n| ------ | ---- |\n| Wall   | 2 h  |\n| Laptop | 4 h  |');
		// A directive nothing here shows keeps its content under a note, listed for review.
		expect(charge).toContain('The original page used a `{lantern-widget} big` here; its content follows without it.');
		expect(charge).toContain('The widget showed the battery level.');
		expect(stdout).toContain('{lantern-widget} big was not converted; its content is kept');
		expect(charge).not.toMatch(/\{(note|warning|image|figure|code-block|tabs|tab)\}|:alt:|:caption:/);
		// The toctree lists its pages by title, or by the words it gives.
		expect(articleBody(site.contentDir, 'lantern-guides')).toBe(
			'Everything about your **Lantern Pro**.\n\n**Guides**\n\n- [Charge the lantern](/articles/charge-the-lantern/)\n- [Caring for it](/articles/care/)\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test(':doc: and :ref: lead to the articles, section titles are labels with autosectionlabel, and the old .html addresses lead on', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-rst/docs')]);
		expect(articleBody(site.contentDir, 'charge-the-lantern')).toContain('Back to the [care page](/articles/care/),');
		expect(articleBody(site.contentDir, 'charge-the-lantern')).toContain(
			'or [Lantern guides](/articles/lantern-guides/).',
		);
		// A reference to a section of the same page leads there, with no marker left for readers to see.
		expect(articleBody(site.contentDir, 'charge-the-lantern')).toContain('[Steps](#steps) or');
		expect(articleBody(site.contentDir, 'care')).toContain(
			'Wipe it dry. See [Before you start](/articles/charge-the-lantern/#before-you-start) and [the steps](/articles/charge-the-lantern/#steps).',
		);
		expect(oldAddressesOf(site.contentDir, 'folder:guide/charge')).toEqual(['/guide/charge', '/guide/charge.html']);
		expect(oldAddressesOf(site.contentDir, 'folder:guide/care')).toEqual(['/guide/care', '/guide/care.html']);
	});
});

describe("folder import: reStructuredText beside another generator's pages", () => {
	test('an MkDocs site never served its .rst files: each is listed as skipped, not read', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-rst')]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain(
			'folder:writers.rst: writers.rst: reStructuredText beside the pages of a mkdocs site, which never served it as a page',
		);
	});
});

describe('folder import: a Sphinx site Read the Docs built with dirhtml', () => {
	test('each page was served at its folder, as .readthedocs.yaml says, and its old address leads to the article', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-dirhtml/docs')]);
		expect(oldAddressesOf(site.contentDir, 'folder:guide/charge')).toEqual(['/guide/charge']);
		expect(articleBody(site.contentDir, 'lantern-help')).toBe(
			'See [Charge the lantern](/articles/charge-the-lantern/).\n',
		);
	});
});
