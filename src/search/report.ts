import pc from 'picocolors';
import { inline, joinLines, quoted as quotedText } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import { EVAL_DEPTH, meetsMinimum, type QuestionResult, type ThresholdCheck } from './metrics.ts';
import type { EvalReport, SetReport, UnresolvedExpect } from './run-evals.ts';

type Colors = ReturnType<typeof pc.createColors>;

const fixed = (value: number) => value.toFixed(3);

/** A file and line of a question file; the file's name, given on the command line, is shown on one line. */
function at(file: string, line: number | undefined): string {
	return inline(line ? `${file}:${line}` : file);
}

function location(set: SetReport, result: QuestionResult): string {
	return at(set.file, result.question.line);
}

/** The words to teach search: an alias or a synonym for each. */
function unknownWords(result: QuestionResult): string {
	return `no page uses ${result.unknown.map((word) => `"${word}"`).join(', ')}`;
}

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ');

/** Whether the miss is the article's words or the ranking: what a team can do about it. */
function reachLine(result: QuestionResult): string | undefined {
	const reach = result.reach;
	if (!reach) return undefined;
	const pages = (count: number) => (count === 1 ? '1 page holds' : `${count} pages hold`);
	const add = "add the customer's words to its aliases (or a synonym)";
	if (reach.held === 0) return `the article holds none of the question's words: ${add}`;
	if (reach.wordGap) {
		return `${pages(reach.pagesHoldingMore)} more of the question's words; the article lacks ${quoted(reach.lacking)}: ${add}`;
	}
	if (reach.lacking.length === 0) return 'the article holds every word searched: a ranking miss';
	const more = reach.pagesHoldingMore === 0 ? 'no page holds' : `only ${pages(reach.pagesHoldingMore)}`;
	return `the article lacks ${quoted(reach.lacking)}; ${more} more of the question's words`;
}

function describeResult(set: SetReport, result: QuestionResult, c: Colors): string[] {
	const expected = result.question.expect.map(inline).join(' or ');
	const where = result.rank === null ? `not in the first ${EVAL_DEPTH} results` : `at #${result.rank}`;
	// What took the place of the answer: everything above it, or the top 3 when it is missing.
	const above = result.hits.slice(0, result.rank === null ? 3 : result.rank - 1);
	const lines = [`  ${c.dim(location(set, result))}  ${c.bold(quotedText(result.question.query))}`];
	lines.push(`    expected ${expected}: ${where}`);
	if (result.unknown.length > 0) lines.push(`    ${unknownWords(result)}`);
	const reach = reachLine(result);
	if (reach) lines.push(`    ${reach}`);
	if (above.length === 0) lines.push('    no results at all');
	above.forEach((hit, index) => {
		lines.push(`    ${index + 1}. ${hit.slug}  ${c.dim(hit.title)}`);
	});
	return lines;
}

/** Every question with the slugs it found, in rank order: for questions brought with --questions. */
function describeEveryResult(set: SetReport, c: Colors): string[] {
	return set.results.flatMap((result) => {
		const mark =
			result.rank === null
				? c.red('miss')
				: result.rank <= 3
					? c.green(`#${result.rank}`)
					: c.yellow(`#${result.rank}`);
		const ranked = result.hits.map((hit) => hit.slug).join(', ') || 'no results';
		const notes = [
			result.unknown.length > 0 ? unknownWords(result) : '',
			result.reach?.wordGap ? reachLine(result) : '',
		]
			.filter(Boolean)
			.join('; ');
		return [`  ${mark.padEnd(4)}  ${quotedText(result.question.query)}  → ${ranked}${notes ? `  (${notes})` : ''}`];
	});
}

function settingName(set: string, check: ThresholdCheck, configured: boolean): string {
	return configured ? `search.sets.${set}.${check.setting}` : `search.${check.setting}`;
}

