import { describe, expect, test } from 'vitest';
import { wordReach } from '../../../src/search/word-reach.ts';

// The question "stop paying for my plan", searched as three groups.
const groups = ['stop', 'paying', 'plan'];
const page = (slug: string, ...heldGroups: number[]) => ({ slug, heldGroups });

describe('whether a missed answer is within reach of the customer’s words', () => {
	test('an article found by none of the words needs them: every searched word is lacking', () => {
		const results = [page('pricing', 1, 2), page('plans', 2)];
		expect(wordReach(results, ['cancel-subscription'], groups)).toEqual({
			held: 0,
			lacking: ['stop', 'paying', 'plan'],
			pagesHoldingMore: 2,
			wordGap: true,
		});
	});

	test('an article that three pages outdo in words held cannot rank in the first 3 on words alone', () => {
		const results = [page('a', 0, 1), page('b', 1, 2), page('c', 0, 2), page('cancel-subscription', 2)];
		expect(wordReach(results, ['cancel-subscription'], groups)).toEqual({
			held: 1,
			lacking: ['stop', 'paying'],
			pagesHoldingMore: 3,
			wordGap: true,
		});
	});

	test('an article only two pages outdo is the ranking’s miss, not the content’s', () => {
		const results = [page('a', 0, 1, 2), page('b', 0, 1, 2), page('c', 2), page('cancel-subscription', 0, 2)];
		expect(wordReach(results, ['cancel-subscription'], groups)).toMatchObject({
			held: 2,
			lacking: ['paying'],
			pagesHoldingMore: 2,
			wordGap: false,
		});
	});

	test('of several expected articles, the one holding most of the words counts', () => {
		const results = [page('a', 0, 1), page('b', 0, 1), page('c', 0, 1), page('faq', 2), page('cancel', 0, 1, 2)];
		expect(wordReach(results, ['faq', 'cancel'], groups)).toMatchObject({
			held: 3,
			lacking: [],
			pagesHoldingMore: 0,
			wordGap: false,
		});
	});

	test('a question with no searched words leaves nothing lacking but is still a gap', () => {
		expect(wordReach([], ['canvas'], [])).toEqual({ held: 0, lacking: [], pagesHoldingMore: 0, wordGap: true });
	});
});
