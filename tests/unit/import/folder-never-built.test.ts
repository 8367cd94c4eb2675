import { describe, expect, test } from 'vitest';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: files the old site's configuration kept out of its build", () => {
	test('are listed as skipped with the setting that left them out, and need no review', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-never-built/site')]);
		expect(result.stdout).toContain('written 1, updated 0, unchanged 0, skipped 2');
		expect(result.stdout).toContain('left out of the old site by exclude in _config.yml ("notes/")');
		expect(result.stdout).toContain('left out of the old site by Jekyll\'s own exclusions ("vendor/bundle/")');
		expect(result.stdout).not.toContain('need review');
		expect(result.exitCode).toBe(0);
	});
});
