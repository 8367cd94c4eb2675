import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { phrasingOnly } from './phrasing.ts';

/**
 * Wraps each table in a focusable, labelled region that scrolls sideways, so wide
 * tables stay readable on a 360 px phone and keyboard users can scroll them.
 */
export function rehypeScrollableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (phrasingOnly.has(node.tagName)) return SKIP;
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			if (parent.type === 'element' && (parent as Element).properties?.className?.toString().includes('table-scroll'))
				return;
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
				children: [node],
			};
			parent.children[index] = wrapper;
		});
	};
}
