import type { Element, ElementContent, Parents } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { RootContent as MdastContent, Parent as MdastParent, PhrasingContent as MdastPhrasing } from 'mdast';

/**
 * Repairs for what help-center WYSIWYG editors (Zendesk's, Intercom's, CKEditor,
 * TinyMCE) write that HTML allows but Markdown cannot say: blocks inside table
 * cells, one-column tables used for layout, lists nested beside their item
 * instead of inside it, code typed one `<code>` per line, empty headings and
 * headings that only hold a picture. Each works on hast before it becomes mdast.
 */

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// A fold (`<details>`) cannot stand in a Markdown cell: its summary is a bold line, as a heading's words are, its content the lines under it.
const cellBlocks = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'blockquote', 'center', 'details']);
const listTags = new Set(['ul', 'ol']);

function element(tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element {
	return { type: 'element', tagName, properties, children };
}

const isBlank = (nodes: readonly ElementContent[]) =>
	nodes.every((node) =>
		node.type === 'comment' || node.type === 'text'
			? node.type === 'comment' || node.value.replace(/[\s\u00a0\u200b]/g, '') === ''
			: node.type === 'element' && node.tagName === 'br',
	);

const isStrong = (node: ElementContent) =>
	node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b');

/**
 * A cell's content as one line: a GFM cell holds no paragraphs, headings or lists, so each
 * block becomes its words, the next one after a line break (which the table writes
 * as `<br />`, cell-breaks.ts), a heading its words in bold, keeping its id for links to it,
 * and a list an item a line, after its bullet or number (a nested item indented).
 * Otherwise the blocks' words run into each other ("No Access(The Ultimate
 * Restriction)"), and a heading or a list leaves the table, below it and away from its row.
 */
export function flattenCell(cell: Element) {
	const segments: ElementContent[][] = [[]];
	/** The line a list item's bullet opened, which its first block's words continue. */
	let bullet: ElementContent[] | undefined;
	const startLine = () => {
		if (bullet !== undefined && segments.at(-1) === bullet && bullet.length === 1) return;
		segments.push([]);
	};
	const collect = (nodes: readonly ElementContent[], depth: number) => {
		for (const node of nodes) {
			if (node.type === 'element' && (headingTags.has(node.tagName) || node.tagName === 'summary')) {
				const words = node.children.filter((child) => !isBlank([child]));
				if (words.length === 0) continue;
				const bold = words.every(isStrong) ? [...node.children] : [element('strong', [...node.children])];
				// Links to the heading keep their place: its id stays, on the words.
				const id = node.properties?.id;
				startLine();
				segments.at(-1)?.push(...(id === undefined ? bold : [element('span', [], { id }), ...bold]));
				segments.push([]);
			} else if (node.type === 'element' && listTags.has(node.tagName)) {
				let number = Number.parseInt(String(node.properties?.start ?? '1'), 10) || 1;
				for (const item of node.children) {
					if (item.type !== 'element' || item.tagName !== 'li') continue;
					const marker = node.tagName === 'ol' ? `${number++}. ` : '• ';
					bullet = [{ type: 'text', value: `${'\u00a0\u00a0'.repeat(depth)}${marker}` }];
					segments.push(bullet);
					collect(item.children, depth + 1);
					segments.push([]);
				}
			} else if (node.type === 'element' && cellBlocks.has(node.tagName)) {
				startLine();
				collect(node.children, depth);
				segments.push([]);
			} else {
				segments.at(-1)?.push(node);
			}
		}
	};
	collect(cell.children, 0);
	// A break at either end of a line (Froala ends a cell with one) would show an empty line there.
	const isBreak = (node: ElementContent | undefined) => node?.type === 'element' && node.tagName === 'br';
	const trimmed = segments.map((segment) => {
		const line = [...segment];
		while (line.length > 0 && (isBreak(line.at(-1)) || isBlank(line.slice(-1)))) line.pop();
		while (line.length > 0 && (isBreak(line[0]) || isBlank(line.slice(0, 1)))) line.shift();
		return line;
	});
	const lines = trimmed.filter((segment) => !isBlank(segment));
	cell.children = lines.flatMap((line, at) => (at === 0 ? line : [element('br'), ...line]));
}

function rowsOf(table: Element): Element[] {
	return table.children.flatMap((child) =>
		child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : rowsOf(child),
	);
}

const cellsOf = (row: Element) =>
	row.children.filter(
		(child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'),
	);

/**
 * A table of one column is layout, not data: editors use it to frame a block (a
 * coloured box, a bordered note). Its cells' content stays as it was, headings and
 * lists included, instead of being squeezed into a one-column GFM table.
 */
export function layoutTableContent(table: Element): ElementContent[] | undefined {
	const rows = rowsOf(table);
	if (rows.length === 0 || rows.some((row) => cellsOf(row).length > 1)) return undefined;
	return rows.flatMap((row) => cellsOf(row).map((cell) => element('div', cell.children)));
}

/**
 * Editors nest a list beside its item (`<ol><li>One</li><ol>…</ol></ol>`) as often as
 * inside it. Markdown reads such a list as an item of its own, and the next item's
 * words then join it; moved into the item before it, it is the sub-list it was meant to be.
 */
export function nestStrayLists(list: Element) {
	const children: ElementContent[] = [];
	for (const child of list.children) {
		if (child.type === 'element' && listTags.has(child.tagName)) {
			const previous = [...children].reverse().find((node): node is Element => node.type === 'element');
			if (previous?.tagName === 'li') previous.children.push(child);
			else children.push(element('li', [child]));
			continue;
		}
		children.push(child);
	}
	list.children = children;
}

/**
 * A block that is nothing but `<code>` lines split by `<br>` (how a WYSIWYG editor
 * writes a command listing without a code block), as the lines of one code block.
 */
export function codeLinesBlock(block: Element): Element | undefined {
	if (block.tagName !== 'p' && block.tagName !== 'div') return undefined;
	const lines: string[] = [];
	let codes = 0;
	for (const child of block.children) {
		if (child.type === 'text' && child.value.replace(/[\s\u00a0]/g, '') === '') continue;
		if (child.type !== 'element') return undefined;
		if (child.tagName === 'br') continue;
		if (child.tagName !== 'code') return undefined;
		codes++;
		lines.push(hastText(child).replace(/\u00a0/g, ' '));
	}
	if (codes < 2) return undefined;
	return element('pre', [element('code', [{ type: 'text', value: lines.join('\n') }])]);
}

/**
 * A heading with no words (`<h2>&nbsp;</h2>`, left by the editor) goes; one that
 * only holds a picture (editors put screenshots in headings for their size) becomes
 * a paragraph with the picture. Returns the replacement, or undefined to keep it.
 */
export function headingReplacement(heading: Element): ElementContent | undefined {
	if (hastText(heading).replace(/[\s\u00a0\u200b]/g, '') !== '') return undefined;
	const hasPicture = (node: Element): boolean =>
		node.tagName === 'img' || node.children.some((child) => child.type === 'element' && hasPicture(child));
	return hasPicture(heading) ? element('p', heading.children) : { type: 'text', value: '' };
}

/** Elements a browser shows as blocks of their own, even inside a heading. */
const HEADING_BLOCKS = new Set(['div', 'p', 'section', 'header', 'footer']);

/**
 * A heading's words that sit in blocks of their own (`<h2><div>get</div><span>Blocked
 * users</span></h2>`, as a theme's template draws a method beside a title) showed on lines
 * of their own: each such block keeps a space either side, so its words do not run into
 * the next (`get Blocked users`, not `getBlocked users`).
 */
export function spaceBlocksInHeading(heading: Element) {
	heading.children = heading.children.flatMap((child): ElementContent[] => {
		if (child.type !== 'element') return [child];
		spaceBlocksInHeading(child);
		if (!HEADING_BLOCKS.has(child.tagName)) return [child];
		return [{ type: 'text', value: ' ' }, ...child.children, { type: 'text', value: ' ' }];
	});
}

/** Replaces `parent.children[index]` by `nodes`. */
export function replaceWith(parent: Parents, index: number, nodes: ElementContent[]) {
	(parent.children as ElementContent[]).splice(index, 1, ...nodes);
}

/** Marks whose edge spaces belong outside them; a link's too, which editors start with the space before it (`the<a> store</a>`). */
const attention = new Set(['emphasis', 'strong', 'delete', 'link']);

/** The white space (no-break and zero-width included) a run of text starts or ends with, taken off it. */
function takeEdge(children: MdastPhrasing[], end: 'start' | 'end'): string {
	let taken = '';
	while (children.length > 0) {
		const node = end === 'start' ? children[0] : children.at(-1);
		if (node?.type !== 'text') break;
		const match =
			end === 'start' ? /^[\s\u00a0\u200b\ufeff]+/.exec(node.value) : /[\s\u00a0\u200b\ufeff]+$/.exec(node.value);
		if (!match) break;
		taken = end === 'start' ? taken + match[0] : match[0] + taken;
		node.value = end === 'start' ? node.value.slice(match[0].length) : node.value.slice(0, -match[0].length);
		if (node.value !== '') break;
		if (end === 'start') children.shift();
		else children.pop();
	}
	// A space that shows stays one; zero-width ones go.
	return taken.replace(/[\u200b\ufeff]/g, '') === '' ? '' : ' ';
}

/**
 * Editors put the space after a bold label inside it (`<b>Note:&nbsp;</b>Read`).
 * Markdown cannot close emphasis after a space, so the writer escapes it and the
 * next letter (`**Note:&#xA0;**&#x52;ead`); moved outside, it reads `**Note:** Read`.
 * A link's edge spaces move out too (`Visit the[ store](…)` reads `Visit the [store](…)`),
 * and a link of nothing but spaces goes, its space kept: it had no name to show.
 */
export function settleAttentionEdges(parent: MdastParent) {
	const children: MdastContent[] = [];
	for (const child of parent.children as MdastContent[]) {
		if (!('children' in child)) {
			children.push(child);
			continue;
		}
		settleAttentionEdges(child);
		if (!attention.has(child.type)) {
			children.push(child);
			continue;
		}
		const inner = child.children as MdastPhrasing[];
		const before = takeEdge(inner, 'start');
		const after = inner.length > 0 ? takeEdge(inner, 'end') : '';
		if (before) children.push(edge(before));
		if (inner.length > 0) children.push(child);
		if (after) children.push(edge(after));
	}
	// A space moved out beside one already there (`**<Icon /> Settings**` after `Open `) is not doubled.
	const spaced = (node: MdastContent | undefined, end: 'start' | 'end') =>
		node?.type === 'text' && !movedSpaces.has(node) && (end === 'start' ? /^\s/ : /\s$/).test(node.value);
	(parent as { children: MdastContent[] }).children = children.filter(
		(node, index) =>
			!(
				movedSpaces.has(node) &&
				node.type === 'text' &&
				node.value.trim() === '' &&
				(spaced(children[index - 1], 'end') || spaced(children[index + 1], 'start'))
			),
	);
}

/** The spaces settleAttentionEdges moved out of bold or italics. */
const movedSpaces = new WeakSet<MdastContent>();

function edge(value: string): MdastContent {
	const node: MdastContent = { type: 'text', value };
	movedSpaces.add(node);
	return node;
}

/**
 * What inline styles say about weight and slant, where editors say it with a style
 * instead of a tag: text pasted from Google Docs arrives as `<span style="font-weight:700">`,
 * and the whole paste wrapped in `<b style="font-weight:normal">`. Returns the tag the
 * element stands for (`strong`, `em`, or `span` for a bold tag styled not bold).
 */
export function styledTag(node: Element): string | undefined {
	const style = String(node.properties?.style ?? '').toLowerCase();
	if (style === '') return undefined;
	const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
	const heavy = weight === undefined ? undefined : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
	const slanted = /(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)/.test(style);
	if ((node.tagName === 'b' || node.tagName === 'strong') && heavy === false) return 'span';
	if (node.tagName !== 'span') return undefined;
	if (heavy) return 'strong';
	if (slanted) return 'em';
	return undefined;
}

/**
 * A heading bold from end to end (`<h2><strong>Overview</strong></h2>`, as editors
 * that have no heading styles write them) is just a heading: `## Overview`, not
 * `## **Overview**`. A heading bold in part keeps its bold words.
 */
export function unboldHeadings(parent: MdastParent) {
	for (const child of parent.children as MdastContent[]) {
		if (child.type === 'heading') {
			const words = child.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
			if (words.length > 0 && words.every((node) => node.type === 'strong'))
				child.children = child.children.flatMap((node) => (node.type === 'strong' ? node.children : [node]));
		} else if ('children' in child) unboldHeadings(child);
	}
}

/**
 * A heading with no words (`#### ` over a paragraph, as documents converted to Markdown
 * keep an editor's empty heading) goes, as it does from HTML; one holding a picture or
 * anything else but white space stays.
 */
export function dropEmptyHeadings(parent: MdastParent) {
	parent.children = (parent.children as MdastContent[]).filter(
		(child) =>
			child.type !== 'heading' ||
			!child.children.every((node) => node.type === 'text' && node.value.replace(/[\s\u00a0\u200b]/g, '') === ''),
	) as MdastParent['children'];
	for (const child of parent.children as MdastContent[]) if ('children' in child) dropEmptyHeadings(child);
}
