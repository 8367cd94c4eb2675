import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a VitePress docs folder', () => {
	test('containers written with a space become asides, details a fold, code groups titled blocks', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress/docs')]);
		// The home page (layout: home) is skipped: see below.
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 1');
		const body = articleBody(site.contentDir, 'install-the-kiosk');
		// A frontmatter value a page shows is written in.
		expect(body).toContain('This page is Install the kiosk, in deep outline.');
		expect(body).toContain('<Aside type="tip" title="Before you start">\n  Charge the kiosk for an hour.\n</Aside>');
		expect(body).toContain('<Aside type="caution">\n  Never open the back panel.\n</Aside>');
		expect(body).toContain(
			'**npm**\n\n```sh\nnpm install kiosk-cli\n```\n\n**pnpm**\n\n```sh\npnpm add kiosk-cli\n```',
		);
		expect(body).toContain(
			'<details>\n  <summary>Why does it need Bluetooth?</summary>\n\n  The kiosk pairs with its card reader.\n\n  <Aside type="danger" title="Unpaired readers">\n    A reader that is not paired declines every card.\n  </Aside>\n</details>',
		);
		// A code import is the file it names, under its label; `@` is the docs' root.
		expect(body).toContain('`kiosk.json`\n\n```json\n{\n  "store": "Main street",\n  "reader": "paired"\n}\n```');
		// Syntax written about in a code block stays as it was; [[toc]] goes.
		expect(body).toContain('```md\n::: tip\nWritten about, not used.\n:::\n```');
		expect(body.replace(/```md[\s\S]*?```/, '')).not.toMatch(/^\s*:::|\[\[toc\]\]|<<</m);
		expect(stdout).toContain('[[toc]] was removed');
		// Attributes after an image or link (markdown-it-attrs, bare names too) go; braces in a sentence stay.
		expect(body).toContain('![The kiosk from the front](./install-the-kiosk/kiosk-front.png)\n');
		expect(body).toContain(
			'Order spare parts from [the kiosk store](https://store.example.com/). Receipts show \\{store} at the top.',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a home page (layout: home) is no article: its hero and features were links to the pages, as the help center’s home page is', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress/docs')]);
		expect(existsSync(path.join(site.contentDir, 'articles', 'quay-kiosk-help.mdx'))).toBe(false);
		expect(stdout).toContain(
			"index.md: the site's home page (layout: home), its hero and features links to the site's pages; its address is the help center's home page here",
		);
		expect(stdout).not.toMatch(/skipped pages? needs? review/);
	});
});

describe('folder import: a VitePress site’s home pages (layout: home)', () => {
	const tandem = ['--from', 'folder', importFixture('folder-vitepress-home')];

	test('the root’s is skipped, needing no review; a folder’s leads to its section’s first article; one with words of its own stays', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, tandem);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 2');
		expect(existsSync(path.join(site.contentDir, 'articles', 'tandem-help.mdx'))).toBe(false);
		expect(existsSync(path.join(site.contentDir, 'articles', 'partner-shops.mdx'))).toBe(false);
		expect(stdout).toContain(
			"partners/index.md: a section's home page (layout: home), its hero and features links to the section's pages (as a product area's page lists them here); /help/partners now leads to its first article, \"Become a partner\"",
		);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		// Under the site's `base`, whose own address no redirect names.
		expect(redirects).not.toMatch(/from: \/help\/?\n/);
		expect(redirects).toContain('- from: /help/partners\n    to: folder:partners/become-a-partner\n');
		// A home page with text of its own below its hero is an article, as before.
		expect(articleBody(site.contentDir, 'welcome-riders')).toContain('two free hours a day');
		expect(stdout).not.toMatch(/skipped pages? needs? review/);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
