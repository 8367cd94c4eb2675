import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { phrasingOnly } from './phrasing.ts';

const isList = (node: ElementContent) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');

const isCheckbox = (node: ElementContent): node is Element =>
	node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';

/** Inline content a `<label>` may hold: text and phrasing elements, no blocks, no other form controls. */
function isLabelContent(node: ElementContent): boolean {
	if (node.type === 'text' || node.type === 'comment') return true;
	if (node.type !== 'element') return false;
	if (['input', 'button', 'select', 'textarea', 'label'].includes(node.tagName)) return false;
	return (
		(phrasingOnly.has(node.tagName) && node.tagName !== 'p' && !/^h\d$/.test(node.tagName)) || node.tagName === 'br'
	);
}

/**
 * Turns GFM task lists into checklists a reader can follow: each checkbox can be ticked
 * (GFM renders them disabled) and is labelled by its item's own words, so the words are
 * its name for screen readers and a tap on them ticks it. Nothing is stored: the list
 * starts as the author wrote it on every visit. Where the item's words are not plain
 * inline text (a loose list's paragraphs), the checkbox is named with `aria-label`.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (phrasingOnly.has(node.tagName)) return SKIP;
			if (node.tagName !== 'li' || !String(node.properties?.className ?? '').includes('task-list-item')) return;
			// The checkbox sits in the item, or in its first paragraph when the list is loose.
			const first = node.children.find((child) => child.type === 'element');
			const holder =
				first?.type === 'element' && first.tagName === 'p' && first.children.some(isCheckbox) ? first : node;
			const index = holder.children.findIndex(isCheckbox);
			const checkbox = holder.children[index] as Element | undefined;
			if (!checkbox) return;
			const { disabled: _disabled, ...properties } = checkbox.properties ?? {};
			checkbox.properties = properties;
			// The item's own words, not those of a list nested under it.
			const own = holder.children.slice(index + 1);
			const nestedAt = own.findIndex(isList);
			const words = nestedAt === -1 ? own : own.slice(0, nestedAt);
			const rest = nestedAt === -1 ? [] : own.slice(nestedAt);
			if (words.every(isLabelContent) && textOf({ ...holder, children: words }).trim()) {
				const label: Element = { type: 'element', tagName: 'label', properties: {}, children: [checkbox, ...words] };
				holder.children = [...holder.children.slice(0, index), label, ...rest];
				return;
			}
			const name = textOf({ ...node, children: node.children.filter((child) => !isList(child)) }).trim();
			if (name) checkbox.properties = { ...checkbox.properties, ariaLabel: name };
		});
	};
}
