import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastText } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { withoutFurniture } from './page-furniture.ts';

/**
 * A help center saved as a site (a `wget --mirror` of any helpdesk's public pages, a
 * static site's build, Sphinx's HTML): each page is the site's whole template around
 * one article. What comes over is the article: the page's main content, its heading
 * as the title and its meta description, without the navigation, sidebars, footers,
 * feedback widgets and scripts the template wraps it in.
 */

export interface HtmlPage {
	/** The article's heading, else the page's `<title>`. */
	title?: string;
	/** The `<title>` as written, for finding the site's name that every page's title ends with. */
	documentTitle?: string;
	description?: string;
	/** The address the page names as its own: its `<link rel="canonical">`, else its `og:url`, as written. */
	canonical?: string;
	/** The main content's HTML; empty when the page has no article text. */
	body: string;
}

/** Whether a file's first bytes are an HTML document's (a doctype, `<html>` or `<head>`, after a BOM or comments). */
export function looksLikeHtml(start: string): boolean {
	return /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]/i.test(start);
}

/** The files of a saved site that are no articles: search, error and generated index pages. */
export const NOT_ARTICLES = /(^|\/)(404|search|genindex|py-modindex|sitemap)\.html?$/i;

/** Class names and ids the common help centers and docs themes give their article's container, most specific first. */
const ARTICLE_NAMES = [
	'article-body',
	'article__body',
	'article-content',
	'markdown-body',
	'theme-doc-markdown',
	'md-content',
	'rst-content',
	'post-content',
	'entry-content',
];
/** Names of a page's content area, which may hold more than the article: tried after `<article>` and `<main>`. */
const PAGE_NAMES = ['main-content', 'content', 'document'];

/** Parts of a template that are never the article's words. */
const CHROME_TAGS = new Set(['nav', 'footer', 'script', 'style', 'noscript', 'template', 'form', 'button', 'iframe']);
const CHROME_NAMES =
	/(^|[-_])(breadcrumbs?|sidebar|toc|table-of-contents|feedback|votes?|vote-buttons|pagination|pager|related|share|social|headerlink|edit-link|skip-link|cookie|banner|page-metadata)($|[-_])/;

function tokens(element: Element): string[] {
	const value: unknown = element.properties?.className;
	const classes = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
	const id = element.properties?.id;
	return [...classes, ...(typeof id === 'string' ? [id] : [])].map((token) => token.toLowerCase());
}

function elements(node: Root | Element, found: Element[] = []): Element[] {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		found.push(child);
		elements(child, found);
	}
	return found;
}

function words(element: Element): number {
	return hastText(element).split(/\s+/).filter(Boolean).length;
}

/** The element that holds the article: the first kind of container the page has, the wordiest of that kind. */
function mainContent(root: Root): Element | undefined {
	const all = elements(root);
	const named = (name: string) => (element: Element) => tokens(element).includes(name);
	const kinds: ((element: Element) => boolean)[] = [
		...ARTICLE_NAMES.map(named),
		(element) => element.tagName === 'article',
		(element) => element.tagName === 'main' || element.properties?.role === 'main',
		...PAGE_NAMES.map(named),
		(element) => element.tagName === 'body',
	];
	for (const isKind of kinds) {
		const candidates = all.filter(isKind).filter((element) => words(element) > 0);
		if (candidates.length > 0) return candidates.reduce((best, next) => (words(next) > words(best) ? next : best));
	}
	return undefined;
}

/** The template's parts taken out of the article: navigation, sidebars, widgets, scripts. */
function withoutChrome(element: Element): void {
	element.children = element.children.filter(
		(child) =>
			child.type !== 'comment' &&
			!(
				child.type === 'element' &&
				(CHROME_TAGS.has(child.tagName) ||
					tokens(child).some((token) => CHROME_NAMES.test(token)) ||
					child.properties?.ariaHidden === 'true' ||
					child.properties?.hidden !== undefined)
			),
	);
	for (const child of element.children) if (child.type === 'element') withoutChrome(child);
}

function meta(root: Root, ...names: string[]): string | undefined {
	const found = elements(root).find(
		(element) =>
			element.tagName === 'meta' &&
			names.includes(String(element.properties?.name ?? element.properties?.property ?? '').toLowerCase()),
	);
	const content = found?.properties?.content;
	return typeof content === 'string' && content.trim() !== '' ? content.trim() : undefined;
}

/** The page's canonical link's address, as written. */
function canonicalLink(root: Root): string | undefined {
	const link = elements(root).find((element) => {
		const rel = element.properties?.rel;
		return (
			element.tagName === 'link' &&
			(Array.isArray(rel) ? rel : [rel]).some((value) => /^canonical$/i.test(String(value)))
		);
	});
	const href = link?.properties?.href;
	return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The article a saved page holds. */
export function readHtmlPage(html: string): HtmlPage {
	const root = unified().use(rehypeParse).parse(html) as Root;
	const titleElement = elements(root).find((element) => element.tagName === 'title');
	const documentTitle = titleElement ? clean(hastText(titleElement)) || undefined : undefined;
	const description = meta(root, 'description', 'og:description');
	const canonical = canonicalLink(root) ?? meta(root, 'og:url');
	const main = mainContent(root);
	if (!main) return { title: documentTitle, documentTitle, description, canonical, body: '' };
	withoutChrome(main);
	withoutFurniture(main);
	const heading = elements(main).find((element) => element.tagName === 'h1');
	const title = (heading && clean(hastText(heading))) || documentTitle;
	return { title, documentTitle, description, canonical, body: words(main) > 0 ? toHtml(main.children) : '' };
}
