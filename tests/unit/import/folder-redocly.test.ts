import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	articleBody,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
} from './helpers.ts';

/** The fixture imported once: a Redocly project, named by its root (where its redocly.yaml is). */
async function imported() {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture('folder-redocly')]);
	return { site, stdout: result.stdout };
}

describe('folder import: a Redocly (Realm) project', () => {
	test('its pages come over; translations, the theme, ignored files and partials stay out, each said why', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 6, updated 0, unchanged 0, skipped 8');
		expect(stdout).toContain(
			'@l10n/ja/guides/setup.md: in @l10n/ja/, the ja translation of the site (l10n in redocly.yaml: its default locale, en-US, is the one brought)',
		);
		expect(stdout).toContain(
			"@theme/components/README.md: in @theme/, the site's theme, which Redocly does not publish as pages",
		);
		expect(stdout).toContain(
			'guides/_template.md: left out of the old site by ignore in redocly.yaml ("guides/_template.md"), so Redocly never built it',
		);
		expect(stdout).toContain(
			'tools/notes.md: left out of the old site by ignore in redocly.yaml ("tools/*"), so Redocly never built it',
		);
		expect(stdout).toContain(
			"_partials/unused.md: in _partials/, a partials folder (Redocly's default), which the old site showed only inside the pages that include its files",
		);
		expect(articleBody(site.contentDir, 'set-up-a-lantern')).toContain('Still stuck? Write to');
		// A raw-partial (included before the page is read) brings its link definitions with it.
		expect(articleBody(site.contentDir, 'pair-two-lanterns')).toContain(
			'and [how refunds work][refunds].\n\n[refunds]: /articles/refunds/\n',
		);
		// A definition the page never uses showed nothing there, and stays out (a site's shared list holds hundreds).
		expect(articleBody(site.contentDir, 'pair-two-lanterns')).not.toContain('[invoices]');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('redirects.yaml, $ref’d from redocly.yaml, and redocly.yaml’s own: old addresses of the pages they lead to', async () => {
		const { site, stdout } = await imported();
		// Each page at its path from the project's root, a folder's index.md at the folder.
		expect(oldAddressesOf(site.contentDir, 'folder:guides/setup')).toEqual([
			'/guides/old-setup',
			'/guides/setup',
			'/start',
		]);
		expect(oldAddressesOf(site.contentDir, 'folder:billing')).toEqual(['/billing']);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		expect(redirects).toContainEqual({ from: '/billing/refund-policy', to: 'folder:billing/refunds#policy' });
		expect(stdout).toContain(
			"redirects.yaml: redirect /old/* → /guides/*: a pattern the import does not follow; add it to your host's redirects if you keep it",
		);
		expect(stdout).toContain(
			"redirects.yaml: redirect /status → https://status.example.com leads to another site; add it to your host's redirects if you keep it",
		);
	});

	test('the sections of its sidebars.yaml, groups and pages with items, are the starter map’s', async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture('folder-redocly'), '--dry-run']);
		const written = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		const sections = [...written.matchAll(/^ {4}("[^\n]*"): \{/gm)].map((match) => JSON.parse(match[1] as string));
		expect(sections).toEqual(['Billing', 'Billing › Invoices', 'Get started']);
	});

	test('its Markdoc tags: an admonition is an aside under its name, tabs are tabs, a badge its words', async () => {
		const { site } = await imported();
		const body = articleBody(site.contentDir, 'set-up-a-lantern');
		expect(body).toContain(
			'<Aside type="caution" title="Mind the cable">\n  Use the cable that came in the box.\n</Aside>',
		);
		expect(body).toContain('Android');
		// A badge in a sentence is its words, linked where it linked.
		expect(body).toContain('before its first use. [New in: 2.0](https://example.com/releases/2.0)\n');
		expect(body).not.toContain('{%');
		// A code-snippet is the code it showed: its file from the project's root, cut where it says, its title above it.
		expect(articleBody(site.contentDir, 'pair-two-lanterns')).toContain(
			'`pair.py`\n\n```py\ndef pair(a, b):\n    return link(a, b)\n```',
		);
		expect(articleBody(site.contentDir, 'pair-two-lanterns')).not.toContain('code-snippet');
	});
});
