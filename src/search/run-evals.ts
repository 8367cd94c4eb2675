import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';
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
	passed: boolean;
	durationMs: number;
}

/** Whether a slug is a page of a built site (an article or a runbook). */
export function pageExists(distDir: string, slug: string): boolean {
	return ['articles', 'runbooks'].some((folder) => existsSync(path.join(distDir, folder, slug, 'index.html')));
}

/** Every expected slug must be a page of this build; otherwise the eval file is wrong (exit 2). */
function checkSlugs(sets: readonly SearchEvalSet[], distDir: string): void {
	const problems: ContentProblem[] = [];
	for (const set of sets) {
		for (const question of set.questions) {
			question.expect.forEach((slug, slugIndex) => {
				if (pageExists(distDir, slug)) return;
				problems.push({
					file: set.file,
					line: question.line,
					field: `questions.${question.index}.expect${question.expect.length > 1 ? `.${slugIndex}` : ''}`,
					message: `no page in ${displayPath(distDir)} has the slug "${slug}"`,
					hint: 'check the spelling; a draft or internal article is only in the internal build',
				});
			});
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
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
	try {
		checkSlugs(options.sets, options.distDir);
		for (const set of options.sets) sets.push(await evaluateSet(index, set, options.config));
	} finally {
		await index.close();
	}
	return {
		dist: displayPath(path.resolve(options.distDir)),
		pageCount: index.pageCount,
		sets,
		passed: sets.every((set) => set.passed),
		durationMs: performance.now() - started,
	};
}
