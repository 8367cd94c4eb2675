import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { CliError } from '../cli/run.ts';
import { ContentError, type ContentProblem, parseWithFriendlyErrors } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';
import { slugSchema } from '../content-model/schemas/article.ts';
import { createLineLookup, errorLine } from '../content-model/yaml-lines.ts';

const asList = (value: unknown) => (typeof value === 'string' ? [value] : value);

/** `expect: slug` as `expect: [slug]`, so messages about a bad slug can show it. */
function singleSlugsAsLists(data: unknown): unknown {
	const questions = (data as { questions?: unknown } | null)?.questions;
	if (!Array.isArray(questions)) return data ?? {};
	return {
		...(data as object),
		questions: questions.map((question: unknown) =>
			question && typeof question === 'object' && 'expect' in question
				? { ...question, expect: asList(question.expect) }
				: question,
		),
	};
}

/** One search eval: what a customer types and the articles that answer it. */
export const searchEvalQuestionSchema = z.strictObject({
	/** The words as customers type them: symptoms, error texts, typos. Never a feature name they wouldn't know. */
	query: z.string().trim().min(1),
	/** Slug of the article that answers it, or a list when several do; any of them counts as a hit. */
	expect: z.preprocess(asList, z.array(slugSchema).min(1)),
	/** Why the question is here: the ticket or report that prompted it. Optional. */
	note: z.string().trim().min(1).optional(),
});

/** `content/evals/search.yaml`: the questions `npm run eval:search` puts to the built index. */
export const searchEvalFileSchema = z.strictObject({
	questions: z.array(searchEvalQuestionSchema).min(1),
});

export type SearchEvalQuestion = z.output<typeof searchEvalQuestionSchema> & {
	/** Line of the question in the file, for messages. */
	line?: number;
	/** Position in the file, for field paths in messages (`questions.3.expect`). */
	index: number;
};

export interface SearchEvalSet {
	/** The file as shown in messages. */
	file: string;
	questions: SearchEvalQuestion[];
}

/**
 * Reads and validates the eval file. A missing file, bad YAML, a bad field or the same
 * query twice is a `ContentError` or `CliError` with the file and line (exit code 2).
 */
export function loadSearchEvals(file: string): SearchEvalSet {
	const shown = displayPath(file);
	if (!existsSync(file)) {
		throw new CliError(`${shown} not found: there are no search evals to run`, {
			hint: 'create it with a `questions:` list of `{ query, expect }`, or pass --evals <file>',
		});
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		throw new ContentError(
			document.errors.map((error) => ({
				file: shown,
				line: errorLine(lineCounter, error.pos[0]),
				message: `invalid YAML: ${error.message.split('\n')[0]}`,
			})),
		);
	}
	const lineOf = createLineLookup(document, lineCounter);
	const data = parseWithFriendlyErrors(searchEvalFileSchema, singleSlugsAsLists(document.toJS()), {
		file: shown,
		lineOf,
	});
	const questions = data.questions.map((question, index) => ({
		...question,
		index,
		line: lineOf(['questions', index]),
	}));
	const problems: ContentProblem[] = [];
	const seen = new Map<string, SearchEvalQuestion>();
	for (const question of questions) {
		const key = question.query.toLowerCase().replace(/\s+/g, ' ');
		const first = seen.get(key);
		if (first) {
			problems.push({
				file: shown,
				line: question.line,
				field: `questions.${question.index}.query`,
				message: `"${question.query}" is asked twice (first on line ${first.line})`,
				hint: 'remove one; a question counted twice skews the scores',
			});
		} else seen.set(key, question);
	}
	if (problems.length > 0) throw new ContentError(problems);
	return { file: shown, questions };
}
