import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { displayPath } from '../content-model/paths.ts';
import type { SearchEvalSet } from './eval-file.ts';
import {
	checkThresholds,
	EVAL_DEPTH,
	type EvalScores,
	type QuestionResult,
	rankOf,
	scoreResults,
	type ThresholdCheck,
	type Thresholds,
} from './metrics.ts';
import { openPagefind } from './pagefind-node.ts';
import { type PagefindRanking, pagefindRanking } from './ranking.ts';

export interface EvalReport {
	/** The built site searched, as shown in messages. */
	dist: string;
	evalsFile: string;
	pageCount: number;
	scores: EvalScores;
	checks: ThresholdCheck[];
	passed: boolean;
	results: QuestionResult[];
	durationMs: number;
}

/** Where a slug's page lives in a built site. */
function pageExists(distDir: string, slug: string): boolean {
	return ['articles', 'runbooks'].some((folder) => existsSync(path.join(distDir, folder, slug, 'index.html')));
}

/** Every expected slug must be a page of this build; otherwise the eval file is wrong (exit 2). */
function checkSlugs(evals: SearchEvalSet, distDir: string): void {
	const problems: ContentProblem[] = [];
	for (const question of evals.questions) {
		question.expect.forEach((slug, slugIndex) => {
			if (pageExists(distDir, slug)) return;
			problems.push({
				file: evals.file,
				line: question.line,
				field: `questions.${question.index}.expect${question.expect.length > 1 ? `.${slugIndex}` : ''}`,
				message: `no page in ${displayPath(distDir)} has the slug "${slug}"`,
				hint: 'check the spelling; a draft or internal article is only in the internal build',
			});
		});
	}
	if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Puts every eval question to the built site's Pagefind index, ranked as the search
 * page ranks, and scores the answers against the thresholds.
 */
export async function runSearchEvals(options: {
	distDir: string;
	evals: SearchEvalSet;
	thresholds: Thresholds;
	ranking?: PagefindRanking;
}): Promise<EvalReport> {
	const started = performance.now();
	const index = await openPagefind(options.distDir, options.ranking ?? pagefindRanking);
	const results: QuestionResult[] = [];
	try {
		checkSlugs(options.evals, options.distDir);
		for (const question of options.evals.questions) {
			const hits = await index.search(question.query, EVAL_DEPTH);
			results.push({ question, hits, rank: rankOf(question.expect, hits) });
		}
	} finally {
		await index.close();
	}
	const scores = scoreResults(results);
	const checks = checkThresholds(scores, options.thresholds);
	return {
		dist: displayPath(path.resolve(options.distDir)),
		evalsFile: options.evals.file,
		pageCount: index.pageCount,
		scores,
		checks,
		passed: checks.every((check) => check.passed),
		results,
		durationMs: performance.now() - started,
	};
}
