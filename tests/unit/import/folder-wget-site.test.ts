import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHtmlPage } from '../../../src/import/sources/html-pages.ts';
import { SavedPages, servedFilePath } from '../../../src/import/sources/saved-pages.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a help center saved with wget --adjust-extension', () => {
	test('old addresses are the ones the site served, so its links and bookmarks lead to the articles', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-wget-site'),
			'--old-site-url',
			'https://help.relay.example',
		]);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		// The canonical link, else og:url, names the address; a helpdesk's article address has no .html.
		expect(redirects).toContain(
			'- from: /hc/en-us/articles/360001234-Verify-your-domain\n    to: folder:hc/en-us/articles/360001234-Verify-your-domain',
		);
		expect(redirects).toContain('- from: /hc/en-us/articles/360005678-Reset-your-password\n');
		expect(redirects).toContain('- from: /hc/en-us/articles/360009999-Close-your-account\n');
		// A server page saved as contact.php.html was served as contact.php.
		expect(redirects).toContain('- from: /contact.php\n');
		expect(redirects).not.toContain('.html');
		// Links the pages kept to the old site's addresses lead to the articles.
		expect(articleBody(site.contentDir, 'verify-your-domain')).toContain(
			'Locked out? [Reset your password](/articles/reset-your-password/), or [close your account](/articles/close-your-account/).',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('SavedPages', () => {
	const page = (head: string) =>
		readHtmlPage(`<html><head>${head}</head><body><main><p>Words.</p></main></body></html>`);

	test('a canonical address the template gives every page, or one on another host, is none of the page’s', () => {
		const pages = new SavedPages('', new URL('https://help.relay.example'));
		const home = page('<link rel="canonical" href="https://help.relay.example/">');
		const elsewhere = page('<link rel="canonical" href="https://blog.other.example/post">');
		pages.add(home);
		pages.add(home);
		pages.add(elsewhere);
		expect(pages.oldPath('hc/en-us/articles/1-Setup.html', home)).toBe('/hc/en-us/articles/1-Setup');
		expect(pages.oldPath('guides/setup.html', elsewhere)).toBe('/guides/setup.html');
	});

	test('a relative canonical address is read from the old site’s root', () => {
		const pages = new SavedPages('/docs');
		const own = page('<link rel="canonical" href="/docs/guides/setup/">');
		pages.add(own);
		expect(pages.oldPath('guides/setup.html', own)).toBe('/docs/guides/setup');
	});

	test('without one, a static site’s .html stays: only a helpdesk’s or a server page’s address loses it', () => {
		expect(servedFilePath('/docs/setup.html')).toBe('/docs/setup.html');
		expect(servedFilePath('/hc/en-us/sections/2001-Billing.html')).toBe('/hc/en-us/sections/2001-Billing');
		expect(servedFilePath('/en/articles/8801-set-up-webhooks.html')).toBe('/en/articles/8801-set-up-webhooks');
		expect(servedFilePath('/support/solutions/articles/4400012.html')).toBe('/support/solutions/articles/4400012');
		expect(servedFilePath('/faq.aspx.html')).toBe('/faq.aspx');
	});
});
