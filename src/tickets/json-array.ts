import { createReadStream } from 'node:fs';
import { quoted } from '../cli/untrusted-text.ts';
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

type Phase = 'start' | 'wrapper' | 'probe' | 'first' | 'next' | 'value' | 'after' | 'rest' | 'done';

export interface JsonArrayOptions {
	/**
	 * Whether a key of a top-level object names the ticket id: such an object is one
	 * ticket, not a wrapper around a list of them.
	 */
	isIdKey?: (key: string) => boolean;
	/**
	 * Whether a list of objects inside a wrapper holds the tickets, from the text of its
	 * first element and the list's number among such lists (0 for the first). Declined
	 * lists are passed over, the next is asked; by default the first list is taken.
	 */
	chooseList?: (first: string, line: number, ordinal: number) => boolean;
}

/**
 * Streams the elements of a top-level JSON array: finds where each element starts
 * and ends (tracking strings and nesting) and hands its text and first line to
 * `onElement`; `JSON.parse` does the parsing. Only one element is held at a time.
 *
 * A top-level object is read as the wrapper APIs and export tools put around the
 * list (`{"tickets": [...], "next_page": null}`, `{"results": [...]}`, `{"data":
 * {"items": [...]}}`): the first list of objects, at any depth of objects, that
 * `chooseList` takes holds the tickets; lists of other values and declined lists are
 * passed over, and what follows the one taken is only checked to close. Returns the
 * number of elements handed on.
 */
export async function streamJsonArray(
	path: string,
	onElement: (text: string, line: number) => void,
	options: JsonArrayOptions = {},
): Promise<number> {
	let phase = 'start' as Phase;
	let line = 1;
	let depth = 0;
	let inString = false;
	let escaped = false;
	let elementLine = 0;
	let parts: Buffer[] = [];
	let count = 0;
	let first = true;
	// The wrapper object around the list: its open objects and lists, and the key being read.
	const stack: number[] = [];
	let wrapped = false;
	let expectKey = false;
	let key: number[] | undefined;
	let emptyList = false;
	let topObject = false;
	// Lists of objects met inside the wrapper, and whether the one being read is passed over.
	let lists = 0;
	let inList = false;
	let firstOfList = false;
	let skipping = false;

	const emit = () => {
		if (skipping) return;
		const text = Buffer.concat(parts).toString('utf8');
		parts = [];
		if (firstOfList) {
			firstOfList = false;
			skipping = options.chooseList !== undefined && !options.chooseList(text, elementLine, lists - 1);
			if (skipping) return;
			wrapped = true;
		}
		count++;
		onElement(text, elementLine);
	};
	const found = (byte: number) => `"${String.fromCharCode(byte)}"`;
	const listEnded = (): Phase => {
		if (!inList) return 'done';
		inList = false;
		if (!skipping) return 'rest';
		skipping = false;
		return 'wrapper';
	};
	/** One byte of the wrapper, outside the ticket list. Returns true when a list of tickets may start here. */
	const wrapperByte = (byte: number): boolean => {
		if (inString) {
			if (escaped) escaped = false;
			else if (byte === BACKSLASH) escaped = true;
			else if (byte === QUOTE) {
				inString = false;
				if (key !== undefined) {
					const name = Buffer.from(key).toString('utf8');
					key = undefined;
					if (phase === 'wrapper' && lists === 0 && options.isIdKey?.(name)) {
						throw new JsonArrayError(
							`expected a JSON array of ticket objects, found a single ticket object (its key ${quoted(name)} is a ticket id)`,
							line,
							'export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line)',
						);
					}
				}
				return false;
			}
			key?.push(byte);
			return false;
		}
		if (byte === QUOTE) {
			inString = true;
			escaped = false;
			if (expectKey && stack.length === 1) key = [];
			expectKey = false;
		} else if (byte === OPEN_BRACE) {
			stack.push(byte);
			expectKey = true;
		} else if (byte === OPEN_BRACKET) {
			if (phase === 'wrapper' && stack.every((open) => open === OPEN_BRACE)) return true;
			stack.push(byte);
		} else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
			stack.pop();
			if (stack.length === 0) phase = 'done';
		} else if (byte === COMMA) expectKey = stack.at(-1) === OPEN_BRACE;
		return false;
	};

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
						if (!skipping) parts.push(chunk.subarray(valueStart, index + 1));
						emit();
						phase = 'after';
					}
				} else if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
					// The end of a scalar element (a number, a string, true, null).
					if (!skipping) parts.push(chunk.subarray(valueStart, index));
					emit();
					phase = byte === COMMA ? 'next' : listEnded();
				}
				continue;
			}
			if (phase === 'wrapper' || phase === 'rest') {
				if (wrapperByte(byte)) phase = 'probe';
				continue;
			}
			if (isSpace(byte)) continue;
			if (phase === 'probe') {
				// A list inside the wrapper: the tickets when it starts with an object, else passed over.
				if (byte === OPEN_BRACE) {
					lists++;
					inList = true;
					firstOfList = true;
					phase = 'first';
				} else if (byte === CLOSE_BRACKET) {
					emptyList = true;
					phase = 'wrapper';
					continue;
				} else {
					stack.push(OPEN_BRACKET);
					phase = 'wrapper';
					wrapperByte(byte);
					continue;
				}
			}
			switch (phase) {
				case 'start':
					if (byte === OPEN_BRACKET) phase = 'first';
					else if (byte === OPEN_BRACE) {
						topObject = true;
						phase = 'wrapper';
						stack.push(byte);
						expectKey = true;
					} else
						throw new JsonArrayError(
							`expected a JSON array of ticket objects, found ${found(byte)}`,
							line,
							'export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line)',
						);
					break;
				case 'after':
					if (byte === COMMA) phase = 'next';
					else if (byte === CLOSE_BRACKET) phase = listEnded();
					else throw new JsonArrayError(`expected "," or "]" after a ticket, found ${found(byte)}`, line);
					break;
				case 'done':
					throw new JsonArrayError(
						`expected nothing after the closing "${topObject ? '}' : ']'}", found ${found(byte)}`,
						line,
					);
				default:
					if (byte === CLOSE_BRACKET) {
						if (phase === 'first') {
							phase = listEnded();
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
		if (phase === 'value' && !skipping) parts.push(chunk.subarray(valueStart));
	}
	if (phase === 'start') throw new JsonArrayError('is empty: expected a JSON array of ticket objects', 1);
	if (phase !== 'done') {
		throw new JsonArrayError(
			`the file ends inside the ${topObject && !wrapped ? 'object' : 'array'}: it is cut off or a bracket is missing`,
			line,
			'export the tickets again',
		);
	}
	if (topObject && lists === 0 && !emptyList) {
		throw new JsonArrayError(
			'expected a JSON array of ticket objects, found a single object with no list of tickets in it',
			1,
			'export the tickets as a JSON array (`[{...}, {...}]`) or as JSON Lines (one object per line)',
		);
	}
	return count;
}
