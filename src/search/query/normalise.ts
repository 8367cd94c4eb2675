import { englishQueries, type QueryLanguage } from './language.ts';
import { foldText, splitWords } from './tokens.ts';

/** One word of a customer's question, normalised. */
export interface QueryWord {
	/** The word as the index stores it (`e-mail` → `email`, `429s` → `429`). */
	term: string;
	/** The word as the customer typed it, for "Search instead for ...". */
	typed: string;
	/**
	 * The pieces of a word joined by `.`, `-`, `'` or `_` (`smtp.acme.com` → `smtp`,
	 * `acme`, `com`; `err_connection_refused` → `err`, `connection`, `refused`), empty
	 * for a plain word.
	 */
	pieces: string[];
	/**
	 * For a piece searched on its own, the pasted identifier it was taken from, so the
	 * question can be shown as typed (`smtp.acmemail.com`, not `smtp acmemail com`).
	 */
	of?: QueryWord;
}

/** What joins the pieces of a pasted identifier: Pagefind's joiners, and `_`, which it keeps inside words. */
const PIECE_JOINERS = /['._-]+/;

/**
 * A question as words the index can match: case and compatibility forms folded, quotes
 * and punctuation dropped, joined words kept whole (`e-mail` → `email`), and, in
 * English, contractions expanded and a plural `s` after a number dropped (`429s` → `429`).
 */
export function normaliseQuery(query: string, language: QueryLanguage = englishQueries): QueryWord[] {
	const words: QueryWord[] = [];
	for (const word of splitWords(language.expand(foldText(query)))) {
		const term = language.english && /^\d+s$/.test(word.joined) ? word.joined.slice(0, -1) : word.joined;
		const pieces = word.text.split(PIECE_JOINERS).filter(Boolean);
		words.push({ term, typed: word.text, pieces: pieces.length > 1 ? pieces : [] });
	}
	return words;
}
