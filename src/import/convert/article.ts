import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { stripTerminalControls } from '../../cli/untrusted-text.ts';
import type { SourceArticle } from '../sources/types.ts';
import { settleBlocks } from './blocks.ts';
import {
	closeHeadingGaps,
	dropStrayLineBreaks,
	headingAnchors,
	keepChosenHeadingIds,
	keepStepTitleAnchors,
	normalizeHeadings,
	repeatsTitle,
	tightenLists,
} from './body.ts';
import { headingReplacement, layoutTableContent } from './editor-markup.ts';
import { loosenFoldItems } from './folds.ts';
import { calloutType, htmlToMdast, parseHtml, resolveUrl } from './html.ts';
import { markdownToMdast } from './markdown.ts';
import { hasMystInline, mystTargets } from './myst-roles.ts';
import type { ConversionNote, ConvertContext } from './types.ts';
import { keepsAddress, removeUnsafeAddresses } from './unsafe-addresses.ts';

export interface ConvertedArticle {
	tree: Root;
	notes: ConversionNote[];
	/** Source id → anchor on the new page, and the page's anchors. */
	anchors: Map<string, string>;
	slugs: Set<string>;
	/** Image addresses, resolved, in order of appearance. */
	images: string[];
	/** Another address an image may be at, tried when the first cannot be had: address → alternate. */
	imageAlternates: Map<string, string>;
	/** Files of the old help center the article links (attachments), in order of appearance: address → `fileKey`. */
	attachments: Map<string, string>;
}

/** Elements that are something to see without any words: pictures, players, frames. */
const SHOWN_WITHOUT_WORDS = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed']);
const HEADING = /^h[1-6]$/;

/**
 * Whether an HTML body holds nothing to read: no words outside headings and no picture
 * or player (`<p></p>`, `<p>&nbsp;</p>`, a heading over nothing), as a help center keeps
 * a placeholder. Imported, it would be a published page with nothing under its title.
 */
export function htmlHoldsNothing(html: string): boolean {
	let something = false;
	const walk = (parent: { children: HastRoot['children'] }) => {
		for (const child of parent.children) {
			if (something) return;
			if (child.type === 'text') something = child.value.trim() !== '';
			else if (child.type === 'element') {
				if (SHOWN_WITHOUT_WORDS.has(child.tagName)) something = true;
				else if (!HEADING.test(child.tagName) && child.tagName !== 'script' && child.tagName !== 'style') walk(child);
			}
		}
	};
	walk(parseHtml(html));
	return !something;
}

/**
 * One article's body as mdast, whatever its source format: HTML from a help
 * center or Markdown from a docs folder. Images and attachments are collected, not
 * fetched; the caller fetches them and then calls `replaceAssets`.
 */
export function convertArticle(article: SourceArticle, context: Omit<ConvertContext, 'image'>): ConvertedArticle {
	const images: string[] = [];
	const imageAlternates = new Map<string, string>();
	const attachments = new Map<string, string>();
	const full: ConvertContext = {
		...context,
		baseUrl: article.base,
		...(article.linkBase ? { linkBaseUrl: article.linkBase } : {}),
		link: (href, words) => {
			// An address that runs code is no page to resolve: it stays until the last pass removes it (unsafe-addresses.ts).
			if (!keepsAddress(href, 'link')) return { kind: 'kept', href };
			const outcome = context.link(href, words);
			if (outcome.kind === 'attachment' && !attachments.has(outcome.href)) attachments.set(outcome.href, outcome.key);
			return outcome;
		},
		image: (src, alternate) => {
			if (!keepsAddress(src, 'picture')) return { kind: 'copied', src };
			if (!images.includes(src)) images.push(src);
			if (alternate && alternate !== src) imageAlternates.set(src, alternate);
			return { kind: 'copied', src };
		},
	};
	const { tree, notes } =
		article.body.kind === 'html'
			? htmlToMdast(article.body.html, full)
			: markdownToMdast(article.body.text, article.body.mdx, full, article.body);
	// Whichever converter wrote it, no address that runs code stays.
	for (const message of removeUnsafeAddresses(tree, context.format)) notes.push({ level: 'review', message });
	if (article.body.kind !== 'html') dropStrayLineBreaks(tree);
	if (dropControls(tree))
		notes.push({
			level: 'info',
			message: 'terminal escape sequences and control characters were removed from the text',
		});
	settleBlocks(tree);
	normalizeHeadings(tree, article.title);
	const movedHeadings = closeHeadingGaps(tree);
	if (movedHeadings > 0)
		notes.push({
			level: 'info',
			message: `${movedHeadings === 1 ? 'a heading' : `${movedHeadings} headings`} moved up to the level under the heading above, where the page skipped a level (## then ####)`,
		});
	tightenLists(tree);
	loosenFoldItems(tree);
	const keptIds = keepChosenHeadingIds(tree, context.format);
	if (keptIds > 0)
		notes.push({
			level: 'info',
			message: `${keptIds} heading ${keptIds === 1 ? 'id' : 'ids'} of the old site kept as ${keptIds === 1 ? 'an anchor' : 'anchors'} before ${keptIds === 1 ? 'its heading' : 'their headings'}, for links from outside`,
		});
	keepStepTitleAnchors(tree, context.format);
	const { anchors, slugs } = headingAnchors(tree);
	return { tree, notes, anchors, slugs, images, imageAlternates, attachments };
}

