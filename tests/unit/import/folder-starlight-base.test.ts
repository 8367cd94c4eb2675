import { describe, expect, test } from 'vitest';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe('folder import: a Starlight site served under an Astro base', () => {
	test('pages, redirects and the old addresses pages list in their frontmatter are under the base, and links written with it lead to the articles', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-starlight-base')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		const from = (to: string) => oldAddressesOf(site.contentDir, to);
		expect(from('folder:launch')).toEqual(['/docs/first-flight', '/docs/flying', '/docs/launch']);
		expect(from('folder:repair/patch')).toEqual(['/docs/mending', '/docs/old-repair', '/docs/repair/patch']);
		expect(stdout).not.toContain('leads to no page of the folder');
		expect(stdout).not.toContain('frontmatter dropped: redirectFrom');
		expect(articleBody(site.contentDir, 'launch-a-kite')).toContain('[patch it](/articles/patch-a-torn-sail/)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
