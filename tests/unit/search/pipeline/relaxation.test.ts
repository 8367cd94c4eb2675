import { describe, expect, test } from 'vitest';
import type { SearchBackend } from '../../../../src/search/query/engine.ts';
import { searchPipeline } from '../../../../src/search/query/engine.ts';
import { englishQueries, queryLanguage } from '../../../../src/search/query/language.ts';
import {
	alternativeWeight,
	bestStretch,
	combineAlternatives,
	discountPrefixMatches,
	favourTroubleshooting,
	groupWeight,
	mergeGroups,
	PREFIX_ONLY_WEIGHT,
	PROXIMITY_WINDOW,
	TROUBLESHOOTING_BOOST,
} from '../../../../src/search/query/merge.ts';
import { RelatedWords } from '../../../../src/search/query/related.ts';
import { compileSynonyms } from '../../../../src/search/query/synonyms.ts';
import { indexWords } from '../../../../src/search/query/tokens.ts';
import { Vocabulary } from '../../../../src/search/query/vocabulary.ts';

/** A tiny index that behaves like Pagefind: every word must be on a page, a word matches longer words it starts. */
function fakeIndex(pages: Record<string, string>): { backend: SearchBackend; vocabulary: Vocabulary; asked: string[] } {
	const words = Object.fromEntries(Object.entries(pages).map(([id, text]) => [id, [...indexWords(text)]]));
	const asked: string[] = [];
	const counts = new Map<string, number>();
	for (const list of Object.values(words)) for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
	const sorted = [...counts.keys()].sort();
	const vocabulary = new Vocabulary({
		pages: Object.keys(pages).length,
		words: sorted.join(' '),
		counts: sorted.map((word) => counts.get(word) as number),
	});
	const backend: SearchBackend = {
		pages: Object.keys(pages).length,
		async search(query, _filters, exact) {
			asked.push(exact ? `"${query}"` : query);
			const terms = query.split(' ');
			return Object.entries(words)
				.filter(([, list]) =>
					terms.every((term) => list.some((word) => (exact ? word === term : word.startsWith(term)))),
				)
				.map(([id, list]) => ({
					id,
					score: terms.reduce((sum, term) => sum + list.filter((word) => word.startsWith(term)).length, 0),
				}));
		},
	};
	return { backend, vocabulary, asked };
}

const pages = {
	pending: 'Why is my domain stuck on pending? The DNS records are not found yet.',
	verify: 'Verify your domain: add the DNS records, then wait.',
	spam: 'Why are my emails landing in spam? Check authentication.',
	limits: 'API rate limits: too many requests return 429.',
	owner: 'Transfer ownership of the account to another owner.',
};

