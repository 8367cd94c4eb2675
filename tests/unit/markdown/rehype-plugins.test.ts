import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeScrollableTables } from '../../../src/markdown/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from '../../../src/markdown/rehype-task-list-labels.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const table = () => el('table', [el('tbody', [el('tr', [el('td', [text('SPF')])])])]);

describe('rehypeScrollableTables', () => {
	test('wraps tables at any depth in a labelled, focusable region, once', () => {
		const nested = table();
		const tree: Root = {
			type: 'root',
			children: [table(), el('ul', [el('li', [el('blockquote', [nested])])]), el('p', [text('No table here.')])],
		};
		rehypeScrollableTables()(tree);
		rehypeScrollableTables()(tree);
		const wrapper = tree.children[0] as Element;
		expect(wrapper).toMatchObject({
			tagName: 'div',
			properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
		});
		expect((wrapper.children[0] as Element).tagName).toBe('table');
		const quote = ((tree.children[1] as Element).children[0] as Element).children[0] as Element;
		expect((quote.children[0] as Element).tagName).toBe('div');
		expect((quote.children[0] as Element).children[0]).toBe(nested);
		expect(tree.children[2]).toEqual(el('p', [text('No table here.')]));
	});
});

describe('rehypeTaskListLabels', () => {
	test('names each task-list checkbox after its own item, in nested lists too', () => {
		const checkbox = () => el('input', [], { type: 'checkbox', disabled: true });
		const inner = el('li', [checkbox(), text(' Publish the DKIM record')], { className: ['task-list-item'] });
		const outer = el('li', [checkbox(), text(' Add the domain'), el('ul', [inner])], { className: ['task-list-item'] });
		const tree: Root = { type: 'root', children: [el('ul', [outer]), el('ul', [el('li', [text('Plain item')])])] };
		rehypeTaskListLabels()(tree);
		expect((outer.children[0] as Element).properties.ariaLabel).toBe('Add the domain');
		expect((inner.children[0] as Element).properties.ariaLabel).toBe('Publish the DKIM record');
	});
});
