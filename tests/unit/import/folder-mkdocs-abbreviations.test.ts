import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: MkDocs abbreviation definitions', () => {
	test('a page holding only definitions (tooltips of the old site) is no article; a page using them keeps its words', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-abbreviations/docs')]);
		// The glossary MkDocs appends to every page, and one under a heading, showed nothing of their own.
		for (const slug of ['abbreviations', 'glossary']) {
			expect(existsSync(path.join(site.contentDir, 'articles', `${slug}.md`)), slug).toBe(false);
			expect(existsSync(path.join(site.contentDir, 'articles', `${slug}.mdx`)), slug).toBe(false);
		}
		expect(result.stdout).toContain('includes/abbreviations.md: the page holds no text');
		expect(result.stdout).toContain('glossary.md: the page holds no text');
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain('Hold the button until the LED blinks');
	});
});
