import type { Element, ElementContent } from 'hast';
import type { BlockContent, RootContent } from 'mdast';
import type { AsideType } from './callouts.ts';
import { calloutType, parseHtml, takeCalloutTitle } from './html.ts';

/**
 * A block element's opening tag alone on its lines, its content Markdown after a blank
 * line; one written closed (`<div id="setup" />`, an anchor to link to) holds nothing.
 */
const OPENING = /^<(div|section|aside|details)\b[^>]*(?<!\/)>$/i;
/** A fold's opening, its summary on the lines under it or not (`<details open>`, `<summary>Refunds</summary>`). */
const DETAILS = /^(<details\b[^>]*(?<!\/)>)\s*(<summary\b[^>]*>[\s\S]*?<\/summary>)?$/i;
const SUMMARY = /^<summary\b[^>]*>[\s\S]*?<\/summary>$/i;
const closing = (tag: string) => new RegExp(`^</${tag}\\s*>$`, 'i');

export interface HtmlContainer {
	/** The callout its class or role names (`<div class="notice notice--info">`), if any. */
	callout?: AsideType;
	/** Material for MkDocs' grid of cards (`<div class="grid cards" markdown>`), written as a list, a card an item. */
	cards?: boolean;
	/** Its own title, when its first block is one (Material's `<p class="admonition-title">Example</p>`). */
	title?: string;
	/** A fold (`<details>`): its `<summary>` element, as HTML, and whether it starts open. */
	fold?: { summary: string; open: boolean };
	/** Index of the first sibling of its content: past the title's. */
	start: number;
	/** Index of the sibling holding its end tag; past the last one when none does (the element runs to the end, as in a browser). */
	end: number;
}

/**
 * An HTML element written around Markdown (`<div class="note">`, a blank line, the
 * Markdown, `</div>`), as CommonMark and kramdown's `markdown="1"` let authors write
 * it: the parser sees the two tags as blocks of their own with the Markdown between.
 * Returns where it ends and what it is, so the Markdown is read as its content rather
 * than the tags converted apart (an empty callout, then its words outside it).
 */
export function htmlContainerAt(siblings: readonly RootContent[], index: number): HtmlContainer | undefined {
	const node = siblings[index];
	if (node?.type !== 'html') return undefined;
	const details = DETAILS.exec(node.value.trim());
	const tag = details ? 'details' : OPENING.exec(node.value.trim())?.[1]?.toLowerCase();
	if (!tag) return undefined;
	const opening = new RegExp(`^<${tag}\\b[^>]*>$`, 'i');
	const end = closing(tag);
	let depth = 0;
	let at = index + 1;
	for (; at < siblings.length; at++) {
		const sibling = siblings[at];
		if (sibling?.type !== 'html') continue;
		const value = sibling.value.trim();
		if (opening.test(value)) depth++;
		else if (end.test(value)) {
			if (depth === 0) break;
			depth--;
		}
	}
	if (details) {
		// The summary on the lines of its opening tag, or in a block of its own right under it.
		const next = siblings[index + 1];
		const own = details[2] === undefined && next?.type === 'html' ? SUMMARY.exec(next.value.trim()) : null;
		const open = parseHtml(`${details[1]}</details>`).children.some(
			(child) => child.type === 'element' && child.properties.open !== undefined && child.properties.open !== false,
		);
		return {
			fold: { summary: details[2] ?? own?.[0] ?? '', open },
			start: own && index + 1 < at ? index + 2 : index + 1,
			end: at,
		};
	}
	const element = parseHtml(node.value).children.find((child): child is Element => child.type === 'element');
	const classes = String(element?.properties.className ?? '').split(/[\s,]+/);
	const callout = element ? calloutType(element) : undefined;
	const title = callout ? titleAt(siblings[index + 1]) : undefined;
	return {
		callout,
		title: title?.title,
		start: title && index + 1 < at ? index + 2 : index + 1,
		cards: classes.includes('grid') && classes.includes('cards'),
		end: at,
	};
}

/**
 * A callout's title written as a block of HTML of its own (`<p class="admonition-title">Example</p>`),
 * as a heading or a "title" element: its words, or none when they only name the kind, as
 * an HTML callout's. Undefined when the block holds anything else.
 */
function titleAt(node: RootContent | undefined): { title: string | undefined } | undefined {
	if (node?.type !== 'html') return undefined;
	const children = parseHtml(node.value).children as ElementContent[];
	const block: Element = { type: 'element', tagName: 'div', properties: {}, children };
	const before = children.length;
	const title = takeCalloutTitle(block);
	const rest = block.children.some((child) => child.type !== 'text' || child.value.trim() !== '');
	return block.children.length < before && !rest ? { title } : undefined;
}

/**
 * A grid's cards as the list they are written as, without the rule (`---`) under each
 * card's title, which the old site drew as the card's divider: in an article it would
 * be a line across the list.
 */
export function withoutCardRules(blocks: BlockContent[]): void {
	for (const block of blocks) {
		if (block.type !== 'list') continue;
		for (const item of block.children) item.children = item.children.filter((child) => child.type !== 'thematicBreak');
	}
}
