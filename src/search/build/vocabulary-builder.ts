import { indexWords } from '../query/tokens.ts';
import type { VocabularyData } from '../query/vocabulary.ts';
import { fragmentText, type PagefindFragment } from './pagefind-fragments.ts';

/** Words search can never use: very long tokens (hashes, URLs run together) and long digit runs (ids). */
function isUseful(word: string): boolean {
	if (word.length > 24) return false;
	if (/^\d{7,}$/.test(word)) return false;
	// Past 12 characters, letters and digits that alternate again and again are keys
	// and hashes (`8f2c9d1e7a6b`), not words (`http2`, `error_code_12` stay).
	const switches = word.match(/(?<=\d)[a-z]|(?<=[a-z])\d/g)?.length ?? 0;
	return !(word.length > 12 && switches >= 3);
}

/**
 * The vocabulary of an index: every word of every page (title, description, aliases,
 * headings and body, as the index holds them) with the number of pages it is on.
 * Built from the written index, so it holds exactly what the build published.
 */
export function buildVocabulary(fragments: readonly PagefindFragment[]): VocabularyData {
	const counts = new Map<string, number>();
	for (const fragment of fragments) {
		for (const word of indexWords(fragmentText(fragment))) {
			if (isUseful(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const words = [...counts.keys()].sort();
	return { pages: fragments.length, words: words.join(' '), counts: words.map((word) => counts.get(word) as number) };
}
