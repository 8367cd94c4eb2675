import type { AlternativeKind } from './analyse.ts';

/** One page the index returned for one alternative of one group. */
export interface GroupHit {
	id: string;
	/** The index's own score for this page (BM25 with the title and field weights). */
	score: number;
	/** Set when the page holds only longer words starting with the customer's (`c` → `cable`), not the word. */
	prefixOnly?: boolean;
	/** Where in the page's text the matched words stand (word positions, as Pagefind returns them). */
	positions?: readonly number[];
}

/** What one group of the question found: its pages, best alternative per page. */
export interface GroupResult {
	hits: Map<string, number>;
	/**
	 * How much of the group each page covers, 0 to 1 (1 when absent): a page that holds
	 * only a word related to the customer's, or only longer words starting with it
	 * (`cable` for `c`), covers that part of the question in part.
	 */
	credit?: Map<string, number>;
	/** Where each page holds the group: positions of every alternative it matched, in any order. */
	positions?: Map<string, number[]>;
}

export interface MergedResult {
	id: string;
	score: number;
	/** Groups of the question the page matched. */
	matched: number;
	/** Share of the question's weight the page matched, 0 to 1. */
	coverage: number;
	/**
	 * Indexes of the groups the page holds in the customer's own words (any form of
	 * them, a correction or the team's synonym), not only through a word WordNet relates.
	 */
	heldGroups: number[];
}

/** Alternatives the customer did not type count a little less than their own words. */
export const alternativeWeight: Record<AlternativeKind, number> = {
	typed: 1,
	joined: 1,
	corrected: 0.95,
	split: 0.9,
	synonym: 0.85,
	inflected: 0.95,
	related: 0.6,
	loose: 0.45,
};

/**
 * How much a page counts that only holds longer words starting with the customer's
 * word (`own` → `ownership`, `count` → `countries`): a little, for half-typed words,
 * but far below a page holding the word itself.
 */
export const PREFIX_ONLY_WEIGHT = 0.3;

/** Scales down the hits that are not among the pages holding the word itself (`exact`). */
export function discountPrefixMatches(hits: readonly GroupHit[], exact: ReadonlySet<string>): GroupHit[] {
	return hits.map((hit) =>
		exact.has(hit.id) ? hit : { ...hit, score: hit.score * PREFIX_ONLY_WEIGHT, prefixOnly: true },
	);
}

/** Alternatives from WordNet: words the customer did not type nor the team chose. */
const RELATED = new Set<AlternativeKind>(['related', 'loose']);

/**
 * Best score per page over a group's alternatives, each weighted by its kind. A related
 * word's scores are first scaled to the customer's own word's, as if both were one term
 * (Lucene's SynonymQuery does the same): a rare related word would otherwise outscore
 * the word typed on every page it is in (`run` → `trial` in a title), and one wrong
 * sense of a common word would push the right pages down.
 */
export function combineAlternatives(alternatives: { kind: AlternativeKind; hits: readonly GroupHit[] }[]): GroupResult {
	const hits = new Map<string, number>();
	const best = (list: readonly GroupHit[]) => list.reduce((max, hit) => Math.max(max, hit.score), 0);
	const ownBest = Math.max(
		0,
		...alternatives.filter((entry) => !RELATED.has(entry.kind)).map((entry) => best(entry.hits)),
	);
	const credit = new Map<string, number>();
	const positions = new Map<string, number[]>();
	for (const alternative of alternatives) {
		const kindWeight = alternativeWeight[alternative.kind];
		let weight = kindWeight;
		const top = best(alternative.hits);
		if (RELATED.has(alternative.kind) && ownBest > 0 && top > 0) weight *= ownBest / top;
		const share = RELATED.has(alternative.kind) ? kindWeight : 1;
		for (const hit of alternative.hits) {
			const score = hit.score * weight;
			if (score > (hits.get(hit.id) ?? -1)) hits.set(hit.id, score);
			const hitShare = hit.prefixOnly ? Math.min(share, PREFIX_ONLY_WEIGHT) : share;
			if (hitShare > (credit.get(hit.id) ?? 0)) credit.set(hit.id, hitShare);
			if (hit.positions && hit.positions.length > 0) {
				const held = positions.get(hit.id);
				if (held) held.push(...hit.positions);
				else positions.set(hit.id, [...hit.positions]);
			}
		}
	}
	return { hits, credit, positions };
}

/** How much finding a group tells pages apart: rare words a lot, words on every page almost nothing. */
export function groupWeight(pagesWithGroup: number, pages: number): number {
	return Math.log(1 + (pages - pagesWithGroup + 0.5) / (pagesWithGroup + 0.5));
}

/**
 * How much of a group a page is credited with when ranking: half for holding it at
 * all, half by its score for the group against the best page's. A page that names one
 * of the customer's words in its title and mentions the other once in passing then no
 * longer outranks the page that is about both.
 */
export const STRENGTH_SHARE = 0.5;

/**
 * How many words apart the question's words may stand on a page and still count as
 * said together: about two sentences. A page that answers a question tends to say its
 * words in one place ("if you keep failing a card"); a long page that holds them in
 * different sections, each strongly, is about something else.
 */
export const PROXIMITY_WINDOW = 30;

/** One of the question's words on a page: where it stands, the group it is of, the group's weight. */
export type PlacedWord = readonly [position: number, group: number, weight: number];

/**
 * The largest share of the question's weight a page holds within `window` words: the
 * weight of the distinct groups in the best stretch of its text. (Not scaled by the
 * page's credit for each group: coverage already is, and a typo's word in a title would
 * count against its page twice.) `entries` are [position, group, weight], sorted by position.
 */
