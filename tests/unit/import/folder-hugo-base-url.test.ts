import { describe, expect, test } from 'vitest';
import { hugoBaseUrl } from '../../../src/import/sources/configured-site.ts';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

describe("folder import: a Hugo site's baseURL is the old site's address, as a Docusaurus url or an MkDocs site_url", () => {
	test('links written with the full address lead to the articles, its other pages stay links to it, pages sit under its path', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-base-url/kiln/content')]);
		expect(result.stdout).toContain('from https://docs.kiln.example (named by baseURL in hugo.toml)');
		const firing = articleBody(site.contentDir, 'fire-a-kiln');
		expect(firing).toContain('[glaze the pot](/articles/glaze-a-pot/#mixing-the-glaze)');
		expect(firing).toContain('[write to the studio](https://docs.kiln.example/contact/)');
		// Hugo served every page under the baseURL's path.
		expect(oldAddressesOf(site.contentDir, 'folder:guides/glaze-a-pot')).toEqual(['/help/guides/glaze-a-pot']);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--old-site-url still wins over the baseURL', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-base-url/kiln/content'),
			'--old-site-url',
			'https://kb.kiln.example/',
		]);
		expect(result.stdout).not.toContain('baseURL');
		expect(oldAddressesOf(site.contentDir, 'folder:guides/glaze-a-pot')).toEqual(['/guides/glaze-a-pot']);
		// The baseURL's host is no longer the old site: the link is not the article's.
		expect(articleBody(site.contentDir, 'fire-a-kiln')).toContain(
			'(https://docs.kiln.example/help/guides/glaze-a-pot/#mixing-the-glaze)',
		);
	});

	test('the placeholder `hugo new site` writes (config/_default/hugo.yaml) names no old site', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-base-url/placeholder/content'),
		]);
		expect(result.stdout).not.toContain('named by baseURL');
		expect(result.stdout).not.toContain('example.org');
		expect(oldAddressesOf(site.contentDir, 'folder:tie-off')).toEqual(['/tie-off']);
	});

	test('an empty, relative, local or placeholder baseURL names no site', () => {
		for (const written of [
			'',
			'/',
			'/docs/',
			'http://localhost:1313/',
			'http://127.0.0.1:1313/',
			'https://example.org/',
			'https://www.example.com/docs/',
		])
			expect(hugoBaseUrl(written), written).toBeUndefined();
		expect(hugoBaseUrl('https://docs.kiln.example/help/')).toEqual({
			site: new URL('https://docs.kiln.example'),
			basePath: '/help',
		});
		expect(hugoBaseUrl('https://docs.kiln.example')).toEqual({ site: new URL('https://docs.kiln.example') });
	});
});
