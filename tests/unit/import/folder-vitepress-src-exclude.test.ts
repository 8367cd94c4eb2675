import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pages VitePress left out by srcExclude', () => {
	test('a file one of its globs matches is skipped and listed with the glob; the others come over', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-src-exclude')]);
		const articles = path.join(site.contentDir, 'articles');
		expect(readdirSync(articles).sort()).toEqual(['loom-help.mdx', 'standup.mdx', 'weave-your-first-scarf.mdx']);
		for (const [file, glob] of [
			['guide/README.md', '**/README.md'],
			['notes/pricing-ideas.md', 'notes/**'],
			['guide/dye.todo.md', '**/*.todo.md'],
		])
			expect(result.stdout).toContain(
				`${file}: left out of the old site by srcExclude in .vitepress/config.mts ("${glob}"), so VitePress never built it`,
			);
		for (const file of readdirSync(articles)) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			for (const word of ['GANNET-README-5527', 'PUFFIN-PRICE-7604', 'CORMORANT-DYE-1180'])
				expect(text, file).not.toContain(word);
		}
	});
});
