import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map =
	'defaults:\n  category: usability\n  productArea: account\nfolder:\n  folders:\n    account: { productArea: account }\n';

async function imported(fixture: string) {
	const site = emptySite(map);
	const result = await runImport(site, ['--from', 'folder', path.join(importFixture(fixture), 'docs')]);
	const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
		from: string;
		to: string;
	}[];
	return { site, ...result, redirects };
}

describe('folder import: the redirects of a Docusaurus site’s client redirects plugin', () => {
	test('literal redirects lead to the pages they named, under baseUrl, through chains and to a section; the rest is listed for review', async () => {
		const { site, stdout, exitCode, redirects } = await imported('folder-docusaurus-redirects');
		const to = (from: string) => redirects.find((entry) => entry.from === from)?.to;
		expect(to('/help/guide/old-billing')).toBe('folder:billing');
		expect(to('/help/guide/pricing')).toBe('folder:billing#plans');
		expect(to('/help/pricing')).toBe('folder:billing#plans');
		expect(to('/help/guide/start')).toBe('folder:getting-started');
		expect(to('/help/guide/first-steps')).toBe('folder:getting-started');
		// From a module the configuration imports, and a JSON list spread into its list.
		expect(to('/help/kb/password')).toBe('folder:account/reset-password');
		expect(to('/help/kb/invoices')).toBe('folder:billing');
		// fromExtensions: ['html'] served every page as its .html too.
		expect(to('/help/guide/billing.html')).toBe('folder:billing');
		expect(to('/help/guide/account/reset-password.html')).toBe('folder:account/reset-password');
		expect(to('/help/guide/teams')).toBeUndefined();
		expect(to('/help/status')).toBeUndefined();
		expect(redirects).toHaveLength(3 + 7 + 3);
		expect(stdout).toContain(
			[
				"The old site's configuration, to review:",
				'  - docusaurus.config.ts: 1 redirect of the list computed by code (not a literal from and to), not read',
				"  - docusaurus.config.ts: createRedirects, a function that makes old addresses from each page's, which the import does not run: add its addresses to content/redirects.yaml",
				'  - docusaurus.config.ts: redirect /guide/teams → /guide/teams-and-roles leads to no page of the folder; its old address leads nowhere',
				"  - docusaurus.config.ts: redirect /status → https://status.lantern.example leads to another site; add it to your host's redirects if you keep it",
				'',
				"4 points of the old site's configuration need review (listed above).",
			].join('\n'),
		);
		expect(exitCode).toBe(1);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a configuration that does not parse is one line for review, and the pages come over', async () => {
		const { stdout, exitCode, redirects } = await imported('folder-docusaurus-broken-config');
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 0');
		// Only the page's own address: the configuration's redirect could not be read.
		expect(redirects).toEqual([{ from: '/docs/intro', to: 'folder:intro' }]);
		expect(stdout).toContain(
			"The old site's configuration, to review:\n  - docusaurus.config.js: it does not parse (line 8, column 2), so its redirects were not read\n",
		);
		expect(exitCode).toBe(1);
	});
	test('a module named as a folder beside it (./docs, with docs/ there too) is read as the module, not the folder', async () => {
		const { stdout, exitCode, redirects } = await imported('folder-docusaurus-module-beside-folder');
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		expect(redirects.find((entry) => entry.from === '/docs/old-billing')?.to).toBe('folder:billing');
		expect(stdout).not.toContain('EISDIR');
		expect(exitCode).toBe(0);
	});
});

describe('folder import: a Docusaurus site whose docs plugins are listed in a module its configuration imports', () => {
	test('the folder is served where that plugin says, so its old addresses and links to them lead to the articles', async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			path.join(importFixture('folder-docusaurus-plugins-module'), 'guide'),
		]);
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects as {
			from: string;
			to: string;
		}[];
		expect(redirects).toContainEqual({ from: '/guide/billing', to: 'folder:billing' });
		const page = readFileSync(path.join(site.contentDir, 'articles', 'getting-started.mdx'), 'utf8');
		expect(page).toContain('[how billing works](/articles/billing/)');
		expect(page).toContain('[what a seat costs](/articles/billing/)');
		expect(stdout).not.toContain('lantern.example/guide');
		expect(exitCode).toBe(0);
	});
});
