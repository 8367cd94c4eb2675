import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { disambiguateTitles } from '../../../src/import/titles.ts';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const docs = ['--from', 'folder', importFixture('folder-titles')];
const map = 'defaults:\n  category: usability\n  productArea: domains\n';

function title(contentDir: string, slug: string): string | undefined {
	return /\ntitle: (.*)\n/.exec(readFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), 'utf8'))?.[1];
}

describe('folder import: articles that share a title', () => {
	test('take their folder name after it, and those still alike are listed for review', async () => {
		const site = emptySite(map);
		mkdirSync(path.join(site.contentDir, 'articles'));
		writeFileSync(
			path.join(site.contentDir, 'articles', 'plans.md'),
			'---\ntitle: Pricing\ndescription: What each plan costs.\ncategory: usability\nproductArea: billing\nupdated: 2026-05-01\n---\n\nThree plans.\n',
		);
		const result = await runImport(site, docs);
		expect(result.stdout).toContain('written 8, updated 0, unchanged 0, skipped 0');
		expect(title(site.contentDir, 'security-and-privacy')).toBe('Security and privacy (Publish)');
		expect(title(site.contentDir, 'security-and-privacy-2')).toBe('Security and privacy (Sync)');
		// A title an article here already has counts too.
		expect(title(site.contentDir, 'pricing')).toBe('Pricing (Billing)');
		// A folder named like a slug is named as readers say it.
		expect(title(site.contentDir, 'quick-start-3')).toBe('Quick Start (Getting started)');
		// A folder's own page titled by the folder (changelog/, enterprise/changelog/) takes the folder around it.
		expect(title(site.contentDir, 'changelog')).toBe('Changelog');
		expect(title(site.contentDir, 'changelog-2')).toBe('Changelog (enterprise)');
		// Same title, same folder: nothing tells them apart, so the report says what check will say.
		expect(title(site.contentDir, 'quick-start')).toBe('Quick Start (api)');
		expect(result.stdout).toContain(
			'the title "Quick Start (api)" is also the title of <dir>/content/articles/quick-start-2.mdx: npm run check reports it until one of them is renamed',
		);
		expect(checkErrors(site.contentDir)).toEqual([
			expect.stringMatching(/quick-start(-2)?\.mdx: \*\*title\*\*: "Quick Start \(api\)" is also the title of /),
		]);

		const again = await runImport(site, docs);
		expect(again.stdout).toContain('written 0, updated 0, unchanged 8, skipped 0');
	});
});

describe('disambiguateTitles', () => {
	test('pages still alike under their folder’s name take the names of the folders around it', () => {
		const articles = [
			{ title: 'Limits', group: 'API', outerGroups: ['Cloud'], file: 'a.mdx' },
			{ title: 'Limits', group: 'API', outerGroups: ['Self-hosted'], file: 'b.mdx' },
		];
		disambiguateTitles(articles, new Map());
		expect(articles.map((article) => article.title)).toEqual(['Limits (Cloud › API)', 'Limits (Self-hosted › API)']);
	});
});
