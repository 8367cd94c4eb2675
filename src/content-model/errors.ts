import type { z } from 'astro/zod';
import { quoted } from '../cli/untrusted-text.ts';

/** One problem found in a file a person wrote: where it is and what is wrong. */
export interface ContentProblem {
	file: string;
	line?: number;
	column?: number;
	/** Dotted path of the field, e.g. `related.2`; absent for whole-file problems. */
	field?: string;
	message: string;
	hint?: string;
}

/** A user error: bad content or configuration. Scripts print it without a stack and exit 2 (or 1 for content). */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/**
 * One line: `file:line:column: **field**: message (hint)`. The field is Markdown, for
 * where Markdown is rendered: a thrown error's message, which Astro's error overlay
 * shows as it shows its own content errors. A terminal or a log takes
 * `formatProblemPlain`, where the asterisks would print as they are.
 */
export function formatProblem(problem: ContentProblem): string {
	return problemLine(problem, problem.field ? `**${problem.field}**: ` : '');
}

/** The same line with the field plain (`updated: …`), for terminals and logs. */
export function formatProblemPlain(problem: ContentProblem): string {
	return problemLine(problem, problem.field ? `${problem.field}: ` : '');
}

function problemLine(problem: ContentProblem, field: string): string {
	const location = [problem.file, problem.line, problem.line && problem.column ? problem.column : undefined]
		.filter((part) => part !== undefined)
		.join(':');
	const hint = problem.hint ? ` (${problem.hint})` : '';
	return `${location}: ${field}${problem.message}${hint}`;
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
	if (typeof value === 'string') return quoted(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	date: 'a date (YYYY-MM-DD)',
	array: 'a list',
	object: 'a mapping of fields',
};

function bound(issue: { origin: string; input?: unknown }, limit: unknown, received: string) {
	if (issue.origin === 'string') {
		const length = typeof issue.input === 'string' ? `${issue.input.length} characters` : received;
		return { limit: `${String(limit)} character${Number(limit) === 1 ? '' : 's'}`, received: length };
	}
	if (issue.origin === 'array') return { limit: `${String(limit)} item${Number(limit) === 1 ? '' : 's'}`, received };
	return { limit: String(limit), received };
}

const formatNames: Record<string, string> = {
	url: 'a URL',
	date: 'a date as YYYY-MM-DD',
	email: 'an email address',
};

/** Says what was expected and what was found for one zod issue, in plain words. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const value = valueAt(input, issue.path);
	const received = describeValue(value);
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeNames[issue.expected] ?? issue.expected;
			return value === undefined ? `required: expected ${expected}` : `expected ${expected}, received ${received}`;
		}
		case 'too_big': {
			const parts = bound(issue, issue.maximum, received);
			// `.lt()` and `.negative()` exclude the bound itself: "at most 0" would accept the 0 refused.
			return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${parts.limit}, received ${parts.received}`;
		}
		case 'too_small': {
			if (issue.origin === 'string' && Number(issue.minimum) === 1)
				return `expected non-empty text, received ${received}`;
			const parts = bound(issue, issue.minimum, received);
			// `.positive()` and `.gt()` exclude the bound itself: "at least 0" would accept the 0 refused.
			return `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${parts.limit}, received ${parts.received}`;
		}
		case 'invalid_value':
			return `expected one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}, received ${received}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
		case 'invalid_union':
			return `expected text or a number, received ${received}`;
		case 'invalid_format': {
			// Our own formats carry a description; zod's built-in ones say "Invalid ...".
			const expected = issue.message.startsWith('Invalid')
				? (formatNames[issue.format] ?? issue.format)
				: issue.message;
			return `expected ${expected}, received ${received}`;
		}
		case 'custom': {
			// Our own rules say what they found (a control character, a day that does not exist).
			const found = (issue.params as { found?: string } | undefined)?.found;
			return found ? `expected ${issue.message}, found ${found}` : `expected ${issue.message}, received ${received}`;
		}
		default:
			return `expected ${issue.message}, received ${received}`;
	}
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
	let current = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

export interface ParseContext {
	file: string;
	/** Maps a field path to its line in the file, when the source is known. */
	lineOf?: (path: PropertyKey[]) => number | undefined;
}

/**
 * Validates `input` and returns the parsed value, or the problems in the form every
 * Tryblock command prints: file, line, field, expected and received.
 */
export function parseWithProblems<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown,
	context: ParseContext,
): { data: z.output<Schema>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
	const result = schema.safeParse(input);
	if (result.success) return { data: result.data, problems: [] };
	const problems = result.error.issues.map((issue): ContentProblem => {
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] as string] : issue.path;
		return {
			file: context.file,
			line: context.lineOf?.(path),
			field: issue.path.length > 0 ? issue.path.map(String).join('.') : undefined,
			message: describeIssue(issue, input),
			hint: issue.code === 'custom' ? (issue.params as { hint?: string } | undefined)?.hint : undefined,
		};
	});
	return { data: undefined, problems };
}

/** Like `parseWithProblems`, but throws a `ContentError` listing every problem. */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown,
	context: ParseContext,
): z.output<Schema> {
	const result = parseWithProblems(schema, input, context);
	if (result.problems.length > 0) throw new ContentError(result.problems);
	return result.data as z.output<Schema>;
}