describe('merging what each group found', () => {
	test('a page that holds more of the question ranks above one that holds fewer', () => {
		const merged = mergeGroups(
			[
				{
					hits: new Map([
						['a', 2],
						['b', 2],
					]),
				},
				{ hits: new Map([['a', 1]]) },
				{
					hits: new Map([
						['a', 1],
						['c', 3],
					]),
				},
			],
			10,
		);
		expect(merged.map((result) => [result.id, result.matched])).toEqual([
			['a', 3],
			['c', 1],
			['b', 1],
		]);
		expect(merged[0]?.coverage).toBe(1);
	});

	test('a page about both words ranks above one that names one in its title and the other in passing', () => {
		const titled = 'names one word in its title';
		const about = 'about both words';
		const merged = mergeGroups(
			[
				{
					hits: new Map([
						[titled, 8],
						[about, 4],
					]),
				},
				{
					hits: new Map([
						[titled, 0.5],
						[about, 4],
					]),
				},
			],
			10,
		);
		expect(merged.map((result) => result.id)).toEqual([about, titled]);
		// Both hold every word: coverage says what they hold, not how strongly.
		expect(merged.map((result) => result.coverage)).toEqual([1, 1]);
	});

	test('a page that says the question’s words together ranks above one that holds them apart', () => {
		const apart = 'holds them in different sections';
		const together = 'says them in one sentence';
		const merged = mergeGroups(
			[
				{
					hits: new Map([
						[apart, 3],
						[together, 2],
					]),
					positions: new Map([
						[apart, [4, 12]],
						[together, [40]],
					]),
				},
				{
					hits: new Map([
						[apart, 3],
						[together, 2],
					]),
					positions: new Map([
						[apart, [400]],
						[together, [43]],
					]),
				},
			],
			10,
		);
		expect(merged.map((result) => result.id)).toEqual([together, apart]);
		// Both hold every word.
		expect(merged.map((result) => result.coverage)).toEqual([1, 1]);
	});

	test('the stretch of a page holding most of the question within the window counts', () => {
		const window = PROXIMITY_WINDOW;
		// Group 2 stands a window away from 0 and 1: alone, its weight (4) beats theirs together (3).
		expect(
			bestStretch(
				[
					[0, 0, 1],
					[5, 1, 2],
					[5 + window, 2, 4],
				],
				window,
			),
		).toBe(4);
		expect(
			bestStretch(
				[
					[0, 0, 1],
					[5, 1, 2],
					[window - 1, 2, 4],
				],
				window,
			),
		).toBe(7);
		// A group said twice counts once.
		expect(
			bestStretch(
				[
					[0, 0, 1],
					[1, 0, 1],
				],
				window,
			),
		).toBe(1);
	});

	test('a word on nearly every page counts for little', () => {
		expect(groupWeight(1, 100)).toBeGreaterThan(groupWeight(50, 100));
		expect(groupWeight(99, 100)).toBeLessThan(0.02);
	});

	test('alternatives count by kind, and a page only matched through a longer word counts less', () => {
		const group = combineAlternatives([
			{ kind: 'typed', hits: [{ id: 'a', score: 1 }] },
			{
				kind: 'synonym',
				hits: [
					{ id: 'a', score: 2 },
					{ id: 'b', score: 2 },
				],
			},
		]);
		expect(group.hits.get('a')).toBeCloseTo(1.7);
		expect(
			discountPrefixMatches(
				[
					{ id: 'a', score: 2 },
					{ id: 'b', score: 2 },
				],
				new Set(['a']),
			),
		).toEqual([
			{ id: 'a', score: 2 },
			{ id: 'b', score: 2 * PREFIX_ONLY_WEIGHT, prefixOnly: true },
		]);
	});

	test('a page holding only longer words starting with the customer’s covers that part of the question in part', () => {
		// "program in c": `board-in-c` holds the word `c`; `cable` holds only words starting with it, with more of them.
		const c = combineAlternatives([
			{
				kind: 'typed',
				hits: discountPrefixMatches(
					[
						{ id: 'board-in-c', score: 0.2 },
						{ id: 'cable', score: 1 },
					],
					new Set(['board-in-c']),
				),
			},
		]);
		expect(c.credit?.get('board-in-c')).toBe(1);
		expect(c.credit?.get('cable')).toBe(PREFIX_ONLY_WEIGHT);
		const program = {
			hits: new Map([
				['board-in-c', 1],
				['cable', 1.2],
			]),
		};
		const others = { hits: new Map(Array.from({ length: 30 }, (_, n) => [`page-${n}`, 1] as [string, number])) };
		const merged = mergeGroups([program, c, others], 40);
		expect(merged[0]?.id).toBe('board-in-c');
		expect(merged.find((page) => page.id === 'cable')?.heldGroups).toEqual([0]);
	});
});

