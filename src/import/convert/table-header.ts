import type { Element, ElementContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';

/** Elements that are something to see without any words. */
const SHOWN_WITHOUT_WORDS = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed']);

/** Whether an element holds something to see besides words: a picture, a player, a drawing. */
export function showsSomething(node: Element): boolean {
	return node.children.some(
		(child) => child.type === 'element' && (SHOWN_WITHOUT_WORDS.has(child.tagName) || showsSomething(child)),
	);
}

/** At most this many words, and characters, make a column's name; more is a sentence of data. */
const HEADER_WORDS = 6;
const HEADER_CHARACTERS = 60;

/**
 * What a cell holds, as far as telling a header from data goes: nothing, a picture, words
 * that are all a link or all code, a sentence (long, or ending as one), a figure (a number,
 * a price, a tick: no letters before its first digit, or none at all), or a few words.
 */
type CellKind = 'empty' | 'picture' | 'link' | 'code' | 'sentence' | 'figure' | 'words';

const elements = (node: Element, ...tagNames: string[]) =>
	node.children.filter((child): child is Element => child.type === 'element' && tagNames.includes(child.tagName));

/** Whether every word of a node stands inside one of the tags (a link, code, bold). */
function wordsAllIn(node: ElementContent, tags: ReadonlySet<string>): boolean {
	if (node.type === 'text') return node.value.trim() === '';
	if (node.type !== 'element') return true;
	if (tags.has(node.tagName)) return true;
	return node.children.every((child) => wordsAllIn(child, tags));
}

const LINK = new Set(['a']);
const CODE = new Set(['code', 'kbd', 'samp', 'pre']);
const BOLD = new Set(['b', 'strong']);

function cellKind(cell: Element): CellKind {
	const words = hastText(cell).replace(/\s+/g, ' ').trim();
	if (SHOWN_WITHOUT_WORDS.has(cell.tagName) || showsSomething(cell)) return 'picture';
	if (words === '') return 'empty';
	if (wordsAllIn(cell, LINK)) return 'link';
	if (wordsAllIn(cell, CODE)) return 'code';
	if (words.split(' ').length > HEADER_WORDS || words.length > HEADER_CHARACTERS || /[.!?…]$/.test(words))
		return 'sentence';
	if (!/\p{L}/u.test(words) || /^[^\p{L}\p{N}]*\p{N}/u.test(words)) return 'figure';
	return 'words';
}

/** The nodes with every bold element (`b`, `strong`) among them, or in them, replaced by what it holds. */
function unwrapBold(nodes: ElementContent[]): ElementContent[] {
	return nodes.flatMap((node) =>
		node.type !== 'element'
			? [node]
			: BOLD.has(node.tagName)
				? unwrapBold(node.children)
				: [{ ...node, children: unwrapBold(node.children) }],
	);
}

/** The table's rows in order: its head's, its bodies', its foot's and any outside them. */
function rowsOf(table: Element): Element[] {
	return table.children.flatMap((child) =>
		child.type !== 'element'
			? []
			: child.tagName === 'tr'
				? [child]
				: ['thead', 'tbody', 'tfoot'].includes(child.tagName)
					? elements(child, 'tr')
					: [],
	);
}

const cellsOf = (row: Element) => elements(row, 'td', 'th');
const span = (cell: Element) => Math.max(1, Number(cell.properties?.colSpan ?? 1) || 1);

/**
 * Whether a table's first row reads as its columns' names: a few words in each cell (some
 * may be empty, as a grid's corner is), no picture, no cell that is only a link, code or a
 * sentence; and either every cell bold (Intercom bolds the row it means as the header) or
 * the row differing in kind from the rows below: in some column where it holds words, most
 * cells below hold something else (figures, sentences, links, code, pictures). A row that
 * looks like the others (a key/value table's first pair) is data.
 */
export function readsAsHeader(first: Element, below: readonly Element[]): boolean {
	const cells = cellsOf(first);
	const kinds = cells.map(cellKind);
	if (kinds.every((kind) => kind === 'empty')) return false;
	if (kinds.some((kind) => kind !== 'empty' && kind !== 'words' && kind !== 'figure')) return false;
	const bold = cells.every(
		(cell, at) =>
			kinds[at] === 'empty' || cell.tagName === 'th' || cell.children.every((child) => wordsAllIn(child, BOLD)),
	);
	if (bold) return true;
	if (kinds.includes('figure')) return false;
	let column = 0;
	const columnOf = new Map<Element, number>();
	for (const cell of cells) {
		columnOf.set(cell, column);
		column += span(cell);
	}
	return cells.some((cell, at) => {
		if (kinds[at] !== 'words') return false;
		const start = columnOf.get(cell);
		const under = below.flatMap((row) => {
			let position = 0;
			for (const other of cellsOf(row)) {
				if (position === start) return [cellKind(other)];
				position += span(other);
			}
			return [];
		});
		const filled = under.filter((kind) => kind !== 'empty');
		return filled.length > 0 && filled.filter((kind) => kind !== 'words').length * 2 > filled.length;
	});
}

/**
 * A GFM table needs a header row. A table written without one (no `<thead>`, no first row
 * of `<th>`) gets its first row as the header only when that row reads as one (see
 * `readsAsHeader`); otherwise an empty header row goes above it, so that every row stays
 * data and no screen reader announces a screenshot or a value as a column's name.
 */
export function giveHeaderRow(table: Element): void {
	if (elements(table, 'thead').length > 0) return;
	const rows = rowsOf(table);
	const [first, ...below] = rows;
	if (!first) return;
	const firstCells = cellsOf(first);
	if (firstCells.length > 0 && firstCells.every((cell) => cell.tagName === 'th')) return;
	const parent = elements(table, 'tbody').find((body) => body.children.includes(first)) ?? table;
	if (readsAsHeader(first, below)) {
		parent.children.splice(parent.children.indexOf(first), 1);
		for (const cell of firstCells) {
			cell.tagName = 'th';
			// A header cell is bold already: the bold that marked the row as one would only double it.
			cell.children = unwrapBold(cell.children);
		}
		table.children.unshift({ type: 'element', tagName: 'thead', properties: {}, children: [first] });
		return;
	}
	const width = Math.max(...rows.map((row) => cellsOf(row).reduce((sum, cell) => sum + span(cell), 0)));
	if (width === 0) return;
	const blank: Element = {
		type: 'element',
		tagName: 'tr',
		properties: {},
		children: Array.from({ length: width }, () => ({ type: 'element', tagName: 'th', properties: {}, children: [] })),
	};
	table.children.unshift({ type: 'element', tagName: 'thead', properties: {}, children: [blank] });
}
