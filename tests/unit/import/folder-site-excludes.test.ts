import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { jekyllPatterns } from '../../../src/import/sources/site-excludes.ts';
import { defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** No article holds what the old site never built. */
function expectNoneHolds(contentDir: string, words: readonly string[]) {
	const articles = path.join(contentDir, 'articles');
	for (const file of readdirSync(articles)) {
		if (!file.endsWith('.mdx')) continue;
		const text = readFileSync(path.join(articles, file), 'utf8');
		for (const word of words) expect(text, `${file}: ${word}`).not.toContain(word);
	}
}

describe('folder import: pages a Jekyll site left out by exclude', () => {
	test("its _config.yml's exclude and Jekyll's own exclusions are skipped and listed with the entry", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-exclude')]);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'parcel-post-help.mdx',
			'return-a-parcel.mdx',
		]);
		for (const [file, entry] of [
			['README.md', 'README.md'],
			['notes/pricing.md', 'notes'],
			['guides/refunds.draft.md', '*.draft.md'],
		])
			expect(result.stdout).toContain(
				`${file}: left out of the old site by exclude in _config.yml ("${entry}"), so Jekyll never built it`,
			);
		expect(result.stdout).toContain(
			'vendor/bundle/ruby/gems/tidy-theme/README.md: left out of the old site by Jekyll\'s own exclusions ("vendor/bundle/"), so Jekyll never built it',
		);
		expectNoneHolds(site.contentDir, [
			'KOALA-REFUND-5521',
			'WOMBAT-README-8834',
			'QUOKKA-PRICE-1275',
			'DINGO-THEME-6649',
		]);
	});

	test('an entry is a path a file starts with, or a pattern whose * crosses folders, from the site’s folder', () => {
		const patterns = jekyllPatterns(['README.md', 'docs/internal', '*.tmp.md']);
		expect(patterns.match('README.md')).toBe('README.md');
		expect(patterns.match('guides/README.md')).toBeUndefined();
		expect(patterns.match('docs/internal/escalate.md')).toBe('docs/internal');
		expect(patterns.match('docs/public/setup.md')).toBeUndefined();
		expect(patterns.match('guides/old/setup.tmp.md')).toBe('*.tmp.md');
	});
});

describe('folder import: pages a Sphinx site left out by exclude_patterns', () => {
	test('a file its conf.py patterns match (assigned, then added with +=) is skipped and listed with the pattern', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-sphinx-exclude/docs')]);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'charge-the-lantern.mdx',
			'lantern-manual.mdx',
		]);
		for (const [file, pattern] of [
			['drafts/night-mode.md', 'drafts/*'],
			['guide/scratch/ideas.md', '**/scratch'],
			['old-charging.md', 'old-*.md'],
		])
			expect(result.stdout).toContain(
				`${file}: left out of the old site by exclude_patterns in conf.py ("${pattern}"), so Sphinx never built it`,
			);
		expectNoneHolds(site.contentDir, ['NEWT-SCRATCH-3390', 'TAPIR-NIGHT-7716', 'SLOTH-OLD-4402']);
	});
});
