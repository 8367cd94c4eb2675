// The small parts of an Excel workbook that say how to read its sheets: which sheets
// there are and where, the date system, which cell styles show dates, shared strings.
import path from 'node:path/posix';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { quoted } from '../cli/untrusted-text.ts';
import type { ContentError } from '../content-model/errors.ts';
import { unusable } from './raw-row.ts';
import { decodeXmlEscapes, isDateFormat } from './xlsx-cells.ts';
import { describeZipError, type WorkbookZip } from './xlsx-zip.ts';

export interface SheetInfo {
	name: string;
	/** Path of the sheet's part in the archive. */
	part: string;
	/** Hidden in Excel (`state="hidden"` or `"veryHidden"`): lookup tables and report data, not what a person exported. */
	hidden: boolean;
}

export interface WorkbookInfo {
	sheets: SheetInfo[];
	/** Dates count from 1904-01-01 (workbooks made on old Macs) instead of 1900. */
	date1904: boolean;
	/** For each cell style (a cell's `s`), whether it shows the number as a date. */
	dateStyles: boolean[];
	sharedStrings: string[];
}

/** An element's name without its namespace prefix (`x:row` → `row`): some writers prefix every element. */
export function localName(name: string): string {
	const colon = name.indexOf(':');
	return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever its prefix (`r:id`). */
export function attribute(tag: SaxesTagPlain, name: string): string | undefined {
	const direct = tag.attributes[name];
	if (direct !== undefined) return direct;
	for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
	return undefined;
}

export function xmlProblem(file: string, part: string, error: unknown): ContentError {
	const detail = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
	return unusable(file, `is a damaged workbook: its part ${part} is not well-formed XML (${detail})`, {
		hint: 'open it in Excel and save it again as .xlsx, or export the tickets as CSV',
	});
}

/** A SAX parser whose first error is kept, so the caller can say which part it was in. */
export function createParser(): { parser: SaxesParser; failure: () => Error | undefined } {
	const parser = new SaxesParser({ xmlns: false, position: false });
	let error: Error | undefined;
	parser.on('error', (cause) => {
		error ??= cause;
	});
	return { parser, failure: () => error };
}

/** Runs a parser over a part read as a stream, chunk by chunk. */
async function parseStream(
	stream: AsyncIterable<Buffer>,
	parser: SaxesParser,
	failure: () => Error | undefined,
): Promise<void> {
	const decoder = new StringDecoder('utf8');
	for await (const chunk of stream) {
		parser.write(decoder.write(chunk));
		const error = failure();
		if (error) throw error;
	}
	parser.write(decoder.end());
	parser.close();
	const error = failure();
	if (error) throw error;
}

function parseText(text: string, onTag: (tag: SaxesTagPlain) => void): void {
	const { parser, failure } = createParser();
	parser.on('opentag', (tag) => onTag(tag as SaxesTagPlain));
	parser.write(text).close();
	const error = failure();
	if (error) throw error;
}

/** Relationship targets by id, as paths in the archive. */
function relationships(text: string | undefined, from: string): Map<string, { target: string; type: string }> {
	const targets = new Map<string, { target: string; type: string }>();
	if (text === undefined) return targets;
	parseText(text, (tag) => {
		if (localName(tag.name) !== 'Relationship') return;
		const id = attribute(tag, 'Id');
		const target = attribute(tag, 'Target');
		if (id === undefined || target === undefined) return;
		const external = attribute(tag, 'TargetMode') === 'External';
		const resolved = external
			? target
			: target.startsWith('/')
				? target.slice(1)
				: path.join(path.dirname(from), target);
		targets.set(id, { target: resolved, type: attribute(tag, 'Type') ?? '' });
	});
	return targets;
}

function relsPath(part: string): string {
	return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}

/** External hyperlink targets of a sheet by relationship id, from the sheet's relationships. */
export async function sheetHyperlinkTargets(
	zip: WorkbookZip,
	file: string,
	part: string,
): Promise<Map<string, string>> {
	const rels = relsPath(part);
	const links = new Map<string, string>();
	try {
		for (const [id, { target, type }] of relationships(await zip.text(rels), '')) {
			if (type.endsWith('/hyperlink')) links.set(id, target);
		}
	} catch (error) {
		if ((error as ContentError).problems) throw error;
		throw xmlProblem(file, rels, error);
	}
	return links;
}

/** The workbook part's path, from the package's relationships (xl/workbook.xml in nearly every file). */
async function workbookPart(zip: WorkbookZip): Promise<string | undefined> {
	for (const { target, type } of relationships(await zip.text('_rels/.rels'), '').values()) {
		if (type.endsWith('/officeDocument') && zip.has(target)) return target;
	}
	return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

function readStyles(text: string | undefined): boolean[] {
	if (text === undefined) return [];
	const codes = new Map<number, string>();
	const styles: boolean[] = [];
	let inCellXfs = false;
	const { parser, failure } = createParser();
	parser.on('opentag', (tag) => {
		const name = localName(tag.name);
		if (name === 'numFmt') {
			codes.set(
				Number(attribute(tag as SaxesTagPlain, 'numFmtId')),
				attribute(tag as SaxesTagPlain, 'formatCode') ?? '',
			);
		} else if (name === 'cellXfs') inCellXfs = true;
		else if (name === 'xf' && inCellXfs) {
			const id = Number(attribute(tag as SaxesTagPlain, 'numFmtId') ?? 0);
			styles.push(isDateFormat(id, codes.get(id)));
		}
	});
	parser.on('closetag', (tag) => {
		if (localName(tag.name) === 'cellXfs') inCellXfs = false;
	});
	parser.write(text).close();
	const error = failure();
	if (error) throw error;
	return styles;
}

/** The shared strings, each the text of its runs (phonetic guides left out), streamed: the part can be large. */
async function readSharedStrings(zip: WorkbookZip, file: string, part: string): Promise<string[]> {
	const strings: string[] = [];
	if (!zip.has(part)) return strings;
	const { parser, failure } = createParser();
	let current: string | undefined;
	let inText = false;
	let phonetic = 0;
	parser.on('opentag', (tag) => {
		const name = localName(tag.name);
		if (name === 'si') current = '';
		else if (name === 'rPh') phonetic++;
		else if (name === 't' && phonetic === 0) inText = true;
	});
	parser.on('text', (text) => {
		if (inText && current !== undefined) current += text;
	});
	parser.on('closetag', (tag) => {
		const name = localName(tag.name);
		if (name === 't') inText = false;
		else if (name === 'rPh') phonetic--;
		else if (name === 'si') {
			strings.push(decodeXmlEscapes(current ?? ''));
			current = undefined;
		}
	});
	const stream = await zip.open(part);
	try {
		await parseStream(stream, parser, failure);
	} catch (error) {
		if (error !== failure()) throw describeZipError(file, error);
		throw error;
	}
	return strings;
}

/**
 * Reads what the sheets need: the sheets in workbook order, the date system, the
 * date styles and the shared strings. A zip without a workbook part is refused:
 * it is some other archive (or another office format), with the reason.
 */
export async function readWorkbookInfo(zip: WorkbookZip, file: string): Promise<WorkbookInfo> {
	let part = '_rels/.rels';
	try {
		const workbook = await workbookPart(zip);
		if (workbook === undefined) throw notAWorkbook(zip, file);
		part = workbook;
		const sheetRefs: { name: string; id: string; hidden: boolean }[] = [];
		let date1904 = false;
		parseText((await zip.text(workbook)) ?? '', (tag) => {
			const name = localName(tag.name);
			if (name === 'workbookPr') {
				const value = attribute(tag, 'date1904');
				date1904 = value === '1' || value === 'true';
			} else if (name === 'sheet') {
				const state = attribute(tag, 'state');
				sheetRefs.push({
					name: decodeXmlEscapes(attribute(tag, 'name') ?? ''),
					id: attribute(tag, 'id') ?? '',
					hidden: state === 'hidden' || state === 'veryHidden',
				});
			}
		});
		part = relsPath(workbook);
		const rels = relationships(await zip.text(part), workbook);
		const sheets = sheetRefs.flatMap(({ name, id, hidden }) => {
			const rel = rels.get(id);
			if (rel === undefined || (rel.type.endsWith('/worksheet') && !zip.has(rel.target))) {
				throw unusable(file, `is a damaged workbook: its sheet ${quoted(name)} has no part in the archive`, {
					hint: 'open it in Excel and save it again as .xlsx, or export the tickets as CSV',
				});
			}
			// Chart sheets and dialog sheets hold no cells.
			return rel.type.endsWith('/worksheet') ? [{ name, part: rel.target, hidden }] : [];
		});
		const stylesRel = [...rels.values()].find((rel) => rel.type.endsWith('/styles'));
		part = stylesRel?.target ?? 'xl/styles.xml';
		const dateStyles = readStyles(await zip.text(part));
		const stringsRel = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'));
		part = stringsRel?.target ?? 'xl/sharedStrings.xml';
		const sharedStrings = await readSharedStrings(zip, file, part);
		return { sheets, date1904, dateStyles, sharedStrings };
	} catch (error) {
		if ((error as ContentError).problems) throw error;
		throw xmlProblem(file, part, error);
	}
}

function notAWorkbook(zip: WorkbookZip, file: string): ContentError {
	const hint = 'save the tickets from the spreadsheet as Excel Workbook (.xlsx) or CSV';
	if (zip.has('xl/workbook.bin')) {
		return unusable(file, 'is an Excel Binary Workbook (.xlsb), which the gate does not read', { hint });
	}
	if (zip.has('content.xml') && zip.has('mimetype')) {
		return unusable(file, 'is an OpenDocument file (.ods), which the gate does not read', { hint });
	}
	return unusable(file, 'is a zip archive but not an Excel workbook (it has no workbook part, xl/workbook.xml)', {
		hint: 'export the tickets as .xlsx, CSV, JSON or JSON Lines; unpack an archive of exports into the tickets folder',
	});
}
