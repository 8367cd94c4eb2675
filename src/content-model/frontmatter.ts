import { LineCounter, parseDocument } from 'yaml';
import { parserMessage } from '../text/parser-messages.ts';
import type { ContentProblem } from './errors.ts';
import { createLineLookup, documentData, errorLine } from './yaml-lines.ts';

export interface ParsedSource {
	/** The frontmatter as plain data (YAML dates stay strings; the schema coerces them). */
	data: unknown;
	/** The Markdown after the closing `---`. */
	body: string;
	/** 1-based line of the first body line in the file, to report body problems at real lines. */
	bodyLine: number;
	/** 1-based line of a frontmatter field, for error messages. */
	lineOf: (path: PropertyKey[]) => number | undefined;
}

const FENCE = /^---[ \t]*\r?$/;

interface SplitSource {
	yamlText: string;
	body: string;
	bodyLine: number;
}

/** Splits a Markdown/MDX file at its `---` fences into the frontmatter's YAML and the body. */
export function splitSource(source: string, file: string): { split?: SplitSource; problems: ContentProblem[] } {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const lines = text.split('\n');
	if (!FENCE.test(lines[0] ?? '')) {
		return {
			problems: [
				{ file, line: 1, message: 'expected frontmatter between "---" lines at the top of the file, found none' },
			],
		};
	}
	const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (end === -1) {
		return { problems: [{ file, line: 1, message: 'frontmatter is not closed: expected a second "---" line' }] };
	}
	return {
		split: { yamlText: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 },
		problems: [],
	};
}

/**
 * Splits a Markdown/MDX file into frontmatter and body and parses the YAML, keeping
 * each field's line so errors can point at it.
 */
export function parseSource(source: string, file: string): { parsed?: ParsedSource; problems: ContentProblem[] } {
	const { split, problems } = splitSource(source, file);
	if (!split) return { problems };
	const lineCounter = new LineCounter();
	const document = parseDocument(split.yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		const problems = document.errors.map((error) => ({
			file,
			line: errorLine(lineCounter, error.pos[0], 1),
			message: `invalid YAML in frontmatter: ${parserMessage(error.message.split('\n')[0] ?? '')}`,
		}));
		// The parser may say one thing twice (a stack overflow, once per level it unwinds).
		return {
			problems: problems.filter(
				(problem, index) =>
					problems.findIndex((other) => other.line === problem.line && other.message === problem.message) === index,
			),
		};
	}
	const result = documentData(document, lineCounter, 1);
	if (!('data' in result)) {
		return {
			problems: [
				{ file, line: result.line, message: `invalid YAML in frontmatter: ${result.message}`, hint: result.hint },
			],
		};
	}
	const data = result.data ?? {};
	// The YAML starts on line 2 of the file, below the opening fence.
	const lineOf = createLineLookup(document, lineCounter, 1);
	return { parsed: { data, body: split.body, bodyLine: split.bodyLine, lineOf }, problems: [] };
}
