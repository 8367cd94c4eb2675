import type { SetMinimums } from './eval-config.ts';
import type { SearchEvalQuestion } from './eval-file.ts';
import type { SearchHit } from './pagefind-node.ts';
import type { WordReach } from './word-reach.ts';

/** How deep the eval looks: ranks past this count as "not found" (MRR@10). */
export const EVAL_DEPTH = 10;

export interface QuestionResult {
	question: SearchEvalQuestion;
	/** 1-based rank of the first expected article, or null when it is not in the first `EVAL_DEPTH` results. */
	rank: number | null;
	/** The first `EVAL_DEPTH` results. */
	hits: SearchHit[];
	/** Words of the question no page uses, nor anything close to or related to them: what to teach search. */
	unknown: string[];
	/** For a question whose answer is not in the first 3: whether the article holds enough of its words to be. */
	reach?: WordReach;
}

export interface EvalScores {
	questions: number;
	/** Questions answered by the first result. */
	firstHits: number;
	/** Questions answered within the first three results. */
	top3Hits: number;
	hitAt1: number;
	hitAt3: number;
	/** Mean reciprocal rank: the average of 1/rank, 0 when not found. */
	mrr: number;
	/** Questions that found nothing at all. */
	empty: number;
	/** Misses whose article lacks the question's words (see `WordReach.wordGap`): content to add, not ranking. */
	wordGaps: number;
	/**
	 * The most hit@3 can reach while the articles say what they say: the share of
	 * questions that are not word gaps. A ranking that puts pages holding more of the
	 * question's words first cannot show the others in the first 3, so a minimum above
	 * this is met by writing the customers' words into the articles, not by tuning search.
	 */
	wordsAllowHitAt3: number;
}

/** Compared at the precision people read, so 0.9 passes a 0.9 bar despite float error. */
export function meetsMinimum(value: number, minimum: number): boolean {
	return Math.round(value * 1e6) >= Math.round(minimum * 1e6);
}

/** Rank of the first hit whose slug is expected. */
export function rankOf(expect: readonly string[], hits: readonly SearchHit[]): number | null {
	const index = hits.findIndex((hit) => expect.includes(hit.slug));
	return index === -1 ? null : index + 1;
}

export function scoreResults(results: readonly QuestionResult[]): EvalScores {
	const questions = results.length;
	const firstHits = results.filter((result) => result.rank === 1).length;
	const top3Hits = results.filter((result) => result.rank !== null && result.rank <= 3).length;
	const reciprocal = results.reduce((sum, result) => sum + (result.rank ? 1 / result.rank : 0), 0);
	const share = (count: number) => (questions === 0 ? 0 : count / questions);
	const empty = results.filter((result) => result.hits.length === 0).length;
	const wordGaps = results.filter((result) => result.reach?.wordGap).length;
	return {
		questions,
		firstHits,
		top3Hits,
		hitAt1: share(firstHits),
		hitAt3: share(top3Hits),
		mrr: share(reciprocal),
		empty,
		wordGaps,
		wordsAllowHitAt3: share(questions - wordGaps),
	};
}

export type Thresholds = SetMinimums;

export interface ThresholdCheck {
	metric: 'hit@1' | 'hit@3' | 'empty';
	/** The config key that sets the bar, for messages. */
	setting: keyof Thresholds;
	value: number;
	/** The bar: a minimum for hit@1 and hit@3, a maximum for empty results. */
	minimum: number;
	passed: boolean;
}

export function checkThresholds(scores: EvalScores, thresholds: Thresholds): ThresholdCheck[] {
	const check = (metric: 'hit@1' | 'hit@3', setting: 'minHitAt1' | 'minHitAt3', value: number): ThresholdCheck => ({
		metric,
		setting,
		value,
		minimum: thresholds[setting],
		passed: meetsMinimum(value, thresholds[setting]),
	});
	return [
		check('hit@1', 'minHitAt1', scores.hitAt1),
		check('hit@3', 'minHitAt3', scores.hitAt3),
		{
			metric: 'empty',
			setting: 'maxEmpty',
			value: scores.empty,
			minimum: thresholds.maxEmpty,
			passed: scores.empty <= thresholds.maxEmpty,
		},
	];
}