function failure(set: SetReport, check: ThresholdCheck, options: FormatOptions): string {
	const where = options.configFile ? ` in ${options.configFile}` : '';
	const setting = settingName(set.name, check, options.configuredSets?.includes(set.name) ?? false);
	if (check.metric === 'empty') {
		const questions = check.value === 1 ? '1 question' : `${check.value} questions`;
		return `Failed: ${inline(set.name)}: ${questions} found nothing, more than the ${check.minimum} allowed (${setting}${where}).`;
	}
	const failed = `Failed: ${inline(set.name)}: ${check.metric} is ${fixed(check.value)}, below the minimum ${check.minimum} (${setting}${where}).`;
	const { wordGaps, wordsAllowHitAt3 } = set.scores;
	if (check.metric !== 'hit@3' || meetsMinimum(wordsAllowHitAt3, check.minimum)) return failed;
	const answers = wordGaps === 1 ? '1 answer lacks' : `${wordGaps} answers lack`;
	return `${failed} Its questions' words allow ${fixed(wordsAllowHitAt3)} at most: ${answers} them, and no ranking reaches the minimum until the articles say them.`;
}

/**
 * The expected pages the build lacks, each with its file, line and the name as written
 * (escaped: it comes from the question file), and whether its question was scored.
 */
function describeUnresolved(report: EvalReport, c: Colors): string[] {
	const { unresolved } = report;
	if (unresolved.length === 0) return [];
	// A file asks each query once, so file and query name a question.
	const leftOut = new Set(unresolved.filter((entry) => !entry.scored).map((entry) => `${entry.file}\0${entry.query}`))
		.size;
	const scored = leftOut === 0 ? 'all scored' : `${leftOut} question${leftOut === 1 ? '' : 's'} left out of the scores`;
	const lines = [
		'',
		c.red(`Not pages of ${report.dist}/: the questions expect them (${unresolved.length}; ${scored})`),
	];
	for (const entry of unresolved) lines.push(`  ${c.dim(at(entry.file, entry.line))}  ${unresolvedLine(entry)}`);
	return lines;
}

function unresolvedLine(entry: UnresolvedExpect): string {
	const what = `${quotedText(entry.query)} expects ${quotedText(entry.reference)}`;
	return entry.scored ? `${what} (scored against the other pages it expects)` : `${what} (not scored)`;
}

export interface FormatOptions {
	color?: boolean;
	configFile?: string;
	/** The synonyms file as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
	synonymsFile?: string;
	/** Sets with minimums of their own in the config, for naming the setting to change. */
	configuredSets?: string[];
	/** Print every question with the slugs it found, not only the misses. */
	everyQuestion?: boolean;
}

/**
 * The eval report for people: a table of scores per set, then every question whose
 * answer is not first, with what ranked above it, and a verdict line per shortfall.
 */
