import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { phrasingOnly } from './phrasing.ts';

/**
 * Tokens up to this many characters never break in running text: about a 360 px phone's
 * line in the code font. In a table cell, which shares the width with its neighbours,
 * tokens longer than `maxTokenInTable` may wrap, but only after a separator.
 */
export const maxUnbreakableToken = 32;
export const maxTokenInTable = 16;

/**
 * Characters of the code font a box indents its text by on a phone (site.css): a list
 * level 40 px, a quote or a callout about 36 px, in a font about 9 px wide. Two lists
 * deep, a 32-character address no longer fits a 360 px line and, kept whole, pushed the
 * page sideways (imported help centers nest steps in steps).
 */
const indentChars: Record<string, number> = { ul: 5, ol: 5, dd: 5, blockquote: 4, Aside: 4 };
/** However deep the nesting, a token this short stays whole (the indent stops there). */
const minUnbreakableToken = 12;

const nowrap = (children: ElementContent[]): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className: ['nowrap'] },
	children,
});
const wbr: Element = { type: 'element', tagName: 'wbr', properties: {}, children: [] };

/**
 * A long token as pieces that each end in a separator (`.`, `/`, `=`, `;`, ...), kept
 * whole and joined by `<wbr>`: `acme._domainkey.example.com` may wrap as
 * `acme._domainkey.` + `example.com`, never inside `_domainkey`. A piece still longer
 * than a line (a key, a hash) is left free to break anywhere, or it would push the
 * page sideways.
 */
function splitLongToken(token: string, line: number): ElementContent[] {
	const pieces = token.split(/(?<=[./?&=;,@:#])(?=[^./?&=;,@:#])/);
	return pieces.flatMap((piece, index): ElementContent[] => [
		...(index > 0 ? [wbr] : []),
		piece.length > line ? { type: 'text', value: piece } : nowrap([{ type: 'text', value: piece }]),
	]);
}

/** `limit`: the longest token kept whole where the code is; `line`: what fits on a line there. */
function wrapCode(code: Element, limit: number, line: number): void {
	const [only] = code.children;
	if (code.children.length !== 1 || only?.type !== 'text') return;
	const tokens = only.value.split(/(\s+)/).filter((token) => token !== '');
	if (tokens.length === 1 && only.value.length <= limit) {
		const classes = [code.properties?.className ?? []].flat().map(String);
		code.properties = { ...code.properties, className: [...classes, 'nowrap'] };
		return;
	}
	code.children = tokens.flatMap((token): ElementContent[] => {
		if (/\s/.test(token)) return [{ type: 'text', value: token }];
		return token.length <= limit ? [nowrap([{ type: 'text', value: token }])] : splitLongToken(token, line);
	});
}

type Node = Root | RootContent | MdxJsxFlowElementHast;

/** Steps into elements and the MDX components an article uses (`<Aside>`), whose children are page text too. */
function childrenOf(node: Node): Node[] | undefined {
	if (node.type === 'root' || node.type === 'element' || node.type === 'mdxJsxFlowElement') return node.children;
	return undefined;
}

function walk(node: Node, limit: number, inTable: boolean): void {
	const children = childrenOf(node);
	if (!children) return;
	if (node.type === 'element') {
		if (node.tagName === 'pre') return;
		if (node.tagName === 'code') {
			wrapCode(node, inTable ? Math.min(limit, maxTokenInTable) : limit, limit);
			return;
		}
		// Most of a page is words in paragraphs: only look inside those that hold code.
		if (phrasingOnly.has(node.tagName) && !node.children.some((child) => child.type === 'element')) return;
	}
	const name = node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' ? node.name : undefined;
	const inner = Math.max(minUnbreakableToken, limit - (indentChars[name ?? ''] ?? 0));
	const table = inTable || name === 'table';
	for (const child of children) walk(child, inner, table);
}

/**
 * Keeps inline code from breaking mid-token. Browsers break `X-RateLimit-Remaining`
 * after each hyphen and URLs after slashes, which customers then copy half of. Code
 * without spaces gets `nowrap`; code with spaces wraps only between its tokens, and a
 * long token only after a separator. The text is untouched (spans and `<wbr>` add no
 * characters), so copying gives exactly what was written.
 */
export function rehypeInlineCode() {
	return (tree: Root) => walk(tree, maxUnbreakableToken, false);
}
