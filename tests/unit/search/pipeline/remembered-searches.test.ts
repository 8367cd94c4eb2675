import { describe, expect, test } from 'vitest';
import { type PagefindBackend, rememberSearches } from '../../../../src/search/pagefind-backend.ts';
import { searchPipeline } from '../../../../src/search/query/engine.ts';
import { fixtureVocabulary } from './vocabulary-fixture.ts';

/** A backend over a few pages that records every search put to it. */
function countingBackend(options: { failFirst?: string } = {}) {
	const asked: string[] = [];
	const pages: Record<string, string> = {
		'verify-domain': 'verify your domain dns records',
		'domain-pending': 'domain stuck on pending dns',
		'spam-folder': 'emails land in spam',
	};
	let failed = false;
	const backend: PagefindBackend = {
		pages: Object.keys(pages).length,
		async search(query, filters, exact = false) {
			asked.push(`${exact ? '=' : ''}${query}${Object.keys(filters).length > 0 ? ` ${JSON.stringify(filters)}` : ''}`);
			if (query === options.failFirst && !failed) {
				failed = true;
				throw new Error('the index chunk did not load');
			}
			const words = query.split(' ');
			return Object.entries(pages)
				.filter(([, text]) => words.every((word) => text.split(' ').some((term) => term.startsWith(word))))
				.map(([id]) => ({ id, score: 1 }));
		},
		page: (id) =>
			Promise.resolve({ url: `/articles/${id}/`, excerpt: '', content: '', meta: {}, filters: {}, sub_results: [] }),
	};
	return { backend, asked };
}

describe('searches remembered while the customer types', () => {
	const vocabulary = fixtureVocabulary();

	test('a question one word longer searches only the new word', async () => {
		const { backend, asked } = countingBackend();
		const remembered = rememberSearches(backend);
		const first = await searchPipeline(remembered, 'domain', { vocabulary, synonyms: [] });
		const before = asked.length;
		const second = await searchPipeline(remembered, 'domain pending', { vocabulary, synonyms: [] });
		expect(asked.slice(before).every((search) => !/^=?domain$/.test(search))).toBe(true);
		expect(asked.slice(before)).toContain('pending');
		// Remembering changes what is asked, never what is found.
		const fresh = await searchPipeline(countingBackend().backend, 'domain pending', { vocabulary, synonyms: [] });
		expect(second.results).toEqual(fresh.results);
		expect(first.results.map((result) => result.id)).toContain('verify-domain');
	});

	test('other filters, or an exact search, are other searches', async () => {
		const { backend, asked } = countingBackend();
		const remembered = rememberSearches(backend);
		await remembered.search('domain', {});
		await remembered.search('domain', { area: ['email'] });
		await remembered.search('domain', {}, true);
		await remembered.search('domain', { area: ['email'] });
		expect(asked).toEqual(['domain', 'domain {"area":["email"]}', '=domain']);
	});

	test('keeps the most recent searches only, and forgets on request', async () => {
		const { backend, asked } = countingBackend();
		const remembered = rememberSearches(backend, 2);
		for (const word of ['domain', 'spam', 'domain', 'verify', 'spam']) await remembered.search(word, {});
		// `spam` was the oldest when `verify` came, so it is searched again.
		expect(asked).toEqual(['domain', 'spam', 'verify', 'spam']);
		remembered.forget();
		await remembered.search('verify', {});
		expect(asked.at(-1)).toBe('verify');
		expect(asked).toHaveLength(5);
	});

	test('a search that failed is tried again, not remembered', async () => {
		const { backend, asked } = countingBackend({ failFirst: 'domain' });
		const remembered = rememberSearches(backend);
		await expect(remembered.search('domain', {})).rejects.toThrow('did not load');
		await expect(remembered.search('domain', {})).resolves.toHaveLength(2);
		expect(asked).toEqual(['domain', 'domain']);
	});
});