export function formatTextReport(report: EvalReport, options: FormatOptions = {}): string {
	const c = pc.createColors(options.color ?? false);
	const seconds = (report.durationMs / 1000).toFixed(1);
	const total = report.sets.reduce((sum, set) => sum + set.scores.questions, 0);
	const out = [
		`Search evals: ${total} question${total === 1 ? '' : 's'} in ${report.sets.length} set${report.sets.length === 1 ? '' : 's'} against ${report.dist}/ (${report.pageCount} page${report.pageCount === 1 ? '' : 's'} indexed) in ${seconds} s`,
		'',
		`  ${'set'.padEnd(12)} ${'questions'.padStart(9)}  hit@1  hit@3  MRR    empty`,
	];
	for (const set of report.sets) {
		const { scores } = set;
		const bad = (metric: ThresholdCheck['metric']) =>
			set.checks.find((check) => check.metric === metric)?.passed === false;
		const cell = (metric: ThresholdCheck['metric'], text: string) => (bad(metric) ? c.red(text) : text);
		out.push(
			`  ${inline(set.name).padEnd(12)} ${String(scores.questions).padStart(9)}  ${cell('hit@1', fixed(scores.hitAt1))}  ${cell('hit@3', fixed(scores.hitAt3))}  ${fixed(scores.mrr)}  ${cell('empty', String(scores.empty).padStart(5))}  ${set.passed ? c.green('ok') : c.red('below minimum')}`,
		);
	}
	for (const set of report.sets) {
		if (options.everyQuestion) {
			out.push('', c.bold(`${inline(set.name)}: every question and the pages it found, best first`));
			out.push(...describeEveryResult(set, c));
			const misses = set.scores.questions - set.scores.top3Hits;
			if (set.scores.wordGaps > 0) {
				out.push(
					c.dim(
						`  ${set.scores.wordGaps} of the ${misses} misses are articles that lack the customers' words: no ranking lifts them into the first 3, so hit@3 can reach ${fixed(set.scores.wordsAllowHitAt3)} at most`,
					),
				);
			}
			continue;
		}
		const missed = set.results.filter((result) => result.rank === null || result.rank > 3);
		const notFirst = set.results.filter((result) => result.rank !== null && result.rank > 1 && result.rank <= 3);
		if (missed.length > 0) {
			const gaps = set.scores.wordGaps > 0 ? `; ${set.scores.wordGaps} for want of the customers' words` : '';
			out.push(
				'',
				c.red(`Missed in ${inline(set.name)}: the answer is not in the first 3 results (${missed.length}${gaps})`),
			);
			for (const result of missed) out.push(...describeResult(set, result, c));
		}
		if (notFirst.length > 0) {
			out.push(
				'',
				c.yellow(
					`Not first in ${inline(set.name)}: the answer is in the first 3, below other results (${notFirst.length})`,
				),
			);
			for (const result of notFirst) out.push(...describeResult(set, result, c));
		}
	}
	out.push(...describeUnresolved(report, c));
	out.push('');
	const failed = report.sets.flatMap((set) =>
		set.checks.filter((check) => !check.passed).map((check) => ({ set, check })),
	);
	if (failed.length === 0)
		out.push(c.green(`Passed: every minimum holds${report.unresolved.length > 0 ? ' for the questions scored' : ''}.`));
	else {
		for (const { set, check } of failed) out.push(c.red(failure(set, check, options)));
		out.push(
			c.dim(
				`Read the misses above: a word customers use that no article says belongs in that article (or its aliases), or in ${options.synonymsFile ?? contentPath('synonyms')} when many articles share it.`,
			),
		);
	}
	if (report.unresolved.length > 0) {
		out.push(
			c.red(
				'Unusable: the question file names pages this build does not publish. Point them at the articles that answer now, or remove them; a draft or internal article is only in the internal build.',
			),
		);
	}
	// Set names and expected pages come from question files, anyone's words: each is made
	// one line where it goes in, and every line passes the last guard before the terminal.
	return `${joinLines(out, { colors: options.color })}\n`;
}

/** The same report as data, for CI dashboards and scripts: every question with the slugs it found. */
export function reportJson(report: EvalReport) {
	return {
		dist: report.dist,
		pages: report.pageCount,
		durationMs: Math.round(report.durationMs),
		passed: report.passed,
		/** Expected pages the build lacks: the file needs fixing (exit code 2). */
		unresolved: report.unresolved.map((entry) => ({
			file: entry.file,
			line: entry.line ?? null,
			field: entry.field,
			reference: entry.reference,
			query: entry.query,
			scored: entry.scored,
		})),
		sets: report.sets.map((set) => ({
			name: set.name,
			file: set.file,
			...set.scores,
			passed: set.passed,
			checks: set.checks,
			results: set.results.map((result) => ({
				query: result.question.query,
				expect: result.question.expect,
				line: result.question.line,
				rank: result.rank,
				slugs: result.hits.map((hit) => hit.slug),
				unknown: result.unknown,
				reach: result.reach ?? null,
				top: result.hits.map((hit) => ({ slug: hit.slug, title: hit.title, url: hit.url })),
			})),
		})),
	};
}
