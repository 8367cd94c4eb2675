import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fumadocsNavSections } from '../../../src/import/sources/fumadocs-nav.ts';
import { temporaryDir } from '../temporary-dir.ts';

/** A docs folder of the given files (`meta.json` contents as objects), and its page files. */
function docsFolder(files: Record<string, string | object>): { dir: string; pages: string[] } {
	const dir = temporaryDir('fumadocs-nav');
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
	}
	return { dir, pages: Object.keys(files).filter((name) => name.endsWith('.mdx')) };
}

describe("Fumadocs' sidebar as sections", () => {
	test('the rest (...), an extracted folder (...folder), an excluded page and a link', () => {
		const { dir, pages } = docsFolder({
			'meta.json': {
				pages: [
					'---Start---',
					'intro',
					'[Blog](https://example.com/blog)',
					'!hidden',
					'...',
					'---More---',
					'...guides',
				],
			},
			'intro.mdx': '# Intro',
			'hidden.mdx': '# Hidden',
			'faq.mdx': '# FAQ',
			'guides/setup.mdx': '---\ntitle: Setup\n---',
			'billing/index.mdx': '---\ntitle: Plans and billing\n---',
			'billing/refunds.mdx': '# Refunds',
		});
		const sections = fumadocsNavSections(dir, pages);
		expect(Object.fromEntries(sections ?? [])).toEqual({
			'intro.mdx': ['Start'],
			'faq.mdx': ['Start'],
			'billing/index.mdx': ['Start', 'Plans and billing'],
			'billing/refunds.mdx': ['Start', 'Plans and billing'],
			'guides/setup.mdx': ['More'],
		});
	});

	test('a docs folder without a meta.json listing pages has no sections', () => {
		const { dir, pages } = docsFolder({
			'intro.mdx': '# Intro',
			'guides/meta.json': { title: 'Guides', pages: ['a'] },
		});
		expect(fumadocsNavSections(dir, pages)).toBeUndefined();
	});
});
