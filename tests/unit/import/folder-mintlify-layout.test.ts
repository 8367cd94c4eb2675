import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture (a Mintlify site: pictures per colour theme, tabs with headings, redirects) imported into an empty site. */
async function imported() {
	const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
	const { stdout, exitCode } = await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-layout')]);
	return { site, stdout, exitCode };
}

describe('folder import: a Mintlify site’s pictures, tabs, redirects and links', () => {
	test('a picture drawn once per colour theme comes over once, the light theme’s; one only for the dark theme stays', async () => {
		const { site, stdout } = await imported();
		const body = articleBody(site.contentDir, 'read-the-board');
		expect(body).toContain('![Board in light mode](./read-the-board/board-light.png)');
		expect(body).toContain('![Menu](./read-the-board/menu-light.png)');
		expect(body).not.toContain('board-dark');
		expect(body).not.toContain('menu-dark');
		// Alone, the dark theme's picture is the only one there is.
		expect(body).toContain('![Dimmed board](./read-the-board/night-only.png)');
		expect(body).toContain('_The board with three lamps_');
		expect(stdout).toContain("2 pictures drawn for the dark theme beside the light theme's were left out");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an icon that opened a link leaves no space before the link’s words', async () => {
		const { site } = await imported();
		const body = articleBody(site.contentDir, 'read-the-board');
		expect(body).toContain(
			'- [App Store](https://apps.example/lantern-ios)\n- [Play Store](https://apps.example/lantern-android)',
		);
	});

	test('a tab opening with a heading that repeats its title has that heading once; its other headings sit under it', async () => {
		const { site } = await imported();
		const body = articleBody(site.contentDir, 'connect-a-lamp');
		expect(body.match(/^#+ .*$/gm)).toEqual(['## Hub', '### Pairing codes', '## Cloud', '## Troubleshooting']);
		expect(body).toContain('## Hub\n\nPlug the hub into your router and hold its button.');
	});

	test('docs.json’s patterns are spelt out for each page; redirects it cannot keep are listed for review', async () => {
		const { site, stdout, exitCode } = await imported();
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toEqual(
			expect.arrayContaining([
				{ from: '/old/board', to: 'folder:guides/board' },
				// `/tutorials/:slug*` → `/guides/:slug*`, for each page under /guides.
				{ from: '/tutorials/board', to: 'folder:guides/board' },
				{ from: '/tutorials/connect', to: 'folder:guides/connect' },
			]),
		);
		expect(redirects).toHaveLength(5);
		const review = stdout.slice(stdout.indexOf("The old site's configuration, to review:")).split('\n').slice(1, 4);
		expect(review).toEqual([
			'  - docs.json: redirect /old/sync → /guides/sync-later leads to no page of the folder; its old address leads nowhere',
			"  - docs.json: redirect /status → https://status.lantern.example leads to another site; add it to your host's redirects if you keep it",
			"  - docs.json: redirect /v1/:version/:page → /guides/:page is a pattern the import cannot follow; add it to your host's redirects if you keep it",
		]);
		expect(exitCode).toBe(1);
	});

	test('links written with a host the import was not told, at its pages’ addresses, are named with the option that leads them home', async () => {
		const { site, stdout } = await imported();
		expect(articleBody(site.contentDir, 'connect-a-lamp')).toContain(
			'[board guide](https://lantern.example/guides/board)',
		);
		expect(stdout).toContain(
			'\n2 links lead to https://lantern.example at the addresses of pages imported here (https://lantern.example/guides/board, https://lantern.example/guides/connect#hub) and stay links to that site: if it is the old site, run the import again with --old-site-url https://lantern.example so they lead to the articles.',
		);
		// One link at a page's address is no pattern: the shop is not named.
		expect(stdout).not.toContain('lead to https://shop.example');
		const again = emptySite('defaults:\n  category: usability\n  productArea: account\n');
		const told = await runImport(again, [
			'--from',
			'folder',
			importFixture('folder-mintlify-layout'),
			'--old-site-url',
			'https://lantern.example',
		]);
		expect(told.stdout).not.toContain('at the addresses of pages imported here');
		expect(articleBody(again.contentDir, 'connect-a-lamp')).toContain('[board guide](/articles/read-the-board/)');
	});
});
