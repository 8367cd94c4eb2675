/**
 * Pagefind ranking for short help articles, shared by the search UI and the search
 * evals so both rank the same way. Help articles are short and similar in length,
 * so page length should barely matter, and a title or alias that names the problem
 * outweighs a body that mentions it many times.
 * See https://pagefind.app/docs/ranking/ for what each number does.
 */
export interface PagefindRanking {
	pageLength?: number;
	termFrequency?: number;
	termSaturation?: number;
	termSimilarity?: number;
	diacriticSimilarity?: number;
	/** Score boost when a query word is in a metadata field (`title` defaults to 5 in Pagefind). */
	metaWeights?: Record<string, number>;
}

export const pagefindRanking: PagefindRanking = {
	/** 0 = ignore how long a page is; short answers are not penalised against long guides. */
	pageLength: 0.1,
	/** Lower = repeated mentions of a word count for less than where it appears. */
	termFrequency: 0.6,
	/** How strongly rare words beat common ones. */
	termSaturation: 1.2,
	termSimilarity: 1.0,
};

/** Weights of the parts of an article page in the index (Pagefind's default text weight is 1). */
export const searchWeights = {
	title: 10,
	aliases: 6,
	description: 4,
} as const;
