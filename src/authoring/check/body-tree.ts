import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { mdxParser, remarkPlugins } from '../../markdown/mdx-syntax.ts';
import type { BodyImage, BodyReference, BodyReferenceUse } from './scan.ts';
import { textPositions } from './text-positions.ts';

/** Markdown parsed as the build parses `.md` files: remark-parse with the site's syntax plugins. */
const markdownParser = unified().use(remarkParse).use(remarkPlugins).freeze();

/** What the parse of a body adds to the line scan. */
export interface BodyTree {
	/**
	 * The body with every piece of code (fenced, indented, inline) blanked to spaces,
	 * lines and columns kept, so the line scan reads nothing shown as code.
	 */
	masked: string;
	/** Markdown links and pictures whose brackets open on one line and close on another. */
	references: BodyReference[];
	images: BodyImage[];
	referenceUses: BodyReferenceUse[];
}

/** The `]` that closes the `[` at `open`, skipping escapes and nested brackets; -1 when none does. */
function closingBracket(text: string, open: number): number {
	let depth = 0;
	for (let index = open; index < text.length; index++) {
		const char = text[index];
		if (char === '\\') index++;
		else if (char === '[') depth++;
		else if (char === ']' && --depth === 0) return index;
	}
	return -1;
}

/**
 * Parses a body as the build does (MDX for `.mdx`, where indented code does not exist)
 * and returns what the line scan cannot see alone: where code is, and the links and
 * pictures written over more than one line. Undefined when MDX cannot parse the body;
 * the MDX check reports why, and the line scan stands.
 */
export function parseBodyTree(body: string, options: { firstLine: number; mdx: boolean }): BodyTree | undefined {
	let tree: Root;
	try {
		tree = (options.mdx ? mdxParser : markdownParser).parse(body) as Root;
	} catch {
		return undefined;
	}
	const position = textPositions(body);
	const at = (offset: number) => {
		const { lineIndex, column } = position(offset);
		return { line: options.firstLine + lineIndex, column };
	};

	const chars = body.split('');
	visit(tree, (node: Nodes) => {
		if (node.type !== 'code' && node.type !== 'inlineCode') return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		for (let index = start; index < end; index++)
			if (chars[index] !== '\n' && chars[index] !== '\r') chars[index] = ' ';
	});
	const masked = chars.join('');

	const result: BodyTree = { masked, references: [], images: [], referenceUses: [] };
	visit(tree, (node: Nodes) => {
		if (!['image', 'imageReference', 'link', 'linkReference'].includes(node.type)) return;
		const start = node.position?.start.offset;
		if (start === undefined) return;
		const open = node.type === 'image' || node.type === 'imageReference' ? start + 1 : start;
		// An autolink (`<https://…>`, a bare address) has no brackets.
		if (body[open] !== '[') return;
		const close = closingBracket(body, open);
		// Brackets on one line are the line scan's.
		if (close === -1 || !body.slice(open, close).includes('\n')) return;
		const where = at(start);
		const words = masked.slice(open + 1, close);
		if (node.type === 'image') {
			result.images.push({ ...where, syntax: 'markdown', alt: body.slice(open + 1, close), src: node.url });
			result.references.push({ ...where, url: node.url, type: 'image' });
		} else if (node.type === 'link') {
			result.references.push({ ...where, url: node.url, type: 'link', words });
		} else if (node.type === 'imageReference') {
			const src = `[${node.referenceType === 'full' ? (node.label ?? node.identifier) : ''}]`;
			result.images.push({ ...where, syntax: 'markdown', alt: body.slice(open + 1, close), src });
		} else if (node.type === 'linkReference') {
			result.referenceUses.push({ label: node.label ?? words, words, line: where.line });
		}
	});
	return result;
}
