import { toHtml } from 'hast-util-to-html';
import type { BlockContent, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import type { Handle } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { isPhrasing } from './phrasing.ts';

/**
 * A fold: words that open on a click (an HTML `<details>` and its `<summary>`, a
 * collapsible admonition, an accordion, an expandable, a `details` shortcode). An
 * article writes it as HTML's own element, which needs no script, opens from the
 * keyboard and is read out as a button by screen readers:
 *
 * ```mdx
 * <details>
 *   <summary>Can I pay by **invoice**?</summary>
 *
 *   Yes, on the yearly plan.
 * </details>
 * ```
 *
 * Every converter builds it here, the same way for both formats: an `mdxJsxFlowElement`
 * `details` whose first child is a paragraph holding the `summary`, then its blocks.
 * The MDX writer writes it as it stands; body.ts's Markdown writer writes it with
 * `foldToMarkdown` below, as HTML around the Markdown body, since a `.md` file has no JSX.
 */
export function foldNode(summary: PhrasingContent[], children: RootContent[], open = false): MdxJsxFlowElement {
	const summaryElement: MdxJsxTextElement = {
		type: 'mdxJsxTextElement',
		name: 'summary',
		attributes: [],
		children: withoutWholeBold(summary).flatMap(withoutBlockBreaks),
	};
	return {
		type: 'mdxJsxFlowElement',
		name: 'details',
		attributes: open ? [{ type: 'mdxJsxAttribute', name: 'open', value: null }] : [],
		children: [{ type: 'paragraph', children: [summaryElement] }, ...(children as BlockContent[])],
	};
}

/** A summary all in bold (`<summary><b>Refunds</b></summary>`, as editors write one) loses the bold the site gives every summary. */
function withoutWholeBold(summary: PhrasingContent[]): PhrasingContent[] {
	const words = summary.filter((node) => node.type !== 'text' || node.value.trim() !== '');
	const [only] = words;
	return words.length === 1 && only?.type === 'strong' ? only.children : summary;
}

/** A summary is one line: a line break in it (`<summary>Refunds<br>and credits</summary>`) is a space. */
function withoutBlockBreaks(node: PhrasingContent): PhrasingContent[] {
	return node.type === 'break' ? [{ type: 'text', value: ' ' }] : [node];
}

/** Whether a node is a fold made by `foldNode`. */
export function isFold(node: Nodes | undefined): node is MdxJsxFlowElement {
	return node?.type === 'mdxJsxFlowElement' && node.name === 'details' && foldSummary(node) !== undefined;
}

/** A fold's summary element. */
export function foldSummary(fold: MdxJsxFlowElement): MdxJsxTextElement | undefined {
	const first = fold.children[0];
	const only = first?.type === 'paragraph' && first.children.length === 1 ? first.children[0] : undefined;
	return only?.type === 'mdxJsxTextElement' && only.name === 'summary' ? only : undefined;
}

/**
 * The Markdown writer's form of a fold: `<details>` and a `<summary>` written as HTML
 * (its bold, code and links as HTML too, since Markdown inside an HTML line is not read),
 * then a blank line, the body as Markdown, a blank line and `</details>`, which GitHub
 * and the site alike render as the fold. Any other JSX element keeps its content.
 */
export const foldToMarkdown: Handle = (node: MdxJsxFlowElement, _parent, state, info) => {
	const summary = isFold(node) ? foldSummary(node) : undefined;
	if (!summary) return state.containerFlow(node as unknown as Root, info);
	const holder: Root = { type: 'root', children: node.children.slice(1) as RootContent[] };
	const body = state.containerFlow(holder, info);
	const words = toHtml(toHast({ type: 'paragraph', children: summary.children }, { allowDangerousHtml: true }), {
		allowDangerousHtml: true,
	})
		.replace(/^<p>|<\/p>$/g, '')
		.replace(/\n/g, ' ');
	const open = `<details${htmlAttributes(node)}>\n<summary>${words}</summary>`;
	return body === '' ? `${open}\n</details>` : `${open}\n\n${body}\n\n</details>`;
};

/** A fold's `id` and `open`, the only attributes folds are given. */
function htmlAttributes(node: MdxJsxFlowElement): string {
	let written = '';
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		if (attribute.name === 'open') written += ' open';
		if (attribute.name === 'id' && typeof attribute.value === 'string')
			written += ` id="${attribute.value.replace(/[^A-Za-z0-9_:.-]/g, '')}"`;
	}
	return written;
}

/**
 * A summary's words as one line: what a summary wrapped in a heading or a paragraph
 * (`<summary><h3>Refunds</h3></summary>`, as READMEs write it) says, without the block,
 * which a summary cannot hold. Blocks side by side are joined with a space.
 */
export function summaryWords(nodes: RootContent[]): PhrasingContent[] {
	const words: PhrasingContent[] = [];
	for (const node of nodes) {
		if (isPhrasing(node)) words.push(node);
		else if ('children' in node) {
			const inner = summaryWords(node.children as RootContent[]);
			if (inner.length === 0) continue;
			if (words.length > 0) words.push({ type: 'text', value: ' ' });
			words.push(...inner);
		}
	}
	return words;
}

/** Whether a summary says anything: a fold with none cannot say what it hides. */
export function saysSomething(words: PhrasingContent[]): boolean {
	return words.some((node) => (node.type === 'text' ? node.value.trim() !== '' : node.type !== 'break'));
}

/**
 * A list item holding a fold is written loose, a blank line around the fold: in a tight
 * item, MDX would read `<details>` on the line under the item's words as part of them
 * and fail on its blank lines.
 */
export function loosenFoldItems(tree: Root): void {
	visit(tree, 'listItem', (item) => {
		if (item.children.some((child) => isFold(child))) item.spread = true;
	});
}
