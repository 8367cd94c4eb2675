import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { isPhrasing } from './phrasing.ts';

/** Nodes whose children are blocks. */
const FLOW_PARENTS = new Set([
	'root',
	'blockquote',
	'listItem',
	'footnoteDefinition',
	'containerDirective',
	'mdxJsxFlowElement',
]);

/** Text-level nodes; raw HTML among them is inline here, as it was written inside the words. */
function isInline(node: Nodes): node is PhrasingContent {
	return node.type === 'html' || isPhrasing(node);
}

function isBlank(node: PhrasingContent): boolean {
	return node.type === 'break' || (node.type === 'text' && node.value.replace(/[\s\u00a0]/g, '') === '');
}

/** Line breaks at either end of a run of text draw nothing (or, at the end, a stray backslash). */
function trimBreaks(children: PhrasingContent[]): PhrasingContent[] {
	let start = 0;
	let end = children.length;
	while (start < end && isBlank(children[start] as PhrasingContent)) start++;
	while (end > start && isBlank(children[end - 1] as PhrasingContent)) end--;
	if (start === 0 && end === children.length) return children;
	// White space next to the kept text stays as it was; only the breaks and blank edges go.
	return children.slice(start, end);
}

/**
 * White space at either end of a heading's words (left where an icon before them was
 * removed) would be written as `&#x20;` and change the heading's anchor.
 */
function trimEdges(children: PhrasingContent[]) {
	const first = children[0];
	if (first?.type === 'text') first.value = first.value.trimStart();
	const last = children.at(-1);
	if (last?.type === 'text') last.value = last.value.trimEnd();
}

/**
 * Spaces where a line of a paragraph starts or ends show nothing, yet the Markdown
 * writer keeps them as `&#x20;` (editors such as GitBook write every trailing space
 * that way): they go, and the file reads as the page does. Spaces inside a line stay.
 */
function trimLineEdges(children: PhrasingContent[]) {
	children.forEach((child, at) => {
		if (child.type !== 'text') return;
		let value = child.value.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n');
		const before = children[at - 1];
		const after = children[at + 1];
		if (before === undefined || before.type === 'break') value = value.replace(/^[ \t]+/, '');
		if (after === undefined || after.type === 'break') value = value.replace(/[ \t]+$/, '');
		child.value = value;
	});
}

/** Phrasing that wraps words (a link, bold, italics), where a line break at either end belongs outside. */
const WRAPPERS = new Set(['link', 'strong', 'emphasis', 'delete']);

/**
 * A line break at either end of a link's or emphasis' words (`[**Support a project**<br>](…)`,
 * as editors leave one to put the next words on their own line) moves outside them:
 * written inside, the words end with a backslash and the link's `](` starts the next
 * line. Inner wrappers first, so a break in bold inside a link comes all the way out.
 */
function breaksOutOfWords(children: PhrasingContent[]): PhrasingContent[] {
	return children.flatMap((child): PhrasingContent[] => {
		if (!WRAPPERS.has(child.type) || !('children' in child)) return [child];
		const words = breaksOutOfWords(child.children as PhrasingContent[]);
		const leading: PhrasingContent[] = [];
		const trailing: PhrasingContent[] = [];
		while (words[0]?.type === 'break') leading.push(words.shift() as PhrasingContent);
		while (words.at(-1)?.type === 'break') trailing.unshift(words.pop() as PhrasingContent);
		// Nothing but breaks: left as it was, a link is not lost for having no words.
		if (words.length === 0) return [child];
		(child as { children: PhrasingContent[] }).children = words;
		return [...leading, child, ...trailing];
	});
}

/** Blocks that cannot stand inside a line of text. (A paragraph in a table cell is written as its text.) */
const BLOCKS = new Set([
	'mdxJsxFlowElement',
	'mdxFlowExpression',
	'blockquote',
	'list',
	'code',
	'table',
	'thematicBreak',
	'heading',
	'containerDirective',
	'leafDirective',
]);

/** An explicit anchor (`<a id="step-2" />`), which marks a place and shows nothing. */
function isAnchor(node: RootContent): boolean {
	return node.type === 'mdxJsxFlowElement' && node.name === 'a' && node.children.length === 0;
}