describe('related words from WordNet', () => {
	test("count on the customer's own word's scale, however rare the related word is", () => {
		// `run` is on many pages with low scores; `trial` is in one title with a high one.
		const group = combineAlternatives([
			{
				kind: 'typed',
				hits: [
					{ id: 'install', score: 2 },
					{ id: 'cli', score: 1 },
				],
			},
			{ kind: 'related', hits: [{ id: 'trial', score: 30 }] },
		]);
		expect(group.hits.get('install')).toBe(2);
		// Its best page scores as the typed word's best page would, times the kind's weight.
		expect(group.hits.get('trial')).toBeCloseTo(2 * alternativeWeight.related);
	});

	test('a page holding only a related word covers its part of the question in part', () => {
		const group = combineAlternatives([
			{ kind: 'typed', hits: [{ id: 'a', score: 1 }] },
			{ kind: 'loose', hits: [{ id: 'b', score: 1 }] },
		]);
		expect(group.credit?.get('a')).toBe(1);
		expect(group.credit?.get('b')).toBe(alternativeWeight.loose);
		const merged = mergeGroups([group, { hits: new Map([['b', 1]]) }], 10);
		expect(merged.find((result) => result.id === 'b')?.coverage).toBeLessThan(1);
	});

	test('are loaded only for a question with a word the vocabulary lacks, and change only those words', async () => {
		const { backend, vocabulary, asked } = fakeIndex(pages);
		let loads = 0;
		const letters: string[][] = [];
		const loadRelated = async (wanted: string[]) => {
			loads += 1;
			letters.push(wanted);
			return new RelatedWords('bill:invoice quota:|limits');
		};
		await searchPipeline(backend, 'domain pending', { vocabulary, synonyms: [], loadRelated });
		expect(loads).toBe(0);
		const { plan, results } = await searchPipeline(backend, 'api quota', { vocabulary, synonyms: [], loadRelated });
		expect(loads).toBe(1);
		// Only the parts of the map for the question's first letters.
		expect(letters).toEqual([['a', 'q']]);
		expect(plan.groups.map((group) => group.alternatives)).toEqual([
			[{ query: 'api', kind: 'typed' }],
			[{ query: 'limits', kind: 'loose' }],
		]);
		expect(results[0]?.id).toBe('limits');
		expect(asked).toContain('limits');
	});

	test('leave out an English word the help center lacks rather than find a word it only looks like', async () => {
		const { backend, vocabulary } = fakeIndex(pages);
		const without = await searchPipeline(backend, 'emails sending', { vocabulary, synonyms: [] });
		expect(without.plan.corrections).toEqual([{ from: 'sending', to: 'pending' }]);
		expect(without.results.map((result) => result.id)).toContain('pending');
		const loadRelated = async () => new RelatedWords('send:');
		const { plan, results } = await searchPipeline(backend, 'emails sending', {
			vocabulary,
			synonyms: [],
			loadRelated,
		});
		expect(plan.corrections).toEqual([]);
		expect(plan.unknown).toEqual(['sending']);
		expect(results.map((result) => result.id)).toEqual(['spam']);
	});

	test('a map that cannot be loaded leaves the question as it would be without one', async () => {
		const { backend, vocabulary } = fakeIndex(pages);
		const loadRelated = () => Promise.reject(new Error('offline'));
		const { plan } = await searchPipeline(backend, 'verfy domain', { vocabulary, synonyms: [], loadRelated });
		expect(plan.corrections).toEqual([{ from: 'verfy', to: 'verify' }]);
	});
});

describe('relaxation', () => {
	test('a whole sentence no page holds in full still finds the page holding most of it', async () => {
		const { backend, vocabulary } = fakeIndex(pages);
		const strict = await backend.search('domain still pending after two days', {});
		expect(strict).toEqual([]);
		const { results } = await searchPipeline(backend, 'why is my domain still pending after two days', {
			vocabulary,
			synonyms: [],
		});
		expect(results[0]?.id).toBe('pending');
	});

	test('a question with any word the index holds never comes back empty', async () => {
		const { backend, vocabulary } = fakeIndex(pages);
		for (const query of ['xylophone domain', 'my emails please', 'recieve spam', '429 xyzzy']) {
			const { results } = await searchPipeline(backend, query, { vocabulary, synonyms: [] });
			expect(results.length, query).toBeGreaterThan(0);
		}
		const { results } = await searchPipeline(backend, 'xylophone quartet', { vocabulary, synonyms: [] });
		expect(results).toEqual([]);
	});

	test("synonyms find the pages that use the knowledge base's word", async () => {
		const { backend, vocabulary } = fakeIndex(pages);
		const synonyms = compileSynonyms({ junk: 'spam', throttled: 'rate limits' });
		const { results } = await searchPipeline(backend, 'mails going to junk', { vocabulary, synonyms });
		expect(results[0]?.id).toBe('spam');
		const throttled = await searchPipeline(backend, 'getting throttled', { vocabulary, synonyms });
		expect(throttled.results[0]?.id).toBe('limits');
	});

	test('a word matched only as the start of a longer word ranks below the word itself', async () => {
		const { backend, vocabulary, asked } = fakeIndex({ ...pages, own: 'Use your own domain.' });
		const { results } = await searchPipeline(backend, 'own', { vocabulary, synonyms: [] });
		expect(results.map((result) => result.id)).toEqual(['own', 'owner']);
		expect(asked).toEqual(['own', '"own"']);
	});

	test('a word on nearly every page is not searched, unless the question holds nothing else', async () => {
		const { backend, vocabulary, asked } = fakeIndex({
			spam: 'Acme mail landing in spam.',
			limits: 'Acme rate limits.',
			domain: 'Acme domains.',
		});
		const { results } = await searchPipeline(backend, 'acme spam', { vocabulary, synonyms: [] });
		expect(results.map((result) => result.id)).toEqual(['spam']);
		expect(asked).toEqual(['spam']);
		const alone = await searchPipeline(backend, 'acme', { vocabulary, synonyms: [] });
		expect(alone.results).toHaveLength(3);
	});

	test('a word no longer word starts with is searched once, not again to tell prefix matches apart', async () => {
		const { backend, vocabulary, asked } = fakeIndex(pages);
		await searchPipeline(backend, 'spam authentication', { vocabulary, synonyms: [] });
		expect(asked).toEqual(['spam', 'authentication']);
	});
});

