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

describe("folder import: a Hugo site served under its baseURL's path, whose pages link each other from the content's root", () => {
	test('`/guides/moor-a-boat` names the page at that path of the content, as Hugo finds it, not an address outside the help center', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-root-links/marina')]);
		const fees = articleBody(site.contentDir, 'pay-your-berth-fees');
		expect(fees).toContain('[moor your boat](/articles/moor-a-boat/#tie-the-knots)');
		expect(fees).toContain('[all the guides](/articles/guides/)');
		expect(fees).toContain("[the same page under the site's path](/articles/moor-a-boat/)");
		// A path that names no page of the content is the host's, as before.
		expect(fees).toContain("[the marina's price list](https://help.marina.example/pricing)");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test("a page's aliases were served under the baseURL's path too, as Hugo writes them among the site's pages", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-root-links/marina')]);
		expect(oldAddressesOf(site.contentDir, 'folder:guides/moor-a-boat').sort()).toEqual([
			'/docs/guides/moor-a-boat',
			'/docs/guides/tie-up',
			'/docs/how-to/moor',
		]);
	});
});
