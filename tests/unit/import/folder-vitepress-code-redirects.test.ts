import { describe, expect, test } from 'vitest';
import { vitepressRedirects } from '../../../src/import/sources/vitepress-redirects.ts';
import { checkErrors, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';
const fixture = importFixture('folder-vitepress-code-redirects');

describe('folder import: a VitePress site that keeps its redirects in code', () => {
	test('the old addresses of the map its configuration imports or declares lead to the pages they named', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture]);
		// `/start.html` names the page by the `.html` file VitePress wrote for it; `1.0/refunds.html` is from the root.
		expect(oldAddressesOf(site.contentDir, 'folder:orders/refunds')).toEqual([
			'/1.0/orders/refund.html',
			'/1.0/refunds.html',
			'/orders/refunds',
			'/start.html',
		]);
		// One naming a section of the page leads there.
		expect(oldAddressesOf(site.contentDir, 'folder:orders/refunds#give-a-refund')).toEqual(['/1.0/orders']);
		// One leading to no page of the folder, one to another site, a pattern and a relative one are listed for review.
		expect(stdout).toContain('config.mts: redirect /1.0/api/ → /api/ leads to no page of the folder');
		expect(stdout).toContain('config.mts: redirect /1.0/status → https://status.till.example/ leads to another site');
		expect(stdout).toContain(
			'config.mts: redirect /1.0/legacy/* → /orders/refunds: a pattern the import does not follow',
		);
		expect(stdout).toContain(
			'config.mts: redirect /1.0/orders/cancel.html → orders/refunds: leads to no address of the site',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a map of old addresses to addresses the configuration holds or imports is read; maps to anything else are not', () => {
		expect(vitepressRedirects(`${fixture}/.vitepress/config.mts`).redirects.map((redirect) => redirect.from)).toEqual([
			'/1.0/orders/refund.html',
			'/1.0/orders/',
			'/1.0/api/',
			'/1.0/status',
			'/1.0/legacy/*',
			'/1.0/refunds.html',
			'/start.html',
		]);
	});
});
