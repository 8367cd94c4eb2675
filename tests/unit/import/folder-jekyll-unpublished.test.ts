import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pages Jekyll did not publish', () => {
	test('a page with published: false and a post in _drafts/ come over as drafts, said so in the report', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-unpublished/docs')]);
		const articles = path.join(site.contentDir, 'articles');
		expect(readdirSync(articles).sort()).toEqual([
			'bulk-discounts.mdx',
			'gift-cards.mdx',
			'ordering-help.mdx',
			'track-an-order.mdx',
		]);
		for (const slug of ['bulk-discounts', 'gift-cards'])
			expect(articleFrontmatter(site.contentDir, slug), slug).toMatch(/^draft: true$/m);
		for (const slug of ['ordering-help', 'track-an-order'])
			expect(articleFrontmatter(site.contentDir, slug), slug).not.toContain('draft');
		expect(result.stdout).toContain('bulk-discounts.mdx ← folder:orders/bulk-discounts (draft)');
		expect(result.stdout).toContain('gift-cards.mdx ← folder:_drafts/gift-cards (draft)');
		expect(result.stdout).toContain('unpublished on the old site (published: false), so it comes over as a draft');
		expect(result.stdout).toContain(
			'a draft on the old site (in _drafts/, which Jekyll builds only with --drafts), so it comes over as a draft',
		);
		// The field that said so is read, not dropped with a note.
		expect(result.stdout).not.toContain('frontmatter dropped: published');
		for (const file of readdirSync(articles)) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			if (/^draft: true$/m.test(text)) continue;
			for (const word of ['PELICAN-BULK-3388', 'WALRUS-GIFT-6121']) expect(text, file).not.toContain(word);
		}
	});
});
