import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFrontmatter, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const titleOf = (contentDir: string, slug: string) =>
	existsSync(path.join(contentDir, 'articles', `${slug}.mdx`))
		? /^title: (.*)$/m.exec(articleFrontmatter(contentDir, slug))?.[1]
		: undefined;

describe('folder import: pages that share a title, in folders that have a page of their own', () => {
	test("are told apart by the title of the folder's page, where it names the folder", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-index-titles')]);
		const titles = Object.fromEntries(
			[
				'control-recording',
				'control-recording-2',
				'advanced-configuration-and-apis',
				'advanced-configuration-and-apis-2',
				'refunds',
				'refunds-shop',
				'limits',
				'limits-web',
				'logging-guide-for-the-developers-who-integrate-the-sdk',
				'logging-guide-for-the-developers-who-integrate-the-sdk-2',
			].map((slug) => [slug, titleOf(site.contentDir, slug)]),
		);
		expect(titles).toEqual({
			// The folders' index pages name them, and the folders around them too.
			'control-recording': 'Control Recording (Android SDK Guide › Advanced Configuration and APIs)',
			'control-recording-2': 'Control Recording (iOS SDK Guide › Advanced Configuration and APIs)',
			// A folder's own page takes the name of the folder around it; one left out for holding
			// nothing but its title (iOS's) still names its folder.
			'advanced-configuration-and-apis': 'Advanced Configuration and APIs',
			'advanced-configuration-and-apis-2': undefined,
			// A page beside the folder, named like it (billing.md), is its page too.
			refunds: 'Refunds (Billing and Invoices)',
			// A page whose title was told apart takes its address from it, not a number after the shared one.
			'refunds-shop': 'Refunds (shop)',
			// "Overview" does not name api/: the folder keeps its name.
			limits: 'Limits (api)',
			'limits-web': 'Limits (web)',
			// Too long with both folders' names: the one that tells them apart (and an address too long to read: numbered).
			'logging-guide-for-the-developers-who-integrate-the-sdk':
				'Logging Guide for the Developers Who Integrate the SDK (Android SDK Guide)',
			'logging-guide-for-the-developers-who-integrate-the-sdk-2':
				'Logging Guide for the Developers Who Integrate the SDK (iOS SDK Guide)',
		});
		expect(stdout).toContain('so it became "Control Recording (iOS SDK Guide › Advanced Configuration and APIs)"');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
