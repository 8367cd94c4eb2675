import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { phrasingOnly } from './phrasing.ts';

/**
 * GFM task lists render bare, disabled checkboxes that screen readers announce as
 * "checkbox, not checked" with no name. Names each one after its item's text.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (phrasingOnly.has(node.tagName)) return SKIP;
			if (node.tagName !== 'li' || !String(node.properties?.className ?? '').includes('task-list-item')) return;
			const checkbox = node.children.find(
				(child): child is Element =>
					child.type === 'element' && child.tagName === 'input' && child.properties?.type === 'checkbox',
			);
			if (!checkbox) return;
			// The item's own words, not those of a list nested under it.
			const ownContent = node.children.filter(
				(child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')),
			);
			const label = textOf({ ...node, children: ownContent }).trim();
			if (label) checkbox.properties = { ...checkbox.properties, ariaLabel: label };
		});
	};
}
