import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a site’s own components inside a sentence', () => {
	test('a keyboard-key component becomes its keys, as code; another with nothing inside is listed with its line', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-keyboard-components'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'keyboard-shortcuts');
		expect(body).toContain('Press `Ctrl+K` to search, and `Cmd+Shift+Z` to redo what you undid.');
		expect(body).toContain('- Move between rows with `↑` and `↓`.');
		expect(body).toContain('- Close a dialog with `Esc`.');
		expect(body).toContain('- Jump to the next field with `Shift+Tab`.');
		expect(stdout).toContain('the <Key> component became the keys it showed, as code (4 times)');
		expect(stdout).toContain(
			'  - <Rating> was left out of a sentence (the import cannot tell what it showed); check the words around it: 1 use in 1 article: keyboard-shortcuts.mdx (line 16)',
		);
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
