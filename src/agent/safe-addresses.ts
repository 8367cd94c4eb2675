import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { removeUnsafeAddresses, SUSPECT_RAW } from '../markdown/rehype-safe-addresses.ts';
import { unsafeAddressReason } from '../text/unsafe-address.ts';

const htmlParser = unified().use(rehypeParse, { fragment: true });

/**
 * Raw HTML without the addresses that run code, as the page shows it: HTML that holds
 * none is kept exactly as written. A lone opening tag (`<a href="vbscript:…">`, its
 * words and `</a>` being nodes of their own) stays a lone opening tag.
 */
function safeHtml(value: string): string {
	if (!SUSPECT_RAW.test(value)) return value;
	const tree = htmlParser.parse(value) as HastRoot;
	removeUnsafeAddresses(tree);
	const html = toHtml(tree);
	return value.includes('</') ? html : html.replace(/<\/[a-z][^>]*>$/i, '');
}

/**
 * Takes the addresses that run code (`javascript:`, a `data:` page) out of the Markdown
 * agents read, as the build takes them out of the pages: a link becomes its words, a
 * picture its description, a definition goes, and raw HTML loses the attribute. An AI
 * agent or a chat widget that renders this Markdown must not get a link the page does
 * not have.
 */
export function removeUnsafeMarkdownAddresses(tree: Root): void {
	const unsafeLabels = new Set<string>();
	const collect = (node: Nodes): void => {
		if (node.type === 'definition' && unsafeAddressReason(node.url)) unsafeLabels.add(node.identifier);
		if ('children' in node) for (const child of node.children) collect(child);
	};
	collect(tree);
	const visit = (node: Nodes): void => {
		if (node.type === 'html') node.value = safeHtml(node.value);
		if (!('children' in node)) return;
		node.children = node.children.flatMap((child) => {
			if (child.type === 'definition' && unsafeAddressReason(child.url)) return [];
			if (child.type === 'link' && unsafeAddressReason(child.url)) return child.children;
			if (child.type === 'linkReference' && unsafeLabels.has(child.identifier)) return child.children;
			if (child.type === 'imageReference' && unsafeLabels.has(child.identifier))
				return child.alt ? [{ type: 'text', value: child.alt } satisfies PhrasingContent] : [];
			if (child.type === 'image' && unsafeAddressReason(child.url, { picture: true }))
				return child.alt ? [{ type: 'text', value: child.alt } satisfies PhrasingContent] : [];
			return [child];
		}) as typeof node.children;
		for (const child of node.children) visit(child);
	};
	visit(tree);
}
