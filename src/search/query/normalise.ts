import { englishQueries, type QueryLanguage } from './language.ts';
import { foldText, splitWords } from './tokens.ts';

/** One word of a customer's question, normalised. */
export interface QueryWord {
	/** The word as the index stores it (`e-mail` → `email`, `429s` → `429`). */
	term: string;
	/** The word as the customer typed it, for "Search instead for ...". */
	typed: string;
}

/**
 * A question as words the index can match: case and compatibility forms folded, quotes
 * and punctuation dropped, joined words kept whole (`e-mail` → `email`), and, in
 * English, contractions expanded and a plural `s` after a number dropped (`429s` → `429`).
 */
export function normaliseQuery(query: string, language: QueryLanguage = englishQueries): QueryWord[] {
	const words: QueryWord[] = [];
	for (const word of splitWords(language.expand(foldText(query)))) {
		const term = language.english && /^\d+s$/.test(word.joined) ? word.joined.slice(0, -1) : word.joined;
		words.push({ term, typed: word.text });
	}
	return words;
}
