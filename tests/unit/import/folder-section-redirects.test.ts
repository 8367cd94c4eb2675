import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe("folder import: the old site's redirects to a section of a page", () => {
	test('lead to that section by the id its heading has here; one to a heading the article lacks leads to its top, and the report says so', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-section-redirects')]);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual(
			expect.arrayContaining([
				{ from: '/plans', to: 'folder:billing#plans' },
				// Written with the heading's capitals, as some generators keep them.
				{ from: '/free-plan', to: 'folder:billing#is-there-a-free-plan' },
				// The article has no such heading: its top.
				{ from: '/refund-policy', to: 'folder:billing' },
				// Through another redirect, to the section the last one names.
				{ from: '/begin', to: 'folder:setup#install-the-app' },
				{ from: '/get-started', to: 'folder:setup#install-the-app' },
				{ from: '/pricing', to: 'folder:billing' },
				// A page left where its content moved leads where its link did, section and all.
				{ from: '/payment-methods', to: 'folder:billing#plans' },
			]),
		);
		expect(stdout).toContain(
			"the old site's redirect from /refund-policy led to its section #refunds, which has no heading here: it leads to the top of the article",
		);
		// npm run check finds every section the redirects name.
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
