import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type SearchVocabularyFile, vocabularyFile } from '../../../src/search/build/search-files.ts';
import { openPagefind } from '../../../src/search/pagefind-node.ts';
import { type PagefindRanking, pagefindRanking } from '../../../src/search/ranking.ts';
import { type FixturePage, writeFixtureSite } from './fixture-site.ts';

/** A short article, another, and release notes ten times their length that mention most words of any question. */
const pages = JSON.parse(readFileSync('tests/fixtures/search/long-page/pages.json', 'utf8')) as FixturePage[];

async function firstResults(dist: string, ranking: PagefindRanking, query: string): Promise<string[]> {
	const index = await openPagefind(dist, ranking);
	try {
		return (await index.search(query, 3)).hits.map((hit) => hit.slug);
	} finally {
		await index.close();
	}
}

describe('the ranking search uses', () => {
	test('puts the short article about a question above a long page that mentions its words many times', async () => {
		const dist = await writeFixtureSite('tests/.output/search-ranking/long-page', { aliases: false, pages });
		const question = 'how do i make the app lock itself after a few minutes';
		expect((await firstResults(dist, pagefindRanking, question))[0]).toBe('vault-timeout');
		// Ranked by raw counts, with page length left out, the release notes come first.
		expect((await firstResults(dist, { ...pagefindRanking, pageLength: 0 }, question))[0]).toBe('release-notes');
	});
});

describe('the pipeline over a real index', () => {
	test('puts the article that says the question’s words together above a page that holds them apart', async () => {
		const wordsApart = JSON.parse(
			readFileSync('tests/fixtures/search/words-apart/pages.json', 'utf8'),
		) as FixturePage[];
		const dist = await writeFixtureSite('tests/.output/search-ranking/words-apart', {
			aliases: false,
			pages: wordsApart,
		});
		// Only the answer says them in one sentence; "card" is in another page's title, and
		// the troubleshooting page says "failing" three times and "card" once, far from them.
		const first = await firstResults(dist, pagefindRanking, 'why do I keep failing the same card');
		expect(first[0]).toBe('problem-notes');
	});

	test('finds the article that writes an acronym when a customer spells it out', async () => {
		const spelledOut = JSON.parse(
			readFileSync('tests/fixtures/search/spelled-out/pages.json', 'utf8'),
		) as FixturePage[];
		const dist = await writeFixtureSite('tests/.output/search-ranking/spelled-out', {
			aliases: false,
			pages: spelledOut,
		});
		// The migration article never spells out YNAB; the others say "budget" and "switching".
		expect((await firstResults(dist, pagefindRanking, 'switching from you need a budget'))[0]).toBe(
			'migrating-from-ynab',
		);
		// An acronym of three letters the pages never define is not one a customer spells
		// out: `and past issues` would be `api`. One they define is kept with its words, so
		// only those words spell it.
		const file = JSON.parse(readFileSync(vocabularyFile(dist), 'utf8')) as SearchVocabularyFile;
		expect(file.vocabulary.acronyms?.split(' ')).toEqual(['json', 'sso=single_sign_on', 'ynab']);
	});

	test('puts the page whose title is the question first, typed right or misspelt, above tutorials that say it more often', async () => {
		const tutorials = JSON.parse(
			readFileSync('tests/fixtures/search/title-below-tutorials/pages.json', 'utf8'),
		) as FixturePage[];
		const dist = await writeFixtureSite('tests/.output/search-ranking/title-below-tutorials', {
			aliases: false,
			pages: tutorials,
		});
		const index = await openPagefind(dist, pagefindRanking);
		try {
			for (const question of ['live preview', 'Live Preview?', 'live preveiw']) {
				expect((await index.search(question, 10)).hits[0]?.slug, question).toBe('live-preview');
			}
		} finally {
			await index.close();
		}
	});
});
