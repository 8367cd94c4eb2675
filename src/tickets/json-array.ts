import { createReadStream } from 'node:fs';
import { checkUtf8 } from './encoding.ts';

/** Where a JSON array export stops making sense. */
export class JsonArrayError extends Error {
	readonly line: number;
	readonly hint?: string;
	constructor(message: string, line: number, hint?: string) {
		super(message);
		this.name = 'JsonArrayError';
		this.line = line;
		this.hint = hint;
	}
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function isSpace(byte: number): boolean {
	return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

type Phase = 'start' | 'first' | 'next' | 'value' | 'after' | 'done';

/**
 * Streams the elements of a top-level JSON array: finds where each element starts
 * and ends (tracking strings and nesting) and hands its text and first line to
 * `onElement`; `JSON.parse` does the parsing. Only one element is held at a time.
 */
export async function streamJsonArray(path: string, onElement: (text: string, line: number) => void): Promise<number> {
	let phase = 'start' as Phase;
	let line = 1;
	let depth = 0;
	let inString = false;
	let escaped = false;
	let elementLine = 0;
	let parts: Buffer[] = [];
	let count = 0;
	let first = true;

	const emit = () => {
		const text = Buffer.concat(parts).toString('utf8');
		parts = [];
		count++;
		onElement(text, elementLine);
	};
	const found = (byte: number) => `"${String.fromCharCode(byte)}"`;

	for await (const chunk of checkUtf8(createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>)) {
		let index = 0;
		if (first) {
			first = false;
			if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) index = 3;
		}
		let valueStart = phase === 'value' ? index : -1;
		for (; index < chunk.length; index++) {
			const byte = chunk[index] as number;
			if (byte === NEWLINE) line++;
			if (phase === 'value') {
				if (inString) {
					if (escaped) escaped = false;
					else if (byte === BACKSLASH) escaped = true;
					else if (byte === QUOTE) inString = false;
				} else if (byte === QUOTE) inString = true;
				else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
				else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && depth > 0) {
					depth--;
					if (depth === 0) {
						parts.push(chunk.subarray(valueStart, index + 1));
						emit();
						phase = 'after';
					}
				} else if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
					// The end of a scalar element (a number, a string, true, null).
					parts.push(chunk.subarray(valueStart, index));
					emit();
					phase = byte === COMMA ? 'next' : 'done';
				}
				continue;
			}
			if (isSpace(byte)) continue;
			switch (phase) {
				case 'start':
					if (byte === OPEN_BRACKET) phase = 'first';
					else
						throw new JsonArrayError(
							byte === OPEN_BRACE
								? 'expected a JSON array of ticket objects, found a single object'
								: `expected a JSON array of ticket objects, found ${found(byte)}`,
							line,
							'export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line)',
						);
					break;
				case 'after':
					if (byte === COMMA) phase = 'next';
					else if (byte === CLOSE_BRACKET) phase = 'done';
					else throw new JsonArrayError(`expected "," or "]" after a ticket, found ${found(byte)}`, line);
					break;
				case 'done':
					throw new JsonArrayError(`expected nothing after the closing "]", found ${found(byte)}`, line);
				default:
					if (byte === CLOSE_BRACKET) {
						if (phase === 'first') {
							phase = 'done';
							break;
						}
						throw new JsonArrayError('expected a ticket after ",", found "]"', line, 'remove the trailing comma');
					}
					phase = 'value';
					elementLine = line;
					valueStart = index;
					depth = byte === OPEN_BRACE || byte === OPEN_BRACKET ? 1 : 0;
					inString = byte === QUOTE;
					escaped = false;
			}
		}
		if (phase === 'value') parts.push(chunk.subarray(valueStart));
	}
	if (phase === 'start') throw new JsonArrayError('is empty: expected a JSON array of ticket objects', 1);
	if (phase !== 'done') {
		throw new JsonArrayError(
			'the file ends inside the array: it is cut off or a bracket is missing',
			line,
			'export the tickets again',
		);
	}
	return count;
}
