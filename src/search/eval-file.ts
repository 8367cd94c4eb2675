import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseCsv } from 'csv-parse/sync';
import { CliError } from '../cli/run.ts';
import { quoted } from '../cli/untrusted-text.ts';
import { parseLocatedYaml } from '../content-model/data-file.ts';
import { ContentError, type ContentProblem, parseWithFriendlyErrors } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';
import { createLineLookup } from '../content-model/yaml-lines.ts';
import { type QuestionRecord, readWorkbookQuestions } from './eval-workbook.ts';
import { addressResolver, type ExpectResolver } from './expect-references.ts';

const asList = (value: unknown) => (typeof value === 'string' ? [value] : value);

/**
 * `expect: slug` as `expect: [slug]`, each entry as the slug it names (an address, a
 * title: see `ExpectResolver`) or as written when it names none, so messages about a
 * bad one can show it; and a bare list of questions as `{ questions: [...] }`.
 */
function singleSlugsAsLists(input: unknown, resolve: ExpectResolver): unknown {
	const data = Array.isArray(input) ? { questions: input } : input;
	const questions = (data as { questions?: unknown } | null)?.questions;
	if (!Array.isArray(questions)) return data ?? {};
	return {
		...(data as object),
		questions: questions.map((question: unknown) =>
			question && typeof question === 'object' && 'expect' in question
				? { ...question, expect: resolveAll(asList(question.expect), resolve) }
				: question,
		),
	};
}

function resolveAll(list: unknown, resolve: ExpectResolver): unknown {
	return Array.isArray(list)
		? list.map((entry) => (typeof entry === 'string' ? (resolve(entry) ?? entry) : entry))
		: list;
}

/** One search eval: what a customer types and the articles that answer it. */
export const searchEvalQuestionSchema = z.strictObject({
	/** The words as customers type them: symptoms, error texts, typos. Never a feature name they wouldn't know. */
	query: z.string().trim().min(1),
	/**
	 * Slug of the article that answers it, or a list when several do; any of them counts
	 * as a hit. The article's address (`/articles/<slug>/` or its full URL) names it too,
	 * and, with the content, its title, its file or its old address (`ExpectResolver`).
	 * An entry that names no page of the build (a renamed article's old title, a typo) is
	 * reported when the eval runs, and the other questions are scored.
	 */
	expect: z.preprocess(asList, z.array(z.string().trim().min(1)).min(1)),
	/** Why the question is here: the ticket or report that prompted it. Optional. */
	note: z.string().trim().min(1).optional(),
	/** In a file of your own (`--questions`): the set to score it in, e.g. `typos`. Default: the file's name. */
	set: z.string().trim().min(1).max(40).optional(),
});

/**
 * A file of questions: `content/evals/<set>.yaml`, or any YAML, JSON or CSV file passed with
 * `--questions`. Either `questions: [...]` or the list itself.
 */
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
	/** The set's name: how customers type in it (`exact`, `typos`, `sentences`, `colloquial`). */
	name: string;
	/** The file as shown in messages. */
	file: string;
	questions: SearchEvalQuestion[];
	/** Fields of the file's questions that the eval does not read (`id`, a spreadsheet's `owner` column). */
	otherFields: string[];
}

const questionFields = new Set(Object.keys(searchEvalQuestionSchema.shape));

/**
 * The questions without fields the eval does not read, and those fields' names: a
 * file kept for something else too (an `id`, an `owner`, a spreadsheet's other
 * columns) runs as it is. A question without both `query` and `expect` keeps them,
 * so its message shows what it holds instead (`answer` where `expect` belongs).
 */
function withoutOtherFields(input: unknown): { input: unknown; otherFields: string[] } {
	const questions = (input as { questions?: unknown } | null)?.questions;
	if (!Array.isArray(questions)) return { input, otherFields: [] };
	const otherFields = new Set<string>();
	const kept = questions.map((question: unknown) => {
		if (!question || typeof question !== 'object' || !('query' in question) || !('expect' in question)) return question;
		const others = Object.keys(question).filter((field) => !questionFields.has(field));
		for (const field of others) otherFields.add(field);
		return Object.fromEntries(Object.entries(question).filter(([field]) => questionFields.has(field)));
	});
	return { input: { ...(input as object), questions: kept }, otherFields: [...otherFields] };
}

