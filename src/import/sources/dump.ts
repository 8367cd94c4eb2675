import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../content-model/paths.ts';
import type { ServiceClient } from '../../http/client.ts';
import { tooLarge } from '../../http/transport.ts';
import { streamRecords } from './json-records.ts';
import { type AssetFetch, SourceUnreadable } from './types.ts';

/**
 * A dump is a folder with one file per list (`articles.json`, `sections.json`, ...,
 * or `.jsonl`), or one JSON file holding every list under its name.
 */
export interface DumpLayout {
	/** The file each list is read from; undefined when the dump lacks that list. */
	file: (list: string) => string | undefined;
	/** The folder the dump sits in: images saved beside it are found there. */
	dir: string;
	/** One file holds every list, each under its name. */
	single: boolean;
}

export function dumpLayout(target: string): DumpLayout {
	let stat: ReturnType<typeof statSync>;
	try {
		stat = statSync(target);
	} catch {
		throw new SourceUnreadable(`${displayPath(target)}: no such file or folder`);
	}
	if (stat.isDirectory()) {
		return {
			dir: target,
			single: false,
			file: (list) =>
				[`${list}.json`, `${list}.jsonl`, `${list}.ndjson`]
					.map((name) => path.join(target, name))
					.find((file) => existsSync(file)),
		};
	}
	return { dir: path.dirname(target), single: true, file: () => target };
}

/** The records of one list of a dump, or none when the dump lacks the list. */
export async function* dumpRecords(layout: DumpLayout, list: string, keys: readonly string[] = [list]) {
	const file = layout.file(list);
	if (file === undefined) return;
	// In a file of several lists, a bare array can only be the articles.
	yield* streamRecords(file, keys, { listOnly: layout.single && list !== 'articles' });
}

/** Every record of one list of a dump, for the short lists (categories, folders) a source reads whole. */
export async function dumpList(layout: DumpLayout, list: string): Promise<unknown[]> {
	const records: unknown[] = [];
	for await (const record of dumpRecords(layout, list)) records.push(record);
	return records;
}

/** A file saved beside the dump at the address's path (`<dump>/hc/article_attachments/1/x.png`), if there is one. */
export function localCopy(dir: string, url: string): Uint8Array | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	let pathname: string;
	try {
		pathname = decodeURIComponent(parsed.pathname);
	} catch {
		return undefined;
	}
	for (const candidate of [path.join(dir, pathname), path.join(dir, parsed.host, pathname)]) {
		const resolved = path.resolve(candidate);
		// Never outside the dump folder, whatever the address says.
		if (!resolved.startsWith(path.resolve(dir) + path.sep)) continue;
		if (existsSync(resolved) && statSync(resolved).isFile()) return readFileSync(resolved);
	}
	return undefined;
}

/** Finds an image or file beside the dump, else downloads at most `maxBytes` of it (unless offline). */
export async function fetchDumpAsset(
	url: string,
	options: { dir?: string; offline: boolean; http?: Pick<ServiceClient, 'download'>; maxBytes: number },
): Promise<AssetFetch> {
	if (options.dir) {
		const bytes = localCopy(options.dir, url);
		if (bytes && bytes.length > options.maxBytes) return { ok: false, reason: tooLarge(options.maxBytes) };
		if (bytes) return { ok: true, bytes };
	}
	if (!/^https?:/i.test(url)) return { ok: false, reason: 'not a web address' };
	if (options.offline || !options.http) return { ok: false, reason: 'not saved beside the dump, and --offline' };
	return options.http.download(url, options.maxBytes);
}
