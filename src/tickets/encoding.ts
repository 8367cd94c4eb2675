import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { firstInvalidUtf8, notUtf8Reason, sequenceLength } from '../text/utf8.ts';

/** Byte order of a UTF-16 export, and whether it starts with a byte order mark. */
export interface Utf16 {
	order: 'le' | 'be';
	bom: boolean;
}

/**
 * Whether the sample is UTF-16: by its byte order mark (`FF FE` little-endian, as
 * spreadsheets save "Unicode text"; `FE FF` big-endian), or, without one, by the
 * zero bytes that ASCII characters leave in every other position.
 */
export function detectUtf16(sample: Buffer): Utf16 | undefined {
	if (sample[0] === 0xff && sample[1] === 0xfe) return { order: 'le', bom: true };
	if (sample[0] === 0xfe && sample[1] === 0xff) return { order: 'be', bom: true };
	const pairs = Math.min(256, Math.floor(sample.length / 2));
	if (pairs < 2) return undefined;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let index = 0; index < pairs; index++) {
		if (sample[index * 2] === 0) evenZeros++;
		if (sample[index * 2 + 1] === 0) oddZeros++;
	}
	if (oddZeros >= pairs * 0.6 && evenZeros === 0) return { order: 'le', bom: false };
	if (evenZeros >= pairs * 0.6 && oddZeros === 0) return { order: 'be', bom: false };
	return undefined;
}

/** Big-endian UTF-16 turned little-endian, pair by pair, for readers that only know the latter. */
export async function* swapByteOrder(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
	let carry: Buffer | undefined;
	for await (const chunk of source) {
		const bytes = carry ? Buffer.concat([carry, chunk]) : Buffer.from(chunk);
		const even = bytes.length - (bytes.length % 2);
		carry = even < bytes.length ? bytes.subarray(even) : undefined;
		yield bytes.subarray(0, even).swap16();
	}
	if (carry) yield carry;
}

/** Raised where an export that should be UTF-8 holds a byte sequence that is not. */
export class NotUtf8Error extends Error {
	/** Byte offset of the first invalid byte in the file. */
	readonly offset: number;
	readonly byte: number;
	constructor(offset: number, byte: number) {
		super(`invalid UTF-8 at byte ${offset}`);
		this.name = 'NotUtf8Error';
		this.offset = offset;
		this.byte = byte;
	}
}

/** Where a chunk's last, possibly unfinished sequence starts (it is checked with the next chunk). */
function unfinishedTail(chunk: Buffer): number {
	for (let back = 1; back <= Math.min(3, chunk.length); back++) {
		const byte = chunk[chunk.length - back] as number;
		if ((byte & 0xc0) !== 0x80) {
			const length = sequenceLength(byte);
			return length > back ? chunk.length - back : chunk.length;
		}
	}
	return chunk.length;
}

/**
 * Passes the chunks of a file through, checking that they are UTF-8 (the check is
 * SIMD-fast, so it costs little on big exports). Without it, a Windows-1252 export
 * would silently turn every `é` into U+FFFD. `start` is the file offset of the first
 * chunk. Throws `NotUtf8Error` at the first invalid byte.
 */
export async function* checkUtf8(source: AsyncIterable<Buffer>, start = 0): AsyncGenerator<Buffer> {
	let offset = start;
	let carry: Buffer | undefined;
	for await (const chunk of source) {
		const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
		const end = unfinishedTail(bytes);
		const whole = bytes.subarray(0, end);
		if (!isUtf8(whole)) {
			const at = firstInvalidUtf8(whole);
			throw new NotUtf8Error(offset + at, whole[at] as number);
		}
		offset += end;
		carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
		yield chunk;
	}
	if (carry) throw new NotUtf8Error(offset, carry[0] as number);
}

/** The 1-based line of a byte offset: line breaks (LF) before it, plus one. */
export async function lineAtOffset(path: string, offset: number): Promise<number> {
	if (offset === 0) return 1;
	let line = 1;
	for await (const chunk of createReadStream(path, { end: offset - 1 }) as AsyncIterable<Buffer>) {
		for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) line++;
	}
	return line;
}

/**
 * Why an export that is not UTF-8 cannot be read, naming the byte and the
 * encoding it most likely is: bytes 0x80–0xFF on their own are the Windows-1252
 * (Latin-1) that spreadsheets on Windows save by default.
 */
export function describeNotUtf8(error: NotUtf8Error, spreadsheet: boolean): { message: string; hint: string } {
	return {
		message: notUtf8Reason(error.byte),
		hint: spreadsheet
			? 'export the tickets as UTF-8, e.g. with Excel\'s Save As › "CSV UTF-8"'
			: 'export the tickets as UTF-8',
	};
}