/** One line naming the fields a file's questions hold that the eval does not read, if any. */
export function otherFieldsNote(set: SearchEvalSet): string | undefined {
	if (set.otherFields.length === 0) return undefined;
	const names = set.otherFields.map(quoted).join(', ');
	return `${set.file}: not read: ${names} (a question is its query, expect, and set and note if given)`;
}

/** The first bytes of a legacy Office file (an .xls workbook). */
const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Whether a file holds bytes no UTF-8 text file does: a NUL among its first bytes. */
function isBinaryFile(bytes: Buffer): boolean {
	return bytes.subarray(0, 8000).includes(0);
}

/** Whether a file is an Excel workbook by its first bytes (a zip archive) and its name. */
function isWorkbookFile(file: string): boolean {
	if (!/\.xls[xm]$/i.test(file) || !existsSync(file) || statSync(file).isDirectory()) return false;
	return readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';
}

/**
 * Reads and validates a file of questions given with `--questions`: what
 * `loadSearchEvals` reads, and an Excel workbook (.xlsx, .xlsm) with a sheet of
 * questions, whose problems point at the sheet and the row.
 */
export async function readSearchEvalFile(
	file: string,
	resolve: ExpectResolver = addressResolver,
): Promise<SearchEvalSet> {
	if (!isWorkbookFile(file)) return loadSearchEvals(file, resolve);
	const shown = displayPath(file);
	const { sheet, rows } = await readWorkbookQuestions(file, shown);
	const where = (line: number | undefined) =>
		`${shown}, sheet ${quoted(sheet)}${line === undefined ? '' : `, row ${line}`}`;
	try {
		return validateQuestions(questionsFromRecords(rows, resolve), shown, fileSetName(file), resolve);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ContentError(
			error.problems.map((problem) =>
				problem.file === shown ? { ...problem, file: where(problem.line), line: undefined } : problem,
			),
		);
	}
}

/** A file's set name: its name without the extension. */
function fileSetName(file: string): string {
	return path.basename(file).replace(/\.(ya?ml|json|[ct]sv|xls[xm])$/i, '');
}

/**
 * Reads and validates the eval file. A missing file, bad YAML, a bad field or the same
 * query twice is a `ContentError` or `CliError` with the file and line (exit code 2).
 */
export function loadSearchEvals(file: string, resolve: ExpectResolver = addressResolver): SearchEvalSet {
	const shown = displayPath(file);
	if (!existsSync(file)) {
		throw new CliError(`${shown} not found: there are no search evals to run`, {
			hint: 'create it with a `questions:` list of `{ query, expect }`, or pass --questions <file>',
		});
	}
	if (statSync(file).isDirectory()) {
		throw new CliError(`${shown} is a folder: --questions takes one file of questions`, {
			hint: 'name the YAML, JSON, CSV or TSV file itself',
		});
	}
	const bytes = readFileSync(file);
	const bom = bytes.subarray(0, 2).toString('hex');
	if (bom === 'fffe' || bom === 'feff') {
		throw new CliError(`${shown} is UTF-16 text ("Unicode text"), which the eval does not read`, {
			hint: 'save it as UTF-8 (in Excel, File › Save As › CSV UTF-8)',
			usage: false,
		});
	}
	if (isBinaryFile(bytes)) {
		const workbook = bytes.subarray(0, 2).toString('latin1') === 'PK' || bytes.subarray(0, 4).equals(oleSignature);
		throw new CliError(
			`${shown} is ${workbook ? 'a spreadsheet workbook (Excel or another office file)' : 'a binary file'}, not a file of questions`,
			{
				hint: workbook
					? 'save it as an Excel Workbook (.xlsx) or its sheet as CSV UTF-8, with the columns query and expect'
					: 'write the questions as YAML, JSON, CSV, TSV or an Excel workbook',
				usage: false,
			},
		);
	}
	const text = bytes.toString('utf8');
	const read = /\.[ct]sv$/i.test(file) ? readQuestionTable(text, shown, resolve) : readQuestionDocument(text, shown);
	return validateQuestions(read, shown, fileSetName(file), resolve);
}

/** The questions read from a file, validated: fields, and the same query twice. */
function validateQuestions(
	{ input, lineOf }: ReadQuestions,
	shown: string,
	name: string,
	resolve: ExpectResolver,
): SearchEvalSet {
	const { input: read, otherFields } = withoutOtherFields(singleSlugsAsLists(input, resolve));
	const data = parseWithFriendlyErrors(searchEvalFileSchema, read, { file: shown, lineOf });
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
	return { name, file: shown, questions, otherFields };
}

