import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { inline } from '../cli/untrusted-text.ts';
import { displayPath } from '../content-model/paths.ts';
import { detectUtf16, type Utf16 } from './encoding.ts';
import type { ExportFormat } from './raw-row.ts';
import { unusable } from './raw-row.ts';

const extensions: Record<string, ExportFormat> = {
	'.csv': 'csv',
	'.tsv': 'csv',
	'.txt': 'csv',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
	'.xlsx': 'xlsx',
	'.xlsm': 'xlsx',
};

/** Whether a file is named as an Excel workbook (.xlsx, .xlsm, or a legacy .xls). */
export function isWorkbookName(file: string): boolean {
	return extensions[path.extname(file).toLowerCase()] === 'xlsx' || /\.xls$/i.test(file);
}

/** A zip archive's first bytes: an .xlsx workbook is one. */
const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file's first bytes: a legacy .xls workbook, or an .xlsx saved with a password. */
const compoundFileSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Why a compound file cannot be read: a workbook saved with a password keeps its
 * encrypted package beside an `EncryptionInfo` stream, whose name (UTF-16) sits in
 * the file's directory; anything else is a legacy binary workbook.
 */
function describeCompoundFile(file: string, sample: Buffer, tail: Buffer): Error {
	const marker = Buffer.from('EncryptionInfo', 'utf16le');
	if (sample.includes(marker) || tail.includes(marker)) {
		return unusable(file, 'is a password-protected workbook, which cannot be read without its password', {
			hint: 'open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), and save it as .xlsx or CSV',
		});
	}
	return unusable(file, 'is a legacy Excel 97–2003 workbook (.xls), which the gate does not read', {
		hint: 'open it in Excel and save it as Excel Workbook (.xlsx) or CSV',
	});
}

/**
 * Files in an exports folder that are not exports: hidden files, notes, and the
 * `~$tickets.xlsx` owner file Excel leaves beside a workbook while it is open.
 */
function isNotAnExport(name: string): boolean {
	return name.startsWith('.') || name.startsWith('~$') || /^readme/i.test(name) || /\.(md|mdx)$/i.test(name);
}

/**
 * Follows a path to what it names, or says in one line why it cannot: not found, a
 * symbolic link to nothing, a symbolic link loop, no permission.
 */
function statExport(file: string, hint: string): Stats {
	try {
		return statSync(file);
	} catch (error) {
		const shown = displayPath(file);
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') {
			throw unusable(shown, 'is a symbolic link loop: following it leads back to itself', {
				hint: 'point the link at the export file itself',
			});
		}
		if (code === 'EACCES') throw unusable(shown, 'cannot be read: permission denied', { hint });
		const link = lstatSync(file, { throwIfNoEntry: false });
		if (link?.isSymbolicLink()) {
			throw unusable(shown, `is a symbolic link to ${inline(readlinkSync(file))}, which does not exist`, {
				hint: 'fix or remove the link',
			});
		}
		throw unusable(shown, 'not found', { hint });
	}
}

/**
 * Every export file in a folder, sorted by name (so "last one read wins" is
 * predictable). Symbolic links count as the file they point to; one that points
 * nowhere makes the input unusable, since an export would silently be missing.
 */
export function listExports(dir: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (isNotAnExport(entry.name)) continue;
		const file = path.join(dir, entry.name);
		if (entry.isSymbolicLink()) {
			if (statExport(file, 'fix or remove the link').isFile()) files.push(file);
		} else if (entry.isFile()) files.push(file);
	}
	return files.sort();
}

/**
 * The export files named on the command line, in order: a folder stands for the
 * exports in it. A name that does not exist makes the input unusable.
 */
export function resolveExportPaths(names: string[]): string[] {
	const files: string[] = [];
	for (const name of names) {
		const absolute = path.resolve(name);
		const stats = statExport(
			absolute,
			'pass the path of a ticket export (CSV, Excel workbook, JSON or JSON Lines) to --tickets',
		);
		if (stats.isDirectory()) {
			const inside = listExports(absolute);
			if (inside.length === 0) {
				throw unusable(displayPath(absolute), 'holds no ticket exports', {
					hint: 'add a CSV, Excel workbook (.xlsx), JSON or JSON Lines export of closed tickets',
				});
			}
			files.push(...inside);
		} else files.push(absolute);
	}
	return files;
}

/** The last bytes of a file, where a compound file often keeps its directory. */
function readTail(file: string, bytes = 64 * 1024): Buffer {
	const size = statSync(file).size;
	const handle = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(Math.min(bytes, size));
		const read = readSync(handle, buffer, 0, buffer.length, Math.max(0, size - bytes));
		return buffer.subarray(0, read);
	} finally {
		closeSync(handle);
	}
}

/** The first bytes of a file, for sniffing its format and CSV delimiter. */
export function readSample(file: string, bytes = 64 * 1024): Buffer {
	const handle = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const read = readSync(handle, buffer, 0, bytes, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(handle);
	}
}

function describeUtf16(utf16: Utf16): string {
	return `UTF-16 text (${utf16.order === 'le' ? 'little' : 'big'}-endian${utf16.bom ? '' : ', without a byte order mark'})`;
}

