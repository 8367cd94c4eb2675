import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, oldAddressesOf, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  sections:
    "Tutorial - Basics": { productArea: billing }
    "Tutorial - Extras": { productArea: account }
`;

describe('folder import: the page Docusaurus generated for a folder its _category_ file links (generated-index)', () => {
	test('its address, /docs/category/<label> or its slug, and links to it lead to the folder’s product area', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-category-index'), 'docs'),
		]);
		expect(articleBody(site.contentDir, 'welcome')).toContain(
			'Learn [the basics](/areas/billing/) first, then [the extras](/areas/account/).',
		);
		expect(oldAddressesOf(site.contentDir, '/areas/billing/')).toEqual(['/docs/category/tutorial---basics']);
		expect(oldAddressesOf(site.contentDir, '/areas/account/')).toEqual(['/docs/extras']);
		expect(stdout).toContain('links left pointing at the old help center 0');
		expect(exitCode).toBe(0);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
