import type { Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Pages a docs site keeps only so that old addresses land somewhere after its
 * content moved: hidden from the site's search and from search engines, they hold
 * nothing but lists of links to where the content went. Here such a page is an old
 * address of the page it points to, not an article of its own that search would
 * show beside the one it points to.
 */

/** The words of a frontmatter value that hid the page from search, if one did. */
export function hiddenFromSearch(data: Record<string, unknown>): string | undefined {
	// VitePress' local search and Starlight's Pagefind.
	if (data.search === false) return 'search: false';
	if (data.pagefind === false) return 'pagefind: false';
	// Zola's search index leaves out a page or section that says so.
	if (data.in_search_index === false) return 'in_search_index = false';
	if (data.noindex === true) return 'noindex: true';
	if (typeof data.robots === 'string' && /\bnoindex\b/i.test(data.robots)) return 'robots: noindex';
	// VitePress' `head: [['meta', { name: 'robots', content: 'noindex' }]]`.
	const head = Array.isArray(data.head) ? data.head : [];
	const robots = head.some((tag) => {
		if (!Array.isArray(tag) || tag[0] !== 'meta') return false;
		const attributes = tag[1] as { name?: unknown; content?: unknown } | undefined;
		return (
			typeof attributes?.name === 'string' &&
			attributes.name.toLowerCase() === 'robots' &&
			typeof attributes.content === 'string' &&
			/\bnoindex\b/i.test(attributes.content)
		);
	});
	return robots ? 'a robots noindex meta tag' : undefined;
}

/** A paragraph short enough to be a lead-in ("The content has moved to:"), not text of its own. */
const LEAD_IN_WORDS = 25;

const parser = unified().use(remarkParse).use(remarkGfm);

function linksIn(node: RootContent | Root): string[] {
	const urls: string[] = [];
	visit(node, 'link', (link) => {
		urls.push(link.url);
	});
	return urls;
}

/**
 * The first link of a page that is nothing but lists of links under headings, with
 * at most short lead-in lines between them; undefined for a page with text of its own.
 */
export function movedPageLink(body: string): string | undefined {
	const tree = parser.parse(body);
	let first: string | undefined;
	for (const block of tree.children) {
		if (block.type === 'heading' || block.type === 'thematicBreak') continue;
		if (block.type === 'html' && /^<!--[\s\S]*-->$/.test(block.value.trim())) continue;
		if (block.type === 'paragraph') {
			const words = mdastText(block).split(/\s+/).filter(Boolean).length;
			if (words > LEAD_IN_WORDS || block.children.some((child) => child.type === 'image')) return undefined;
			continue;
		}
		if (block.type !== 'list') return undefined;
		const items = block.children.map((item) => linksIn(item));
		if (items.some((links) => links.length === 0)) return undefined;
		first ??= items[0]?.[0];
	}
	return first;
}
