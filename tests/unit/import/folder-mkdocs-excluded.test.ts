import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** Words only the pages MkDocs left out of the site, or kept as drafts, hold. */
const unpublished = ['LX-ORCHID-7731', 'MAPLE-TIMER-0042', 'HERON-SOLAR-5150', 'TEMPLATE-TITLE-9090'];

describe('folder import: pages MkDocs kept out of the site', () => {
	test('exclude_docs and MkDocs’ own exclusions are skipped, draft_docs come over as drafts, not_in_nav pages as articles', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-excluded/docs')]);
		const articles = path.join(site.contentDir, 'articles');
		const files = readdirSync(articles).sort();
		expect(files).toEqual([
			'change-the-colour.mdx',
			'dim-the-light.mdx',
			'lamp-questions.mdx',
			'pair-a-lamp.mdx',
			'solar-base.mdx',
		]);
		expect(result.stdout).toContain(
			'internal/warranty-returns.md: left out of the old site by exclude_docs in mkdocs.yml ("internal/"), so MkDocs never built it',
		);
		expect(result.stdout).toContain(
			'sleep-timer.wip.md: left out of the old site by exclude_docs in mkdocs.yml ("*.wip.md"), so MkDocs never built it',
		);
		expect(result.stdout).toContain(
			'templates/page.md: left out of the old site by MkDocs\' own exclusions ("/templates/"), so MkDocs never built it',
		);
		expect(result.stdout).toContain('snippets/range.md: left out of the old site by exclude_docs in mkdocs.yml');
		// A snippet the site keeps out of its pages is still written in where a page includes it.
		expect(articleBody(site.contentDir, 'pair-a-lamp')).toContain('Keep the phone within three metres');
		// Only `mkdocs serve` showed the roadmap: a draft, said so in the report.
		expect(articleFrontmatter(site.contentDir, 'solar-base')).toContain('draft: true');
		expect(result.stdout).toContain('solar-base.mdx ← folder:roadmap/solar-base (draft)');
		expect(result.stdout).toContain(
			'a draft on the old site (draft_docs in mkdocs.yml, "roadmap/": only `mkdocs serve` showed it), so it comes over as a draft',
		);
		for (const slug of ['change-the-colour', 'lamp-questions', 'dim-the-light', 'pair-a-lamp'])
			expect(articleFrontmatter(site.contentDir, slug), slug).not.toContain('draft: true');
		// No published article carries what the old site never published.
		for (const file of files) {
			const text = readFileSync(path.join(articles, file), 'utf8');
			if (/^draft: true$/m.test(text)) continue;
			for (const word of unpublished) expect(text, `${file}: ${word}`).not.toContain(word);
		}
	});
});
