import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: links between pages', () => {
	test('links to the built .html pages and to index pages lead to the imported articles', async () => {
		const site = emptySite(map);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-html-links'),
			'--base-path',
			'/help',
		]);
		expect(result.stdout).toContain('links rewritten 5');
		const read = (slug: string) => readFileSync(path.join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');
		expect(read('guide')).toContain(
			'Start with [setup](/articles/setup/) and the [refund rules](/articles/billing-questions/#refunds).',
		);
		expect(read('setup')).toContain(
			'See [billing](/articles/billing-questions/), [the guide](/articles/guide/) and [the guide again](/articles/guide/).',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('folder import: images and files the folder does not have', () => {
	test('keep the address the old site served them at, which npm run check then reports', async () => {
		const site = emptySite(map);
		const result = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-missing-files'),
			'--base-path',
			'/help',
		]);
		expect(result.stdout).toContain('image not copied, left at its old address: /img/dock.png (no such file)');
		expect(result.stdout).toContain('image not copied, left at its old address: /help/guide/cable.png (no such file)');
		expect(result.stdout).toContain(
			'file not copied, the link still leads to its old address: /help/guide/wiring.pdf (no such file)',
		);
		const dock = readFileSync(path.join(site.contentDir, 'articles', 'dock-setup.mdx'), 'utf8');
		expect(dock).toContain('![The dock](/img/dock.png)');
		expect(dock).toContain('![The cable](/help/guide/cable.png)');
		expect(dock).toContain('The [wiring diagram](/help/guide/wiring.pdf) shows every port.');
		expect(dock).toContain('The file linked here (wiring diagram) could not be copied');
		expect(dock).not.toContain('file:');
		// As in an Obsidian vault, an image named by its file name alone is found wherever the folder keeps it.
		expect(readFileSync(path.join(site.contentDir, 'articles', 'vault-style.mdx'), 'utf8')).toContain(
			'![A photo](./vault-style/photo.png)',
		);
		// An image missing from the page stops the build, so check names it; the file keeps its import note.
		expect(checkErrors(site.contentDir).map((error) => error.slice(error.indexOf('dock-setup.mdx')))).toEqual([
			'dock-setup.mdx: /img/dock.png: no file at public/img/dock.png',
			'dock-setup.mdx: /help/guide/cable.png: no file at public/help/guide/cable.png',
		]);
	});
});

describe('folder import: a folder’s index page', () => {
	test('belongs to its own folder, so it takes that folder’s product area from the map', async () => {
		const site = emptySite(`${map}folder:\n  folders:\n    guide: { productArea: api }\n`);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-html-links')]);
		const read = (slug: string) => readFileSync(path.join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');
		// guide/index.md and guide/setup.md are the guide folder's; faq.md is in no folder.
		expect(read('guide')).toContain('productArea: api');
		expect(read('setup')).toContain('productArea: api');
		expect(read('billing-questions')).toContain('productArea: domains');
		expect(result.stdout).not.toContain('Unmapped');
	});
});

describe('folder import: an image whose size Astro cannot read', () => {
	test('is not copied, since it would stop the build: it keeps its old address and is listed', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-unreadable-image')]);
		expect(result.stdout).toContain(
			'image not copied, left at its old address: /flow.svg (Astro cannot read the size of this image)',
		);
		const body = readFileSync(path.join(site.contentDir, 'articles', 'order-flow.mdx'), 'utf8');
		expect(body).toContain('![The order flow](/flow.svg)');
		// An SVG that says its size comes as any image does.
		expect(body).toContain('![The counter](./order-flow/counter.svg)');
	});
});

describe('folder import: an image whose relative address climbs above the folder', () => {
	test('is read as the old site served it, from the folder’s root, since a browser stops there', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-images-above-root')]);
		const body = readFileSync(path.join(site.contentDir, 'articles', 'fire-a-glaze.mdx'), 'utf8');
		expect(body).toContain('![The glaze chart](./fire-a-glaze/glaze-chart.png)');
		expect(body).toMatch(/!\[Shelves on posts\]\(<?\.\/fire-a-glaze\/kiln[ -]shelf\.png>?\)/);
		// A file the folder does not hold is still listed, at the address the old site gave it.
		expect(result.stdout).toContain('image not copied, left at its old address: /other/missing.png (no such file)');
		expect(result.stdout).toContain('images copied 2');
		expect(checkErrors(site.contentDir)).toEqual([expect.stringContaining('/other/missing.png')]);
	});
});
