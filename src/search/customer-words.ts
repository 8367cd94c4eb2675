import { englishQueries, type QueryLanguage } from './query/language.ts';
import { normaliseQuery } from './query/normalise.ts';

/** A word customers wrote about an article that the article does not use, and in how many tickets. */
export interface CustomerWord {
	word: string;
	tickets: number;
}

export interface ArticleCustomerWords {
	slug: string;
	/** Tickets linked to the article whose subject search did not put it in the first 3. */
	missed: number;
	/** Their words the article lacks, most tickets first. */
	words: CustomerWord[];
}

/** Words listed per article: the ones worth an alias or a synonym come first, the tail is noise. */
export const WORDS_PER_ARTICLE = 6;

/**
 * The words of a text as the index holds them (normalised as search normalises a
 * question), sorted, so a word's prefix can be looked up: the index matches a
 * customer's word to any word starting with it (`bounc` finds `bounced`).
 */
export function indexedWords(text: string, language: QueryLanguage = englishQueries): string[] {
	return [...new Set(normaliseQuery(text, language).map((word) => word.term))].sort();
}

/** Whether a sorted word list holds a word starting with `prefix`. */
function holdsPrefix(sorted: readonly string[], prefix: string): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] as string) < prefix) low = middle + 1;
		else high = middle;
	}
	return sorted[low]?.startsWith(prefix) ?? false;
}

/** Whether the article holds the word in some form search matches: itself, or a form of its base. */
function articleUses(sorted: readonly string[], word: string, language: QueryLanguage): boolean {
	return language.baseForms(word).some((form) => holdsPrefix(sorted, form));
}

/**
 * For tickets search did not answer, the words their subjects hold that the linked
 * article does not use, counted per article: the customers' own words for what the
 * article is about (`junk` for an article about spam), which an alias on the article or
 * a line in the synonyms file would teach search. Stop words and one-letter words are
 * left out; a word counts once per ticket.
 */
export function missingCustomerWords(
	missed: readonly { subject: string; answers: readonly string[] }[],
	articleText: (slug: string) => string | undefined,
	language: QueryLanguage = englishQueries,
): ArticleCustomerWords[] {
	const wordsOf = new Map<string, string[] | undefined>();
	const byArticle = new Map<string, { missed: number; counts: Map<string, number> }>();
	for (const ticket of missed) {
		const subjectWords = new Set(
			normaliseQuery(ticket.subject, language)
				.map((word) => word.term)
				.filter((term) => term.length > 1 && !language.isStopWord(term)),
		);
		for (const slug of new Set(ticket.answers)) {
			if (!wordsOf.has(slug)) {
				const text = articleText(slug);
				wordsOf.set(slug, text === undefined ? undefined : indexedWords(text, language));
			}
			const sorted = wordsOf.get(slug);
			if (!sorted) continue;
			const entry = byArticle.get(slug) ?? { missed: 0, counts: new Map<string, number>() };
			entry.missed++;
			for (const word of subjectWords) {
				if (!articleUses(sorted, word, language)) entry.counts.set(word, (entry.counts.get(word) ?? 0) + 1);
			}
			byArticle.set(slug, entry);
		}
	}
	return [...byArticle]
		.map(([slug, entry]) => ({
			slug,
			missed: entry.missed,
			words: [...entry.counts]
				.map(([word, tickets]) => ({ word, tickets }))
				.sort((a, b) => b.tickets - a.tickets || a.word.localeCompare(b.word))
				.slice(0, WORDS_PER_ARTICLE),
		}))
		.filter((article) => article.words.length > 0)
		.sort((a, b) => b.missed - a.missed || a.slug.localeCompare(b.slug));
}
