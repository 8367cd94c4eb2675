import { describe, expect, test } from 'vitest';
import { checkThresholds, type QuestionResult, rankOf, scoreResults } from '../../../src/search/metrics.ts';

const hit = (slug: string) => ({ slug, url: `/articles/${slug}/`, title: slug });
const result = (rank: number | null): QuestionResult => ({
	question: { query: `q${rank}`, expect: ['x'], index: 0 },
	rank,
	hits: [],
	unknown: [],
});

describe('search eval scores', () => {
	test('the rank is the position of the first expected slug, or null', () => {
		const hits = [hit('a'), hit('b'), hit('c')];
		expect(rankOf(['b'], hits)).toBe(2);
		expect(rankOf(['c', 'a'], hits)).toBe(1);
		expect(rankOf(['z'], hits)).toBeNull();
	});

	test('hit@1, hit@3 and mean reciprocal rank', () => {
		expect(scoreResults([result(1), result(2), result(4), result(null)])).toEqual({
			questions: 4,
			firstHits: 1,
			top3Hits: 2,
			hitAt1: 0.25,
			hitAt3: 0.5,
			mrr: (1 + 1 / 2 + 1 / 4) / 4,
			empty: 4,
			wordGaps: 0,
			wordsAllowHitAt3: 1,
		});
	});

	test('the hit@3 the words allow leaves out the misses whose article lacks the question’s words', () => {
		const gap = (wordGap: boolean): QuestionResult => ({
			...result(null),
			reach: { held: 1, lacking: ['quit'], pagesHoldingMore: wordGap ? 3 : 1, wordGap },
		});
		const scores = scoreResults([result(1), result(5), gap(true), gap(false)]);
		expect(scores.wordGaps).toBe(1);
		expect(scores.wordsAllowHitAt3).toBe(0.75);
	});

	test('a score equal to its minimum passes, despite floating point', () => {
		// 9 of 10 is 0.9 on paper and 0.8999999... in floating point on some paths.
		const scores = scoreResults([...Array.from({ length: 9 }, () => result(1)), result(null)]);
		const bar = { minHitAt1: 0.9, minHitAt3: 0.9, maxEmpty: 10 };
		expect(checkThresholds({ ...scores, hitAt3: 0.8999999999 }, bar)).toEqual([
			{ metric: 'hit@1', setting: 'minHitAt1', value: 0.9, minimum: 0.9, passed: true },
			{ metric: 'hit@3', setting: 'minHitAt3', value: 0.8999999999, minimum: 0.9, passed: true },
			{ metric: 'empty', setting: 'maxEmpty', value: 10, minimum: 10, passed: true },
		]);
		expect(checkThresholds({ ...scores, hitAt1: 0.89 }, bar)[0]?.passed).toBe(false);
		expect(checkThresholds({ ...scores, empty: 11 }, bar)[2]?.passed).toBe(false);
	});
});
