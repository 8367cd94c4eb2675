import { createReadStream } from 'node:fs';
import chain from 'stream-chain';
import { verifier } from 'stream-json/utils/verifier.js';

export interface JsonSyntaxError {
	/** 1-based line of the first character the JSON cannot have. */
	line: number;
	/** 1-based character on that line. */
	column: number;
	/** The file ends before its JSON does: a download or an export cut short. */
	endsEarly: boolean;
}

/**
 * Where a JSON file first breaks the grammar, found by stream-json's verifier in a
 * second pass: the streaming parser says what it expected but not where, and a dump
 * of a few hundred megabytes is no place to hunt for a stray comma without a line.
 * Undefined when the file is valid JSON (the fault was elsewhere) or cannot be read.
 */
export async function jsonSyntaxErrorIn(file: string): Promise<JsonSyntaxError | undefined> {
	let characters = 0;
	const pipeline = chain([
		createReadStream(file, { encoding: 'utf8' }),
		(text: string) => {
			characters += text.length;
			return text;
		},
		verifier(),
	]);
	try {
		for await (const _ of pipeline as AsyncIterable<unknown>) {
			// The verifier passes nothing on; reading drives it to the end or the fault.
		}
		return undefined;
	} catch (error) {
		const { line, pos, offset } = error as { line?: unknown; pos?: unknown; offset?: unknown };
		if (typeof line !== 'number' || typeof pos !== 'number') return undefined;
		return { line, column: pos, endsEarly: typeof offset === 'number' && offset >= characters };
	} finally {
		pipeline.destroy();
	}
}

/** A streaming JSON parser's message without the parser's own words: `expected a value`. */
export function jsonParserReason(message: string): string {
	return message.replace(/^Parser (?:cannot parse input:\s*|has )/i, '');
}

/** What is wrong with a JSON file, where: `file:4:9: malformed JSON: expected a value`. */
export function malformedJsonMessage(
	shownFile: string,
	parserMessage: string,
	at: JsonSyntaxError | undefined,
): string {
	if (!at) return `${shownFile}: malformed JSON: ${jsonParserReason(parserMessage)}`;
	const where = `${shownFile}:${at.line}:${at.column}`;
	if (at.endsEarly) return `${where}: malformed JSON: the file ends before its JSON does (cut short?)`;
	return `${where}: malformed JSON: ${jsonParserReason(parserMessage)}`;
}
