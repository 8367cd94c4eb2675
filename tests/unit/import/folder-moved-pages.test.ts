import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hiddenFromSearch, movedPageLink } from '../../../src/import/sources/moved-pages.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';

describe('folder import: pages left where content moved from', () => {
	test('a page hidden from search that holds only links on is an old address of the page it points to', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-moved-pages')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain(
			"folder:billing: billing.md: kept out of the old site's search (search: false) and holding only links on: a page left where content moved from; its old address leads to guides/refunds.md",
		);
		// A link to it leads where it pointed.
		expect(articleBody(site.contentDir, 'payment-questions')).toContain('[the billing page](/articles/refunds/)');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toContainEqual({ from: '/billing', to: 'folder:guides/refunds' });
		// A hidden page with words of its own comes over.
		expect(articleBody(site.contentDir, 'beta-receipt-scanner')).toContain('The receipt scanner reads a photo');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('what hides a page from search, and what makes one nothing but links on', () => {
		expect(hiddenFromSearch({ search: false })).toBe('search: false');
		expect(hiddenFromSearch({ pagefind: false })).toBe('pagefind: false');
		expect(hiddenFromSearch({ robots: 'noindex, nofollow' })).toBe('robots: noindex');
		expect(hiddenFromSearch({ head: [['meta', { name: 'robots', content: 'noindex' }]] })).toBe(
			'a robots noindex meta tag',
		);
		expect(hiddenFromSearch({ head: [['meta', { name: 'description', content: 'noindex' }]] })).toBeUndefined();
		expect(hiddenFromSearch({ search: true, unlisted: true })).toBeUndefined();
		expect(movedPageLink('# Moved\n\nIt moved:\n\n- [New page](/new) - the guide\n- See [FAQ](/faq)\n')).toBe('/new');
		// Text of its own, a list item without a link, a picture or code: a page, not a pointer.
		expect(movedPageLink(`${'word '.repeat(30)}\n\n- [New page](/new)\n`)).toBeUndefined();
		expect(movedPageLink('- [New page](/new)\n- Ask support\n')).toBeUndefined();
		expect(movedPageLink('![Screen](a.png)\n\n- [New page](/new)\n')).toBeUndefined();
		expect(movedPageLink('- [New page](/new)\n\n```sh\nrun\n```\n')).toBeUndefined();
		expect(movedPageLink('# Nothing here\n')).toBeUndefined();
	});
});
