import { describe, expect, test } from 'vitest';
import { articleBody, articleFrontmatter, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: Markdown files written as MDX, handed over without the site’s configuration', () => {
	test('a .md page that imports components is read as MDX: its imports go and its tabs keep their tables', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-md-with-components')]);
		const body = articleBody(site.contentDir, 'install-the-desktop-app');
		expect(body).not.toContain('import');
		expect(articleFrontmatter(site.contentDir, 'install-the-desktop-app')).toContain(
			'description: Pick the download for your computer.',
		);
		expect(body).toContain('## Windows');
		expect(body).toMatch(/\| \[Installer\]\(https:\/\/example\.com\/app\.exe\) \| +80 MB +\|/);
		expect(body).toContain('## macOS');
		expect(stdout).toContain('import and export lines were removed');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an import in a code sample does not make a page MDX: its braces stay text', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-md-with-components')]);
		const body = articleBody(site.contentDir, 'fill-in-the-template');
		expect(body).toContain("Replace \\{name} with the customer's name.");
		expect(body).toContain("import { render } from 'template';");
		expect(stdout).not.toContain('not valid MDX');
	});
});
