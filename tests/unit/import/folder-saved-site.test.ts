import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHtmlPage } from '../../../src/import/sources/html-pages.ts';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a help center saved as HTML pages', () => {
	test('each page’s article comes over without its template, links between pages lead to the articles', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-saved-site'),
			'--base-path',
			'/hc',
		]);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain('articles/empty.html: the page holds no article text');
		// The search page is the site's, not an article.
		expect(stdout).not.toContain('search');
		expect(articleBody(site.contentDir, 'verify-your-domain')).toBe(
			'Add the two DNS records below, then press **Verify**.\n\n![The DNS settings page](./verify-your-domain/dns.png)\n\n<Aside type="caution">\n  DNS changes can take a day.\n</Aside>\n\nLocked out? [Reset your password](/articles/reset-your-password/) first. Leaving? [Close your account](/articles/close-your-account/).\n',
		);
		expect(articleBody(site.contentDir, 'reset-your-password')).toBe(
			'## Steps\n\nOpen the sign-in page and choose _Forgot password_. Then go back to [verifying your domain](/articles/verify-your-domain/).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('titles lose the site’s name; a description the template gives every page is none; old addresses keep .html', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-saved-site'), '--base-path', '/hc']);
		expect(articleFrontmatter(site.contentDir, 'verify-your-domain')).toContain(
			'title: Verify your domain\ndescription: Add two DNS records, then press Verify.',
		);
		expect(articleFrontmatter(site.contentDir, 'reset-your-password')).toContain(
			'description: Open the sign-in page and choose Forgot password.',
		);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /hc/articles/verify-domain.html\n');
		expect(redirects).toContain('- from: /hc\n    to: folder:index');
		// A mirror saves a helpdesk's pages under their addresses, without an extension: that address is the old one.
		expect(articleFrontmatter(site.contentDir, 'close-your-account')).toContain('title: Close your account\n');
		expect(articleBody(site.contentDir, 'close-your-account')).toBe(
			'Export your contacts, then choose **Close account** under Settings.\n',
		);
		expect(redirects).toContain('- from: /hc/articles/360009-Close-your-account\n');
	});
});

describe('a saved page’s article', () => {
	test('is the wordiest container of the first kind the page has, without navigation, widgets or scripts', () => {
		const page = readHtmlPage(
			'<title>Refunds | Shop Help</title><div class="content"><nav>Home</nav><article><h1>Refunds</h1><p>Within 30 days.</p><script>x()</script><div class="feedback">Helpful?</div></article><article><p>Short.</p></article></div>',
		);
		expect(page.title).toBe('Refunds');
		expect(page.documentTitle).toBe('Refunds | Shop Help');
		expect(page.body).toBe('<h1>Refunds</h1><p>Within 30 days.</p>');
	});

	test('of a Confluence export is the page’s content, without its breadcrumbs and metadata line', () => {
		const page = readHtmlPage(
			'<title>Support : Refunds</title><div id="page"><div id="main"><div id="breadcrumb-section"><ol><li>Support</li></ol></div><h1 id="title-heading">Support : Refunds</h1><div class="page-metadata">Created by Ana, last modified on Mar 02, 2026</div><div id="content" class="view"><div id="main-content" class="wiki-content group"><p>Refunds take a week.</p></div></div></div></div>',
		);
		expect(page.title).toBe('Support : Refunds');
		expect(page.body).toBe('<p>Refunds take a week.</p>');
	});

	test('is nothing for a page without words', () => {
		expect(readHtmlPage('<title>Loading</title><body><nav>Menu</nav></body>').body).toBe('');
	});
});