/**
 * The export's format: a zip archive is an Excel workbook whatever its name; an
 * OLE compound file (a legacy .xls, or a workbook saved with a password) is refused
 * with the reason. Else from the extension when it has a known one, else sniffed
 * from its first bytes (`[` is a JSON array, `{` JSON Lines, anything else CSV).
 * Markup is Zendesk's XML export when its root is `<tickets>`, whatever the name, and
 * refused otherwise.
 * A `.json` file holding one object per line is read as JSON Lines. UTF-16 is read
 * for CSV with a byte order mark (spreadsheets' "Unicode text"), and refused with
 * a reason for JSON or without the mark.
 */
export function detectFormat(file: string, sample: Buffer): ExportFormat {
	const shown = displayPath(file);
	if (sample.subarray(0, 4).equals(zipSignature)) return 'xlsx';
	if (sample.subarray(0, 8).equals(compoundFileSignature)) throw describeCompoundFile(shown, sample, readTail(file));
	const utf16 = detectUtf16(sample);
	const byExtension = extensions[path.extname(file).toLowerCase()];
	const text = sampleText(sample).replace(/^\uFEFF/, '');
	const firstChar = text.trimStart()[0];
	if (utf16) {
		const json = byExtension === 'json' || byExtension === 'jsonl' || firstChar === '[' || firstChar === '{';
		if (json || !utf16.bom) {
			throw unusable(shown, `is ${describeUtf16(utf16)}, which the gate reads only for CSV with a byte order mark`, {
				hint: 'export the tickets as UTF-8',
			});
		}
		return 'csv';
	}
	if (isWorkbookName(file)) {
		const hint = 'open it in Excel and save it as Excel Workbook (.xlsx) or CSV';
		if (/^\s*<(!doctype html|html|table|\?xml)/i.test(text)) {
			throw unusable(
				shown,
				'is named as a workbook but holds an HTML or XML table (some reports save one that way), which the gate does not read',
				{ hint },
			);
		}
		if (sample.includes(0))
			throw unusable(shown, 'is named as a workbook but is not one (neither .xlsx nor .xls)', { hint });
		throw unusable(shown, 'is named as a workbook but holds text, not a workbook', {
			hint: 'if it is CSV, rename it to .csv; otherwise open it in Excel and save it as Excel Workbook (.xlsx)',
		});
	}
	if (sample.includes(0)) {
		throw unusable(shown, 'is not a text export (it looks like a binary file, not a spreadsheet or text)', {
			hint: 'export the tickets as CSV, an Excel workbook (.xlsx), JSON or JSON Lines',
		});
	}
	if (firstChar === '<') {
		if (isZendeskTicketXml(text)) return 'xml';
		refuseMarkup(shown, text);
	}
	if (byExtension === 'csv' || byExtension === 'jsonl') return byExtension;
	if (firstChar === '[') return 'json';
	if (firstChar === '{') return looksLikeJsonLines(text) ? 'jsonl' : 'json';
	return byExtension ?? 'csv';
}

/**
 * A file that begins with markup, other than Zendesk's XML export of tickets, is no
 * export the gate reads, whatever its name: an HTML page (a sign-in or error page saved
 * in the export's place) or other XML (ServiceNow's XML export), where the CSV reader
 * would only find no header row.
 */
function refuseMarkup(shown: string, text: string): void {
	const start = text.trimStart();
	if (/^<(!doctype html|html|head|body|table)\b/i.test(start)) {
		throw unusable(shown, 'is an HTML page, not a ticket export (a sign-in or error page saved in its place?)', {
			line: 1,
			hint: 'download the export again; the gate reads CSV, Excel workbooks (.xlsx), JSON and JSON Lines',
		});
	}
	// XML: a declaration, or an element with a closing tag (`<tickets><ticket>…</ticket>`), not a title line in brackets.
	const xml =
		start.startsWith('<?xml') || (/^<[A-Za-z_][\w.-]*[\s/>]/.test(start) && /<\/[A-Za-z_][\w.-]*>/.test(start));
	if (xml) {
		throw unusable(
			shown,
			"is XML other than Zendesk's export of tickets, which the gate does not read: it reads CSV, Excel workbooks, JSON, JSON Lines and Zendesk's XML export (<tickets>)",
			{ line: 1, hint: 'export the closed tickets as CSV or JSON instead' },
		);
	}
}

/**
 * Whether a file's first element is Zendesk's list of tickets, after the XML declaration
 * and comments; or a document type for it, which its reader refuses with that reason.
 */
function isZendeskTicketXml(text: string): boolean {
	const start = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.replace(/^<\?xml[^>]*\?>\s*/, '')
		.replace(/^(?:<!--[\s\S]*?-->\s*)*/, '');
	return /^<tickets[\s/>]/.test(start) || /^<!DOCTYPE\s+tickets[\s>[]/.test(start);
}

/** The sample as text, for finding the CSV delimiter in the header line. */
export function sampleText(sample: Buffer): string {
	const utf16 = detectUtf16(sample);
	if (!utf16) return sample.toString('utf8');
	const bytes = Buffer.from(sample.subarray(utf16.bom ? 2 : 0, sample.length - (sample.length % 2)));
	return (utf16.order === 'be' ? bytes.swap16() : bytes).toString('utf16le');
}

function looksLikeJsonLines(text: string): boolean {
	const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
	try {
		const value: unknown = JSON.parse(firstLine);
		return value !== null && typeof value === 'object';
	} catch {
		return false;
	}
}
