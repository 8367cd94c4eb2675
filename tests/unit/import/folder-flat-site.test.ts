import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { titleWithoutEmphasis } from '../../../src/import/sources/folder-pages.ts';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = `defaults:
  category: usability
  productArea: account
folder:
  folders:
    assets: { productArea: account }
    imports-exports: { productArea: account }
`;

// A help center whose generator served every page flat by its name (`/articles/imports.html`)
// and every folder's pictures from one `/img/`, with titles written in Markdown.
describe('folder import: a site that served its pages flat by name', () => {
	test('links by page name, pictures by a name their copies share, titles without their asterisks', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-flat-site')]);
		expect(stdout).toContain('1 article needs review (listed above).');
		// `imports.html` named the page whose frontmatter id is `imports`, in another folder.
		const body = articleBody(site.contentDir, 'import-your-assets');
		expect(body).toContain('[import profile](/articles/about-imports/#create-a-new-import-profile)');
		// Both folders hold the same form.png: either copy is the picture.
		expect(body).toContain('![The asset form](./import-your-assets/form.png)');
		expect(existsSync(path.join(site.contentDir, 'articles', 'import-your-assets', 'form.png'))).toBe(true);
		// Two different dashboard.png: which one the page showed is not known, so it is listed for review.
		expect(stdout).toContain('image not copied, left at its old address: /img/dashboard.png (no such file)');
		// `:::tips` is the site's own plural of a tip.
		expect(body).toContain('<Aside type="tip">');
		expect(articleFrontmatter(site.contentDir, 'import-your-assets')).toContain('title: Import your assets\n');
		expect(articleFrontmatter(site.contentDir, 'about-imports')).toContain('title: About imports\n');
		expect(stdout).toContain('title: its Markdown emphasis (the asterisks) left off');
		expect(checkErrors(site.contentDir)).toEqual([
			expect.stringContaining('/img/dashboard.png: no file at public/img/dashboard.png'),
		]);
	});

	test('a title keeps asterisks that are no emphasis, and every underscore', () => {
		expect(titleWithoutEmphasis('Use the *new* editor')).toBe('Use the new editor');
		expect(titleWithoutEmphasis('Rates: 2 * 3 * 4')).toBe('Rates: 2 * 3 * 4');
		expect(titleWithoutEmphasis('What is a *?')).toBe('What is a *?');
		expect(titleWithoutEmphasis('The __init__.py file and snake_case names')).toBe(
			'The __init__.py file and snake_case names',
		);
	});
});
