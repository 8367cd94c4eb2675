import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { listFiles } from './scan-output.ts';

/** A file planted beside a page: its name, and bytes no other file has. */
export interface BinaryCanary {
	/** File name, e.g. `canaryrunbook123-diagram.png`; its stem survives in Astro's hashed asset names. */
	name: string;
	bytes: Buffer;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/**
 * A valid 4×4 PNG with random pixels and `text` in a tEXt chunk: Astro's image
 * pipeline can decode it, and its bytes are unique to this run.
 */
export function pngCanary(name: string, text: string): BinaryCanary {
	const size = 4;
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	const rows = Buffer.concat(
		Array.from({ length: size }, () => Buffer.concat([Buffer.from([0]), randomBytes(size * 3)])),
	);
	const bytes = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
	return { name, bytes };
}

/** Random bytes that no build could produce by chance, e.g. an attachment an MDX page imports. */
export function randomCanary(name: string): BinaryCanary {
	// Larger than Vite's 4 kB inlining limit, so the build emits it as a file of its own.
	return { name, bytes: randomBytes(8192) };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Which canaries a built site carries, and in which files: a file matches when its
 * bytes hash the same (copied byte for byte) or its name keeps the canary's stem
 * (Astro renames assets to `<stem>.<hash>.<ext>` and may re-encode images).
 */
export function findBinaryCanaries(dir: string, canaries: readonly BinaryCanary[]): Map<string, string[]> {
	const found = new Map<string, string[]>(canaries.map((canary) => [canary.name, []]));
	const byHash = new Map(canaries.map((canary) => [sha256(canary.bytes), canary.name]));
	const stems = canaries.map((canary) => ({ name: canary.name, stem: path.parse(canary.name).name.toLowerCase() }));
	for (const file of listFiles(dir)) {
		const hashed = byHash.get(sha256(readFileSync(path.join(dir, file))));
		if (hashed) found.get(hashed)?.push(file);
		const base = path.basename(file).toLowerCase();
		for (const { name, stem } of stems) {
			if (base.includes(stem) && name !== hashed) found.get(name)?.push(file);
		}
	}
	return found;
}
