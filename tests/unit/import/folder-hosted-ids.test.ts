import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	archivedSiteOf,
	hostedTitleSlug,
	numberedArticlePaths,
	numbersAreArticleNumbers,
} from '../../../src/import/sources/hosted-article-ids.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const fixture = (name: string) => path.join(importFixture('folder-hosted-ids'), name);
const redirectsOf = (contentDir: string) =>
	parse(readFileSync(path.join(contentDir, 'redirects.yaml'), 'utf8')).redirects as { from: string; to: string }[];

describe('folder import: a help center kept in git by its article numbers', () => {
	test('without --old-site-url, a link by the old help center’s address still leads to the article with that number', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', fixture('help-center')]);
		const email = articleBody(site.contentDir, 'change-your-email');
		expect(email).toContain('[Can I cancel my plan?](/articles/can-i-cancel-my-plan/)');
		expect(email).toContain('[the same, by its number in any language](/articles/can-i-cancel-my-plan/)');
		const cancel = articleBody(site.contentDir, 'can-i-cancel-my-plan');
		expect(cancel).toContain('[change your email](/articles/change-your-email/)');
		// A number no page holds, on a page that is no hosted help center's, stays where it led.
		expect(cancel).toContain('(https://status.example.com/articles/360009999999-Outages)');
		expect(result.stdout).toContain('links left pointing at the old help center 0');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('links copied from the old help center lead to the imported articles, by title or by number alone', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			fixture('help-center'),
			'--old-site-url',
			'https://help.example.com/hc/en-us',
		]);
		expect(result.stdout).toContain('links rewritten 4');
		const cancel = articleBody(site.contentDir, 'can-i-cancel-my-plan');
		expect(cancel).toContain('[change your email](/articles/change-your-email/)');
		expect(cancel).toContain('[same article by its number](/articles/change-your-email/)');
		// Another host's numbered page is not the old help center's.
		expect(cancel).toContain('(https://status.example.com/articles/360009999999-Outages)');
		const email = articleBody(site.contentDir, 'change-your-email');
		expect(email).toContain('[Can I cancel my plan?](/articles/can-i-cancel-my-plan/)');
		// Zendesk answers a number without the locale in the reader's language: links are copied so.
		expect(email).toContain('[the same, by its number in any language](/articles/can-i-cancel-my-plan/)');
		expect(result.stdout).not.toContain('frontmatter dropped: id');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the numbered addresses become redirects, so old bookmarks and ticket links keep working', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', fixture('help-center'), '--base-path', '/hc/en-us']);
		const redirects = redirectsOf(site.contentDir);
		const to = (from: string) => redirects.find((entry) => entry.from === from)?.to;
		expect(to('/hc/en-us/articles/360001234567')).toBe('folder:Billing/Cancel-your-plan');
		expect(to('/hc/en-us/articles/360001234567-Can-I-cancel-my-plan-')).toBe('folder:Billing/Cancel-your-plan');
		expect(to('/hc/en-us/articles/360007654321-Change-your-email')).toBe('folder:Account/Change-your-email');
		// The files' own paths were never addresses of the help center: no redirect from them.
		expect(redirects.map((entry) => entry.from)).not.toContain('/hc/en-us/Billing/Cancel-your-plan');
		expect(redirects).toHaveLength(4);
	});

	test("a note's timestamp id in a vault is no article number: no redirect, and the field is named as dropped", async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', fixture('vault')]);
		expect(result.stdout).toContain('frontmatter dropped: id');
		expect(redirectsOf(site.contentDir).map((entry) => entry.from)).not.toContain('/articles/202301011230');
	});
});

describe("folder import: an archive that names each article's address on the old help center", () => {
	test('that address is an old address of the article, so links to it lead here and it redirects', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, [
			'--from',
			'folder',
			fixture('archive'),
			'--old-site-url',
			'https://help.example.com/hc/en-us',
		]);
		expect(articleBody(site.contentDir, 'restore-a-world')).toContain(
			'First [find your backup](/articles/find-your-backup/), then copy it',
		);
		const redirects = redirectsOf(site.contentDir);
		expect(redirects).toContainEqual({
			from: '/hc/en-us/articles/4409159214605-Find-your-backup',
			to: 'folder:Find-your-backup',
		});
		// A link to somewhere else is no address of the article: no redirect, and named as dropped.
		expect(redirects.map((entry) => entry.from)).not.toContain('/watch/restore-a-world');
		expect(result.stdout).toMatch(/restore-a-world\.mdx: frontmatter dropped: link/);
		expect(result.stdout).not.toMatch(/find-your-backup\.mdx: frontmatter dropped/);
	});
});

