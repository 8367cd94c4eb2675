import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Hugo site that mounts its content from another folder', () => {
	test("its pages are read from the mounted folder, and the repository's README stays out", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-mounts/site')]);
		expect(stdout).toContain('folder-hugo-mounts/site/src, the pages of the site in');
		expect(existsSync(path.join(site.contentDir, 'articles', 'contributing-to-the-docs.mdx'))).toBe(false);
		expect(articleBody(site.contentDir, 'set-up-your-lantern')).toContain('read about [billing](/articles/billing/)');
		expect(stdout).not.toContain('leads to no imported page');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
