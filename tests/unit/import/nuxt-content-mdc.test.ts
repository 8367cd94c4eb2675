import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { convertArticle } from '../../../src/import/convert/article.ts';
import { stringifyBody } from '../../../src/import/convert/body.ts';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import type { ConversionNote, OutputFormat } from '../../../src/import/convert/types.ts';
import type { Generator } from '../../../src/import/sources/generators.ts';
import { mdcPartials } from '../../../src/import/sources/mdc-partials.ts';
import type { PartialFile } from '../../../src/import/sources/types.ts';
import { importFixture } from './helpers.ts';

/** A page of the fixture converted as the folder import converts a Nuxt Content site's page (or another generator's). */
function convertPage(
	file: string,
	options: { format?: OutputFormat; generator?: Generator['name']; partials?: Record<string, PartialFile> } = {},
): { markdown: string; notes: ConversionNote[] } {
	const format = options.format ?? 'mdx';
	const text = readFileSync(importFixture(`nuxt-content-mdc/${file}`), 'utf8');
	const result = convertArticle(
		{
			id: file.replace(/\.md$/, ''),
			title: text.split('\n')[0]?.replace(/^# /, '') ?? '',
			body: {
				kind: 'markdown',
				text,
				mdx: false,
				generator: options.generator ?? 'nuxt-content',
				firstLine: 1,
				...(options.partials ? { partials: options.partials } : {}),
			},
			labels: [],
			draft: false,
			oldPaths: [],
			base: `https://kilns.example.com/${file.replace(/\.md$/, '')}`,
			notes: [],
		},
		{
			format,
			// As the import's links do: an address that is no web address stays words.
			link: (href) =>
				/^javascript:/i.test(href) ? { kind: 'unlinked', reason: 'not a web address' } : { kind: 'kept', href },
		},
	);
	return { markdown: stringifyBody(result.tree, format), notes: result.notes };
}

const review = (notes: ConversionNote[]) =>
	notes.filter((note) => note.level === 'review').map((note) => `${note.message} (line ${note.line})`);

describe('Nuxt Content pages: MDC components', () => {
	test('callouts (`::note`, `::prose-warning`, `::callout{color}`) become asides, titled by a slot, YAML props or a bold first line', () => {
		const { markdown, notes } = convertPage('callouts.md');
		expect(markdown).toContain('<Aside type="note">\n  Glaze needs a day to dry before it goes in.\n</Aside>');
		expect(markdown).toContain('<Aside type="caution">\n  Never open the lid above 200 °C.\n</Aside>');
		expect(markdown).toContain(
			'<Aside type="danger" title="Cracked shelves">\n  Replace a cracked shelf before the next firing.\n</Aside>',
		);
		expect(markdown).toContain(
			'<Aside type="tip" title="Cone packs">\n  Set three cones beside the spy hole.\n</Aside>',
		);
		expect(markdown).toContain('<Aside type="caution" title="Hot surfaces">\n  Wear gloves when you unload.\n</Aside>');
		// A callout that led somewhere: its bold first words are the link.
		expect(markdown).toContain(
			'<Aside type="note">\n  [**Loading guide**](https://kilns.example.com/guides/loading)\n  How to stack a full kiln.\n</Aside>',
		);
		expect(markdown).toContain('<Aside type="note">\n  Log every firing.\n</Aside>');
		expect(markdown).not.toMatch(/::|#title|#default|---|icon=/);
		expect(review(notes)).toEqual([]);
	});

	test('in Markdown output, a callout is a quote with its title in bold', () => {
		const { markdown } = convertPage('callouts.md', { format: 'md' });
		expect(markdown).toContain('> **Hot surfaces:** Wear gloves when you unload.');
	});

	test('a code group is its code blocks each under its label; a fence’s `[file]` is its title, its `{2}` kept', () => {
		const { markdown, notes } = convertPage('code.md');
		expect(markdown).toContain(
			'**npm**\n\n```sh\nnpm install kiln-controller\n```\n\n**pnpm**\n\n```sh\npnpm add kiln-controller\n```',
		);
		expect(markdown).toContain('`kiln.config.ts`\n\n```ts {2}\nexport default {');
		// Written with no language, the name first: Markdown would take `[Kiln` for the language.
		expect(markdown).toContain('**Kiln log**\n\n```\ncone 6, 8 hours\n```');
		expect(markdown).not.toMatch(/::|\[npm\]|\[kiln/);
		expect(review(notes)).toEqual([]);
	});

	test('tabs, steps, cards, collapsibles, accordions, fields and `::div` read as other generators’ components do', () => {
		const { markdown, notes } = convertPage('layout.md');
		expect(markdown).toContain(
			'## Dipping\n\nHold the pot by its foot and dip it for three seconds.\n\n## Brushing\n\nBrush on three coats, each at right angles to the last.',
		);
		// Step and accordion titles keep their anchors, as other generators' do.
		expect(markdown).toContain(
			'1. <a id="wax-the-foot" />**Wax the foot**\n\n   Keep glaze off the base.\n\n2. <a id="dip-the-pot" />**Dip the pot**\n\n   Count to three.',
		);
		expect(markdown).toContain(
			'- [Firing schedules](https://kilns.example.com/guides/schedules): Ramp rates for every cone.\n- [Shelf care](https://kilns.example.com/guides/shelves)',
		);
		expect(markdown).toContain(
			'<details id="glaze-recipes">\n  <summary>Glaze recipes</summary>\n\n  Clear: silica, feldspar, whiting.\n</details>',
		);
		expect(markdown).toContain(
			'<details id="why-did-my-glaze-crawl">\n  <summary>Why did my glaze crawl?</summary>\n\n  Dust on the bisque keeps the glaze from sticking.\n</details>',
		);
		expect(markdown).toContain(
			'- `cone` (number, required): The cone to fire to.\n- `hold` (string): How long to hold at the top.',
		);
		expect(markdown).toContain('Kilns last longer when they cool slowly.');
		expect(markdown).not.toMatch(/::|label=|Import note/);
		expect(review(notes)).toEqual([]);
	});

	test('inline components: a badge’s and a span’s words, keys as code, icons left out; unknown ones listed', () => {
		const { markdown, notes } = convertPage('inline.md');
		expect(markdown).toContain('Kiln logs New keep every firing. Press `K` to start one, or click Fire.');
		expect(markdown).toContain('A bone-dry pot is ready for the bisque, as explains.');
		expect(markdown).toContain('The original page used a `:cta-banner` here; it was not imported.');
		expect(markdown).toContain(
			'The original page used a `::glaze-chart` here; its content follows without it.\n</Aside>\n\nTen glazes that work at cone 6.',
		);
		// Nuxt UI's page grid of page cards: a list of links, as other generators' cards.
		expect(markdown).toContain('- [Bisque firing](https://kilns.example.com/guides/bisque)');
		// `:br` and `:hr`, which Nuxt draws as those HTML elements: a line break and a rule.
		expect(markdown).toContain('Bisque at cone 04,\\\nglaze at cone 6.\n\n---');
		expect(markdown).not.toMatch(/:badge|:kbd|:icon|\]\{|\.text-primary|u-page/);
		expect(review(notes)).toEqual([
			'`:glossary-term` was left out of a sentence (the import cannot tell what it showed); check the words around it (line 5)',
			'the `:cta-banner` component was not converted (line 7)',
			'the `::glaze-chart` component was not converted; its content is kept (line 9)',
		]);
		expect(notes.filter((note) => note.component).map((note) => note.component)).toEqual([
			'glossary-term',
			'cta-banner',
			'glaze-chart',
		]);
	});

	test('what a page writes in its components comes out escaped: MDX compiles, no tag or expression is live', () => {
		const { markdown } = convertPage('unsafe.md');
		expect(mdxProblem(markdown)).toBeUndefined();
		// A title is an attribute's string, which the aside shows as text.
		expect(markdown).toContain('<Aside type="caution" title="<script>alert(1)</script>">');
		const outsideTitles = markdown.replace(/ title="[^"]*"/g, '');
		expect(outsideTitles).not.toMatch(/(?<!\\)<(?:script|img|b |i>|Card>|\/Tab>)|javascript:/);
		expect(outsideTitles).not.toMatch(/(?<!\\)\{(?:code|danger|props|x)\}/);
		expect(markdown).toContain('A callout whose title is \\{code} and **HTML**.');
		expect(markdown).toContain('- \\<Card> \\{x}: Card words.');
		const plain = convertPage('unsafe.md', { format: 'md' }).markdown;
		expect(plain).toContain('> **\\<script>alert(1)\\</script>:** A callout');
		expect(plain).not.toMatch(/(?<!\\)<(?:script|img|b )|javascript:/);
	});

	test('VitePress containers left in a page (`::: details`, `::: notice`) read as before the site moved to Nuxt', () => {
		const { markdown, notes } = convertPage('leftovers.md');
		expect(markdown).toContain(
			'<details>\n  <summary>Before you lift</summary>\n\n  Empty every shelf first.\n</details>',
		);
		expect(markdown).toContain('<Aside type="note">\n  Two people carry a kiln, never one.\n</Aside>');
		expect(markdown).not.toMatch(/::|tryblock/);
		expect(review(notes)).toEqual([]);
	});

	test('Directus’ `:partial{content}` writes in the file of `content/_partials/` it names, read as MDC', () => {
		const notes: ConversionNote[] = [];
		const text = readFileSync(importFixture('nuxt-content-mdc/content/partials.md'), 'utf8');
		const partials = mdcPartials(
			text,
			importFixture('nuxt-content-mdc/content'),
			(written) => written.replace(/^---\n[\s\S]*?\n---\n/, ''),
			notes,
		);
		expect(Object.keys(partials)).toEqual(['Partial:kiln-safety', 'Partial:kiln-vents']);
		// One not in `_partials/`, or climbing out of it, is said.
		expect(notes.map((note) => note.message)).toEqual([
			'the partial _partials/glaze-table.md is not in the site\'s content folder, so :partial{content="glaze-table"} could not be written in',
			'the partial _partials/../partials.md is not in the site\'s content folder, so :partial{content="../partials"} could not be written in',
		]);
		const { markdown } = convertPage('content/partials.md', { partials });
		expect(markdown).toContain(
			'Before you start:\n\n<Aside type="caution">\n  Keep the room aired while the kiln fires.\n</Aside>\n\nOpen both vents until the kiln passes 500 °C.',
		);
		expect(markdown).not.toMatch(/title: Kiln safety|:partial\{content="kiln/);
	});

	test('other generators do not read MDC: `::note` stays remark-directive’s syntax there', () => {
		const { markdown } = convertPage('callouts.md', { generator: 'vitepress' });
		expect(markdown).not.toContain('<Aside type="note">\n  Glaze needs a day');
	});
});
