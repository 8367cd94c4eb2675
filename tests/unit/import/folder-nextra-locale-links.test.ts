import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: links to the locale-named files of a Nextra site', () => {
	test("a link to a page's file in the brought locale, or in a locale left out, leads to the page the import brought", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-locale-links')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 2');
		expect(articleBody(site.contentDir, 'lantern-docs')).toBe(
			'Lantern keeps the pages it serves in its [cache](/articles/cache/).\nTo start, follow [the setup](/articles/set-up-lantern/#install-the-agent).\n',
		);
		expect(articleBody(site.contentDir, 'cache')).toBe(
			'Lantern keeps each page for an hour. To keep it longer, see [the setup](/articles/set-up-lantern/).\n',
		);
		expect(articleBody(site.contentDir, 'set-up-lantern')).toBe(
			'## Install the agent\n\nRun the installer. The agent fills the [cache](/articles/cache/) as pages are read.\n',
		);
		expect(stdout).not.toContain('links left pointing at the old help center 0'.replace(' 0', ' 1'));
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
