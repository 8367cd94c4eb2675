// What a sheet's XML says after its last row: merged cells and hyperlinks. The sheet
// is unpacked once before its rows are read and only these elements are parsed,
// so that a row's merged value and link are known when the row is.
import type { ContentError } from '../content-model/errors.ts';
import { columnOfReference, rowOfReference } from './xlsx-cells.ts';
import { localName, type SheetInfo, sheetHyperlinkTargets } from './xlsx-parts.ts';
import { describeZipError, type WorkbookZip } from './xlsx-zip.ts';

/** A block of cells, rows 1-based and columns 0-based, both ends included. */
export interface CellRange {
	firstRow: number;
	lastRow: number;
	firstColumn: number;
	lastColumn: number;
}

export interface SheetTail {
	merges: CellRange[];
	/** Hyperlink addresses by `row:column`. */
	links: Map<string, string>;
}

/** A reference such as `F2` or `A1:G1` as a range; undefined when it is none. */
export function parseRange(reference: string): CellRange | undefined {
	const [from, to = from] = reference.toUpperCase().split(':') as [string, string?];
	const firstRow = rowOfReference(from);
	const lastRow = rowOfReference(to);
	const firstColumn = columnOfReference(from);
	const lastColumn = columnOfReference(to);
	if (firstRow === undefined || lastRow === undefined || firstColumn === -1 || lastColumn === -1) return undefined;
	if (lastRow < firstRow || lastColumn < firstColumn) return undefined;
	return { firstRow, lastRow, firstColumn, lastColumn };
}

const markers = [Buffer.from('mergeCells'), Buffer.from('hyperlinks')];

/** Where the first `<mergeCells` or `<hyperlinks` (any prefix) starts in `bytes`, or -1. */
function tailStart(bytes: Buffer): number {
	let first = -1;
	for (const marker of markers) {
		let at = bytes.indexOf(marker);
		while (at !== -1) {
			const before = bytes.subarray(Math.max(0, at - 12), at).toString('latin1');
			const open = /<(?:\w+:)?$/.exec(before);
			if (open) {
				const start = at - open[0].length;
				if (first === -1 || start < first) first = start;
				break;
			}
			at = bytes.indexOf(marker, at + 1);
		}
	}
	return first;
}

function attributesOf(text: string): Record<string, string> {
	return Object.fromEntries(
		[...text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((pair) => [localName(pair[1] as string), pair[2] as string]),
	);
}

/** Reads the merged ranges and hyperlinks after the rows of a sheet. */
export async function readSheetTail(zip: WorkbookZip, file: string, sheet: SheetInfo): Promise<SheetTail> {
	const tail: Buffer[] = [];
	let carry = Buffer.alloc(0);
	try {
		for await (const chunk of await zip.open(sheet.part)) {
			if (tail.length > 0) {
				tail.push(chunk as Buffer);
				continue;
			}
			const bytes = Buffer.concat([carry, chunk as Buffer]);
			const start = tailStart(bytes);
			if (start !== -1) tail.push(bytes.subarray(start));
			else carry = bytes.subarray(Math.max(0, bytes.length - 24));
		}
	} catch (error) {
		if ((error as ContentError).problems) throw error;
		throw describeZipError(file, error);
	}
	const text = Buffer.concat(tail).toString('utf8');
	const merges: CellRange[] = [];
	for (const match of text.matchAll(/<(?:\w+:)?mergeCell\s([^>]*)>/g)) {
		const range = parseRange(attributesOf(match[1] as string).ref ?? '');
		if (range) merges.push(range);
	}
	const links = new Map<string, string>();
	const hyperlinks = [...text.matchAll(/<(?:\w+:)?hyperlink\s([^>]*)>/g)];
	if (hyperlinks.length === 0) return { merges, links };
	const targets = await sheetHyperlinkTargets(zip, file, sheet.part);
	for (const match of hyperlinks) {
		const attributes = attributesOf(match[1] as string);
		const target = attributes.id === undefined ? undefined : targets.get(attributes.id);
		const range = parseRange(attributes.ref ?? '');
		if (target === undefined || range === undefined) continue;
		if ((range.lastRow - range.firstRow + 1) * (range.lastColumn - range.firstColumn + 1) > 100_000) continue;
		for (let row = range.firstRow; row <= range.lastRow; row++) {
			for (let column = range.firstColumn; column <= range.lastColumn; column++) links.set(`${row}:${column}`, target);
		}
	}
	return { merges, links };
}
