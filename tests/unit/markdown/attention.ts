import type { Nodes } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Each emphasis and strong node's words (`emphasis:FTL`), in order, as Markdown or MDX read them. */
export function attentionOf(markdown: string, format: 'md' | 'mdx'): string[] {
	const parser = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
	const found: string[] = [];
	visit(parser.use(remarkGfm).parse(markdown), (node: Nodes) => {
		if (node.type === 'emphasis' || node.type === 'strong') found.push(`${node.type}:${mdastText(node)}`);
	});
	return found;
}
