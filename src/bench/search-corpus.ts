import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { WordNet } from '../search/build/wordnet.ts';
import { sequence } from './synthetic.ts';

/**
 * English words ordered as a frequency list would order them: the words WordNet's
 * tagged corpus uses most first, then the rest alphabetically. Only one-word lemmas
 * of three letters or more.
 */
export function wordsByFrequency(wordnet: WordNet): string[] {
	const tagged = (word: string) => (wordnet.lemmas.get(word) ?? []).reduce((sum, entry) => sum + entry.tagged, 0);
	return [...wordnet.lemmas.keys()]
		.filter((word) => /^[a-z]{3,}$/.test(word))
		.map((word) => ({ word, tagged: tagged(word) }))
		.sort((a, b) => b.tagged - a.tagged || a.word.localeCompare(b.word))
		.map(({ word }) => word);
}

/**
 * Appends to every generated article a section of words drawn by Zipf's law (the word
 * of rank r about 1/r as often as the first) from the `lexicon` most frequent of
 * `words`, so 1000 generated articles have about the vocabulary real help centers have
 * (about 14,000 words: three real ones hold 5,000 to 6,200 words at 130 to 180
 * articles, and Heaps' law grows that to 13,000 to 16,000 at 1000), not the few hundred
 * words the generator's templates repeat. The search benchmark measures correction,
 * the vocabulary file and the related-word map on it.
 */
export function addEnglishVocabulary(
	contentDir: string,
	words: readonly string[],
	options: { lexicon?: number; wordsPerArticle?: number } = {},
): void {
	const { lexicon = 15_000, wordsPerArticle = 200 } = options;
	const drawn = words.slice(0, lexicon);
	const harmonic: number[] = [];
	let sum = 0;
	for (let rank = 1; rank <= drawn.length; rank++) {
		sum += 1 / rank;
		harmonic.push(sum);
	}
	const pick = (random: () => number) => {
		const target = random() * sum;
		let low = 0;
		let high = harmonic.length - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((harmonic[middle] as number) < target) low = middle + 1;
			else high = middle;
		}
		return drawn[low] as string;
	};
	const dir = path.join(contentDir, 'articles');
	readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.forEach((name, index) => {
			const random = sequence(index + 7919);
			const sentences: string[] = [];
			for (let count = 0; count < wordsPerArticle; count += 13) {
				const sentence = Array.from({ length: 13 }, () => pick(random)).join(' ');
				sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
			}
			appendFileSync(path.join(dir, name), `\n## Background\n\n${sentences.join(' ')}\n`);
		});
}
