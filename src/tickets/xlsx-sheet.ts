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
	rowOfReference,
} from './xlsx-cells.ts';
import {
	createParser,
	localName,
	type SheetInfo,
	sheetHyperlinkTargets,
	type WorkbookInfo,
	xmlProblem,
} from './xlsx-parts.ts';
import { describeZipError, type WorkbookZip } from './xlsx-zip.ts';

export interface SheetRow {
	/** The row's number in the sheet (1-based), as Excel shows it. */
	number: number;
	/** Cell text by column (0-based); columns without a cell are empty. */
	cells: string[];
	/** Hyperlink addresses by column, for cells that link somewhere. */
	links?: Map<number, string>;
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
 * The `<hyperlinks>` of a sheet, which follow all of its rows in the XML: the sheet
 * is unpacked once more and only that element read, so that a row's link is known
 * when the row is. Only run when the sheet's relationships hold a hyperlink.
 */
async function sheetHyperlinks(zip: WorkbookZip, file: string, sheet: SheetInfo): Promise<Map<string, string>> {
	const targets = await sheetHyperlinkTargets(zip, file, sheet.part);
	const byCell = new Map<string, string>();
	if (targets.size === 0) return byCell;
	const decoder = new StringDecoder('utf8');
	let tail = '';
	let found = '';
	const start = /<(?:\w+:)?hyperlinks[\s>/]/;
	try {
		for await (const chunk of await zip.open(sheet.part)) {
			const text = decoder.write(chunk as Buffer);
			if (found !== '') found += text;
			else {
				const joined = tail + text;
				const at = joined.search(start);
				if (at !== -1) found = joined.slice(at);
				else tail = joined.slice(-32);
			}
		}
	} catch (error) {
		if ((error as ContentError).problems) throw error;
		throw describeZipError(file, error);
	}
	for (const match of found.matchAll(/<(?:\w+:)?hyperlink\s([^>]*)>/g)) {
		const attributes = Object.fromEntries(
			[...(match[1] as string).matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((pair) => [
				localName(pair[1] as string),
				pair[2] as string,
			]),
		);
		const target = attributes.id === undefined ? undefined : targets.get(attributes.id);
		if (target === undefined || attributes.ref === undefined) continue;
		for (const cell of cellsOfRange(attributes.ref)) byCell.set(cell, target);
	}
	return byCell;
}

/** The cells of a reference (`F2`, or a range `F2:F4`) as `row:column` keys; a huge range gives none. */
function cellsOfRange(reference: string): string[] {
	const [from, to = from] = reference.toUpperCase().split(':') as [string, string?];
	const firstRow = rowOfReference(from);
	const lastRow = rowOfReference(to);
	const firstColumn = columnOfReference(from);
	const lastColumn = columnOfReference(to);
	if (firstRow === undefined || lastRow === undefined || firstColumn === -1 || lastColumn === -1) return [];
	if ((lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) > 100_000) return [];
	const cells: string[] = [];
	for (let row = firstRow; row <= lastRow; row++) {
		for (let column = firstColumn; column <= lastColumn; column++) cells.push(`${row}:${column}`);
	}
	return cells;
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
	options: { links: boolean },
): AsyncGenerator<SheetRow[]> {
	const hyperlinks = options.links ? await sheetHyperlinks(zip, file, sheet) : new Map<string, string>();
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
