import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Heading text the way Astro's rehypeHeadingIds collects it: every text node, no image alt. */
function textOf(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'mdxTextExpression':
			return node.value;
		case 'image':
		case 'imageReference':
		case 'html':
			return '';
		default:
			return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
	}
}

/**
 * What a real Markdown parser finds in a body: heading slugs and local link and
 * image URLs with their lines. The scanner's tests compare against it.
 */
export function parseWithRemark(body: string, options: { firstLine: number; mdx: boolean; external?: boolean }) {
	const processor = unified().use(remarkParse).use(remarkGfm);
	if (options.mdx) processor.use(remarkMdx);
	const tree = processor.parse(body) as Root;
	const slugger = new GithubSlugger();
	const headings: string[] = [];
	const references: string[] = [];
	const at = (node: Nodes) => options.firstLine + (node.position?.start.line ?? 1) - 1;
	visit(tree, (node: Nodes) => {
		if (node.type === 'heading') headings.push(slugger.slug(textOf(node as Heading)));
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			references.push(`${at(node)} ${node.url}`);
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			for (const attribute of node.attributes) {
				if (
					attribute.type === 'mdxJsxAttribute' &&
					(attribute.name === 'href' || attribute.name === 'src') &&
					typeof attribute.value === 'string'
				) {
					references.push(`${at(node)} ${attribute.value}`);
				}
			}
		}
		if (node.type === 'html') {
			for (const match of node.value.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g))
				references.push(`${at(node)} ${match[1]}`);
		}
	});
	// External addresses (including GFM's bare-URL autolinks) are never checked, unless asked for.
	const local = options.external
		? references
		: references.filter((reference) => !/^\d+ (?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference));
	return { headings, references: local.sort() };
}
