import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: account\n';

describe('folder import: a VitePress docs folder', () => {
	test('containers written with a space become asides, details a bold question, code groups titled blocks', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress/docs')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		const body = articleBody(site.contentDir, 'install-the-kiosk');
		// A frontmatter value a page shows is written in.
		expect(body).toContain('This page is Install the kiosk, in deep outline.');
		expect(body).toContain('<Aside type="tip" title="Before you start">\n  Charge the kiosk for an hour.\n</Aside>');
		expect(body).toContain('<Aside type="caution">\n  Never open the back panel.\n</Aside>');
		expect(body).toContain(
			'**npm**\n\n```sh\nnpm install kiosk-cli\n```\n\n**pnpm**\n\n```sh\npnpm add kiosk-cli\n```',
		);
		expect(body).toContain(
			'**Why does it need Bluetooth?**\n\nThe kiosk pairs with its card reader.\n\n<Aside type="danger" title="Unpaired readers">\n  A reader that is not paired declines every card.\n</Aside>',
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

	test('a home page (layout: home) keeps its hero and features as words and links', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-vitepress/docs')]);
		expect(articleBody(site.contentDir, 'quay-kiosk-help')).toBe(
			'Sell at the counter in minutes\n\nSetup, payments and refunds\n\n- [Install the kiosk](/articles/install-the-kiosk/)\n\n* **Card reader**: Pairs over Bluetooth.\n',
		);
		expect(stdout).not.toContain('frontmatter dropped: layout');
	});
});
