import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a folder named like a page', () => {
	test('a folder whose name ends in .md is no page: the import reads the pages in it instead of stopping', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-page-named-folder')]);
		expect(result.stderr).toBe('');
		expect(result.exitCode).toBe(1);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'print-on-both-sides.mdx',
			'set-up-the-printer.mdx',
		]);
	});
});