/**
 * Removes terminal escape sequences and control characters from the body's text, code
 * and raw HTML: an article file is read in terminals (`cat`, `git diff`), where an
 * escape sequence from the old help center would move the cursor or forge a link.
 * Says whether there were any.
 */
function dropControls(tree: Root): boolean {
	let dropped = false;
	visit(tree, (node) => {
		if (!('value' in node) || typeof node.value !== 'string') return;
		const clean = stripTerminalControls(node.value);
		if (clean !== node.value) {
			node.value = clean;
			dropped = true;
		}
	});
	return dropped;
}

/** Points each image (`images`) and each link to a file (`links`) at its copy; an address missing from the map stays. */
export function replaceAssets(
	tree: Root,
	sources: { images: ReadonlyMap<string, string>; links: ReadonlyMap<string, string> },
): void {
	visit(tree, (node) => {
		if (node.type === 'image') node.url = sources.images.get(node.url) ?? node.url;
		else if (node.type === 'link') node.url = sources.links.get(node.url) ?? node.url;
		else if (node.type === 'definition')
			node.url = sources.images.get(node.url) ?? sources.links.get(node.url) ?? node.url;
	});
}

/** The words of the first link to each address, to name a file whose address names none. */
export function linkWords(tree: Root, urls: readonly string[]): Map<string, string> {
	const wanted = new Set(urls);
	const words = new Map<string, string>();
	visit(tree, 'link', (node) => {
		if (wanted.has(node.url) && !words.has(node.url)) words.set(node.url, mdastText(node).trim());
	});
	return words;
}

/** Ids in an article's HTML or Markdown that are not on a heading: candidates for explicit anchors. */
export function collectIds(article: SourceArticle): Set<string> {
	const ids = new Set<string>();
	const text = article.body.kind === 'html' ? article.body.html : article.body.text;
	for (const match of text.matchAll(/\b(?:id|name)\s*=\s*["']([^"'<>\s]+)["']/g)) if (match[1]) ids.add(match[1]);
	for (const id of placedTargetIds(article)) ids.add(id);
	return ids;
}

/** MyST targets (`(label)=`) that name no heading: each stands as an anchor where it was written. */
function placedTargetIds(article: SourceArticle): string[] {
	if (article.body.kind !== 'markdown' || !hasMystInline(article.body.text)) return [];
	return mystTargets(article.body.text)
		.filter((target) => target.headingLine === undefined)
		.map((target) => target.id);
}

/**
 * Ids of empty elements written only to be linked to (`<div id="no-front-field" />`,
 * `<a name="setup"></a>`): an author places them for links from outside the help
 * center (the product's own error messages, bookmarks), so they stay as anchors
 * whether or not another article links them.
 */
export function emptyAnchorIds(article: SourceArticle): Set<string> {
	const ids = new Set<string>();
	const text = article.body.kind === 'html' ? article.body.html : article.body.text;
	const empty = /<(a|div|span)\s[^<>]*?\b(?:id|name)\s*=\s*["']([^"'<>\s]+)["'][^<>]*?(?:\/>|>\s*<\/\1\s*>)/gi;
	for (const match of text.matchAll(empty)) if (match[2]) ids.add(match[2]);
	for (const id of placedTargetIds(article)) ids.add(id);
	return ids;
}

