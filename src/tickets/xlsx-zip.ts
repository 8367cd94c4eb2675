// The zip archive an Excel workbook is: its parts by name, read as streams within a
// budget of uncompressed bytes, so a zip bomb stops with a reason instead of filling memory.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ContentError } from '../content-model/errors.ts';
import { unusable } from './raw-row.ts';

/**
 * Uncompressed bytes read from one workbook at most. An export of a million tickets
 * with a dozen columns unpacks to well under this; a zip bomb unpacks to far more.
 */
export const MAX_UNPACKED_BYTES = 2 ** 30;

export interface WorkbookZip {
	/** Whether the archive holds a part. */
	has(name: string): boolean;
	/** A part as a stream of bytes; counts against the budget (once, however often it is read). */
	open(name: string): Promise<Readable>;
	/** A small part as text (workbook, relationships, styles); counts against the budget. */
	text(name: string): Promise<string | undefined>;
	close(): void;
}

/** A size as people read it: `1 GB`, `312 MB`, `2 KB`. */
function byteSize(bytes: number): string {
	if (bytes >= 2 ** 30) return `${Number((bytes / 2 ** 30).toFixed(1))} GB`;
	if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)} MB`;
	return `${Math.ceil(bytes / 2 ** 10)} KB`;
}

function corrupt(file: string, detail: string): ContentError {
	return unusable(file, `is a damaged or truncated workbook: ${detail}`, {
		hint: 'download or export the workbook again, or save it from Excel as .xlsx or CSV',
	});
}

/** What yauzl's messages mean to the person who exported the file. */
export function describeZipError(file: string, error: unknown): ContentError {
	const message = error instanceof Error ? error.message : String(error);
	if (/end of central directory/i.test(message)) return corrupt(file, 'the end of its zip archive is missing');
	if (
		/too many bytes|too few bytes|unexpected EOF|invalid (stored )?block|incorrect header|invalid distance/i.test(
			message,
		)
	) {
		return corrupt(file, 'a part of its zip archive does not unpack to what its directory says');
	}
	return corrupt(file, 'its zip archive cannot be read');
}

/**
 * Opens the archive and reads its directory. The parts' sizes come from the
 * directory, and yauzl stops a part that unpacks to more than its size says, so the
 * budget holds against archives that lie about their sizes too.
 */
export async function openWorkbookZip(
	path: string,
	file: string,
	maxUnpacked = MAX_UNPACKED_BYTES,
): Promise<WorkbookZip> {
	let zip: ZipFile;
	try {
		zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
	} catch (error) {
		throw describeZipError(file, error);
	}
	const entries = new Map<string, Entry>();
	try {
		await new Promise<void>((resolve, reject) => {
			zip.on('entry', (entry: Entry) => {
				entries.set(entry.fileName.replace(/^\/+/, ''), entry);
				zip.readEntry();
			});
			zip.once('end', resolve);
			zip.once('error', reject);
			zip.readEntry();
		});
	} catch (error) {
		zip.close();
		throw describeZipError(file, error);
	}
	let budget = maxUnpacked;
	// A part read again (a sheet looked at for its header, then read) is counted once.
	const charged = new Set<string>();
	const entryOf = (name: string) => entries.get(name) ?? entries.get(lowerCaseName(entries, name) ?? '');
	const open = async (name: string): Promise<Readable> => {
		const entry = entryOf(name);
		if (entry === undefined) throw corrupt(file, `its part ${name} is missing`);
		if (entry.isEncrypted()) {
			throw unusable(file, 'is an encrypted zip archive, which cannot be read', {
				hint: 'save the workbook again without a password, as .xlsx or CSV',
			});
		}
		if (!charged.has(name) && entry.uncompressedSize > budget) {
			throw unusable(
				file,
				`unpacks to more than ${byteSize(maxUnpacked)} (its part ${name} alone is ${byteSize(entry.uncompressedSize)}), more than any ticket export; it is not read, since it may be a zip bomb`,
				{ hint: 'export the tickets as CSV, or split the export into several workbooks' },
			);
		}
		if (!charged.has(name)) budget -= entry.uncompressedSize;
		charged.add(name);
		try {
			return await zip.openReadStreamPromise(entry);
		} catch (error) {
			throw describeZipError(file, error);
		}
	};
	return {
		has: (name) => entryOf(name) !== undefined,
		open,
		text: async (name) => {
			if (entryOf(name) === undefined) return undefined;
			const chunks: Buffer[] = [];
			try {
				for await (const chunk of await open(name)) chunks.push(chunk as Buffer);
			} catch (error) {
				if ((error as ContentError).problems) throw error;
				throw describeZipError(file, error);
			}
			return Buffer.concat(chunks).toString('utf8');
		},
		close: () => zip.close(),
	};
}

/** Zip names are case-sensitive, but some writers spell the parts' names in another case than their references. */
function lowerCaseName(entries: Map<string, Entry>, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const key of entries.keys()) if (key.toLowerCase() === lower) return key;
	return undefined;
}
