import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { parserMessage } from '../text/parser-messages.ts';
import { ContentError, parseWithFriendlyErrors } from './errors.ts';
import { displayPath } from './paths.ts';
import { createLineLookup, documentData, errorLine } from './yaml-lines.ts';

/** The first of `names` that exists in `dir`, or undefined. */
export function findDataFile(dir: string, names: readonly string[]): string | undefined {
	return names.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/**
 * Reads a YAML or JSON settings file and validates it, reporting problems with the
 * file, the line of the field and what was expected.
 */
export function readDataFile<Schema extends z.ZodType>(file: string, schema: Schema): z.output<Schema> {
	return readLocatedDataFile(file, schema).data;
}

/**
 * A YAML or JSON text parsed with the position of every node, for the line of each
 * field in messages. A syntax error is a `ContentError` at its line.
 */
export function parseLocatedYaml(
	text: string,
	shown: string,
	kind: 'YAML' | 'JSON' = 'YAML',
): { document: Document; lineCounter: LineCounter } {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		const problems = document.errors.map((error) => ({
			file: shown,
			line: errorLine(lineCounter, error.pos[0]),
			message: `invalid ${kind}: ${parserMessage(error.message.split('\n')[0] ?? '')}`,
		}));
		// The parser may say one thing twice (a stack overflow, once per level it unwinds).
		throw new ContentError(
			problems.filter(
				(problem, index) =>
					problems.findIndex((other) => other.line === problem.line && other.message === problem.message) === index,
			),
		);
	}
	return { document, lineCounter };
}

/** `readDataFile` that also tells the line of any field (`['redirects', 3]`), for problems found later. */
export function readLocatedDataFile<Schema extends z.ZodType>(
	file: string,
	schema: Schema,
): { data: z.output<Schema>; lineOf: (fieldPath: PropertyKey[]) => number | undefined } {
	const shown = displayPath(file);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new ContentError([{ file: shown, message: `cannot be read: ${(error as Error).message}` }]);
	}
	const { document, lineCounter } = parseLocatedYaml(text, shown, file.endsWith('.json') ? 'JSON' : 'YAML');
	const result = documentData(document, lineCounter);
	if (!('data' in result)) {
		throw new ContentError([{ file: shown, line: result.line, message: result.message, hint: result.hint }]);
	}
	const lineOf = createLineLookup(document, lineCounter);
	return { data: parseWithFriendlyErrors(schema, result.data ?? {}, { file: shown, lineOf }), lineOf };
}
