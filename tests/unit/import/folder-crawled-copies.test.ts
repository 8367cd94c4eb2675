import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleKeyOf, canonicalAddressOf, dateLineDate } from '../../../src/import/sources/same-article.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

const folder = 'folder:help.example.com_support_solutions_articles_';

describe('folder import: a help center a crawler saved at several addresses of one article', () => {
	test('pages that name one article are one article, its other addresses leading to it', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-crawled-copies'), '--offline']);
		const articles = readdirSync(path.join(site.contentDir, 'articles'))
			.filter((name) => name.endsWith('.mdx'))
			.sort();
		// Four saves of 2001, two of 2002 (one under /en/), and 2003 and 2004, two articles of one title.
		expect(articles).toEqual([
			'export-invoices-2.mdx',
			'export-invoices.mdx',
			'refund-a-payment.mdx',
			'renew-a-plan.mdx',
		]);
		// The copy kept of identical ones is the one saved at the address that names its title.
		expect(articleFrontmatter(site.contentDir, 'renew-a-plan')).toContain(`source: ${folder}2001-renew-a-plan`);
		// Only addresses the help center served: a saved file's own name in the folder was none.
		expect(oldAddressesOf(site.contentDir, `${folder}2001-renew-a-plan`)).toEqual([
			'/support/solutions/articles/2001',
			'/support/solutions/articles/2001,',
			'/support/solutions/articles/2001-renew-a-plan',
			'/support/solutions/articles/2001-renew-your-plan',
		]);
		// Its contents link, written with each copy's own address, leads to its heading.
		expect(articleBody(site.contentDir, 'renew-a-plan')).toContain(
			'[Pay by card](/articles/renew-a-plan/#pay-by-card)',
		);
		// Copies whose words differ: the one its page says was modified last is kept, the other listed for review.
		const refund = articleBody(site.contentDir, 'refund-a-payment');
		expect(refund).toContain('A refund takes up to ten days to show on the statement.');
		expect(articleFrontmatter(site.contentDir, 'refund-a-payment')).toContain(
			'source: folder:help.example.com_en_support_solutions_articles_2002-refund-a-payment',
		);
		expect(result.stdout).toContain(
			'another save of this article differs, help.example.com_support_solutions_articles_2002-refund-a-payment.md ("A refund takes up to ten days to show on the…" here, nothing there): this one kept as modified last, the other\'s address leads here; carry over what only it says',
		);
		// Links to any copy's address lead to the article.
		expect(articleBody(site.contentDir, 'export-invoices')).toContain(
			'See [refunds](/articles/refund-a-payment/) and [renewals](/articles/renew-a-plan/).',
		);
		// The others are listed as skipped, with the copy they are.
		expect(result.stdout).toContain(
			'help.example.com_support_solutions_articles_2001.md: another save of help.example.com_support_solutions_articles_2001-renew-a-plan.md, the same article at another of its addresses, which leads to it now',
		);
		expect(result.stdout).toContain(
			'another of its addresses, which leads to it now (its words differ: see To review)',
		);
		expect(result.stdout).toContain('skipped 4');
		// Two numbers are two articles, even under one title (the import tells their titles apart, as for any pages).
		expect(articleBody(site.contentDir, 'export-invoices-2')).toContain('one page per invoice');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('the article an address names', () => {
	test.each([
		[
			'https://help.example.com/support/solutions/articles/155000001234',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://help.example.com/support/solutions/articles/155000001234-the-title',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://help.example.com/support/solutions/articles/155000001234,',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://www.help.example.com/en/support/solutions/articles/155000001234-the-title/',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://help.example.com/pt-BR/support/solutions/articles/155000001234',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://acme.zendesk.com/hc/en-us/articles/360001234567-Verify-your-domain',
			'acme.zendesk.com/hc/articles/360001234567',
		],
		['https://acme.zendesk.com/hc/articles/360001234567', 'acme.zendesk.com/hc/articles/360001234567'],
		['https://help.acme.com/support/hc/de/articles/360001234567', 'help.acme.com/support/hc/articles/360001234567'],
		['https://help.acme.com/en/articles/8551755-saving-filters', 'help.acme.com/articles/8551755'],
		['https://help.acme.com/articles/8551755', 'help.acme.com/articles/8551755'],
		['https://intercom.help/acme/en/articles/8551755-saving-filters', 'intercom.help/acme/articles/8551755'],
		// Help Scout Docs' short addresses, with the title or the number alone.
		['https://docs.acme.com/article/12-verify-your-domain', 'docs.acme.com/article/12'],
		['https://docs.acme.com/article/12', 'docs.acme.com/article/12'],
		// A two-letter Intercom workspace (`ab`) keeps its articles apart from another workspace's, with or without a language.
		['https://intercom.help/ab/articles/8551755-x', 'intercom.help/ab/articles/8551755'],
		['https://intercom.help/ab/en/articles/8551755-x', 'intercom.help/ab/articles/8551755'],
		['https://intercom.help/acme/articles/8551755-x', 'intercom.help/acme/articles/8551755'],
		['https://acme.helpscoutdocs.com/article/12-verify-your-domain/', 'acme.helpscoutdocs.com/article/12'],
		['https://docs.acme.com/article/setup-guide', 'docs.acme.com/article/setup-guide'],
		// Addresses that name no article by number are compared whole, without a trailing slash or query.
		['https://docs.acme.com/guide/setup/?ref=nav', 'docs.acme.com/guide/setup'],
		['https://docs.acme.com/en/articles/12-short-number', 'docs.acme.com/en/articles/12-short-number'],
		[
			'https://help.example.com/support/solutions/articles/155000001234/edit',
			'help.example.com/support/solutions/articles/155000001234',
		],
		[
			'https://help.example.com/support/solutions/articles/155000001234/attachments',
			'help.example.com/support/solutions/articles/155000001234/attachments',
		],
	])('%s', (address, key) => {
		expect(articleKeyOf(new URL(address))).toBe(key);
	});

	test('a canonical address in frontmatter or in a kept <link rel="canonical">', () => {
		expect(canonicalAddressOf({ canonical_url: 'https://help.acme.com/en/articles/8551755-x' }, '')?.href).toBe(
			'https://help.acme.com/en/articles/8551755-x',
		);
		expect(
			canonicalAddressOf({}, '<link rel="canonical" href="https://help.acme.com/articles/8551755">\n\n# Title')?.href,
		).toBe('https://help.acme.com/articles/8551755');
		expect(canonicalAddressOf({ canonical: '/articles/8551755' }, '')).toBeUndefined();
	});

	test.each([
		['Modified on: Tue, 3 Mar, 2026 at 9:15 AM', '2026-03-03T09:15:00.000Z'],
		['Modified on: Wed, 4 Mar, 2026 at 10:30 PM', '2026-03-04T22:30:00.000Z'],
		['Updated March 3, 2026 10:00', '2026-03-03T10:00:00.000Z'],
		['Last updated: 2026-03-03', '2026-03-03T00:00:00.000Z'],
		['Updated over a week ago', undefined],
		['Updated 3 days ago', undefined],
	])('the date line %s', (line, date) => {
		expect(dateLineDate(line)?.toISOString()).toBe(date);
	});
});

describe('folder import: copies an earlier import wrote as articles of their own', () => {
	test('each such copy is listed for review with its file, which stays until the team deletes it', async () => {
		const site = emptySite(defaultsMap);
		mkdirSync(path.join(site.contentDir, 'articles'), { recursive: true });
		writeFileSync(
			path.join(site.contentDir, 'articles', 'renew-a-plan-2.mdx'),
			`---\ntitle: Renew a plan (2001)\ndescription: A plan renews each month.\ncategory: usability\nproductArea: account\nupdated: 2026-03-03\nsource: ${folder}2001\n---\n\nA plan renews on the day it started, each month.\n`,
		);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-crawled-copies'), '--offline']);
		expect(result.stdout).toContain(
			`${folder}2001: an earlier import wrote it as <dir>/content/articles/renew-a-plan-2.mdx, which stays until you delete it and the redirects.yaml entries leading to it; now skipped: help.example.com_support_solutions_articles_2001.md: another save of`,
		);
		expect(result.stdout).toContain('1 skipped page need');
	});
});
