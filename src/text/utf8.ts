import { isUtf8 } from 'node:buffer';

/** Length of the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one. */
export function sequenceLength(byte: number): number {
	if (byte < 0x80) return 1;
	if (byte >= 0xc2 && byte <= 0xdf) return 2;
	if (byte >= 0xe0 && byte <= 0xef) return 3;
	if (byte >= 0xf0 && byte <= 0xf4) return 4;
	return 0;
}

/** The offset of the first byte of `bytes` that is not part of valid UTF-8 (called once `isUtf8` said there is one). */
export function firstInvalidUtf8(bytes: Buffer): number {
	let index = 0;
	while (index < bytes.length) {
		const length = sequenceLength(bytes[index] as number);
		if (length === 0 || index + length > bytes.length || !isUtf8(bytes.subarray(index, index + length))) return index;
		index += length;
	}
	return bytes.length;
}

/**
 * Where a file that should be UTF-8 is not, and what it most likely is: undefined
 * for UTF-8. Bytes 0x80–0xFF on their own are the Windows-1252 (Latin-1) that
 * Windows editors and spreadsheets save by default; read as UTF-8, each `é` would
 * silently become U+FFFD.
 */
export function notUtf8(bytes: Buffer): { line: number; reason: string } | undefined {
	if (isUtf8(bytes)) return undefined;
	const offset = firstInvalidUtf8(bytes);
	let line = 1;
	for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line++;
	return { line, reason: notUtf8Reason(bytes[offset] ?? 0) };
}

/** Why a file is not UTF-8, naming the first byte that is not and the encoding it most likely is. */
export function notUtf8Reason(byte: number): string {
	const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	return `is not UTF-8 text: byte ${hex} on this line is not valid UTF-8, so the file is most likely Windows-1252 (Latin-1)`;
}
