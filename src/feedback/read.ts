import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { displayPath } from '../content-model/paths.ts';
import { type FeedbackEvent, feedbackEventSchema, maxCommentLength, maxQueryLength } from './event.ts';

/** A line that could not be used, by file and line. */
export interface FeedbackProblem {
	file: string;
	line: number;
	message: string;
}

export interface FeedbackRead {
	/** The files read, as shown to people. */
	files: string[];
	events: FeedbackEvent[];
	problems: FeedbackProblem[];
	/** Valid JSON lines of another `type`: an endpoint may collect other events too. */
	otherEvents: number;
	/** Set when the configured path does not exist. */
	missing?: string;
}

const jsonLinesFile = /\.(jsonl|ndjson)$/i;

/** Control characters and bidirectional overrides: they could hide or reorder text on the page. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what must go
const unsafeCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text a reader typed, made safe to show: control characters and bidi overrides dropped,
 * runs of blank space collapsed, and cut to `limit` characters. HTML escaping is still the
 * page's job (Astro escapes every expression).
 */
export function cleanText(text: string, limit: number): string {
	const clean = text.replace(unsafeCharacters, '').replace(/\s+/g, ' ').trim();
	const characters = [...clean];
	return characters.length > limit ? `${characters.slice(0, limit - 1).join('')}…` : clean;
}

/** The JSON Lines files at `target`: the file itself, or every `.jsonl`/`.ndjson` in the folder, sorted. */
export function feedbackFiles(target: string): string[] {
	if (!statSync(target).isDirectory()) return [target];
	return readdirSync(target)
		.filter((name) => jsonLinesFile.test(name))
		.sort()
		.map((name) => path.join(target, name));
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
	const issue = error.issues[0];
	if (!issue) return 'not a feedback event';
	const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	return `${field}${issue.message}`;
}

async function readFile(file: string, into: FeedbackRead): Promise<void> {
	const shown = displayPath(file);
	const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
	let line = 0;
	for await (const raw of lines) {
		line++;
		const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
		if (text === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			into.problems.push({ file: shown, line, message: 'is not valid JSON' });
			continue;
		}
		if (typeof value === 'object' && value !== null && 'type' in value && value.type !== 'feedback') {
			into.otherEvents++;
			continue;
		}
		const parsed = feedbackEventSchema.safeParse(value);
		if (!parsed.success) {
			into.problems.push({ file: shown, line, message: firstIssue(parsed.error) });
			continue;
		}
		const { comment, query, ...event } = parsed.data;
		const cleanComment = comment === undefined ? '' : cleanText(comment, maxCommentLength);
		const cleanQuery = query === undefined ? '' : cleanText(query, maxQueryLength);
		into.events.push({
			...event,
			...(cleanComment ? { comment: cleanComment } : {}),
			...(cleanQuery ? { query: cleanQuery } : {}),
		});
	}
}

/**
 * Reads "Was this helpful?" events from a JSON Lines file or a folder of them. Every
 * line is untrusted: one that is not JSON or not a feedback event is reported with its
 * file and line and the rest are still read; comments and queries come back cleaned.
 */
export async function readFeedback(target: string): Promise<FeedbackRead> {
	const result: FeedbackRead = { files: [], events: [], problems: [], otherEvents: 0 };
	if (!existsSync(target)) return { ...result, missing: displayPath(target) };
	for (const file of feedbackFiles(target)) {
		result.files.push(displayPath(file));
		await readFile(file, result);
	}
	return result;
}
