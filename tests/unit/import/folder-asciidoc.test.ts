import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertAsciidoc, sectionTitle } from '../../../src/import/sources/asciidoc.ts';
import { temporaryDir } from '../temporary-dir.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: an Antora component written in AsciiDoc', () => {
	test('pages become articles with their title, description and keywords; admonitions, code, callouts, tables, terms and pictures come over', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-asciidoc/antora')]);
		// The navigation, a partial and a page whose name starts with "_" are no pages.
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 5');
		expect(stdout).toContain("modules/ROOT/nav.adoc: the navigation (Antora's sidebar), no page");
		expect(stdout).toContain('modules/ROOT/partials/support-hours.adoc: a partial');
		expect(stdout).toContain('modules/ROOT/pages/_scratch.adoc: its name starts with "_"');
		expect(articleFrontmatter(site.contentDir, 'connect-a-gauge')).toContain(
			'title: Connect a gauge\ndescription: Pair a tide gauge with your Tidewater station.',
		);
		expect(articleFrontmatter(site.contentDir, 'connect-a-gauge')).toContain('tags:\n  - gauges\n  - pairing');
		const connect = articleBody(site.contentDir, 'connect-a-gauge');
		expect(connect).toContain('Each TW-300 gauge pairs with one station.');
		expect(connect).toContain('<Aside type="note">\n  Pairing needs the station’s serial number.\n</Aside>');
		expect(connect).toContain(
			// A partial's own include (partials/safety/voltage.adoc) is read from the partial's folder.
			'<Aside type="caution" title="Before you pair">\n  Unplug the gauge from the mains first.\n\n  The mains carry 230 volts.\n</Aside>',
		);
		// A partial (partial$) is written in where it is included.
		expect(connect).toContain(
			'<Aside type="tip">\n  The harbour desk answers pairing questions on weekdays.\n</Aside>',
		);
		// An example (example$) by its tag, in its language.
		expect(connect).toContain(
			"```javascript\nconst gauge = new Gauge('north-pier');\nawait gauge.send({ level: 2.4 });\n```",
		);
		// Callout numbers leave the code; the block's title is a line over it.
		expect(connect).toContain(
			'**Reading with callouts**\n\n```python\nclient = Gauge("north-pier")\nclient.send(level=2.4)\n```\n\n1. Name the gauge after its berth.',
		);
		expect(connect).toContain('![Pier layout](./connect-a-gauge/pier-diagram.png)');
		expect(connect).toContain('- **Salinity**\n\n  Parts per thousand.');
		// A table's title (its caption, numbered as Asciidoctor numbered it) is a line over it.
		expect(connect).toContain('**Table 1. Gauge models**\n\n| Model');
		expect(connect).toContain('| TW-300 | 0-12 m |');
		// Cross references lead to the article and its section, in the section's words when they give none.
		expect(connect).toContain(
			'See [Keep copies](/articles/back-up-readings/#keep-copies) and [Send a first reading](#send-a-first-reading).',
		);
		expect(articleBody(site.contentDir, 'tidewater-overview')).toContain(
			'Start with [Connect a gauge](/articles/connect-a-gauge/) or read about [keeping copies](/articles/back-up-readings/#keep-copies).',
		);
		// A fragment naming the page's own id (`[id="back-up-readings"]` over its title) leads to the page.
		expect(articleBody(site.contentDir, 'tidewater-overview')).toContain(
			'The [backup page](/articles/back-up-readings/) lists what is kept.',
		);
		expect(stdout).not.toContain('has no heading');
		const backups = articleBody(site.contentDir, 'back-up-readings');
		expect(backups).toContain(
			'Go back to [pairing](/articles/connect-a-gauge/) or [the overview](/articles/tidewater-overview/).',
		);
		expect(backups).toContain(
			'<Aside type="note" title="Important">\n  Copies count against your storage quota.\n</Aside>',
		);
		// A module's own picture, and another module's (ROOT:pier-diagram.png).
		expect(backups).toContain('![Server rack](./back-up-readings/rack.png)');
		expect(backups).toContain('![The pier from the north](./back-up-readings/pier-diagram.png)');
		expect(connect + backups).not.toMatch(/xref:|include::|<1>|\(1\)|conum|admonitionblock|\{gauge-model\}/);
		// Folders of the import map are the modules, the ROOT module named by the component's title.
		expect(stdout).toContain('# "Tidewater" (2 articles): choose its product area\n    "ROOT": {}');
		expect(stdout).toContain('"admin": {}');
		// Only the picture the source lacks, left at its old address for review.
		expect(checkErrors(site.contentDir).map((error) => error.replace(/^.*\/articles\//, ''))).toEqual([
			'odd-page.mdx: /modules/admin/images/missing-chart.png: no file at public/modules/admin/images/missing-chart.png',
		]);
		expect(exitCode).toBe(1);
	});

	test("old addresses are Antora's: /component/version/module/page.html, without .html, and each :page-aliases: entry", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-asciidoc/antora')]);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		for (const from of [
			'/tidewater/2.4/connect.html',
			'/tidewater/2.4/connect',
			'/tidewater/2.4/pairing.html',
			'/tidewater/2.4/setup/first-gauge.html',
			'/tidewater/2.4/index.html',
			'/tidewater/2.4',
			'/tidewater/2.4/admin/backups.html',
		])
			expect(redirects).toContain(`- from: ${from}\n`);
	});

	test('an include outside the folder or missing leaves an import note, a missing picture is listed, a broken block is noted', async () => {
		const site = emptySite(defaultsMap);
		const { stdout, stderr } = await runImport(site, ['--from', 'folder', importFixture('folder-asciidoc/antora')]);
		const odd = articleBody(site.contentDir, 'odd-page');
		expect(odd).toContain(
			'The original article had an included file (../../../../../malformed.json: it is outside the folder, which is all the import reads) here; it was not imported.',
		);
		expect(odd).toContain(
			'The original article had an included file (partial$nowhere.adoc: no such file in the folder) here; it was not imported.',
		);
		expect(odd).not.toContain('"not json');
		expect(odd).not.toContain('Hidden words');
		expect(stdout).toContain('include::partial$nowhere.adoc[] not written in: no such file in the folder');
		expect(stdout).toContain('missing-chart.png (no such file)');
		expect(stdout).toContain('AsciiDoc line 15: unterminated listing block');
		expect(stderr).not.toMatch(/\n\s+at /);
	});
});