describe("folder import: an archive's own addresses name its old help center", () => {
	test('without --old-site-url, links to it lead to the imported articles and the rest stay links to it', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', fixture('archive-without-site')]);
		expect(result.stdout).toContain("from https://help.example.com (named by the pages' link: fields)");
		expect(articleBody(site.contentDir, 'find-your-backup')).toContain('[restore a world](/articles/restore-a-world/)');
		const restore = articleBody(site.contentDir, 'restore-a-world');
		expect(restore).toContain('First [find your backup](/articles/find-your-backup/)');
		// A page the archive does not hold stays a link to the old help center, not bare words.
		expect(restore).toContain('[Contact us](https://help.example.com/hc/en-us/requests/new)');
		expect(result.stdout).not.toContain('--old-site-url');
		const redirects = redirectsOf(site.contentDir);
		expect(redirects).toContainEqual({
			from: '/hc/en-us/articles/4409162241549-Restore-a-world',
			to: 'folder:Restore-a-world',
		});
		// The page that points at a video keeps no redirect from the video's path.
		expect(redirects.map((entry) => entry.from)).not.toContain('/watch/restore-a-world');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the old site is named only when most pages give an address and most of those share one host', () => {
		const at = (link: string) => ({ title: 'A page', link });
		const help = (n: number) => at(`https://help.example.com/hc/en-us/articles/${4409159214605 + n}`);
		expect(archivedSiteOf([help(1), help(2), at('https://video.example.com/watch/1')])).toEqual({
			site: new URL('https://help.example.com'),
			field: 'link',
		});
		expect(
			archivedSiteOf([{ title: 'x', html_url: 'https://www.help.example.com/a' }, help(1), help(2)])?.site.href,
		).toBe('https://www.help.example.com/');
		// One page alone, hosts spread evenly, or most pages without an address: nothing to go on.
		expect(archivedSiteOf([help(1)])).toBeUndefined();
		expect(
			archivedSiteOf([help(1), at('https://video.example.com/a'), at('https://status.example.com/b')]),
		).toBeUndefined();
		expect(archivedSiteOf([help(1), help(2), { title: 'x' }, { title: 'y' }, { title: 'z' }])).toBeUndefined();
		expect(
			archivedSiteOf([help(1), help(2), at('ftp://files.example.com/a'), { link: 'not an address' }]),
		).toBeUndefined();
	});
});

describe('hosted article numbers', () => {
	test('a title is written as the hosted help center writes it in its addresses', () => {
		expect(hostedTitleSlug("If your sketch doesn't upload")).toBe('If-your-sketch-doesn-t-upload');
		expect(hostedTitleSlug('Review, change, or cancel a plan')).toBe('Review-change-or-cancel-a-plan');
		expect(hostedTitleSlug('What power supply can I use?')).toBe('What-power-supply-can-I-use-');
		expect(numberedArticlePaths('42424242', 'Réglages', '/hc/fr')).toEqual([
			'/hc/fr/articles/42424242',
			'/hc/fr/articles/42424242-R%C3%A9glages',
		]);
	});

	test('numbers count as article numbers when pages link by them or the base path is a hosted help center', () => {
		const numbers = new Set(['360001234567']);
		expect(numbersAreArticleNumbers(numbers, new Set(['360001234567']), '/')).toBe(true);
		expect(numbersAreArticleNumbers(numbers, new Set(), '/hc/en-us')).toBe(true);
		expect(numbersAreArticleNumbers(numbers, new Set(), '/support/solutions')).toBe(true);
		expect(numbersAreArticleNumbers(numbers, new Set(['999999']), '/docs')).toBe(false);
		expect(numbersAreArticleNumbers(new Set(), new Set(), '/hc/en-us')).toBe(false);
	});
});