export function bestStretch(entries: readonly PlacedWord[], window: number): number {
	const inStretch = new Map<number, number>();
	let sum = 0;
	let best = 0;
	let start = 0;
	for (const [position, group, weight] of entries) {
		const count = inStretch.get(group) ?? 0;
		inStretch.set(group, count + 1);
		if (count === 0) sum += weight;
		while (position - (entries[start] as PlacedWord)[0] >= window) {
			const [, leaving, leavingWeight] = entries[start] as PlacedWord;
			const left = (inStretch.get(leaving) as number) - 1;
			inStretch.set(leaving, left);
			if (left === 0) sum -= leavingWeight;
			start++;
		}
		if (sum > best) best = sum;
	}
	return best;
}

/**
 * Merges what each group found into one ranking. A page's score is the sum of its
 * scores for the groups it matched (a disjunctive BM25) times its graded coverage: the
 * share of the question's weight it matched, each group counted by how strongly the
 * page holds it (`STRENGTH_SHARE`). A page that holds more of the customer's words
 * ranks above one that holds fewer, unless those are words nearly every page holds.
 * (Measured on the demo and on questions held out from four other help centers against
 * plain coverage, coverage squared or cubed, a coverage-first order, saturated and fully
 * normalised scores: this ranks best, with plain coverage a close second.)
 *
 * Then, for a question of several groups, times the share of its weight the page holds
 * within `PROXIMITY_WINDOW` words (`bestStretch`), as proximity-aware BM25 variants do:
 * the short article that says "keep failing a card" outranks the troubleshooting page
 * that says "failing" often in one section and "card" in another. Measured against
 * windows of 10 to 80 words and softer and stronger factors, each gained about as much.
 */
export function mergeGroups(groups: readonly GroupResult[], pages: number): MergedResult[] {
	const weights = groups.map((group) => groupWeight(group.hits.size, Math.max(pages, group.hits.size)));
	const best = groups.map((group) => Math.max(0, ...group.hits.values()));
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const pagesById = new Map<
		string,
		{
			sum: number;
			weight: number;
			graded: number;
			heaviest: number;
			matched: number;
			held: number[];
			placed: PlacedWord[];
		}
	>();
	groups.forEach((group, index) => {
		const weight = weights[index] as number;
		const top = best[index] as number;
		for (const [id, score] of group.hits) {
			const page = pagesById.get(id) ?? { sum: 0, weight: 0, graded: 0, heaviest: 0, matched: 0, held: [], placed: [] };
			const credit = group.credit?.get(id) ?? 1;
			const strength = top > 0 ? score / top : 1;
			page.sum += score;
			page.weight += weight * credit;
			page.graded += weight * credit * (1 - STRENGTH_SHARE + STRENGTH_SHARE * strength);
			page.heaviest = Math.max(page.heaviest, weight);
			page.matched += 1;
			if (credit === 1) page.held.push(index);
			for (const position of group.positions?.get(id) ?? []) page.placed.push([position, index, weight]);
			pagesById.set(id, page);
		}
	});
	const merged: MergedResult[] = [];
	for (const [id, page] of pagesById) {
		const coverage = total > 0 ? page.weight / total : page.matched / groups.length;
		const graded = total > 0 ? page.graded / total : coverage;
		// A page the index gave no positions for is taken to hold its heaviest group together.
		const stretch =
			page.placed.length > 0
				? bestStretch(
						page.placed.sort((a, b) => a[0] - b[0]),
						PROXIMITY_WINDOW,
					)
				: page.heaviest;
		const together = groups.length > 1 && total > 0 ? stretch / total : 1;
		merged.push({ id, score: page.sum * graded * together, matched: page.matched, coverage, heldGroups: page.held });
	}
	return merged.sort(byScore);
}

/** Best score first; then the page matching more groups; then by id, so equal pages keep one order. */
function byScore(a: MergedResult, b: MergedResult): number {
	return b.score - a.score || b.matched - a.matched || a.id.localeCompare(b.id);
}

/**
 * How much a question that reports trouble lifts a page about troubleshooting, at
 * most: the page's score times 1 + this, scaled by how strongly it holds the words
 * such pages are named by against the page that holds them most. Measured on 300
 * questions held out from five other help centers: at 1, three symptom questions found
 * their troubleshooting page first or second (from 4th, 5th and 8th) and no question
 * went down; at 0.5 only two reached the first 3.
 */
export const TROUBLESHOOTING_BOOST = 1;

/**
 * Below this share of the best page's score for those words, a page only mentions
 * them in passing (`see known issues`) and is not lifted.
 */
export const TROUBLESHOOTING_STRENGTH = 0.3;

/**
 * The ranking with pages about troubleshooting lifted, for a question that reports
 * trouble (`hits`: the pages holding the words that name such pages). Only pages the
 * question found are lifted: a troubleshooting page holding none of its words stays out.
 */
export function favourTroubleshooting(results: readonly MergedResult[], hits: readonly GroupHit[]): MergedResult[] {
	const top = Math.max(0, ...hits.map((hit) => hit.score));
	if (top === 0) return [...results];
	const strength = new Map<string, number>();
	for (const hit of hits) strength.set(hit.id, Math.max(strength.get(hit.id) ?? 0, hit.score / top));
	return results
		.map((result) => {
			const held = strength.get(result.id) ?? 0;
			return held >= TROUBLESHOOTING_STRENGTH
				? { ...result, score: result.score * (1 + TROUBLESHOOTING_BOOST * held) }
				: result;
		})
		.sort(byScore);
}
