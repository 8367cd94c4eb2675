import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderAddress } from '../../../src/import/command.ts';
import { checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';
const docs = path.join(importFixture('folder-old-site'), 'docs');

describe('folder import with the old site address (--old-site-url)', () => {
	test('absolute links to the old site are links between the pages, and links that stay on it keep working', async () => {
		const site = emptySite(map);
		const result = await runImport(site, [
			'--from',
			'folder',
			docs,
			'--old-site-url',
			'https://help.example.com/docs/',
		]);
		const setup = readFileSync(path.join(site.contentDir, 'articles', 'set-up-the-dock.mdx'), 'utf8');
		// An absolute link to another page of the folder, anchor and all.
		expect(setup).toContain('[refund rules](/articles/billing-questions/#refunds)');
		// A root-relative link and a relative link out of the docs folder (/docs) lead to the
		// product's own site around the docs, not nowhere: ordinary links, kept, not listed.
		expect(setup).toContain('[our plans](https://help.example.com/pricing)');
		expect(setup).toContain('[launch post](https://help.example.com/blog/launch)');
		// A page of the old site the folder lacks (`www.` or not) stays as written; the rest of the web is left alone.
		expect(setup).toContain('[old FAQ](https://www.help.example.com/docs/faq)');
		expect(setup).toContain('[standards body](https://example.org/usb)');
		// An image addressed on the old site is the folder's own file, copied beside the article.
		expect(setup).toContain('![The wiring](./set-up-the-dock/diagram.png)');
		// One the folder lacks keeps its address on the old site.
		expect(setup).toContain('![The box](https://help.example.com/img/box.png)');
		// A relative link that climbs further out than the folder's parent is still an address of the old site.
		expect(setup).toContain('![The logo](https://help.example.com/assets/logo.png)');
		expect(setup).not.toContain('file:');
		expect(result.stdout).toContain('links rewritten 1');
		expect(result.stdout).toContain('links left pointing at the old help center 1\n');
		expect(result.stdout).toContain(
			'link left pointing outside: https://www.help.example.com/docs/faq (a page of the old help center)',
		);
		for (const productSite of ['https://help.example.com/pricing', 'https://help.example.com/blog/launch'])
			expect(result.stdout).not.toContain(productSite);
		expect(result.stdout).not.toContain('example.org');
		// The redirect sources are the old paths under the address's path.
		expect(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).toContain('/docs/guide/setup');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without it, the same links to other pages of the old site lose their target and are listed for review', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', docs, '--base-path', '/docs']);
		const setup = readFileSync(path.join(site.contentDir, 'articles', 'set-up-the-dock.mdx'), 'utf8');
		expect(setup).toContain('compare our plans or the launch post.');
		expect(result.stdout).toContain('the link to /pricing leads to no imported page');
		expect(result.stdout).toContain('the link to /blog/launch leads to no imported page');
		// Root-relative addresses stay root-relative, never a path of the importing machine.
		expect(setup).toContain('![The box](/img/box.png)');
		expect(setup).toContain('![The logo](/assets/logo.png)');
		for (const written of [setup, result.stdout]) expect(written).not.toContain(path.resolve('tests'));
	});

	test('an address that is not a web address, or whose path disagrees with --base-path, stops with exit 2', async () => {
		for (const [argv, message] of [
			[
				['--old-site-url', 'help.example.com'],
				'--old-site-url must be the old site\'s web address, received "help.example.com"',
			],
			[['--old-site-url', 'ftp://help.example.com'], "--old-site-url must be the old site's web address"],
			[
				['--old-site-url', 'https://help.example.com/docs', '--base-path', '/help'],
				'--base-path /help and the path of --old-site-url (/docs) disagree',
			],
		] as const) {
			const site = emptySite(map);
			const result = await runImport(site, ['--from', 'folder', docs, ...argv]);
			expect(result.exitCode).toBe(2);
			expect(result.stderr).toContain(message);
		}
	});

	test('the address gives the base path, and agrees with the same one given twice', () => {
		expect(folderAddress(undefined, 'https://help.example.com/docs/')).toEqual({
			basePath: '/docs',
			oldSite: new URL('https://help.example.com'),
		});
		expect(folderAddress('/docs/', 'https://help.example.com/docs')).toMatchObject({ basePath: '/docs/' });
		expect(folderAddress('/kb', 'https://help.example.com')).toMatchObject({ basePath: '/kb' });
		// Not given, the folder's generator says where it was served (Docusaurus' docs/ at /docs), else /.
		expect(folderAddress(undefined, undefined)).toEqual({});
		expect(folderAddress(undefined, 'https://help.example.com')).toEqual({
			oldSite: new URL('https://help.example.com'),
		});
	});
});
