import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, convertHtml, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('a page heading under a frontmatter title (Docusaurus and VitePress show the heading, the tab the title)', () => {
	test('a heading whose words are all in the title goes, and the headings under it keep their level', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-page-headings')]);
		expect(articleBody(site.contentDir, 'storage-and-plans-faq')).toBe(
			'## Understanding storage\n\nStorage is counted once per file, whichever albums hold it.\n',
		);
		// A heading with words of its own stays, one level down under the page's title.
		expect(articleBody(site.contentDir, 'backups-self-hosting')).toBe(
			'## Backing up your server\n\nCopy the database and the object storage every night.\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('in HTML, an <h1> of the title’s words goes; a section heading of them stays', () => {
		// The helper's article is titled "Verify your domain".
		expect(convertHtml('<h1>Verify domain</h1><h2>Steps</h2><p>Add the record.</p>').markdown).toBe(
			'## Steps\n\nAdd the record.\n',
		);
		expect(convertHtml('<h2>Domain</h2><p>Add the record.</p>').markdown).toBe('## Domain\n\nAdd the record.\n');
	});
});