/**
 * Takes every block out of phrasing content (an import note left where an inline SVG
 * was), in order. An anchor before any words (`<p><a name="step-2"></a>Step 2</p>`)
 * goes to `before`, so a link to it still lands above those words.
 */
function takeBlocks(parent: Parents, into: RootContent[], before?: RootContent[]) {
	const kept: RootContent[] = [];
	for (const child of parent.children as RootContent[]) {
		if (BLOCKS.has(child.type)) {
			const leading = kept.every((node) => isInline(node as Nodes) && isBlank(node as PhrasingContent));
			(before && leading && isAnchor(child) ? before : into).push(child);
			continue;
		}
		if ('children' in child) takeBlocks(child, into);
		kept.push(child);
	}
	(parent as { children: RootContent[] }).children = kept;
}

/**
 * Two line breaks in a row (`Line one<br><br>Line two`) are how editors start a
 * new paragraph: as Markdown, a line of a lone backslash. They become two paragraphs.
 */
function splitAtBlankLines(paragraph: Paragraph): Paragraph[] {
	const paragraphs: PhrasingContent[][] = [[]];
	let breaks: PhrasingContent[] = [];
	for (const child of paragraph.children) {
		if (isBlank(child)) {
			breaks.push(child);
			continue;
		}
		const count = breaks.filter((node) => node.type === 'break').length;
		if (count >= 2) paragraphs.push([]);
		else paragraphs.at(-1)?.push(...breaks);
		breaks = [];
		paragraphs.at(-1)?.push(child);
	}
	if (paragraphs.length === 1) return [paragraph];
	return paragraphs.map((children) => ({ type: 'paragraph', children: trimBreaks(children) }) satisfies Paragraph);
}

/** A paragraph or heading with the blocks inside it moved after it; an empty paragraph is dropped. */
function liftOut(node: RootContent): RootContent[] {
	const lifted: RootContent[] = [];
	const before: RootContent[] = [];
	if (node.type === 'paragraph' || node.type === 'heading') {
		takeBlocks(node, lifted, before);
		node.children = trimBreaks(breaksOutOfWords(node.children));
		// A heading is one line: a break inside it would turn it into a setext heading.
		if (node.type === 'heading') {
			node.children = node.children.map((child) => (child.type === 'break' ? { type: 'text', value: ' ' } : child));
			trimEdges(node.children);
		} else trimLineEdges(node.children);
		const empty = node.children.length === 0;
		if (node.type === 'paragraph' && !empty) return [...before, ...splitAtBlankLines(node), ...lifted];
		return node.type === 'paragraph' && empty ? [...before, ...lifted] : [...before, node, ...lifted];
	}
	if (node.type === 'table') {
		for (const row of (node as Table).children) for (const cell of row.children) takeBlocks(cell, lifted);
		return [node, ...lifted];
	}
	return [node];
}

function normalize(parent: Parents) {
	const out: RootContent[] = [];
	let run: PhrasingContent[] = [];
	const flush = () => {
		const children = trimBreaks(run);
		run = [];
		if (children.length > 0) out.push(...liftOut({ type: 'paragraph', children } satisfies Paragraph));
	};
	for (const child of parent.children as RootContent[]) {
		if (isInline(child)) {
			run.push(child);
			continue;
		}
		flush();
		out.push(...liftOut(child));
	}
	flush();
	(parent as { children: RootContent[] }).children = out;
	for (const child of out) if ('children' in child) visitFlow(child);
}

function visitFlow(node: Parents) {
	if (FLOW_PARENTS.has(node.type)) {
		normalize(node);
		return;
	}
	// Lists and tables hold items and rows, which hold blocks or cells.
	if (node.type === 'list' || node.type === 'table' || node.type === 'tableRow')
		for (const child of node.children) visitFlow(child);
}

/**
 * Where blocks may stand, only blocks stand: a run of loose text (raw HTML such as
 * `<br />` or `<img>` on a line of its own becomes one) is a paragraph, a paragraph
 * of nothing but line breaks is dropped, and a block the converter left inside a
 * paragraph, heading or table cell (an import note for an inline `<svg>`) moves
 * after it. Without this, MDX cannot compile the article, or the Markdown writer
 * runs every block of the page together into one line.
 */
export function settleBlocks(tree: Root): void {
	visitFlow(tree);
}
