import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GFM task lists render bare, disabled checkboxes that screen readers announce as
 * "checkbox, not checked" with no name. Names each one after its item's text.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'li' || !String(node.properties?.className ?? '').includes('task-list-item')) return;
			const checkbox = node.children.find(
				(child): child is Element =>
					child.type === 'element' && child.tagName === 'input' && child.properties?.type === 'checkbox',
			);
			if (!checkbox) return;
			const label = textOf(node).trim();
			if (label) checkbox.properties = { ...checkbox.properties, ariaLabel: label };
		});
	};
}