describe('questions that report trouble', () => {
	const site = {
		dashboard: 'The dashboard: visitors, pageviews and sources. Read the visitors graph on the dashboard.',
		troubleshooting: 'Troubleshooting. The dashboard shows no visitors? Check that the script is installed.',
		goals: 'Goals count visitors who reach a page. Known issues with goals are listed in the changelog.',
	};
	const ids = (results: { id: string }[]) => results.map((result) => result.id);

	test('a question saying something is wrong finds the troubleshooting page first', async () => {
		const { backend, vocabulary, asked } = fakeIndex(site);
		const plain = await searchPipeline(backend, 'dashboard visitors', { vocabulary, synonyms: [] });
		expect(ids(plain.results)[0]).toBe('dashboard');
		expect(asked).not.toContain('troubleshooting');
		for (const question of [
			'dashboard visitors are zero',
			'dashboard not showing visitors',
			"visitors don't show on the dashboard",
		]) {
			const { results } = await searchPipeline(backend, question, { vocabulary, synonyms: [] });
			expect(ids(results)[0], question).toBe('troubleshooting');
		}
	});

	test('a failed search for troubleshooting pages leaves the question answered, unlifted', async () => {
		const { backend, vocabulary } = fakeIndex(site);
		const failing: SearchBackend = {
			pages: backend.pages,
			search: (query, filters, exact) =>
				/troubleshoot|issues|problems/.test(query)
					? Promise.reject(new Error('chunk failed to load'))
					: backend.search(query, filters, exact),
		};
		const { results } = await searchPipeline(failing, 'dashboard visitors are zero', { vocabulary, synonyms: [] });
		expect(ids(results)[0]).toBe('dashboard');
	});

	test('a page only mentioning issues in passing, or holding none of the question, is not lifted', () => {
		const merged = [
			{ id: 'dashboard', score: 4, matched: 2, coverage: 1, heldGroups: [0, 1] },
			{ id: 'goals', score: 3.5, matched: 1, coverage: 0.5, heldGroups: [0] },
		];
		const hits = [
			{ id: 'troubleshooting', score: 10 },
			{ id: 'goals', score: 2 },
		];
		const lifted = favourTroubleshooting(merged, hits);
		expect(lifted).toEqual(merged);
		const strong = favourTroubleshooting(merged, [{ id: 'goals', score: 10 }]);
		expect(ids(strong)).toEqual(['goals', 'dashboard']);
		expect(strong[0]?.score).toBeCloseTo(3.5 * (1 + TROUBLESHOOTING_BOOST));
	});

	test('another language, or a help center with no troubleshooting page, searches as before', async () => {
		const { backend, vocabulary, asked } = fakeIndex({
			dashboard: site.dashboard,
			goals: site.goals.replace('issues', 'notes'),
		});
		const { results } = await searchPipeline(backend, 'dashboard visitors are zero', { vocabulary, synonyms: [] });
		expect(ids(results)[0]).toBe('dashboard');
		expect(asked.filter((query) => /troubleshoot|issues|problems/.test(query))).toEqual([]);
		expect(queryLanguage({ tag: 'de', stopWords: 'der die das' }).reportsTrouble(['not', 'zero'])).toBe(false);
		expect(englishQueries.reportsTrouble(['zero'])).toBe(true);
		expect(englishQueries.reportsTrouble(['export', 'invoices'])).toBe(false);
	});
});
