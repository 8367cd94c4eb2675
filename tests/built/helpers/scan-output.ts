import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind prefixes the decompressed fragment and index data with this signature. */
const pagefindSignature = Buffer.from('pagefind_dcd');

function isGzip(bytes: Buffer): boolean {
	return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A built file's bytes as text, gunzipped first when compressed (Pagefind's fragments and index chunks). */
export function readDecompressed(file: string): string {
	let bytes = readFileSync(file);
	if (isGzip(bytes)) bytes = gunzipSync(bytes);
	if (bytes.subarray(0, pagefindSignature.length).equals(pagefindSignature))
		bytes = bytes.subarray(pagefindSignature.length);
	return bytes.toString('utf8');
}

/** Every file under `dir`, at any depth, as paths relative to it. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * Which of `needles` occur in which files of a built site, compared case-insensitively
 * (search indexes lower-case words). A needle matches only as a whole token, so
 * `ACME-12` does not match inside `ACME-123`.
 */
export function findInOutput(dir: string, needles: readonly string[]): Map<string, string[]> {
	const found = new Map<string, string[]>(needles.map((needle) => [needle, []]));
	const patterns = needles.map((needle) => ({
		needle,
		pattern: new RegExp(`(?<![a-z0-9])${needle.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`),
	}));
	for (const file of listFiles(dir)) {
		const text = readDecompressed(path.join(dir, file)).toLowerCase();
		for (const { needle, pattern } of patterns) {
			if (pattern.test(text)) found.get(needle)?.push(file);
		}
	}
	return found;
}
