import { describe, expect, test } from 'vitest';
import { resolveLink } from '../../../src/import/convert/html.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: relative links of a Hugo page, read from where Hugo served it', () => {
	test('`../battery/` from `charging.md`, served at `charging/`, is the page beside it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-page-addresses/content')]);
		const charging = articleBody(site.contentDir, 'charge-the-lantern');
		expect(charging).toContain('[cell care](/articles/look-after-the-battery/#when-it-blinks)');
		// A page served at its `slug`, and a link written as a reference.
		expect(charging).toContain('[pair it](/articles/pair-the-lantern-with-your-phone/)');
		expect(charging).toContain('[warranty]: /articles/warranty/');
		// A link to a file is the file's path, as before.
		expect(charging).toContain('[storage tips](/articles/store-the-lantern-for-winter/)');
		expect(articleBody(site.contentDir, 'pair-the-lantern-with-your-phone')).toContain(
			'[charged](/articles/charge-the-lantern/)',
		);
		// A section's own page is served at its folder, so its links are read from there.
		const lantern = articleBody(site.contentDir, 'lantern');
		expect(lantern).toContain('[how to charge it](/articles/charge-the-lantern/)');
		expect(lantern).toContain('[battery page](/articles/look-after-the-battery/)');
		// Pages of one name in two folders: each link is to the one beside it.
		expect(articleBody(site.contentDir, 'charge-the-torch')).toContain(
			'its [cell](/articles/swap-the-torch-battery/) lasts a week and its [cover](/articles/torch-warranty/) a year.',
		);
		expect(articleBody(site.contentDir, 'swap-the-torch-battery')).toContain(
			'[charge it](/articles/charge-the-torch/)',
		);
		expect(stdout).not.toContain('unlinked');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('only an address written relative and without a file extension is read from where the page was served', () => {
		const context = { baseUrl: 'file:///site/content/a/setup.md', linkBaseUrl: 'file:///site/content/a/setup/' };
		expect(resolveLink('../billing/#plans', context)).toBe('file:///site/content/a/billing/#plans');
		expect(resolveLink('intro', context)).toBe('file:///site/content/a/setup/intro');
		expect(resolveLink('../billing.md', context)).toBe('file:///site/content/billing.md');
		expect(resolveLink('shots/panel.png', context)).toBe('file:///site/content/a/shots/panel.png');
		expect(resolveLink('/pricing/', context)).toBe('file:///pricing/');
		expect(resolveLink('#top', context)).toBe('#top');
		expect(resolveLink('https://example.com/x', context)).toBe('https://example.com/x');
		expect(resolveLink('../billing/', { baseUrl: context.baseUrl })).toBe('file:///site/content/billing/');
	});
});
