import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { vitepressBase } from '../../../src/import/sources/generators.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\n';
const fixture = importFixture('folder-vitepress-base');

function redirectsOf(contentDir: string): unknown {
	return parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects;
}

describe('folder import: a VitePress site served under a base path', () => {
	test('root-relative links are read under the configuration’s base, which is also where the pages lived', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', fixture]);
		expect(articleBody(site.contentDir, 'quay-support')).toContain(
			'Money back? Read [how refunds work](/articles/refunds/#when-refunds-arrive) or see [every invoice](/articles/invoices/).',
		);
		expect(articleBody(site.contentDir, 'invoices')).toContain('[a refund](/articles/refunds/)');
		expect(stdout).toContain('links left pointing at the old help center 0');
		expect(redirectsOf(site.contentDir)).toEqual([
			{ from: '/support/billing/invoices', to: 'folder:billing/invoices' },
			{ from: '/support/billing/refunds', to: 'folder:billing/refunds' },
			{ from: '/support', to: 'folder:index' },
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('with the old site’s address given, root-relative links still lead to the imported articles, and its host’s other pages are no old pages', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			fixture,
			'--old-site-url',
			'https://quay.example/support',
		]);
		expect(articleBody(site.contentDir, 'quay-support')).toContain(
			'[how refunds work](/articles/refunds/#when-refunds-arrive)',
		);
		expect(articleBody(site.contentDir, 'refunds')).toContain('[invoice list](/articles/invoices/)');
		// A page of the host outside the old site (the product's own) is an ordinary link, not one left behind.
		expect(articleBody(site.contentDir, 'quay-support')).toContain('[our pricing page](https://quay.example/pricing)');
		expect(stdout).toContain('links left pointing at the old help center 0');
		expect(stdout).not.toContain('https://quay.example/billing');
	});

	test('the base is read only when the configuration names one', () => {
		expect(vitepressBase("export default { base: '/help/', title: 'Help' }")).toBe('/help');
		expect(vitepressBase("export default defineConfig({ title: 'Help' })")).toBe('');
		// A sidebar group's own base is no site base: two different ones name neither.
		expect(
			vitepressBase("base: '/help/', themeConfig: { sidebar: { '/guide/': { base: '/guide/', items: [] } } }"),
		).toBe('');
		expect(vitepressBase("const database: '/db'")).toBe('');
	});
});
