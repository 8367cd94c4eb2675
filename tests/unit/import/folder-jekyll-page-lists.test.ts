import { readdirSync } from 'node:fs';
import path from 'node:path';
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

describe('folder import: a Jekyll site listing its pages with Liquid, and pages moved by redirect_to', () => {
	test('a Liquid loop over site.pages becomes the list of its section’s articles', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-page-lists/site')]);
		const billing = articleBody(site.contentDir, 'billing');
		expect(billing).toBe(
			'Everything about paying for your cakes.\n\n## Contents\n\n- [Download an invoice](/articles/download-an-invoice/)\n- [Get a refund](/articles/get-a-refund/)\n',
		);
		// A loop on one line, its section holding no other page: the note the other lists leave.
		const account = articleBody(site.contentDir, 'account');
		expect(account).toContain('Your account keeps your orders.');
		expect(account).toContain('The original page listed its section’s pages here');
		expect(account).not.toContain('item.url');
		expect(stdout).not.toContain('was not converted');
		expect(stdout).not.toContain('%7B%7B');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a page that only sent its readers on (redirect_to) is an old address of the page it names', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-jekyll-page-lists/site')]);
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toEqual([
			'account.mdx',
			'billing.mdx',
			'download-an-invoice.mdx',
			'get-a-refund.mdx',
			'home.mdx',
		]);
		expect(stdout).toContain(
			'Help/Old_Refunds/README.md: a page the old site only sent on to /Help/Billing/Refunds/ (redirect_to); its address now leads there',
		);
		expect(oldAddressesOf(site.contentDir, 'folder:Help/Billing/Refunds/README')).toContain('/Help/Old_Refunds');
		// Links to the old address lead to the article it sent readers to.
		expect(articleBody(site.contentDir, 'download-an-invoice')).toContain('[refunds](/articles/get-a-refund/)');
		expect(articleBody(site.contentDir, 'home')).toContain('[refunds](/articles/get-a-refund/)');
		expect(stdout).not.toContain('leads to a page that was not imported');
	});
});
