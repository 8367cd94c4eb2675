import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { OutputFormat } from './types.ts';

/**
 * `==words==`, which Obsidian (and MkDocs' `pymdownx.mark`, Typora, HackMD) shows as
 * highlighted words: the help center's Markdown has no such mark, so they would
 * print with their `==`. They become a `<mark>`, as those editors render them. The
 * marks follow Obsidian's reading, a little stricter: `==` opens at the start of a
 * word (not after a letter or digit, so `a==b` stays a comparison) with no space after
 * it, and closes with no space before it, at the end of a word. Code is left alone:
 * it is no text node.
 */

/** Stands for a node that is no text (emphasis, a link, code) in a paragraph's words. */
const NODE = '\uE000';
const HIGHLIGHT = /(?<![\p{L}\p{N}=\\])==(?=[^\s=])([\s\S]*?[^\s=\\])==(?![\p{L}\p{N}=])/gu;

/** Nodes that hold words, where a highlight may open and close. */
const PHRASING_HOLDERS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);

/** A highlight as the output writes it: MDX the element, Markdown its tags around the words. */
export function markNode(children: PhrasingContent[], format: OutputFormat): PhrasingContent[] {
	if (format === 'mdx')
		return [{ type: 'mdxJsxTextElement', name: 'mark', attributes: [], children } as MdxJsxTextElement];
	return [{ type: 'html', value: '<mark>' }, ...children, { type: 'html', value: '</mark>' }];
}

/** A run of phrasing nodes as one string, each node that is not text one `NODE` character. */
function flatten(children: PhrasingContent[]): string {
	return children.map((child) => (child.type === 'text' ? child.value.replaceAll(NODE, ' ') : NODE)).join('');
}

/** The nodes that cover `[from, to)` of the flattened run: text cut where it falls, other nodes whole. */
function slice(children: PhrasingContent[], from: number, to: number): PhrasingContent[] {
	const picked: PhrasingContent[] = [];
	let offset = 0;
	for (const child of children) {
		const length = child.type === 'text' ? child.value.length : 1;
		const start = Math.max(from, offset);
		const end = Math.min(to, offset + length);
		if (start < end)
			picked.push(
				child.type === 'text' ? { type: 'text', value: child.value.slice(start - offset, end - offset) } : child,
			);
		offset += length;
	}
	return picked;
}

/** A run of phrasing nodes with its highlights marked. */
function markRun(children: PhrasingContent[], format: OutputFormat): PhrasingContent[] {
	const flat = flatten(children);
	if (!flat.includes('==')) return children;
	const result: PhrasingContent[] = [];
	let done = 0;
	for (const match of flat.matchAll(HIGHLIGHT)) {
		result.push(...slice(children, done, match.index));
		result.push(...markNode(slice(children, match.index + 2, match.index + match[0].length - 2), format));
		done = match.index + match[0].length;
	}
	if (done === 0) return children;
	result.push(...slice(children, done, flat.length));
	return result;
}

/** Marks every highlight of the tree's words, in place. */
export function highlightMarks(tree: Root, format: OutputFormat): void {
	const visit = (parent: Parents) => {
		for (const child of parent.children as RootContent[]) if ('children' in child) visit(child as Parents);
		if (PHRASING_HOLDERS.has(parent.type))
			(parent as { children: PhrasingContent[] }).children = markRun(parent.children as PhrasingContent[], format);
	};
	visit(tree);
}
