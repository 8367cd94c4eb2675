import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pymdownx.snippets as the MkDocs site read them', () => {
	test('block snippets, line ranges, sections, base_path and escapes write in what the old page showed', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-snippets')]);
		const body = articleBody(site.contentDir, 'descaling');
		// The block form, with a commented-out file left out.
		expect(body).toContain('Unplug the kettle and let it cool before you clean it.');
		expect(body).not.toContain('draft-notice');
		expect(body.split('```text')[0]).not.toContain('8<-');
		// `steps.md:2:3`: those two lines only.
		expect(body).toContain('1. Fill the kettle halfway with white vinegar.\n2. Boil it once and leave it for an hour.');
		expect(body).not.toContain('Steps kept for');
		expect(body).not.toContain('Pour the vinegar away');
		// `steps.md:rinse`: the section, without its markers.
		expect(body).toContain('Rinse the kettle until the smell is gone.');
		expect(body).not.toContain('Nothing after the section');
		// A base_path entry that is a file, outside the docs folder.
		expect(body).toContain('Descaling every month keeps the two-year warranty valid.');
		// In a code block too, as pymdownx reads snippets before Markdown.
		expect(body).toContain('```sh\n#!/bin/sh\nkettle descale --cycles 2\n');
		// An escaped snippet shows without its `;`.
		expect(body).toContain('```text\n--8<-- "safety.md"\n```');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("auto_append's link definitions serve the page's links; the rest of what it appended stays out", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-snippets')]);
		const body = articleBody(site.contentDir, 'descaling');
		expect(body).toMatch(/\[the manual\]\[kettle-manual\]|\[the manual\]\(https:\/\/kettle\.example\/manual/);
		expect(body).toContain('https://kettle.example/manual');
		expect(body).not.toContain('unused');
		expect(body).not.toContain('Portable Document Format');
	});
});
