import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { unsafeAddressReason } from '../text/unsafe-address.ts';

/** The attributes (as hast names them) that hold an address a browser follows or loads. */
const ADDRESS_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'xLinkHref'];
/** The same attributes as written in HTML or JSX. */
const ADDRESS_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'formAction',
	'poster',
	'data',
	'xlink:href',
]);
/**
 * Raw HTML in a Markdown page that may hold such an address: an address attribute whose
 * value has a scheme (`href="javascript:`) or a character reference (`&#106;avascript:`),
 * other than the web, email and phone ones. Astro parses raw HTML after the page's rehype
 * plugins, so such HTML is parsed here, and only such: other raw HTML renders as before.
 */
export const SUSPECT_RAW =
	/(?:href|src|action|formaction|poster|data)\s*=\s*["']?(?![\s"']*(?:https?:|mailto:|tel:))[^"'>]*?[:&]/i;
/** Elements whose address is a picture: an inline `data:image/png` one is shown, never run. */
const PICTURES = new Set(['img', 'source']);

/**
 * Takes out of a page every address that would run code in the reader's browser or
 * lead nowhere a reader can follow (`javascript:`, `vbscript:`, `data:text/html`): a
 * link keeps its words and loses its address, a picture its source. Articles come from
 * other help centers, pasted tickets and contributors, and one such link on a help
 * center page runs with the site's rights; `npm run check` names each one with its
 * line, and this makes sure none reaches a page even when nobody ran it. Addresses in
 * MDX expressions (`href={...}`) are code, which the team reviews as code.
 */
export function rehypeSafeAddresses() {
	return (tree: Root) => {
		let suspect = false;
		visit(tree, 'raw', (node) => {
			if (SUSPECT_RAW.test(node.value)) suspect = true;
		});
		if (suspect) tree.children = (raw(tree) as Root).children;
		removeUnsafeAddresses(tree);
	};
}

/** Removes every address that runs code from the elements of a tree (see `rehypeSafeAddresses`). */
export function removeUnsafeAddresses(tree: Root): void {
	visit(tree, (node) => {
		if (node.type === 'element') {
			const element = node as Element;
			const picture = PICTURES.has(element.tagName);
			for (const name of ADDRESS_PROPERTIES) {
				const value = element.properties[name];
				if (typeof value === 'string' && unsafeAddressReason(value, { picture })) delete element.properties[name];
			}
			return;
		}
		if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
		const element = node as MdxJsxTextElementHast | MdxJsxFlowElementHast;
		const picture = PICTURES.has(element.name ?? '');
		element.attributes = element.attributes.filter(
			(attribute) =>
				attribute.type !== 'mdxJsxAttribute' ||
				!ADDRESS_ATTRIBUTES.has(attribute.name) ||
				typeof attribute.value !== 'string' ||
				unsafeAddressReason(attribute.value, { picture }) === undefined,
		);
	});
}
