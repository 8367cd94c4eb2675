import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFrontmatter, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** Every article of the import that is not a draft holds none of the words. */
function expectOnlyInDrafts(contentDir: string, words: string[]) {
	const articles = path.join(contentDir, 'articles');
	for (const file of readdirSync(articles)) {
		const text = readFileSync(path.join(articles, file), 'utf8');
		if (/^draft: true$/m.test(text)) continue;
		for (const word of words) expect(text, file).not.toContain(word);
	}
}

describe('folder import: pages the old site served but listed nowhere', () => {
	test('a Docusaurus page with unlisted: true comes over as a draft, listed for review', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unlisted-pages/docusaurus/docs')]);
		expect(articleFrontmatter(site.contentDir, 'storm-mode')).toMatch(/^draft: true$/m);
		for (const slug of ['fly-your-first-kite', 'repair-a-torn-sail'])
			expect(articleFrontmatter(site.contentDir, slug), slug).not.toContain('draft');
		expect(result.stdout).toContain(
			'unlisted on the old site (unlisted: true: served only to those with its link, listed in no navigation, search or sitemap), so it comes over as a draft: publish it (draft: false) if customers should find it in the help center',
		);
		expect(result.stdout).not.toContain('frontmatter dropped: unlisted');
		expect(result.exitCode).toBe(1);
		expectOnlyInDrafts(site.contentDir, ['OSPREY-GUST-4410']);
	});

	test('a Mintlify page with hidden: true, or in a hidden group of docs.json, comes over as a draft; one its search still listed stays published', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unlisted-pages/mintlify')]);
		for (const slug of ['telemetry', 'wind-forecast'])
			expect(articleFrontmatter(site.contentDir, slug), slug).toMatch(/^draft: true$/m);
		// A hidden group that keeps its pages in the site's search listed them there.
		for (const slug of ['connect-a-kite', 'offline-maps'])
			expect(articleFrontmatter(site.contentDir, slug), slug).not.toContain('draft');
		expect(result.stdout).toContain('unlisted on the old site (hidden: true: served only to those with its link');
		expect(result.stdout).toContain(
			'unlisted on the old site (under an entry marked "hidden" in docs.json: served only to those with its link',
		);
		expect(result.stdout).not.toContain('frontmatter dropped: hidden');
		expectOnlyInDrafts(site.contentDir, ['TERN-TELEMETRY-8123', 'ALBATROSS-WIND-2931']);
	});

	test('a Mintlify page its navigation leaves out is a hidden page: it comes over as a draft, and a link to it is taken out until it is published', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unlisted-pages/mintlify')]);
		expect(articleFrontmatter(site.contentDir, 'roll-back-the-firmware')).toMatch(/^draft: true$/m);
		expect(result.stdout).toContain(
			'unlisted on the old site (not in the navigation of docs.json: served only to those with its link, listed in no navigation, search or sitemap), so it comes over as a draft',
		);
		expect(result.stdout).toContain(
			'the link to "Roll back the firmware" was removed: customers cannot open it (internal or draft); its text stays',
		);
		expectOnlyInDrafts(site.contentDir, ['KESTREL-ROLLBACK-5127']);
	});

	test('what .mintignore and Mintlify’s own exclusions leave out of the old site never comes over, even as a draft', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unlisted-pages/mintlify')]);
		expect(result.stdout).toContain(
			'internal/support-macros.mdx: left out of the old site by .mintignore ("internal/"), so Mintlify never built it',
		);
		expect(result.stdout).toContain(
			'guides/storm-mode.draft.mdx: left out of the old site by .mintignore ("*.draft.mdx"), so Mintlify never built it',
		);
		expect(result.stdout).toContain(
			`README.md: left out of the old site by Mintlify's own exclusions ("README.md"), so Mintlify never built it`,
		);
		const written = readdirSync(path.join(site.contentDir, 'articles'))
			.map((file) => readFileSync(path.join(site.contentDir, 'articles', file), 'utf8'))
			.join('\n');
		for (const canary of ['PETREL-MACRO-6604', 'SKUA-STORM-3390', 'SHEARWATER-README-7781'])
			expect(written).not.toContain(canary);
	});
});
