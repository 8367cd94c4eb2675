import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a title of words joined by a slash', () => {
	test('Import/Export is named import-export, its words apart', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-title-slashes')]);
		expect(stdout).toContain('content/articles/import-export.mdx ← folder:import-export');
		expect(existsSync(path.join(site.contentDir, 'articles', 'import-export.mdx'))).toBe(true);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
