import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const vault = ['--from', 'folder', importFixture('folder-highlights')];

describe('folder import: ==highlights== of an Obsidian vault', () => {
	test('become marked words in MDX, in prose, lists, tables and links, and check passes', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, vault);
		const body = articleBody(site.contentDir, 'reading-notes');
		expect(body).toContain('Press <mark>Ctrl+P</mark> to open the <mark>command palette</mark>.');
		expect(body).toContain(
			'A <mark>**bold** start</mark> keeps its bold, and so does [a <mark>marked</mark> link](https://example.com/notes).',
		);
		expect(body).toContain('- <mark>Sync</mark> works in a list item too.');
		expect(body).toContain('| <mark>Esc</mark> | Closes the palette |');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('code, comparisons and equal signs with spaces stay as written', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, vault);
		const body = articleBody(site.contentDir, 'reading-notes');
		expect(body).toContain(
			'Code stays as written: `a == b` and `==not marked==`, and so do a==b, 2 == 2, == spaced == and ===three===.',
		);
		expect(body).toContain('```md\nWrite ==this== to highlight it.\n```');
	});

	test('a Markdown article writes the mark’s tags', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, [...vault, '--md']);
		const text = readFileSync(path.join(site.contentDir, 'articles', 'reading-notes.md'), 'utf8');
		expect(text).toContain('Press <mark>Ctrl+P</mark> to open the <mark>command palette</mark>.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
