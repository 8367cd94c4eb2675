import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { phrasingOnly } from './phrasing.ts';

/**
 * Tables with at least this many columns are shown on a phone as one card per row,
 * each cell under its column's name (the `.table-stack` rules in site.css): side by
 * side, three columns leave each too narrow for the values customers copy.
 */
const minStackedColumns = 3;

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';
const childElements = (node: Element, ...tagNames: string[]) =>
	node.children.filter((child): child is Element => isElement(child) && tagNames.includes(child.tagName));
const span = (cell: Element, name: 'colSpan' | 'rowSpan') => Math.max(1, Number(cell.properties?.[name] ?? 1) || 1);

/** The rows of a table, grouped as the browser groups them (`thead`, `tbody`, `tfoot`, or none). */
function rowGroups(table: Element): { group?: Element; rows: Element[] }[] {
	const groups = childElements(table, 'thead', 'tbody', 'tfoot').map((group) => ({
		group,
		rows: childElements(group, 'tr'),
	}));
	const loose = childElements(table, 'tr');
	return loose.length > 0 ? [...groups, { rows: loose }] : groups;
}

/**
 * Labels every body cell with its column's name (`data-label`) and spells out each
 * element's table role. The stacked layout gives the cells `display: block`, and some
 * browsers then drop a table's semantics unless the roles are explicit; with them a
 * screen reader still announces a table, its rows and each cell's column.
 * Returns false, touching nothing, for a table it cannot label reliably: fewer
 * columns than `minStackedColumns`, not one header row, or cells spanning rows.
 */
function labelColumns(table: Element): boolean {
	const groups = rowGroups(table);
	const headRows = groups.find((entry) => entry.group?.tagName === 'thead')?.rows ?? [];
	const [headRow] = headRows;
	const allRows = groups.flatMap((entry) => entry.rows);
	const cells = allRows.flatMap((row) => childElements(row, 'th', 'td'));
	if (headRows.length !== 1 || !headRow || cells.some((cell) => span(cell, 'rowSpan') > 1)) return false;
	const labels = childElements(headRow, 'th', 'td').flatMap((cell) =>
		Array<string>(span(cell, 'colSpan')).fill(textOf(cell).replace(/\s+/g, ' ').trim()),
	);
	if (labels.length < minStackedColumns) return false;

	table.properties = { ...table.properties, role: 'table' };
	for (const { group, rows } of groups) {
		if (group) group.properties = { ...group.properties, role: 'rowgroup' };
		const inHead = group?.tagName === 'thead';
		for (const row of rows) {
			row.properties = { ...row.properties, role: 'row' };
			let column = 0;
			for (const cell of childElements(row, 'th', 'td')) {
				const role = inHead ? 'columnheader' : cell.tagName === 'th' ? 'rowheader' : 'cell';
				const label = inHead ? undefined : labels[column];
				cell.properties = { ...cell.properties, role, ...(label ? { dataLabel: label } : {}) };
				column += span(cell, 'colSpan');
			}
		}
	}
	return true;
}

/**
 * Drops a header row with nothing in any cell. GFM needs a header row, so a table written
 * without one (as the import writes one whose first row is data, `| | |`) has an empty one:
 * shown, it is a blank shaded bar, and a screen reader announces columns with no names. A
 * table without a `<thead>` is valid HTML, and its rows stay data.
 */
function dropEmptyHead(table: Element) {
	for (const head of childElements(table, 'thead')) {
		const empty = childElements(head, 'tr').every((row) =>
			childElements(row, 'th', 'td').every((cell) =>
				cell.children.every((child) => child.type === 'text' && child.value.trim() === ''),
			),
		);
		if (empty) table.children.splice(table.children.indexOf(head), 1);
	}
}

/** A table's own name: the text of its `<caption>`, if it has one. */
function captionOf(table: Element): string {
	const [caption] = childElements(table, 'caption');
	return caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Wraps each table in a focusable, labelled region that scrolls sideways, so wide
 * tables stay readable on a 360 px phone and keyboard users can scroll them. Tables of
 * `minStackedColumns` or more also get their cells labelled with their column's name,
 * and on a phone they are shown stacked (`.table-stack`), with no sideways scrolling.
 *
 * Each region is named by its table's caption, else by the heading it stands under
 * ("Table: DNS records"), and numbered when two would share a name: screen readers
 * list a page's regions by name, and a page of three tables all called "Table" gives
 * no way to tell which is which.
 */
export function rehypeScrollableTables() {
	return (tree: Root) => {
		let heading = '';
		const named = new Map<string, number>();
		visit(tree, 'element', (node, index, parent) => {
			if (/^h[1-6]$/.test(node.tagName)) {
				heading = textOf(node).replace(/\s+/g, ' ').trim();
				return SKIP;
			}
			if (phrasingOnly.has(node.tagName)) return SKIP;
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			if (parent.type === 'element' && (parent as Element).properties?.className?.toString().includes('table-scroll'))
				return;
			dropEmptyHead(node);
			const stacked = labelColumns(node);
			const about = captionOf(node) || heading;
			const name = about ? `Table: ${about}` : 'Table';
			const count = (named.get(name) ?? 0) + 1;
			named.set(name, count);
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: {
					className: stacked ? ['table-scroll', 'table-stack'] : ['table-scroll'],
					tabIndex: 0,
					role: 'region',
					ariaLabel: count === 1 ? name : `${name} (${count})`,
				},
				children: [node],
			};
			parent.children[index] = wrapper;
		});
	};
}
