import { describe, expect, test } from 'vitest';
import { checkErrors, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';

describe('folder import: a VitePress site without cleanUrls', () => {
	test('each page’s .html address, where VitePress served and linked it, leads to its article, and so does the address without it', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-html-addresses')]);
		expect(oldAddressesOf(site.contentDir, 'folder:orders/refunds').sort()).toEqual([
			'/orders/refunds',
			'/orders/refunds.html',
		]);
		// A folder's index.md was served at the folder (`/orders/`) and as its index.html.
		expect(oldAddressesOf(site.contentDir, 'folder:orders').sort()).toEqual(['/orders', '/orders/index.html']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a site with cleanUrls served no .html addresses', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-vitepress-base')]);
		expect(oldAddressesOf(site.contentDir, 'folder:billing/refunds')).toEqual(['/support/billing/refunds']);
	});
});
