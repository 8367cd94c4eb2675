import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { anchorsOf } from '../../../src/authoring/check/context.ts';
import { headingText } from '../../../src/authoring/check/heading-text.ts';
import { isExternal } from '../../../src/authoring/check/references.ts';
import { scanBody } from '../../../src/authoring/check/scan.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { fixture } from './helpers.ts';
import { parseWithRemark } from './remark-oracle.ts';

/** What the scanner finds, in the oracle's shape: heading ids and local references with their lines. */
function scanned(body: string, options: { firstLine: number; mdx: boolean }) {
	const result = scanBody(body, options);
	const slugger = new GithubSlugger();
	return {
		headings: result.headings.map((heading) => slugger.slug(heading.text)),
		references: result.references
			.filter((reference) => !isExternal(reference.url))
			.map((reference) => `${reference.line} ${reference.url}`)
			.sort(),
	};
}

describe('scanBody agrees with remark', () => {
	test('on every demo article and runbook: heading ids, links and images at the same lines', () => {
		const content = loadContent('content');
		expect(content.articles.length).toBeGreaterThan(0);
		for (const entry of [...content.articles, ...content.runbooks]) {
			const options = { firstLine: entry.bodyLine, mdx: entry.file.endsWith('.mdx') };
			expect({ file: entry.file, ...scanned(entry.body, options) }).toEqual({
				file: entry.file,
				...parseWithRemark(entry.body, options),
			});
		}
	});

	test.each(['tricky.md', 'tricky.mdx'])(
		'on %s: setext headings, code, comments, nested brackets, definitions, JSX',
		(name) => {
			const body = readFileSync(fixture(`markdown/${name}`), 'utf8');
			const options = { firstLine: 1, mdx: name.endsWith('.mdx') };
			expect(scanned(body, options)).toEqual(parseWithRemark(body, options));
		},
	);
});

describe('scanBody agrees with remark where a line alone cannot tell', () => {
	test.each(['billing-page.md', 'receipts.mdx'])(
		'on %s: indented code (none in MDX), inline code, links and pictures over two lines',
		(name) => {
			const text = readFileSync(fixture(`markdown-constructs/${name}`), 'utf8');
			const frontmatterEnd = text.indexOf('\n---\n') + 5;
			const body = text.slice(frontmatterEnd);
			const options = { firstLine: text.slice(0, frontmatterEnd).split('\n').length, mdx: name.endsWith('.mdx') };
			expect(scanned(body, options)).toEqual(parseWithRemark(body, options));
		},
	);
});

describe('scanBody: a heading that opens a list item', () => {
	test.each([false, true])('is a heading, as remark and the built page read it (mdx: %s)', (mdx) => {
		const body = [
			'1. ### Pair the lamp',
			'   Hold the button. See [the next step](#name-the-lamp).',
			'',
			'2. ### Name the lamp',
			'   - ## Porch',
			'   - #hashtag is no heading',
			'',
			'* # ',
			'',
		].join('\n');
		const options = { firstLine: 1, mdx };
		expect(scanned(body, options)).toEqual(parseWithRemark(body, options));
		expect(scanned(body, options).headings).toEqual(['pair-the-lamp', 'name-the-lamp', 'porch', '']);
	});
});

describe('scanBody: an address in a link’s words', () => {
	test.each([false, true])('is no link of its own, as remark reads it (mdx: %s)', (mdx) => {
		const body = readFileSync(fixture('url-in-link-text/links.md'), 'utf8');
		const found = scanBody(body, { firstLine: 1, mdx })
			.references.map((reference) => `${reference.line} ${reference.url}`)
			.sort();
		expect(found).toEqual(parseWithRemark(body, { firstLine: 1, mdx, external: true }).references);
		// Each is an address a browser can open; `npm run check` said "is not a valid link" of the first.
		for (const reference of found)
			expect(() => new URL(reference.split(' ')[1] as string, 'https://help.test/')).not.toThrow();
	});
});

