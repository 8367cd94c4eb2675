import type { Nodes, PhrasingContent } from 'mdast';

/**
 * The mdast nodes that sit inside a paragraph, heading or table cell, as the parsers
 * the import uses write them (GFM, MDX, directives, math). Raw `html` is left out: it
 * may be a block or inline, so a caller that knows which says so.
 */
const PHRASING_TYPES: ReadonlySet<string> = new Set([
	'text',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'break',
	'link',
	'linkReference',
	'image',
	'imageReference',
	'footnoteReference',
	'mdxJsxTextElement',
	'mdxTextExpression',
	'textDirective',
	'inlineMath',
]);

/** Whether a node is text-level, one that belongs in a paragraph rather than beside it. */
export function isPhrasing(node: Nodes | { type: string }): node is PhrasingContent {
	return PHRASING_TYPES.has(node.type);
}
