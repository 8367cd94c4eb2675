import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture imported into an empty site (each test gets its own: temporary folders go after each test). */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs/docs')]);
	return { site, stdout };
}

describe('folder import: an MkDocs (Material) docs folder', () => {
	test('every page is written, compiles as MDX and passes npm run check', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		for (const slug of ['pair-a-lamp', 'lamp-help'])
			expect(mdxProblem(articleBody(site.contentDir, slug))).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('admonitions of every kind, titled, untitled and nested, become asides; collapsible ones folds', async () => {
		const { site } = await imported();
		const pair = articleBody(site.contentDir, 'pair-a-lamp');
		expect(pair).toContain('<Aside type="note">\n  Pairing takes about a minute.\n</Aside>');
		expect(pair).toContain(
			'<Aside type="caution" title="Keep it plugged in">\n  Unplugging during pairing resets the lamp again.\n\n  <Aside type="tip" title="Quicker">\n    Hold the button while plugging in.\n  </Aside>\n</Aside>',
		);
		// `???` folds; `???+` folds open, an untitled one titled by its type's name, as MkDocs shows it.
		expect(pair).toContain(
			'<details>\n  <summary>Flashing red</summary>\n\n  The lamp is too warm; let it cool down.\n</details>',
		);
		expect(pair).toContain(
			'<details open>\n  <summary>Success</summary>\n\n  A steady green light means it is paired.\n</details>',
		);
		// `""` asks for no title; an `example` is a note.
		expect(pair).toContain('<Aside type="note">\n  Living room lamp, paired in 40 seconds.\n</Aside>');
		expect(pair).not.toMatch(/^\s*(!!!|\?\?\?)/m);
	});

	test('content tabs keep every tab’s content under its title, an admonition in a list item staying in it', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain(
			'## Pair it\n\n### Phone app\n\n1. Open the app.\n2. Tap **Add lamp**.\n\n   <Aside type="note">\n     The app asks for Bluetooth.\n   </Aside>\n\n### Wall switch\n\nSwitch off and on three times.\n\n```sh\n# not a block: !!! note\n=== "not a tab"\n```\n',
		);
	});

	test('attribute lists are taken off; a heading’s { #id } leads links between articles to its new anchor, and stays before it for links from outside', async () => {
		const { site } = await imported();
		const pair = articleBody(site.contentDir, 'pair-a-lamp');
		expect(pair).toMatch(/^<a id="reset-first" \/>\n\n## Reset the lamp first\n/);
		expect(pair).toContain('![Pairing screen](./pair-a-lamp/pairing.png)\n');
		expect(pair).not.toContain('{');
		expect(articleBody(site.contentDir, 'lamp-help')).toContain(
			'[pairing a lamp](/articles/pair-a-lamp/#reset-the-lamp-first)',
		);
	});

	test('a link to a heading by its MkDocs anchor (#lamp-switch for "Lamp & switch") keeps its place', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain(
			'## Lamp & switch\n\nBack to [the lamp and switch](#lamp--switch) section.\n',
		);
		expect(stdout).not.toContain('leads to no heading');
	});

	test('a snippet is written in; one the folder does not have stays visible as an import note', async () => {
		const { site, stdout } = await imported();
		const help = articleBody(site.contentDir, 'lamp-help');
		expect(help).toContain('Support answers from 8:00 to 18:00 on weekdays.');
		expect(help).toContain(
			'<Aside type="caution" title="Import note">\n  The original page used a `--8<-- "includes/holidays.md"` here; it was not imported.\n</Aside>',
		);
		expect(stdout).toContain('--8<-- "includes/holidays.md" was not converted');
	});

	test('abbreviation definitions go with a note; icon shortcodes of a site without pymdownx.emoji stay and are listed by line', async () => {
		const { site, stdout } = await imported();
		const pair = articleBody(site.contentDir, 'pair-a-lamp');
		expect(pair).not.toContain('Light-emitting diode');
		expect(pair).toContain('Tap :material-check: when you are done.');
		expect(stdout).toContain('1 abbreviation definition (tooltips of the old site) removed');
		expect(stdout).toContain(
			'icon shortcode :material-check: left as written: mkdocs.yml does not turn on pymdownx.emoji, so the old site showed it so too; say in words what it shows (line 44)',
		);
	});
});

describe('folder import: pymdownx.blocks (/// note | Title … ///)', () => {
	test('callouts, collapsible details (folds), nested blocks and tabs are read like the older syntax', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-blocks/docs')]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 0');
		expect(articleBody(site.contentDir, 'clean-the-lamp')).toBe(
			[
				'<Aside type="caution" title="Unplug it first">\n  A warm bulb can burn.\n</Aside>',
				'<details>\n  <summary>Which cloth?</summary>\n\n  A dry microfibre cloth.\n\n  <Aside type="note">\n    No water on the base.\n  </Aside>\n</details>',
				'**Shade**',
				'Wipe from the top down.',
				'**Base**',
				'Dust the switch.',
				'```text\n/// note\nWritten about, not used.\n///\n```\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a heading id written as a key ({ id="2.4.0" }, { id=night-mode }) is its anchor, dots and all', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-ids/docs')]);
		expect(articleBody(site.contentDir, 'upgrade-the-lamp')).toBe(
			'Read what changed in [2.4.0](/articles/release-notes/#240-may-2-2026) and how [night mode](/articles/release-notes/#night-mode-beta) works.\n',
		);
		// Outside links (`…/release-notes/#2.4.0`) still find the headings by the ids the old site gave them.
		expect(articleBody(site.contentDir, 'release-notes')).toMatch(
			/^<a id="2\.4\.0" \/>\n\n## 2\.4\.0 May 2, 2026\n[\s\S]*\n<a id="night-mode" \/>\n\n## Night mode Beta\n/,
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('as Markdown (--md), the old ids are HTML anchors, and links to them pass npm run check', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-ids/docs'), '--md']);
		const file = path.join(site.contentDir, 'articles', 'release-notes.md');
		const body = readFileSync(file, 'utf8');
		expect(body).toContain('<a id="2.4.0"></a>\n\n## 2.4.0 May 2, 2026\n');
		expect(stdout).toContain(
			'2 heading ids of the old site kept as anchors before their headings, for links from outside',
		);
		const help = path.join(site.contentDir, 'articles', 'upgrade-the-lamp.md');
		writeFileSync(
			help,
			`${readFileSync(help, 'utf8')}\nSee [night mode](/articles/release-notes/#night-mode) and [2.3](/articles/release-notes/#2.3.0).\n`,
		);
		expect(checkErrors(site.contentDir)).toEqual([
			`${help}: /articles/release-notes/#2.3.0 points at a heading that /articles/release-notes/ does not have`,
		]);
	});

	test('raw HTML’s relative image path is read from the folder the page was served as, as browsers read it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-ids/docs')]);
		// setup/night-light.md was served at /setup/night-light/: ../../assets/ is the docs folder's assets/.
		expect(articleBody(site.contentDir, 'night-light')).toContain('![The brightness dial](./night-light/dial.png)');
		expect(stdout).not.toContain('image not copied');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
