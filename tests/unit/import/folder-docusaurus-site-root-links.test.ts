import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map =
	'defaults:\n  category: usability\n  productArea: account\nfolder:\n  folders:\n    help: { productArea: account }\n    notify: { productArea: account }\n';

describe('folder import: a Docusaurus link to a page by its file from the site’s root (/docs/help/troubleshoot.md)', () => {
	test('leads to that page’s article, as Docusaurus resolved it from the site’s folder, not to the old site', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-site-root-links'), 'docs'),
		]);
		const body = articleBody(site.contentDir, 'get-started');
		expect(body).toContain('see the [troubleshooting guide](/articles/troubleshooting/).');
		expect(body).toContain('Learn how to [clear an alert](/articles/alerts/#clear-an-alert).');
		expect(stdout).not.toContain('link left pointing outside');
		expect(stdout).toContain('links rewritten 2, links left pointing at the old help center 0');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
