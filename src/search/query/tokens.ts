/**
 * Words as the search index sees them. Pagefind folds case, keeps `_` inside words and
 * joins the parts of `e-mail`, `can't` or `4.7.28` into one word (`email`, `cant`,
 * `4728`), indexing the parts too. The vocabulary and the query pipeline both split
 * text with these functions, so a word means the same thing on both sides.
 */

/**
 * A run of letters, digits and `_`, with `-`, `.` or `'` only between two such
 * characters. Marks belong to their letter: a vowel sign of Hindi or an accent NFKC
 * cannot join to its letter does not split a word.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['.-][\p{L}\p{M}\p{N}_]+)*/gu;
const JOINERS = /['.-]/g;

/** Lower case, compatibility forms folded (full-width letters, ligatures), curly quotes straightened. */
export function foldText(text: string): string {
	return foldApostrophes(text.normalize('NFKC').toLowerCase());
}

/** Curly quotes, modifier letters and backticks typed as apostrophes, as `'`: one character for one. */
export function foldApostrophes(text: string): string {
	return text.replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'");
}

export interface Word {
	/** The word as the index stores it: joiners removed (`e-mail` → `email`). */
	joined: string;
	/** Its parts when it had joiners (`e`, `mail`), else empty. */
	parts: string[];
	/** The text as typed (folded). */
	text: string;
}

/** Splits folded text into words. */
export function splitWords(folded: string): Word[] {
	const words: Word[] = [];
	for (const match of folded.matchAll(WORD)) {
		const text = match[0];
		if (!/['.-]/.test(text)) {
			words.push({ joined: text, parts: [], text });
			continue;
		}
		words.push({ joined: text.replace(JOINERS, ''), parts: text.split(JOINERS).filter(Boolean), text });
	}
	return words;
}

/** Every distinct index word in a text, parts of joined words included: what the vocabulary counts. */
export function indexWords(text: string): Set<string> {
	const found = new Set<string>();
	for (const word of splitWords(foldText(text))) {
		found.add(word.joined);
		for (const part of word.parts) found.add(part);
	}
	return found;
}
