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
	/**
	 * 0 = page length plays no part. Help articles are all short (250-700 words), so a
	 * longer one is longer because it answers more, not because it rambles.
	 */
	pageLength: 0,
	/** Mostly raw weighted counts (0) over frequency relative to length (1), for the same reason. */
	termFrequency: 0.3,
	/** A little below Pagefind's 1.4: the fifth mention of a word says less than the first. */
	termSaturation: 1.2,
	/** Pagefind's default: a prefix match ranks a little below the whole word. */
	termSimilarity: 1.0,
	/**
	 * Boost when the query's words are in a page's title, aliases or description (Pagefind
	 * gives the title 5 by default, other fields 1). The more of the query a field covers,
	 * the larger the boost, so a title or alias that names the problem wins.
	 */
	metaWeights: { title: 8, aliases: 6, description: 2 },
};

/** Weights of the parts of an article page in the index (Pagefind's default text weight is 1). */
export const searchWeights = {
	title: 10,
	aliases: 6,
	description: 4,
} as const;
