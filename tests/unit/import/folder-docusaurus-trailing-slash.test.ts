import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Docusaurus site with trailingSlash: true', () => {
	test('a relative address without a file extension is read from the page served as a folder', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-docusaurus-trailing-slash')]);
		const descale = articleBody(site.contentDir, 'descale-the-kettle');
		// Served at /docs/kettle/descale/, `../safety` is /docs/kettle/safety/, not the page one folder up.
		expect(descale).toContain("[the kettle's safety page](/articles/kettle-safety/#steam)");
		expect(descale).not.toContain('/articles/safety-in-the-kitchen/');
		expect(descale).toContain('[the crumb tray](/articles/empty-the-crumb-tray/)');
		// A link to a file is the file's path, as before.
		expect(descale).toContain('[same safety page, by its file](/articles/kettle-safety/)');
		// A folder's own page is served at its folder, and a page at its `slug`: read as before.
		expect(articleBody(site.contentDir, 'kettle')).toContain('[descaling](/articles/descale-the-kettle/)');
		expect(articleBody(site.contentDir, 'toaster-slots')).toContain(
			'[the crumb tray](/articles/empty-the-crumb-tray/)',
		);
		expect(stdout).not.toContain('unlinked');
		expect(stdout).not.toContain('has no heading');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
