/**
 * Whether a missed answer is within reach of the customer's words. Search ranks a page
 * that holds more of the question's words above one that holds fewer; an article that
 * holds none of them, or fewer than three other pages do, can only be found once it
 * says what the customer said (an alias, or a synonym the team keeps). Anything else
 * is the ranking's miss. This tells a team which misses are theirs to fix in content.
 */

/** Pages this close to the top are shown in the first 3 results. */
const SHOWN = 3;

/** One result of the pipeline, as this needs it. */
export interface HeldWords {
	slug: string;
	/** Indexes of the searched groups the page holds in the customer's own words. */
	heldGroups: readonly number[];
}

export interface WordReach {
	/** How many of the searched groups the expected article holds (0 when search did not find it at all). */
	held: number;
	/** The searched groups of the question (as typed) that the expected article does not hold. */
	lacking: string[];
	/** Pages that hold more of the question's groups than the expected article. */
	pagesHoldingMore: number;
	/** True when no ranking that puts pages holding more words first can show the article in the first 3. */
	wordGap: boolean;
}

/**
 * How the best expected article stands against the other pages in words held.
 * `groups` are the searched groups as typed, in the order `heldGroups` index them.
 */
export function wordReach(
	results: readonly HeldWords[],
	expect: readonly string[],
	groups: readonly string[],
): WordReach {
	const expected = results.filter((result) => expect.includes(result.slug));
	const best = expected.reduce<HeldWords | undefined>(
		(top, result) => (top && top.heldGroups.length >= result.heldGroups.length ? top : result),
		undefined,
	);
	const held = best?.heldGroups.length ?? 0;
	const lacking = groups.filter((_, index) => !best?.heldGroups.includes(index));
	const pagesHoldingMore = results.filter((result) => result.heldGroups.length > held).length;
	return { held, lacking, pagesHoldingMore, wordGap: held === 0 || pagesHoldingMore >= SHOWN };
}
