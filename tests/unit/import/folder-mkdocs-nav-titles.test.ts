import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** Each written article's title, by its source. */
function titles(contentDir: string): Record<string, string> {
	const dir = path.join(contentDir, 'articles');
	const found: Record<string, string> = {};
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
		const text = readFileSync(path.join(dir, file), 'utf8');
		const source = /^source: (.+)$/m.exec(text)?.[1] ?? file;
		found[source] = /^title: (.+)$/m.exec(text)?.[1] ?? '';
	}
	return found;
}

describe('folder import: an MkDocs site’s nav names its pages', () => {
	test('a page with no title and no heading of its own is titled by its nav entry, as MkDocs titled it', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-nav-titles/docs')]);
		expect(stdout).toContain('written 7, updated 0, unchanged 0, skipped 0');
		expect(titles(site.contentDir)).toEqual({
			// A heading of its own or a frontmatter title still names the page.
			'folder:index': 'Welcome to Glowhub',
			'folder:lamps/pair': 'Pair a lamp with the hub',
			// The nav's name, not the file's ("Index" of lamps/, "Nightmode").
			'folder:lamps': 'Lamps',
			'folder:lamps/nightmode': 'Night mode',
			// MkDocs writes a nav title into the page as HTML: readers saw its text.
			'folder:hub/cli': 'The glow command',
			// A nav entry without a title, and a page the nav does not list, keep their file's name.
			'folder:hub/reset': 'Reset',
			'folder:hub/firmware_updates': 'Firmware updates',
		});
		expect(readdirSync(path.join(site.contentDir, 'articles')).sort()).toContain('night-mode.mdx');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