/** Elements hast-util-to-mdast unwraps, so the first block inside one is the page's first block. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'header', 'body', 'html', 'center']);

/** The first block the converted page will have, to know whether it is a heading repeating the title. */
function firstBlock(parent: { children: HastRoot['children'] }): Element | undefined {
	for (const child of parent.children) {
		if (child.type !== 'element') {
			if (child.type === 'text' && child.value.trim() !== '') return undefined;
			continue;
		}
		if (child.tagName === 'script' || child.tagName === 'style') continue;
		if (child.tagName === 'p' && hastText(child).replace(/[\s\u00a0]/g, '') === '') continue;
		if (WRAPPERS.has(child.tagName) && calloutType(child) === undefined) {
			const inner = firstBlock(child);
			if (inner || child.children.some((grand) => grand.type === 'element')) return inner;
			continue;
		}
		return child;
	}
	return undefined;
}

/** A picture's place in an HTML heading's words, while the spaces around it are settled. */
const PICTURE = '\uE010';

/**
 * An HTML heading's words as the written heading holds them, for its id (see `headingText`
 * in body.ts): runs of HTML white space are one space and the edges are trimmed, as the
 * conversion does, but a space beside a picture at an edge stays (`<img> Step 1` is
 * #-step-1), a line break is a space, and a no-break space stays one, which github-slugger drops.
 */
function htmlHeadingText(heading: Element): string {
	let text = '';
	const walk = (node: Element) => {
		for (const child of node.children) {
			if (child.type === 'text') text += child.value;
			else if (child.type !== 'element') continue;
			else if (child.tagName === 'img') text += PICTURE;
			else if (child.tagName === 'br') text += ' ';
			else walk(child);
		}
	};
	walk(heading);
	return text
		.replace(/[ \t\n\r\f]+/g, ' ')
		.trim()
		.replaceAll(PICTURE, '');
}

/**
 * What other articles need to know about an HTML article, without converting it:
 * the anchor each heading will get (by every id the source gave it) and where its
 * links lead. It walks the parsed HTML once, over the same headings the conversion
 * keeps, so a large import does not pay for converting every article twice.
 */
export function indexHtmlArticle(
	article: SourceArticle & { body: { kind: 'html' } },
	onLink: (href: string) => void,
): { anchors: Map<string, string>; slugs: Set<string> } {
	const tree: HastRoot = parseHtml(article.body.html);
	const slugger = new GithubSlugger();
	const anchors = new Map<string, string>();
	const slugs = new Set<string>();
	const first = firstBlock(tree);
	const titleHeading =
		first &&
		HEADING.test(first.tagName) &&
		repeatsTitle(hastText(first).replace(/\s+/g, ' ').trim(), Number(first.tagName.slice(1)), article.title)
			? first
			: undefined;
	const ids = (element: Element, into: string[]) => {
		const id = element.properties?.id ?? element.properties?.name;
		if (id !== undefined && String(id) !== '') into.push(String(id));
		for (const child of element.children) if (child.type === 'element') ids(child, into);
	};
	// A heading in a data table's cell is bold words in it, and one with no words goes (see editor-markup.ts).
	const walk = (parent: { children: HastRoot['children'] }, inCell = false) => {
		for (const child of parent.children) {
			if (child.type !== 'element' || child.tagName === 'script' || child.tagName === 'style') continue;
			if (child.tagName === 'table') {
				walk(child, inCell || layoutTableContent(child) === undefined);
				continue;
			}
			if (HEADING.test(child.tagName) && !inCell && headingReplacement(child) === undefined) {
				if (child === titleHeading) continue;
				const slug = slugger.slug(htmlHeadingText(child));
				slugs.add(slug);
				const found: string[] = [];
				ids(child, found);
				for (const id of found) if (!anchors.has(id)) anchors.set(id, slug);
			} else if (child.tagName === 'a' && child.properties?.href !== undefined) {
				onLink(resolveUrl(String(child.properties.href).trim(), article.base));
			}
			walk(child, inCell);
		}
	};
	walk(tree);
	return { anchors, slugs };
}
