import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a README.md beside an index.md in an MkDocs site', () => {
	test('is skipped and listed, as MkDocs builds the index; a README.md alone is its folder’s page', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-readme/docs')]);
		const articles = path.join(site.contentDir, 'articles');
		expect(readdirSync(articles).sort()).toEqual(['questions.mdx', 'quill-help.mdx', 'set-up-quill.mdx']);
		for (const file of ['README.md', 'setup/README.md'])
			expect(result.stdout).toContain(
				`${file}: left out of the old site by MkDocs' own rules ("README.md beside index.md"), so MkDocs never built it`,
			);
		for (const file of readdirSync(articles)) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			for (const word of ['BISON-README-2741', 'ELK-NOTES-9152']) expect(text, file).not.toContain(word);
		}
	});
});
