import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addEnglishVocabulary, wordsByFrequency } from '../../../src/bench/search-corpus.ts';
import { readWordNet } from '../../../src/search/build/wordnet.ts';

const dir = 'tests/.output/search-corpus';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the search benchmark corpus', () => {
	test("orders WordNet's one-word lemmas by how often its tagged corpus uses them", () => {
		const words = wordsByFrequency(readWordNet('tests/fixtures/search/wordnet'));
		expect(words.slice(0, 4)).toEqual(['leave', 'big', 'remove', 'bill']);
		expect(words).not.toContain('get_rid_of');
	});

	test('gives every generated article the same words on every run, common words most often', () => {
		const write = () => {
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(path.join(dir, 'articles'), { recursive: true });
			for (const name of ['a.md', 'b.md']) writeFileSync(path.join(dir, 'articles', name), '# Title\n');
			addEnglishVocabulary(dir, ['alpha', 'beta', 'gamma', 'delta'], { wordsPerArticle: 400 });
			return ['a.md', 'b.md'].map((name) => readFileSync(path.join(dir, 'articles', name), 'utf8'));
		};
		const first = write();
		expect(write()).toEqual(first);
		expect(first[0]).toMatch(/^# Title\n\n## Background\n\n[A-Z]/);
		expect(first[0]).not.toEqual(first[1]);
		const count = (word: string) =>
			first[0]
				?.toLowerCase()
				.split(/\W+/)
				.filter((each) => each === word).length ?? 0;
		expect(count('alpha')).toBeGreaterThan(count('delta'));
	});
});
