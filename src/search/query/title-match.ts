import { englishQueries, type QueryLanguage } from './language.ts';
import { normaliseQuery } from './normalise.ts';

/** A question or a title as the words it holds: case, punctuation, quotes and contractions aside. */
export function titleKey(text: string, language: QueryLanguage = englishQueries): string {
	return normaliseQuery(text, language)
		.map((word) => word.term)
		.join(' ');
}

/** A word without a plural ending (`machines` → `machine`, `policies` → `policy`, `boxes` → `box`); `access` stays. */
function singular(word: string): string {
	if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
	if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
	if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
	return word;
}

/**
 * A question or a title as the words that say what it is about, each in the singular
 * (in English only) and once, in any order: "State machines" and "state machine" meet,
 * "Reset your password" and "how do I reset my password", and "Signatures (Email)" and
 * "email signature". Empty when every word is filler.
 */
export function looseTitleKey(text: string, language: QueryLanguage = englishQueries): string {
	const words = normaliseQuery(text, language)
		.map((word) => word.term)
		.filter((term) => !language.isStopWord(term))
		.map((term) => (language.english ? singular(term) : term));
	return [...new Set(words)].sort().join(' ');
}

/**
 * The last step of the query pipeline, over the first results' pages, which the search
 * boxes and the eval load to show them anyway (so it costs no request): the page whose
 * title is the question itself comes first. A customer who types a page's title
 * ("Pen tool") wants that page, not a longer one that holds the same words more often
 * ("Pen tool tips", or a tutorial per framework that each says "live preview" more than
 * the Live Preview page). A title that is the question word for word wins wherever it
 * is among the pages shown; failing one, a title of exactly the question's meaningful
 * words, in any order and form, filler and parentheses aside ("state machines",
 * "reset my password", "Signatures (Email)" for "email signature"), wherever it is too;
 * a title with one word more ("Signatures (Google Email)") is another page, and does
 * not move. Of several, the first shown moves. The order is otherwise kept, and
 * nothing moves when the first result's title is the question or no title is.
 */
export function titleFirst<Page>(
	pages: readonly Page[],
	query: string,
	titleOf: (page: Page) => string | undefined,
	language: QueryLanguage = englishQueries,
): Page[] {
	if (pages.length < 2) return [...pages];
	const titledAs = (keyOf: (text: string, language: QueryLanguage) => string): number => {
		const key = keyOf(query, language);
		if (key === '') return -1;
		return pages.findIndex((page) => {
			const title = titleOf(page);
			return title !== undefined && keyOf(title, language) === key;
		});
	};
	const exact = titledAs(titleKey);
	const at = exact === -1 ? titledAs(looseTitleKey) : exact;
	if (at <= 0) return [...pages];
	return [pages[at] as Page, ...pages.slice(0, at), ...pages.slice(at + 1)];
}
