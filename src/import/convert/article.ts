import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SourceArticle } from '../sources/types.ts';
import { headingAnchors, normalizeHeadings, tightenLists } from './body.ts';
import { htmlToMdast } from './html.ts';
import { markdownToMdast } from './markdown.ts';
import type { ConversionNote, ConvertContext } from './types.ts';

export interface ConvertedArticle {
	tree: Root;
	notes: ConversionNote[];
	/** Source id → anchor on the new page, and the page's anchors. */
	anchors: Map<string, string>;
	slugs: Set<string>;
	/** Image addresses, resolved, in order of appearance. */
	images: string[];
}

/**
 * One article's body as mdast, whatever its source format: HTML from a help
 * center or Markdown from a docs folder. Images are collected, not fetched; the
 * caller fetches them and then calls `replaceImages`.
 */
export function convertArticle(article: SourceArticle, context: Omit<ConvertContext, 'image'>): ConvertedArticle {
	const images: string[] = [];
	const full: ConvertContext = {
		...context,
		baseUrl: article.base,
		image: (src) => {
			if (!images.includes(src)) images.push(src);
			return { kind: 'copied', src };
		},
	};
	const { tree, notes } =
		article.body.kind === 'html'
			? htmlToMdast(article.body.html, full)
			: markdownToMdast(article.body.text, article.body.mdx, full);
	normalizeHeadings(tree, article.title);
	tightenLists(tree);
	const { anchors, slugs } = headingAnchors(tree);
	return { tree, notes, anchors, slugs, images };
}

/** Points each image at its copy, or keeps its original address when it could not be copied. */
export function replaceImages(tree: Root, sources: ReadonlyMap<string, string>): void {
	visit(tree, (node) => {
		if ((node.type === 'image' || node.type === 'definition') && sources.has(node.url)) {
			node.url = sources.get(node.url) ?? node.url;
		}
	});
}

/** Ids in an article's HTML or Markdown that are not on a heading: candidates for explicit anchors. */
export function collectIds(article: SourceArticle): Set<string> {
	const ids = new Set<string>();
	const text = article.body.kind === 'html' ? article.body.html : article.body.text;
	for (const match of text.matchAll(/\b(?:id|name)\s*=\s*["']([^"'<>\s]+)["']/g)) if (match[1]) ids.add(match[1]);
	return ids;
}
