import type { Element, ElementContent, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ADDRESS_ATTRIBUTES, isAddressAttribute, unsafeAddressReason } from '../text/unsafe-address.ts';

/** The attributes (as hast names them) that hold an address a browser follows or loads. */
const ADDRESS_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'xLinkHref'];
/**
 * Raw HTML in a Markdown page that may hold such an address: an address attribute whose
 * value has a scheme (`href="javascript:`) or a character reference (`&#106;avascript:`),
 * other than the web, email and phone ones. Astro parses raw HTML after the page's rehype
 * plugins, so such HTML is parsed here, and only such: other raw HTML renders as before.
 */
export const SUSPECT_RAW = new RegExp(
	`(?:${ADDRESS_ATTRIBUTES.join('|')})\\s*=\\s*["']?(?![\\s"']*(?:https?:|mailto:|tel:))[^"'>]*?[:&]`,
	'i',
);
/** Elements whose address is a picture: an inline `data:image/png` one is shown, never run. */
const PICTURES = new Set(['img', 'source']);

/**
 * Takes out of a page every address that would run code in the reader's browser
 * (`javascript:`, `vbscript:`, `data:text/html`): a link becomes its words, a picture
 * its description and a frame nothing. Articles come from
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
		removeUnsafeAddresses(tree, { unwrap: true });
	};
}

/**
 * Removes every address that runs code from the elements of a tree (see
 * `rehypeSafeAddresses`). With `unwrap`, a link without its address becomes its words
 * and a picture its description, as a page shows them; without, only the attribute
 * goes (raw HTML given as lone tags, where the words are not the element's).
 */
export function removeUnsafeAddresses(tree: Root, options: { unwrap?: boolean } = {}): void {
	visit(tree, (node, index, parent) => {
		if (node.type === 'element') {
			const element = node as Element;
			const picture = PICTURES.has(element.tagName);
			let removed = false;
			for (const name of ADDRESS_PROPERTIES) {
				const value = element.properties[name];
				if (typeof value === 'string' && unsafeAddressReason(value, { picture })) {
					delete element.properties[name];
					removed = true;
				}
			}
			if (!removed || !options.unwrap || !parent || index === undefined) return;
			const words = replacement(element.tagName, element.children, element.properties.alt);
			if (words === undefined) return;
			parent.children.splice(index, 1, ...(words as Element[]));
			return index;
		}
		if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
		const element = node as MdxJsxTextElementHast | MdxJsxFlowElementHast;
		const picture = PICTURES.has(element.name ?? '');
		const kept = element.attributes.filter(
			(attribute) =>
				attribute.type !== 'mdxJsxAttribute' ||
				!isAddressAttribute(attribute.name) ||
				typeof attribute.value !== 'string' ||
				unsafeAddressReason(attribute.value, { picture }) === undefined,
		);
		if (kept.length === element.attributes.length) return;
		element.attributes = kept;
		if (!options.unwrap || !parent || index === undefined) return;
		const alt = kept.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt')?.value;
		const words = replacement(element.name ?? '', element.children as ElementContent[], alt);
		if (words === undefined) return;
		parent.children.splice(index, 1, ...(words as Element[]));
		return index;
	});
}

/** What a link or picture without its address shows instead: its words, its description; undefined for other elements. */
function replacement(name: string, children: ElementContent[], alt: unknown): ElementContent[] | undefined {
	if (name === 'a') return children;
	if (name === 'img') return typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
	if (name === 'iframe' || name === 'embed' || name === 'object') return [];
	return undefined;
}
