import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { vocabularyFile } from '../../../src/search/build/search-files.ts';
import { buildSuggestions } from '../../../src/search/build/suggestions.ts';
import { buildVocabulary } from '../../../src/search/build/vocabulary-builder.ts';
import { openPagefind } from '../../../src/search/pagefind-node.ts';
import { pagefindRanking } from '../../../src/search/ranking.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { writeFixtureSite } from './fixture-site.ts';

describe('the vocabulary file', () => {
	test('counts each word once per page, from the title, metadata, headings and body', () => {
		const vocabulary = buildVocabulary([
			{
				url: '/articles/a/',
				content: 'Verify your domain. Add the TXT record; verify again.',
				meta: { title: 'Verify your domain', aliases: 'dkim not found' },
				anchors: [{ text: 'Step 1: Add the domain' }],
			},
			{ url: '/articles/b/', content: 'E-mail lands in spam.', meta: { title: 'Spam' } },
		]);
		const counts = Object.fromEntries(
			vocabulary.words.split(' ').map((word, index) => [word, vocabulary.counts[index]]),
		);
		expect(vocabulary.pages).toBe(2);
		expect(counts).toMatchObject({ verify: 1, domain: 1, dkim: 1, step: 1, spam: 1, email: 1, e: 1, mail: 1 });
		expect(vocabulary.words.split(' ')).toEqual([...vocabulary.words.split(' ')].sort());
	});

	test('leaves out keys, hashes and long ids no one searches for', () => {
		const vocabulary = buildVocabulary([
			{ url: '/a/', content: 'key re_8f2c9d1e7a6b5c4d and id 12345678 and webhook', meta: {} },
		]);
		expect(vocabulary.words).toBe('and id key webhook');
	});

	test('is written, empty, for a help center that has no articles yet, whose search finds nothing', async () => {
		const dir = await writeFixtureSite(temporaryDir('empty-site'), {
			aliases: false,
			pages: [],
		});
		const file = JSON.parse(readFileSync(vocabularyFile(dir), 'utf8'));
		expect(file.vocabulary).toMatchObject({ pages: 0, words: '' });
		const index = await openPagefind(dir, pagefindRanking);
		try {
			expect((await index.search('reset my password', 3)).hits).toEqual([]);
		} finally {
			await index.close();
		}
	});
});

describe('the no-results suggestions', () => {
	test('offer each product area its most-linked published articles, busiest area first', () => {
		const article = (slug: string, productArea: string, tickets: number) => ({
			slug,
			title: `Title ${slug}`,
			description: `About ${slug}`,
			productArea,
			url: `/articles/${slug}/`,
			tickets,
		});
		const suggestions = buildSuggestions({
			supportUrl: 'https://example.com/support',
			areas: [
				{ id: 'billing', label: 'Billing', description: 'Invoices and plans' },
				{ id: 'domains', label: 'Domains' },
				{ id: 'empty', label: 'Empty' },
			],
			areaUrl: (id) => `/areas/${id}/`,
			articles: [article('a', 'billing', 1), article('b', 'domains', 9), article('c', 'billing', 4)],
		});
		expect(suggestions.areas.map((area) => [area.id, area.articles.map((entry) => entry.url)])).toEqual([
			['domains', ['/articles/b/']],
			['billing', ['/articles/c/', '/articles/a/']],
		]);
		expect(suggestions.areas[1]?.words).toEqual(['billing', 'invoices', 'plans', 'title']);
	});
});
