// The rows of one worksheet, streamed from its XML: each cell's text as Excel shows it.
import { StringDecoder } from 'node:string_decoder';
import type { SaxesTagPlain } from 'saxes';
import type { ContentError } from '../content-model/errors.ts';
import {
	columnOfReference,
	decodeXmlEscapes,
	excelDateText,
	hyperlinkFormulaTarget,
	plainNumber,
} from './xlsx-cells.ts';
import { createParser, localName, type SheetInfo, type WorkbookInfo, xmlProblem } from './xlsx-parts.ts';
import { type CellRange, readSheetTail } from './xlsx-sheet-tail.ts';
import { describeZipError, type WorkbookZip } from './xlsx-zip.ts';

export interface SheetRow {
	/** The row's number in the sheet (1-based), as Excel shows it. */
	number: number;
	/** Cell text by column (0-based); columns without a cell are empty. */
	cells: string[];
	/** Hyperlink addresses by column, for cells that link somewhere. */
	links?: Map<number, string>;
	/** Blocks of merged cells within this row: the value is in the first column. */
	spans?: { from: number; to: number }[];
}

/** A cell of type `d` holds an ISO 8601 date-time: shown as the date, with its time when it has one. */
function isoCellText(value: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z?)?$/.exec(value.trim());
	if (!match) return value;
	const time = match[2];
	if (time === undefined || /^00:00(:00)?$/.test(time)) return match[1] as string;
	return `${match[1]}T${time.length === 5 ? `${time}:00` : time}`;
}

interface CellState {
	column: number;
	type: string;
	style: number;
	value: string;
	inline: string;
	formula: string;
}

function cellText(cell: CellState, info: WorkbookInfo): string {
	switch (cell.type) {
		case 's':
			return info.sharedStrings[Number(cell.value)] ?? '';
		case 'inlineStr':
			return decodeXmlEscapes(cell.inline);
		case 'str':
		case 'e':
			return decodeXmlEscapes(cell.value);
		case 'b':
			return cell.value === '' ? '' : cell.value.trim() === '1' ? 'TRUE' : 'FALSE';
		case 'd':
			return isoCellText(cell.value);
		default: {
			if (cell.value.trim() === '') return cell.inline === '' ? '' : decodeXmlEscapes(cell.inline);
			if (info.dateStyles[cell.style]) {
				const date = excelDateText(Number(cell.value), info.date1904);
				if (date !== undefined) return date;
			}
			return plainNumber(cell.value);
		}
	}
}

/**
 * Spreads merged cells' values as a person sees them: a block that spans rows (a
 * category merged down a group of tickets) gives its value to every cell of it; a
 * block within one row (a header merged over two columns) is only noted in `spans`.
 */
function createMergeFiller(merges: readonly CellRange[]): (row: SheetRow) => void {
	if (merges.length === 0) return () => {};
	const byFirstRow = new Map<number, CellRange[]>();
	for (const range of merges) {
		const list = byFirstRow.get(range.firstRow) ?? [];
		list.push(range);
		byFirstRow.set(range.firstRow, list);
	}
	let open: { range: CellRange; value: string }[] = [];
	return (row) => {
		open = open.filter((block) => block.range.lastRow >= row.number);
		for (const range of byFirstRow.get(row.number) ?? []) {
			const value = row.cells[range.firstColumn] ?? '';
			if (range.lastRow > range.firstRow) open.push({ range, value });
			else if (range.lastColumn > range.firstColumn) {
				row.spans ??= [];
				row.spans.push({ from: range.firstColumn, to: range.lastColumn });
			}
		}
		for (const { range, value } of open) {
			for (let column = range.firstColumn; column <= range.lastColumn; column++) {
				while (row.cells.length <= column) row.cells.push('');
				if (row.cells[column] === '') row.cells[column] = value;
			}
		}
	};
}

/**
 * The rows of a sheet, a batch per chunk of XML read; rows without cells are left
 * out (their numbers are skipped). Reading stops early when the caller stops.
 */
export async function* sheetRows(
	zip: WorkbookZip,
	file: string,
	sheet: SheetInfo,
	info: WorkbookInfo,
	options: { tail: boolean },
): AsyncGenerator<SheetRow[]> {
	const tail = options.tail ? await readSheetTail(zip, file, sheet) : { merges: [], links: new Map<string, string>() };
	const hyperlinks = tail.links;
	const fillMerges = createMergeFiller(tail.merges);
	const { parser, failure } = createParser();
	const ready: SheetRow[] = [];
	let row: SheetRow | undefined;
	let lastRow = 0;
	let cell: CellState | undefined;
	let text: 'value' | 'inline' | 'formula' | undefined;
	let phonetic = 0;
	parser.on('opentag', (tag) => {
		const name = localName(tag.name);
		if (name === 'row') {
			// A sheet's own attributes (r, t, s) are never prefixed, so they are read directly: this runs for every cell.
			const number = Number((tag as SaxesTagPlain).attributes.r);
			row = { number: Number.isInteger(number) && number > 0 ? number : lastRow + 1, cells: [] };
			lastRow = row.number;
		} else if (name === 'c' && row) {
			const { attributes } = tag as SaxesTagPlain;
			const reference = attributes.r;
			const column = reference === undefined ? -1 : columnOfReference(reference);
			cell = {
				column: column === -1 ? row.cells.length : column,
				type: attributes.t ?? 'n',
				style: Number(attributes.s ?? 0),
				value: '',
				inline: '',
				formula: '',
			};
		} else if (cell) {
			if (name === 'v') text = 'value';
			else if (name === 'f') text = 'formula';
			else if (name === 'rPh') phonetic++;
			else if (name === 't' && phonetic === 0) text = 'inline';
		}
	});
	parser.on('text', (value) => {
		if (cell === undefined || text === undefined) return;
		cell[text] += value;
	});
	parser.on('closetag', (tag) => {
		const name = localName(tag.name);
		if (name === 'v' || name === 'f' || name === 't') text = undefined;
		else if (name === 'rPh') phonetic--;
		else if (name === 'c' && cell && row) {
			for (let index = row.cells.length; index < cell.column; index++) row.cells.push('');
			row.cells[cell.column] = cellText(cell, info);
			const link = hyperlinkFormulaTarget(cell.formula) ?? hyperlinks.get(`${row.number}:${cell.column}`);
			if (link !== undefined) {
				row.links ??= new Map();
				row.links.set(cell.column, link);
			}
			cell = undefined;
		} else if (name === 'row' && row) {
			fillMerges(row);
			if (row.cells.length > 0) ready.push(row);
			row = undefined;
		}
	});
	const stream = await zip.open(sheet.part);
	const decoder = new StringDecoder('utf8');
	try {
		for await (const chunk of stream) {
			parser.write(decoder.write(chunk as Buffer));
			const error = failure();
			if (error) throw error;
			if (ready.length > 0) {
				yield ready.splice(0);
			}
		}
		parser.write(decoder.end()).close();
		const error = failure();
		if (error) throw error;
	} catch (error) {
		if ((error as ContentError).problems) throw error;
		throw error === failure() ? xmlProblem(file, sheet.part, error) : describeZipError(file, error);
	} finally {
		stream.destroy();
	}
	if (ready.length > 0) yield ready.splice(0);
}
