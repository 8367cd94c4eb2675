import { foldText, splitWords } from './tokens.ts';

/** One word of a customer's question, normalised. */
export interface QueryWord {
	/** The word as the index stores it (`e-mail` → `email`, `429s` → `429`). */
	term: string;
	/** The word as the customer typed it, for "Search instead for ...". */
	typed: string;
}

/** Negations customers type with or without the apostrophe. */
const NEGATIONS: Record<string, string> = {
	cant: 'can not',
	cannot: 'can not',
	wont: 'will not',
	dont: 'do not',
	doesnt: 'does not',
	didnt: 'did not',
	isnt: 'is not',
	arent: 'are not',
	wasnt: 'was not',
	werent: 'were not',
	couldnt: 'could not',
	wouldnt: 'would not',
	shouldnt: 'should not',
	havent: 'have not',
	hasnt: 'has not',
	hadnt: 'had not',
	aint: 'is not',
};

/**
 * Expands contractions so `can't`, `cant` and `cannot` all become `can not`, and drops
 * the endings `'s`, `'m`, `'re`, `'ve`, `'ll` and `'d` (`domain's` → `domain`).
 */
function expandContractions(folded: string): string {
	return folded
		.replace(/\b([a-z]+)n't\b/g, (_, stem: string) => `${stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem} not`)
		.replace(/\b([a-z]+)'(?:s|m|re|ve|ll|d)\b/g, '$1')
		.replace(/\b[a-z]+\b/g, (word) => NEGATIONS[word] ?? word);
}

/**
 * A question as words the index can match: case and compatibility forms folded, quotes
 * and punctuation dropped, contractions expanded, joined words kept whole
 * (`e-mail` → `email`), and a plural `s` after a number dropped (`429s` → `429`).
 */
export function normaliseQuery(query: string): QueryWord[] {
	const words: QueryWord[] = [];
	for (const word of splitWords(expandContractions(foldText(query)))) {
		const term = /^\d+s$/.test(word.joined) ? word.joined.slice(0, -1) : word.joined;
		words.push({ term, typed: word.text });
	}
	return words;
}
