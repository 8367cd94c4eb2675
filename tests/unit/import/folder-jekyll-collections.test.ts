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

describe('folder import: a Jekyll site whose articles are a collection', () => {
	test("each article is at its collection's permalink: links by it lead to the imported article, and it is an old address", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-collections/site')]);
		expect(stdout).not.toContain('leads to no imported page');
		expect(articleBody(site.contentDir, 'reset-your-password')).toContain(
			'[refunds](/articles/refund-policy/) if you were charged twice.',
		);
		expect(articleBody(site.contentDir, 'refund-policy')).toContain(
			'[Reset your password](/articles/reset-your-password/) first.',
		);
		expect(oldAddressesOf(site.contentDir, 'folder:_articles/account/reset-password')).toContain(
			'/article/reset-password',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
