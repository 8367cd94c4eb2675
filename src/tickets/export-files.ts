import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content-model/paths.ts';
import type { ExportFormat } from './raw-row.ts';
import { unusable } from './raw-row.ts';

const extensions: Record<string, ExportFormat> = {
	'.csv': 'csv',
	'.tsv': 'csv',
	'.txt': 'csv',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
};

/** Files in an exports folder that are not exports. */
function isNotAnExport(name: string): boolean {
	return name.startsWith('.') || /^readme/i.test(name) || /\.(md|mdx)$/i.test(name);
}

/** Every export file in a folder, sorted by name (so "last one read wins" is predictable). */
export function listExports(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !isNotAnExport(entry.name))
		.map((entry) => path.join(dir, entry.name))
		.sort();
}

/**
 * The export files named on the command line, in order: a folder stands for the
 * exports in it. A name that does not exist makes the input unusable.
 */
export function resolveExportPaths(names: string[]): string[] {
	const files: string[] = [];
	for (const name of names) {
		const absolute = path.resolve(name);
		let stats: ReturnType<typeof statSync>;
		try {
			stats = statSync(absolute);
		} catch {
			throw unusable(displayPath(absolute), 'not found', {
				hint: 'pass the path of a ticket export (CSV, JSON or JSON Lines) to --tickets',
			});
		}
		if (stats.isDirectory()) {
			const inside = listExports(absolute);
			if (inside.length === 0) {
				throw unusable(displayPath(absolute), 'holds no ticket exports', {
					hint: 'add a CSV, JSON or JSON Lines export of closed tickets',
				});
			}
			files.push(...inside);
		} else files.push(absolute);
	}
	return files;
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

/**
 * The export's format: from the extension when it has a known one, else sniffed
 * from its first bytes (`[` is a JSON array, `{` JSON Lines, anything else CSV).
 * A `.json` file holding one object per line is read as JSON Lines.
 */
export function detectFormat(file: string, sample: Buffer): ExportFormat {
	const shown = displayPath(file);
	if (isUtf16(sample)) return 'csv';
	if (sample.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || sample.includes(0)) {
		throw unusable(shown, 'is not a text export (it looks like a spreadsheet or another binary file)', {
			hint: 'export the tickets as CSV, JSON or JSON Lines',
		});
	}
	const byExtension = extensions[path.extname(file).toLowerCase()];
	const text = sample.toString('utf8').replace(/^\uFEFF/, '');
	const firstChar = text.trimStart()[0];
	if (byExtension === 'csv' || byExtension === 'jsonl') return byExtension;
	if (firstChar === '[') return 'json';
	if (firstChar === '{') return looksLikeJsonLines(text) ? 'jsonl' : 'json';
	return byExtension ?? 'csv';
}

/** Spreadsheets save "Unicode text" as UTF-16 with a byte order mark; csv-parse reads it. */
export function isUtf16(sample: Buffer): boolean {
	return sample[0] === 0xff && sample[1] === 0xfe;
}

/** The sample as text, for finding the CSV delimiter in the header line. */
export function sampleText(sample: Buffer): string {
	return isUtf16(sample) ? sample.subarray(2).toString('utf16le') : sample.toString('utf8');
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
