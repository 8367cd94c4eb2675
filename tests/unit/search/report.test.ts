import { describe, expect, test } from 'vitest';
import { checkThresholds, type QuestionResult, scoreResults } from '../../../src/search/metrics.ts';
import { formatTextReport } from '../../../src/search/report.ts';
import type { EvalReport } from '../../../src/search/run-evals.ts';
import type { WordReach } from '../../../src/search/word-reach.ts';

const other = { url: '/articles/other/', slug: 'other', title: 'Another article' };

/** A question whose answer ranked 5th, with how it stands in the customer's words. */
function miss(query: string, reach: WordReach, index: number): QuestionResult {
	return {
		question: { query, expect: ['cancel-plan'], index, line: index + 1 },
		rank: null,
		hits: [other, other, other],
		unknown: [],
		reach,
	};
}

function reportOf(results: QuestionResult[], minHitAt3?: number): EvalReport {
	const scores = scoreResults(results);
	const checks = minHitAt3 === undefined ? [] : checkThresholds(scores, { minHitAt1: 0, minHitAt3, maxEmpty: 0 });
	return {
		dist: 'dist',
		pageCount: 30,
		durationMs: 100,
		passed: false,
		unresolved: [],
		sets: [{ name: 'colloquial', file: 'content/evals/colloquial.yaml', scores, checks, passed: false, results }],
	};
}

describe('the eval report says whether a miss is the content’s or the ranking’s', () => {
	const results = [
		miss('stop paying', { held: 0, lacking: ['stop', 'paying'], pagesHoldingMore: 4, wordGap: true }, 0),
		miss('quit my plan', { held: 1, lacking: ['quit'], pagesHoldingMore: 3, wordGap: true }, 1),
		miss('end my plan now', { held: 1, lacking: ['end'], pagesHoldingMore: 1, wordGap: false }, 2),
		miss('cancel plan', { held: 2, lacking: [], pagesHoldingMore: 0, wordGap: false }, 3),
	];
	const text = formatTextReport(reportOf(results));

	test('the heading counts the misses no ranking can lift', () => {
		expect(text).toContain(
			"Missed in colloquial: the answer is not in the first 3 results (4; 2 for want of the customers' words)",
		);
	});

	test('each miss says which words the article lacks and what to do', () => {
		expect(text).toContain(
			"the article holds none of the question's words: add the customer's words to its aliases (or a synonym)",
		);
		expect(text).toContain(
			`3 pages hold more of the question's words; the article lacks "quit": add the customer's words to its aliases (or a synonym)`,
		);
		expect(text).toContain(`the article lacks "end"; only 1 page holds more of the question's words`);
		expect(text).toContain('the article holds every word searched: a ranking miss');
	});

	test('listing every question, only the misses for want of words carry the advice', () => {
		const every = formatTextReport(reportOf(results), { everyQuestion: true });
		expect(every).toContain(
			`  miss  "quit my plan"  → other, other, other  (3 pages hold more of the question's words; the article lacks "quit": add the customer's words to its aliases (or a synonym))`,
		);
		expect(every).toContain('  miss  "cancel plan"  → other, other, other\n');
		expect(every).toContain(
			"  2 of the 4 misses are articles that lack the customers' words: no ranking lifts them into the first 3, so hit@3 can reach 0.500 at most",
		);
	});

	test('a hit@3 minimum above what the words allow says that only content can meet it', () => {
		const failed = formatTextReport(reportOf(results, 0.75))
			.split('\n')
			.filter((line) => line.startsWith('Failed'));
		expect(failed).toEqual([
			"Failed: colloquial: hit@3 is 0.000, below the minimum 0.75 (search.minHitAt3). Its questions' words allow 0.500 at most: 2 answers lack them, and no ranking reaches the minimum until the articles say them.",
		]);
	});

	test('a hit@3 minimum the words allow fails as a ranking shortfall, with no word of content', () => {
		const failed = formatTextReport(reportOf(results, 0.5))
			.split('\n')
			.filter((line) => line.startsWith('Failed'));
		expect(failed).toEqual(['Failed: colloquial: hit@3 is 0.000, below the minimum 0.5 (search.minHitAt3).']);
	});
});

describe('the eval report heading of a small help center', () => {
	test('one question against one page reads "1 question" and "1 page indexed"', () => {
		const report = reportOf([miss('cancel plan', { held: 2, lacking: [], pagesHoldingMore: 0, wordGap: false }, 0)]);
		const heading = formatTextReport({ ...report, pageCount: 1 }).split('\n')[0];
		expect(heading).toBe('Search evals: 1 question in 1 set against dist/ (1 page indexed) in 0.1 s');
	});
});
