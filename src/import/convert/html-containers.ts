import type { Element } from 'hast';
import type { RootContent } from 'mdast';
import type { AsideType } from './callouts.ts';
import { calloutType, parseHtml } from './html.ts';

/**
 * A block element's opening tag alone on its lines, its content Markdown after a blank
 * line; one written closed (`<div id="setup" />`, an anchor to link to) holds nothing.
 */
const OPENING = /^<(div|section|aside)\b[^>]*(?<!\/)>$/i;
const closing = (tag: string) => new RegExp(`^</${tag}\\s*>$`, 'i');

export interface HtmlContainer {
	/** The callout its class or role names (`<div class="notice notice--info">`), if any. */
	callout?: AsideType;
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
	const tag = OPENING.exec(node.value.trim())?.[1]?.toLowerCase();
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
	const element = parseHtml(node.value).children.find((child): child is Element => child.type === 'element');
	return { callout: element ? calloutType(element) : undefined, end: at };
}
