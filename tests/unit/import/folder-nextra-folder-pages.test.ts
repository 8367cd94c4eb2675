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

describe('folder import: Nextra pages named like the folder beside them', () => {
	test("a folder's page beside it is the folder's own: its section is the folder, and an empty one leads to the folder's first article", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-nextra-folder-pages')]);
		expect(stdout).toContain('written 7, updated 0, unchanged 0, skipped 2');
		// help/faq.mdx was the FAQ folder's page: its address leads into the FAQ, not to another folder's
		// page, to the article its sidebar listed first.
		expect(stdout).toContain(
			'help/faq.mdx: the page holds no text; /help/faq now leads to its first article, "Dim the lamp"',
		);
		expect(oldAddressesOf(site.contentDir, 'folder:help/faq/dim-the-lamp')).toEqual([
			'/help/faq',
			'/help/faq/dim-the-lamp',
		]);
		expect(articleBody(site.contentDir, 'lamp-help')).toBe(
			'Start with [billing](/articles/billing/), or read the [questions people ask](/articles/dim-the-lamp/).\n',
		);
		// help/billing.mdx sits in the Billing section it introduces, so the map places it with its pages.
		expect(stdout).toContain('/articles/billing.mdx: from Help › Billing');
		expect(stdout).toContain('# "Help › Billing" (3 articles)');
		expect(stdout).not.toContain('# "Help" (');
		// news.mdx, a list of posts drawn by the site's own component, holds no text: skipped, so its
		// folder counts the one article written.
		expect(stdout).toContain('folder:news "News": the article holds no text');
		expect(stdout).toContain('# "News" (1 article)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
