import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const frontmatterOf = (contentDir: string, slug: string) =>
	parse(readFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), 'utf8').split('---')[1] ?? '') as {
		description: string;
	};

describe('folder import: the description a page keeps for listings', () => {
	test("Hugo's summary and Jekyll's excerpt are the description when the page has none", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-summaries')]);
		expect(frontmatterOf(site.contentDir, 'export-your-data').description).toBe(
			'Download every project as a ZIP file from the account page.',
		);
		expect(frontmatterOf(site.contentDir, 'delete-your-account').description).toBe(
			'What is removed, what is kept, and how long it takes.',
		);
		// The page's own description wins; the summary it does not use is named as dropped.
		expect(frontmatterOf(site.contentDir, 'change-your-plan').description).toBe(
			'Move between the monthly and yearly plans.',
		);
		expect(result.stdout).toMatch(/change-your-plan\.mdx: frontmatter dropped: summary/);
		expect(result.stdout).not.toMatch(/export-your-data\.mdx: frontmatter dropped/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
