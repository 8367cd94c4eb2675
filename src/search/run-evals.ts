import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli/run.ts';
import { quoted } from '../cli/untrusted-text.ts';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';
import { isValidSlug } from '../content-model/slugs.ts';
import { minimumsFor, type SearchEvalConfig } from './eval-config.ts';
import type { SearchEvalSet } from './eval-file.ts';
import {
	checkThresholds,
	EVAL_DEPTH,
	type EvalScores,
	type QuestionResult,
	rankOf,
	scoreResults,
	type ThresholdCheck,
} from './metrics.ts';
import { type NodeSearch, openPagefind } from './pagefind-node.ts';
import { type PagefindRanking, pagefindRanking } from './ranking.ts';

/** One set's scores, checks and answers. */
export interface SetReport {
	name: string;
	file: string;
	scores: EvalScores;
	checks: ThresholdCheck[];
	passed: boolean;
	results: QuestionResult[];
}

export interface EvalReport {
	/** The built site searched, as shown in messages. */
	dist: string;
	pageCount: number;
	sets: SetReport[];
	/** Every minimum holds for the questions scored. */
	passed: boolean;
	/**
	 * Expected pages the build lacks. Their questions are scored against the other pages
	 * they expect, or left out; the file needs fixing all the same (`evalExitCode`).
	 */
	unresolved: UnresolvedExpect[];
	durationMs: number;
}

/**
 * Whether a slug is a page of a built site (an article or a runbook), and not the
 * redirect page an old `/articles/<name>` address gets, which search never returns.
 */
export function pageExists(distDir: string, slug: string): boolean {
	return ['articles', 'runbooks'].some((folder) => {
		const file = path.join(distDir, folder, slug, 'index.html');
		return existsSync(file) && !readFileSync(file, 'utf8').slice(0, 1024).includes('http-equiv="refresh"');
	});
}

/**
 * An `expect` entry that names no page of the build: an article deleted or renamed
 * since the question was written, a typo, or a draft only the internal build has.
 */
export interface UnresolvedExpect {
	/** The question file, as shown in messages. */
	file: string;
	line?: number;
	/** Field path in the file (`questions.3.expect.1`). */
	field: string;
	/** The entry as the question file names it (untrusted: escape it wherever it is shown). */
	reference: string;
	/** The question's words (untrusted too). */
	query: string;
	/** Whether the question was scored anyway, against the other pages it expects. */
	scored: boolean;
}

/**
 * The sets with every expected slug a page of this build, and the entries that name
 * none. A question keeps the pages that exist (any of them counts as a hit); one that
 * names no page at all is left out of the scores, and a set left with no question is
 * not scored.
 */
export function resolveExpectations(
	sets: readonly SearchEvalSet[],
	distDir: string,
): { sets: SearchEvalSet[]; unresolved: UnresolvedExpect[] } {
	const unresolved: UnresolvedExpect[] = [];
	const resolved: SearchEvalSet[] = [];
	for (const set of sets) {
		const questions = set.questions.flatMap((question) => {
			const found = question.expect.filter((slug) => isValidSlug(slug) && pageExists(distDir, slug));
			question.expect.forEach((slug, slugIndex) => {
				if (found.includes(slug)) return;
				unresolved.push({
					file: set.file,
					line: question.line,
					field: `questions.${question.index}.expect${question.expect.length > 1 ? `.${slugIndex}` : ''}`,
					reference: slug,
					query: question.query,
					scored: found.length > 0,
				});
			});
			return found.length > 0 ? [{ ...question, expect: found }] : [];
		});
		if (questions.length > 0) resolved.push({ ...set, questions });
	}
	return { sets: resolved, unresolved };
}

/** An expected page the build lacks, as a problem in the question file. */
function unresolvedProblem(entry: UnresolvedExpect, distDir: string): ContentProblem {
	return {
		file: entry.file,
		line: entry.line,
		field: entry.field,
		message: isValidSlug(entry.reference)
			? `no page in ${displayPath(distDir)} has the slug ${quoted(entry.reference)}`
			: `no page in ${displayPath(distDir)} has the slug, title, file or address ${quoted(entry.reference)}`,
		hint: 'check the spelling, or name the page by its slug; a draft or internal article is only in the internal build',
	};
}

/** Puts one set's questions to the search and scores the answers. */
export async function evaluateSet(index: NodeSearch, set: SearchEvalSet, config: SearchEvalConfig): Promise<SetReport> {
	const results: QuestionResult[] = [];
	for (const question of set.questions) {
		const answer = await index.search(question.query, EVAL_DEPTH);
		const rank = rankOf(question.expect, answer.hits);
		const missed = rank === null || rank > 3;
		const reach = missed ? await answer.wordReach(question.expect) : undefined;
		results.push({ question, hits: answer.hits, rank, unknown: answer.plan.unknown, ...(reach && { reach }) });
	}
	const scores = scoreResults(results);
	const checks = checkThresholds(scores, minimumsFor(config, set.name));
	return { name: set.name, file: set.file, scores, checks, passed: checks.every((check) => check.passed), results };
}

/**
 * Puts every question of every set to the built site through the same query pipeline
 * as the search UI, and scores each set against its minimums.
 */
export async function runSearchEvals(options: {
	distDir: string;
	sets: SearchEvalSet[];
	config: SearchEvalConfig;
	ranking?: PagefindRanking;
}): Promise<EvalReport> {
	const started = performance.now();
	const index = await openPagefind(options.distDir, options.ranking ?? pagefindRanking);
	const sets: SetReport[] = [];
	const { sets: scorable, unresolved } = resolveExpectations(options.sets, options.distDir);
	try {
		// With no question left to score, the file is unusable as a whole: nothing to report but why.
		if (scorable.length === 0 && unresolved.length > 0) {
			throw new ContentError(unresolved.map((entry) => unresolvedProblem(entry, options.distDir)));
		}
		for (const set of scorable) sets.push(await evaluateSet(index, set, options.config));
	} finally {
		await index.close();
	}
	return {
		dist: displayPath(path.resolve(options.distDir)),
		pageCount: index.pageCount,
		sets,
		passed: sets.every((set) => set.passed),
		unresolved,
		durationMs: performance.now() - started,
	};
}

/**
 * The exit code of a question run: 2 when the file names a page the build lacks (the
 * input needs fixing, even though the rest was scored), else 1 below a minimum, else 0.
 */
export function evalExitCode(report: Pick<EvalReport, 'passed' | 'unresolved'>): ExitCode {
	if (report.unresolved.length > 0) return ExitCode.unusable;
	return report.passed ? ExitCode.ok : ExitCode.shortfall;
}
