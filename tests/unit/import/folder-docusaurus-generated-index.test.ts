import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  sections:
    "User guide › Mobile": { productArea: billing }
  folders:
    guide: { productArea: account }
    guide/mobile: { productArea: account }
`;

describe('folder import: the pages Docusaurus generated for sidebar categories (generated-index)', () => {
	test('their addresses, links to them and redirects to them lead to the section’s product area, else its first article', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-generated-index'), 'docs'),
		]);
		expect(articleBody(site.contentDir, 'welcome')).toContain(
			'Start with the [user guide](/articles/join-a-call/), or get the [mobile apps](/areas/billing/).',
		);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		const to = (from: string) => redirects.find((entry) => entry.from === from)?.to;
		expect(to('/help/docs/category/user-guide')).toBe('folder:guide/join');
		expect(to('/help/docs/mobile-apps')).toBe('/areas/billing/');
		// The redirects plugin's entry to the generated page leads where it leads.
		expect(to('/help/docs/user-guide')).toBe('folder:guide/join');
		expect(stdout).not.toContain('leads to no page of the folder');
		expect(stdout).not.toContain('links left pointing at the old help center 1');
		expect(stdout).toContain(
			[
				'Skipped:',
				'  folder:category/user-guide: the page Docusaurus generated for the sidebar category "User guide", a list of its pages (as a product area\'s page lists them here); /help/docs/category/user-guide and /help/docs/user-guide now lead to its first article, "Join a call"',
				'  folder:mobile-apps: the page Docusaurus generated for the sidebar category "Mobile", a list of its pages (as a product area\'s page lists them here); /help/docs/mobile-apps now leads to the page of its product area, billing',
			].join('\n'),
		);
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
