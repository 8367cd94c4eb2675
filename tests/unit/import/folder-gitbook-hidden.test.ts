import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a GitBook page marked hidden: true', () => {
	test('comes over as a draft, listed for review, as the old site kept it out of its table of contents', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-hidden')]);
		const article = (slug: string) => readFileSync(path.join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');
		expect(article('reset-the-scanner-service-staff')).toContain('\ndraft: true\n');
		expect(article('pair-a-scanner')).not.toContain('draft: true');
		expect(stdout).toContain('drafts 1');
		expect(stdout).toContain(
			'unlisted on the old site (hidden: true: served only to those with its link, left out of its table of contents), so it comes over as a draft',
		);
		// The setting is read, not reported as frontmatter left behind.
		expect(stdout).not.toMatch(/frontmatter[^\n]*hidden/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a page with one content tab says so in the singular', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-hidden')]);
		expect(stdout).toContain('pair-a-scanner.mdx: a content tab became a section');
	});
});