describe('scanBody', () => {
	test('finds addresses that render as links without brackets: autolinks and bare URLs', () => {
		const body =
			'See <https://help.test/a/>, https://help.test/b/. Not [https://help.test/c/](https://help.test/c/) twice; (https://help.test/d/).';
		const found = (mdx: boolean) =>
			scanBody(body, { firstLine: 1, mdx }).references.map((reference) => `${reference.column} ${reference.url}`);
		expect(found(false).sort()).toEqual([
			'108 https://help.test/d/',
			'29 https://help.test/b/',
			'6 https://help.test/a/',
			'78 https://help.test/c/',
		]);
		// MDX reads `<https://...>` as JSX, not as a link.
		expect(found(true)).not.toContain('6 https://help.test/a/');
	});

	test('reports each URL at its own line and column, so editors jump to it', () => {
		const body = 'Intro.\n\nSee [one](/articles/one/) and ![two](./two.png).\n\n<a href="/articles/three/">x</a>\n';
		expect(scanBody(body, { firstLine: 10, mdx: true }).references).toEqual([
			{ url: '/articles/one/', line: 12, column: 11, type: 'link', words: 'one' },
			{ url: './two.png', line: 12, column: 38, type: 'image' },
			{ url: '/articles/three/', line: 14, column: 10, type: 'link', words: 'x' },
		]);
	});

	test('reads reference links’ uses and labels, and no image, footnote or link inside one as a use', () => {
		const body = [
			'Get [a copy][csv], [the Docs][] and [a shortcut], ![logo][img] or [^1] or [[nested]](/x/).',
			'',
			'[CSV]: /articles/export-data/ "Export"',
		].join('\n');
		const scanned = scanBody(body, { firstLine: 1, mdx: false });
		expect(scanned.referenceUses).toEqual([
			{ label: 'csv', words: 'a copy', line: 1 },
			{ label: 'the Docs', words: 'the Docs', line: 1 },
			{ label: 'a shortcut', words: 'a shortcut', line: 1 },
		]);
		expect(scanned.references).toContainEqual({
			url: '/articles/export-data/',
			line: 3,
			column: 8,
			type: 'link',
			definition: true,
			label: 'CSV',
		});
	});

	test('reads src, href and id as attributes only inside a tag, one written over several lines too', () => {
		const body = [
			'Set its src="widget.js" and href="/status/", or id="top" in the snippet.',
			'',
			'<Image',
			'  onLoad={() => ready()}',
			'  src="./one.png"',
			'/> and <a href="/articles/two/" id="two">two</a>',
			'',
			'A stray <b in running text, where a tag would open,',
			'',
			'src="four.png"',
		].join('\n');
		const scanned = scanBody(body, { firstLine: 1, mdx: true });
		expect(scanned.references.map((reference) => `${reference.line} ${reference.type} ${reference.url}`)).toEqual([
			'5 image ./one.png',
			'6 link /articles/two/',
		]);
		expect(scanned.ids).toEqual(['two']);
	});

	test('collects comments (HTML in .md, braces in .mdx) with the line they start on', () => {
		const md = scanBody('Text <!-- Write here: one -->\n\n<!-- two\nlines -->\n', { firstLine: 1, mdx: false });
		expect(md.comments).toEqual([
			{ text: 'Write here: one', line: 1, column: 6 },
			{ text: 'two\nlines', line: 3, column: 1 },
		]);
		const mdx = scanBody('{/* Write here: three */}\n', { firstLine: 5, mdx: true });
		expect(mdx.comments).toEqual([{ text: 'Write here: three', line: 5, column: 1 }]);
	});

	test('explicit id attributes count as anchors next to heading ids', () => {
		const anchors = anchorsOf(
			scanBody('## Steps\n\n<div id="custom-anchor"></div>\n\n## Steps\n', { firstLine: 1, mdx: true }),
		);
		expect([...anchors]).toEqual(['steps', 'steps-1', 'custom-anchor']);
	});
});

describe('headingText', () => {
	test.each([
		['Use `npm run check` before you push', 'Use npm run check before you push'],
		['Read [the guide](/articles/x/) **first**', 'Read the guide first'],
		['![icon](/i.png) Icon first', ' Icon first'],
		['snake_case stays, _emphasis_ goes', 'snake_case stays, emphasis goes'],
		['Ctrl <kbd>K</kbd> &amp; more', 'Ctrl K & more'],
		['Escaped \\*stars\\*', 'Escaped *stars*'],
	])('%s → %s', (source, text) => {
		expect(headingText(source, false)).toBe(text);
	});
});
