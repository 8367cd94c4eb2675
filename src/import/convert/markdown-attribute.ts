import type { Element, ElementContent, Root as HastRoot, Parents } from 'hast';
import type { Root as MdastRoot, Nodes, Text } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The values of `markdown` that have the element's content read as Markdown: kramdown's,
 * and Python-Markdown's md_in_html (Material for MkDocs' `<figure markdown>`), which takes
 * the attribute written bare, with no value, for `markdown="1"`.
 */
const READ_AS_MARKDOWN = new Set(['', '1', 'span', 'block']);

/**
 * The element's content as kramdown renders it: its Markdown, a lone paragraph as the
 * words alone. The text comes decoded (`&lt;b&gt;` is `<b>`), so what reads as HTML in
 * it is the text the old site showed, and stays text, never markup.
 */
function renderedContent(text: string): ElementContent[] {
	const tree = parser.parse(text) as MdastRoot;
	visit(tree, (node) => {
		if (!('children' in node)) return;
		const merged: Nodes[] = [];
		for (const child of node.children as Nodes[]) {
			const value = child.type === 'html' ? child.value : undefined;
			const previous = merged.at(-1);
			if (value !== undefined && previous?.type === 'text') previous.value += value;
			else if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
			else merged.push(value === undefined ? child : ({ type: 'text', value } as Text));
		}
		(node as { children: Nodes[] }).children = merged;
	});
	const hast = toHast(tree) as HastRoot;
	const only = hast.children.length === 1 ? hast.children[0] : undefined;
	return (only?.type === 'element' && only.tagName === 'p' ? only.children : hast.children) as ElementContent[];
}

/** A run of text as kramdown renders it, the white space around it kept between its neighbours. */
function renderedRun(value: string): ElementContent[] {
	const before = /^\s*/.exec(value)?.[0] ?? '';
	const after = /\s*$/.exec(value)?.[0] ?? '';
	const space = (text: string): ElementContent[] => (text === '' ? [] : [{ type: 'text', value: text }]);
	return [...space(before), ...renderedContent(value.trim()), ...space(after)];
}

/**
 * An element kramdown reads as Markdown (`<span markdown="1">**Note:** see [setup](/setup)</span>`)
 * inside a block of raw HTML (a `<div>` or `<table>` on its lines), where a Markdown
 * parser leaves its content as text: its Markdown rendered, as the old site showed it.
 * Beside other elements (`<details markdown="1">` with its `<summary>`), each run of its
 * text is rendered and the elements stay as they are.
 */
export function renderMarkdownAttributes(tree: HastRoot): void {
	const walk = (parent: Parents) => {
		for (const child of parent.children) {
			if (child.type !== 'element') continue;
			const element = child as Element;
			const value = element.properties?.markdown;
			if (value !== undefined) {
				delete element.properties.markdown;
				if (READ_AS_MARKDOWN.has(String(value))) {
					if (element.children.every((node) => node.type === 'text')) {
						const text = element.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
						element.children = renderedContent(text.trim());
						continue;
					}
					element.children = element.children.flatMap((node) =>
						node.type === 'text' && node.value.trim() !== '' ? renderedRun(node.value) : [node],
					);
				}
			}
			walk(element);
		}
	};
	walk(tree);
}
