import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveRedirects } from '../../../src/redirects/resolve.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  folders:
    billing: { productArea: billing }
`;
const folder = [
	'--from',
	'folder',
	importFixture('folder-empty-sections/knowledgebase'),
	'--base-path',
	'/knowledgebase',
];

describe('folder import: a section page with nothing but its heading', () => {
	test('its old address leads to the product area its articles are in, else to its first article', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, folder);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 3');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		// The map gives billing/ a product area: its page lists the section's articles, as the old section page did.
		expect(redirects).toContain('- from: /knowledgebase/billing\n    to: /areas/billing/\n');
		// devices/ has none of its own: its first article, and the section's alias too.
		expect(redirects).toContain('- from: /knowledgebase/devices\n    to: folder:devices/card-reader\n');
		expect(redirects).toContain('- from: /knowledgebase/hardware\n    to: folder:devices/card-reader\n');
		expect(stdout).toContain(
			"billing/_index.md: a section page with nothing but its heading (the old site listed the section's pages under it, as a product area's page does here); /knowledgebase/billing now leads to the page of its product area, billing",
		);
		expect(stdout).toContain(
			'/knowledgebase/devices and /knowledgebase/hardware now lead to its first article, "Pair a card reader"',
		);
		// The help center's own root is the home page, which no redirect may name.
		expect(redirects).not.toContain('from: /knowledgebase\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a link to a section page leads where its old address now does, not to the old site', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, folder);
		const body = articleBody(site.contentDir, 'refund-a-sale');
		expect(body).toContain(
			'goes back through the [card reader section](/articles/pair-a-card-reader/); every billing article is under [Billing](/areas/billing/).',
		);
		expect(stdout).toContain('links left pointing at the old help center 0');
	});

	test('a section the map skips gets no redirect: nothing of it is published', async () => {
		const site = emptySite(`${map}    devices: { skip: true }\n`);
		const { stdout } = await runImport(site, folder);
		expect(stdout).toContain('devices/_index.md: a section page with nothing but its heading');
		expect(stdout).toContain('its old address leads nowhere: none of its articles are imported');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).not.toContain('/knowledgebase/devices\n');
	});
});

describe('resolveRedirects: a product area’s page', () => {
	const article = (slug: string, productArea: string, audience: 'public' | 'internal' = 'public') => ({
		slug,
		data: { audience, draft: false, productArea },
	});
	const entries = [
		{ from: '/kb/billing', to: '/areas/billing/', line: 2 },
		{ from: '/kb/ops', to: '/areas/api/', line: 4 },
		{ from: '/kb/gone', to: '/areas/smtp/', line: 6 },
	];
	const articles = [article('refunds', 'billing'), article('rotate-keys', 'api', 'internal')];

	test('leads there when the build publishes an article in it, and is left out of the public build when none is', () => {
		const result = resolveRedirects(entries, articles, 'public', 'content/redirects.yaml');
		expect(result.redirects).toEqual([{ from: '/kb/billing', to: '/areas/billing/' }]);
		expect(result.hidden).toBe(1);
		expect(resolveRedirects(entries, articles, 'internal', 'f').redirects.map((redirect) => redirect.to)).toEqual([
			'/areas/billing/',
			'/areas/api/',
		]);
	});

	test('one no article is in is a problem at its line', () => {
		expect(resolveRedirects(entries, articles, 'public', 'content/redirects.yaml').problems).toEqual([
			{
				file: 'content/redirects.yaml',
				line: 6,
				message: 'the redirect from /kb/gone leads to "/areas/smtp/", the page of a product area no article is in',
				hint: 'remove the entry, or point it at an article or at the page of a product area with articles',
			},
		]);
	});
});