interface ReadQuestions {
	input: unknown;
	lineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

/** A YAML or JSON file (JSON is YAML), with the line of every field for messages. */
function readQuestionDocument(text: string, shown: string): ReadQuestions {
	const { document, lineCounter } = parseLocatedYaml(text, shown, /\.json$/i.test(shown) ? 'JSON' : 'YAML');
	return { input: document.toJS(), lineOf: createLineLookup(document, lineCounter) };
}

/** Between the slugs of one `expect` cell: white space, commas, semicolons or `|`. */
const cellSeparators = /[\s,;|]+/;

/**
 * A spreadsheet's questions, saved as CSV or TSV: a header row naming the columns
 * (`query`, `expect`, and `set` and `note` if used, any case) and a question a row.
 * An `expect` cell may list several slugs, unless the whole cell names one article
 * (a title); empty cells are left out.
 */
function readQuestionTable(text: string, shown: string, resolve: ExpectResolver): ReadQuestions {
	let rows: QuestionRecord[];
	try {
		const parsed = parseCsv(text, {
			bom: true,
			columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
			delimiter: shown.toLowerCase().endsWith('.tsv') ? '\t' : ',',
			skip_empty_lines: true,
			info: true,
		}) as { record: Record<string, string>; info: { lines: number } }[];
		rows = parsed.map((row) => ({
			record: row.record,
			line: row.info.lines,
		}));
	} catch (error) {
		const { message, lines } = error as { message: string; lines?: number };
		throw new ContentError([{ file: shown, line: lines, message: `invalid CSV: ${message.split('\n')[0]}` }]);
	}
	return questionsFromRecords(rows, resolve);
}

/**
 * A sheet's rows (of a CSV, a TSV or a workbook) as questions: each cell by its column,
 * empty cells left out, an `expect` cell split into slugs unless it names one article.
 */
function questionsFromRecords(rows: readonly QuestionRecord[], resolve: ExpectResolver): ReadQuestions {
	const questions = rows.map(({ record }) => {
		const question: Record<string, unknown> = {};
		for (const [column, value] of Object.entries(record)) {
			const cell = value.trim();
			if (cell === '') continue;
			question[column] = column === 'expect' && resolve(cell) === undefined ? cell.split(cellSeparators) : cell;
		}
		return question;
	});
	// The header is above the first question; a question's fields are all on its row.
	return {
		input: { questions },
		lineOf: (fieldPath) =>
			fieldPath[0] === 'questions' && typeof fieldPath[1] === 'number' ? rows[fieldPath[1]]?.line : 1,
	};
}

/**
 * A file's questions as sets: one per `set:` value, in the order first met; questions
 * without one are in the set named after the file.
 */
export function splitBySet(file: SearchEvalSet): SearchEvalSet[] {
	const sets = new Map<string, SearchEvalSet>();
	for (const question of file.questions) {
		const name = question.set ?? file.name;
		let set = sets.get(name);
		if (!set) {
			set = { name, file: file.file, questions: [], otherFields: file.otherFields };
			sets.set(name, set);
		}
		set.questions.push(question);
	}
	return [...sets.values()];
}

/**
 * The eval sets of a content folder: every YAML file in `content/evals/`, by name. No
 * folder is no sets (the README's `git rm -r content/evals` leaves none): the caller
 * decides whether the tickets leave something to evaluate.
 */
export function loadEvalSets(evalsDir: string): SearchEvalSet[] {
	if (!existsSync(evalsDir)) return [];
	const files = readdirSync(evalsDir)
		.filter((name) => /\.(ya?ml|json)$/i.test(name))
		.sort((a, b) => setOrder(a) - setOrder(b) || a.localeCompare(b));
	return files.map((name) => loadSearchEvals(path.join(evalsDir, name)));
}

/** The four sets in the order people read them; other sets after them. */
export const standardSets = ['exact', 'typos', 'sentences', 'colloquial'] as const;

function setOrder(file: string): number {
	const index = standardSets.indexOf(file.replace(/\.(ya?ml|json)$/i, '') as (typeof standardSets)[number]);
	return index === -1 ? standardSets.length : index;
}
