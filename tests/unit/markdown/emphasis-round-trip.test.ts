import type { PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { stringifyBody } from '../../../src/import/convert/body.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });

/** The paragraph's words and marks as the written Markdown parses back, positions left out. */
function roundTrip(children: PhrasingContent[], format: 'md' | 'mdx'): unknown {
	const written = stringifyBody({ type: 'root', children: [{ type: 'paragraph', children }] }, format);
	const parser = unified().use(remarkParse).use(remarkGfm);
	if (format === 'mdx') parser.use(remarkMdx);
	const bare = (node: object): unknown => {
		const { position: _, ...rest } = node as { position?: unknown; children?: object[] };
		return rest.children ? { ...rest, children: rest.children.map(bare) } : rest;
	};
	const [paragraph] = (bare(parser.parse(written)) as { children: { children: unknown }[] }).children;
	return paragraph?.children;
}

/**
 * Emphasis beside a word (`Pi` bold and italic, then `hole`) is where Markdown's
 * flanking rules refuse `_`, and `**` after punctuation: whatever the writer puts there,
 * reading it back must give the same emphasis.
 */
describe('imported text keeps its emphasis through the Markdown it is written as', () => {
	const cases: [string, PhrasingContent[]][] = [
		['bold italic glued to the next word', [text('The '), emphasis(strong(text('Pi'))), text('hole')]],
		['italic bold glued to the next word', [text('The '), strong(emphasis(text('Pi'))), text('hole')]],
		['bold italic before a hyphen', [text('The '), emphasis(strong(text('Pi'))), text('-hole')]],
		['bold ending in punctuation before a word', [text('a'), strong(text('"quoted"')), text('b')]],
		['italic inside a word', [text('un'), emphasis(text('frigging')), text('believable')]],
		['bold then italic, glued', [strong(text('Pi')), emphasis(text('hole'))]],
		['two bold runs, glued', [strong(text('Pi')), strong(text('hole'))]],
	];
	for (const format of ['md', 'mdx'] as const)
		test.each(cases)(`%s (${format})`, (_, children) => {
			expect(roundTrip(structuredClone(children), format)).toEqual(children);
		});
});
