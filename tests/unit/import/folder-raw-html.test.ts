import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { stringifyBody } from '../../../src/import/convert/body.ts';
import { ensureCompiles, mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: raw HTML in Markdown sources', () => {
	test('every article it writes compiles as MDX, with its headings and paragraphs kept apart', async () => {
		const site = emptySite(map);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-raw-html')]);
		expect(result.stdout).toContain('written 4, updated 0, unchanged 0, skipped 0');
		const dir = path.join(site.contentDir, 'articles');
		const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
		expect(files).toHaveLength(4);
		for (const file of files)
			expect(mdxProblem(articleBody(site.contentDir, file.replace(/\.mdx$/, '')))).toBeUndefined();

		// Inline <br> is a Markdown line break; an unclosed <img> an image, copied, in a sentence or a table cell.
		const inline = articleBody(site.contentDir, 'inline-html');
		expect(inline).toContain('Press the power button\\\nand hold it for five seconds.');
		expect(inline).toContain('_green\\\nthen white_');
		expect(inline).toContain('The badge ![Ready badge](./inline-html/badge.png) shows on the lock screen.');
		// A table cell holds no line ending: its break is written as the `<br />` a table takes.
		expect(inline).toMatch(/\| !\[Badge\]\(\.\/inline-html\/badge\.png\) +\| ready<br \/>to pair \|/);
		// An HTML link whose words are its address is one link, not two (Markdown also links the address inside it).
		expect(inline).toContain(
			'Open [https://status.example.com/remote](https://status.example.com/remote) to see outages, or [the manual](https://example.com/manual).',
		);
		expect(inline).toContain(
			'A bare address stays a link too: [https://example.com/pairing](https://example.com/pairing)\\\non',
		);
		// A blank alt is an icon's: empty, so screen readers skip it.
		expect(inline).toContain('Tap the ![](./inline-html/badge.png) arrow to pair.');
		expect(inline.replace(/^\|.*\|$/gm, '')).not.toContain('<br');
		expect(inline).not.toContain('<img');

		// A line holding only <br> is no reason to run the rest of the page into one paragraph.
		expect(articleBody(site.contentDir, 'line-breaks')).toBe(
			'Pair the remote first.\n\nThen open the companion app.\n\n## Reset the remote\n\nHold both buttons.\n\n## Check the battery\n\nThe light blinks twice when the battery is low.\n',
		);

		// The note for an inline SVG stands after its paragraph, not inside it.
		expect(articleBody(site.contentDir, 'inline-svg')).toBe(
			'Tap the button to start recording.\n\n<Aside type="caution" title="Import note">\n  The original article had an inline SVG drawing here; it was not imported.\n</Aside>\n\n## Stop recording\n\nTap it again.\n',
		);
		expect(articleBody(site.contentDir, 'video-between-breaks')).toBe(
			'Watch the setup.\n\n[Watch the video (setup.mp4)](./video-between-breaks/setup.mp4)\n\nThen follow the steps.\n\n## Steps\n\nPlug the dock in.\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('raw HTML MDX cannot compile is shown as text, with an import note after its block', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'paragraph', children: [{ type: 'text', value: 'Before.' }] },
				{
					type: 'paragraph',
					children: [
						{ type: 'text', value: 'Hold ' },
						{ type: 'html', value: '<kbd>' },
						{ type: 'text', value: 'Ctrl' },
					],
				},
			],
		};
		expect(mdxProblem(stringifyBody(tree, 'mdx'))).toBe(
			'3:1: Expected a closing tag for `<kbd>` (3:6-3:11) before the end of `paragraph`',
		);
		expect(ensureCompiles(tree, 'mdx')).toEqual({
			review: [
				'MDX could not compile its raw HTML (3:1: Expected a closing tag for `<kbd>` (3:6-3:11) before the end of `paragraph`); the HTML is shown as text with an import note',
			],
		});
		expect(stringifyBody(tree, 'mdx')).toBe(
			'Before.\n\nHold \\<kbd>Ctrl\n\n<Aside type="caution" title="Import note">\n  Some HTML of the original article above could not be converted and is shown as text; rewrite it in Markdown or remove it.\n</Aside>\n',
		);
	});

	test('an article that still cannot compile is not written', () => {
		const tree: Root = { type: 'root', children: [{ type: 'mdxFlowExpression', value: 'a {' } as Root['children'][0]] };
		expect(ensureCompiles(tree, 'mdx')).toEqual({
			unwritable: expect.stringMatching(/^MDX cannot compile the converted article \(.+\), so it was not written$/),
		});
		// Markdown output is not MDX: nothing to prove.
		expect(ensureCompiles(tree, 'md')).toEqual({ review: [] });
	});
});
