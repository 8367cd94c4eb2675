import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { docusaurusDocId, docusaurusSidebars } from '../../../src/import/sources/docusaurus-sidebars.ts';
import { articleFrontmatter, emptySite, importFixture, runImport } from './helpers.ts';

const defaults = 'defaults:\n  category: usability\n  productArea: domains\n';

/** The starter map a first dry run writes for a fixture folder. */
async function starterMap(folder: string): Promise<string> {
	const site = emptySite();
	await runImport(site, ['--from', 'folder', importFixture(folder), '--dry-run']);
	return readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
}

/** The product area of each imported article, by slug. */
async function areas(folder: string, map: string): Promise<Record<string, string>> {
	const site = emptySite(map);
	await runImport(site, ['--from', 'folder', importFixture(folder)]);
	const found: Record<string, string> = {};
	for (const slug of readdirArticles(site.contentDir))
		found[slug] = /^productArea: (.+)$/m.exec(articleFrontmatter(site.contentDir, slug))?.[1] ?? '';
	return found;
}

function readdirArticles(contentDir: string): string[] {
	return readdirSync(path.join(contentDir, 'articles'))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => name.slice(0, -4))
		.sort();
}

describe('folder import: the sections of the old site’s navigation', () => {
	test('Docusaurus: the starter map offers the sidebar’s categories, nested, with their pages counted', async () => {
		const map = await starterMap('folder-nav-sections-docusaurus/docs');
		expect(map).toContain('folder:\n  sections:\n');
		expect(map).toContain('# "Billing and plans" (3 articles): choose its product area\n    "Billing and plans": {}');
		expect(map).toContain(
			'# "Billing and plans › Invoices" (2 articles): choose its product area\n    "Billing and plans › Invoices": {}',
		);
		expect(map).toContain('"Guides": {}');
		// A page the sidebar does not list (api/keys.md) is offered by its folder; one listed by its section only.
		expect(map).toContain('  folders:\n    # "api" (1 article)\n    "api": { productArea: api }');
		expect(map).not.toContain('"guides": {}');
		expect(map).not.toContain('"01-billing"');
	});

	test('Docusaurus: a page gets the product area of its sidebar section, else of its folder, else the default', async () => {
		const map = `${defaults}folder:\n  sections:\n    "Billing and plans": { productArea: billing }\n    "Billing and plans › Invoices": { category: functional }\n  folders:\n    guides: { productArea: account }\n    api: { productArea: api }\n`;
		expect(await areas('folder-nav-sections-docusaurus/docs', map)).toEqual({
			'ask-for-a-refund': 'billing',
			'create-an-api-key': 'api',
			'download-an-invoice': 'billing',
			invoices: 'billing',
			// Its section, Guides, is not in the map: its folder's entry applies, as in a map written before.
			'make-your-first-booking': 'account',
			'welcome-to-larkspur': 'domains',
		});
	});
});

describe('folder import: navigation sections of other generators', () => {
	test('MkDocs: the `nav` sections, nested, by their names as MkDocs shows them', async () => {
		const map = await starterMap('folder-nav-sections-mkdocs/docs');
		expect(map).toContain('    # "Billing" (3 articles)\n    "Billing": { productArea: billing }');
		expect(map).toContain('    "Billing › Invoices & receipts": {}');
		// The home page and a page the nav leaves out sit in no section.
		expect(map).not.toMatch(/"Home"|"Status"/);
	});

	test('GitBook: the page groups of SUMMARY.md (`## Billing & plans`), child pages included', async () => {
		const map = await starterMap('folder-nav-sections-gitbook');
		expect(map).toContain('    # "Getting started" (2 articles): choose its product area\n    "Getting started": {}');
		expect(map).toContain('    "Billing & plans": {}');
		expect(map).not.toContain('Table of contents"');
	});

	test('VitePress: the sidebar’s groups, a function’s and a group’s `base` and `link` included', async () => {
		const map = await starterMap('folder-nav-sections-vitepress');
		expect(map).toContain('    # "Get started" (2 articles): choose its product area\n    "Get started": {}');
		expect(map).toContain('    # "Teams" (2 articles): choose its product area\n    "Teams": {}');
		expect(map).not.toContain('Changelog');
	});

	test('Mintlify: tabs and groups, nested, from docs.json', async () => {
		const map = await starterMap('folder-nav-sections-mintlify');
		expect(map).toContain('    # "Guides" (2 articles): choose its product area\n    "Guides": {}');
		expect(map).toContain('    "Guides › Get started › Accounts": {}');
		expect(map).toContain('    # "API reference › Endpoints" (1 article): choose its product area');
	});
});

describe('reading a Docusaurus sidebars file as code', () => {
	test('CommonJS and JSON files (TypeScript: the fixture above); a doc id with and without number prefixes', () => {
		const commonJs = docusaurusSidebars(
			"module.exports = { docs: { Start: ['intro', { Deeper: ['setup'] }] } };",
			'sidebars.js',
		);
		expect(Object.fromEntries(commonJs?.docs ?? [])).toEqual({ intro: ['Start'], setup: ['Start', 'Deeper'] });
		const json = docusaurusSidebars(
			'{"docs": [{"type": "category", "label": "Billing", "items": ["plans"]}]}',
			'sidebars.json',
		);
		expect(Object.fromEntries(json?.docs ?? [])).toEqual({ plans: ['Billing'] });
		expect(docusaurusSidebars('module.exports = {', 'sidebars.js')).toBeUndefined();
		expect(docusaurusDocId('01-billing/02-refunds.md', undefined)).toBe('billing/refunds');
		expect(docusaurusDocId('01-billing/download.md', 'download-invoices')).toBe('billing/download-invoices');
	});
});

describe('folder import: a map written for folders, before sections were read', () => {
	test('still places the pages, and asks only for the sections of pages no folder entry places', async () => {
		const site = emptySite(`${defaults}folder:\n  folders:\n    01-billing: { productArea: billing }\n`);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-nav-sections-docusaurus/docs'),
		]);
		expect(articleFrontmatter(site.contentDir, 'ask-for-a-refund')).toContain('productArea: billing');
		const hint = stdout.slice(stdout.indexOf('does not list yet'));
		expect(hint).toContain('"Guides": {}');
		expect(hint).not.toContain('Billing and plans');
	});
});