describe('folder import: plain Asciidoctor pages', () => {
	test('each page at its .html address, includes beside it written in, xrefs and imagesdir followed, _files no pages', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-asciidoc/plain')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain('guides/_contacts.adoc: its name starts with "_"');
		expect(articleBody(site.contentDir, 'harbour-desk-handbook')).toContain(
			'Read [the night shift guide](/articles/night-shift/) first.',
		);
		const night = articleBody(site.contentDir, 'night-shift');
		expect(night).toContain('Call the pilot station on channel 12.');
		expect(night).toContain('![The desk at night](./night-shift/desk.png)');
		expect(night).toContain('<Aside type="caution">\n  Log every call, even silent ones.\n</Aside>');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /guides/night-shift.html\n');
		expect(redirects).toContain('- from: /guides/night-shift\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('sectionTitle', () => {
	test('a section by its own anchor or the id Asciidoctor gave it', () => {
		const text = '= Page\n\n[#keep]\n== Keep copies\n\n== Send a first reading\n\n== Other [[own]]\n';
		expect(sectionTitle(text, 'keep')).toBe('Keep copies');
		expect(sectionTitle(text, '_send_a_first_reading')).toBe('Send a first reading');
		expect(sectionTitle(text, 'own')).toBe('Other');
		expect(sectionTitle(text, 'nowhere')).toBeUndefined();
	});
});

describe('convertAsciidoc: the page title', () => {
	const titleOf = async (text: string) => {
		const root = temporaryDir('asciidoc-title');
		const file = path.join(root, 'page.adoc');
		writeFileSync(file, text);
		return (await convertAsciidoc({ root, file, titleOf: () => undefined })).title;
	};

	test('the header title as words: markup left out, entities and replacements as the characters they stand for', async () => {
		expect(await titleOf('= Pair a *TW-300* gauge & a `station`\n\nText.\n')).toBe('Pair a TW-300 gauge & a station');
		expect(await titleOf("= Don't unplug -- ever\n\nText.\n")).toBe('Don\u2019t unplug\u2009\u2014\u2009ever');
	});

	test("without a header, the first section's title; without either, none", async () => {
		expect(await titleOf('== First _section_\n\nText.\n')).toBe('First section');
		expect(await titleOf('Only a paragraph.\n')).toBeUndefined();
	});
});
