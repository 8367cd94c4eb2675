import { type AnalyseOptions, analyseQuery, type QueryPlan, questionWords, type TermGroup } from './analyse.ts';
import {
	combineAlternatives,
	discountPrefixMatches,
	favourTroubleshooting,
	type GroupHit,
	type MergedResult,
	mergeGroups,
} from './merge.ts';
import { RelatedWords } from './related.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Filters as Pagefind takes them: filter name → values, any of which may match. */
export type SearchFilters = Record<string, string[]>;

/** What the pipeline needs from a search index (Pagefind in the browser and in Node). */
export interface SearchBackend {
	/**
	 * Pages holding every word of `query`, with the index's score. Pagefind matches
	 * each word's stem and any longer word starting with it (`own` finds `ownership`);
	 * with `exact`, only the stem itself (scores are then meaningless).
	 */
	search(query: string, filters: SearchFilters, exact?: boolean): Promise<GroupHit[]>;
	/** Pages in the index. */
	pages: number;
}

export interface PipelineOptions extends AnalyseOptions {
	filters?: SearchFilters;
	/**
	 * Loads the parts of the related-word map for words starting with `letters`, when
	 * `related` is not given. Only words the vocabulary lacks consult it, so it is loaded
	 * only for questions that hold one; if it cannot be loaded, those words are corrected
	 * or left out as without it.
	 */
	loadRelated?: (letters: string[]) => Promise<RelatedWords>;
}

export interface SearchOutcome {
	plan: QueryPlan;
	/** The groups put to the index (a group of words on nearly every page is left out); `heldGroups` index them. */
	searched: readonly TermGroup[];
	results: MergedResult[];
}

/** Share of pages past which a word tells no page from another: searching it only costs time. */
export const UBIQUITOUS_SHARE = 0.95;

/**
 * The groups worth searching: a group whose every alternative is one word on nearly
 * every page (`api` in an API's help center) adds nothing a ranking can use (its weight
 * and its pages' scores are near zero) but is the costliest search there is, since
 * Pagefind scores every page. It is searched only when the question has nothing else.
 */
function telling(groups: readonly TermGroup[], vocabulary: Vocabulary): readonly TermGroup[] {
	const ubiquitous = (group: TermGroup) =>
		group.alternatives.every(
			(alternative) =>
				!alternative.query.includes(' ') && vocabulary.count(alternative.query) >= UBIQUITOUS_SHARE * vocabulary.pages,
		);
	const rest = groups.filter((group) => !ubiquitous(group));
	return rest.length > 0 ? rest : groups;
}

/**
 * The plan for a question. Related words matter only for words the vocabulary lacks,
 * which end up corrected or unknown without them: only such a plan is made again, with
 * the map loaded, so a question gets the same plan whether the map came early or late.
 */
async function planQuery(query: string, options: PipelineOptions): Promise<QueryPlan> {
	const plan = analyseQuery(query, options);
	if (options.related || !options.loadRelated || options.correct === false) return plan;
	// The map is built from English WordNet: another language's index has none to load.
	if (!options.vocabulary.language.english) return plan;
	if (plan.unknown.length === 0 && plan.corrections.length === 0) return plan;
	const letters = RelatedWords.lettersFor(questionWords(query, options.vocabulary).map((word) => word.term));
	const related = await options.loadRelated(letters).catch(() => undefined);
	return related ? analyseQuery(query, { ...options, related }) : plan;
}

/**
 * The one query pipeline, shared by every search box and by `npm run eval:search`:
 * analyse the question, put each meaningful group of words (and each alternative of
 * it) to the index, and merge, so the page that holds most of the question ranks
 * first and a question with any word the index holds never comes back empty.
 */
export async function searchPipeline(
	backend: SearchBackend,
	query: string,
	options: PipelineOptions,
): Promise<SearchOutcome> {
	const plan = await planQuery(query, options);
	const filters = options.filters ?? {};
	const asked = new Map<string, Promise<GroupHit[]>>();
	const ask = (text: string, exact = false) => {
		const key = `${exact ? '=' : ''}${text}`;
		let pending = asked.get(key);
		if (!pending) {
			pending = backend.search(text, filters, exact);
			asked.set(key, pending);
		}
		return pending;
	};
	const searched = telling(plan.groups, options.vocabulary);
	const troubleshooting = troubleshootingSearch(query, options.vocabulary, ask);
	const groups = await Promise.all(
		searched.map(async (group) =>
			combineAlternatives(
				await Promise.all(
					group.alternatives.map(async (alternative) => {
						// Both searches at once: in the browser each is a round trip to Pagefind's worker.
						const prefixes = !alternative.query.includes(' ') && options.vocabulary.hasLongerWords(alternative.query);
						const [hits, exact] = await Promise.all([
							ask(alternative.query),
							prefixes ? ask(alternative.query, true) : undefined,
						]);
						if (!exact) return { kind: alternative.kind, hits };
						return { kind: alternative.kind, hits: discountPrefixMatches(hits, new Set(exact.map((hit) => hit.id))) };
					}),
				),
			),
		),
	);
	const merged = mergeGroups(groups, backend.pages);
	const troubleshootingHits = await troubleshooting;
	return {
		plan,
		searched,
		results: troubleshootingHits ? favourTroubleshooting(merged, troubleshootingHits) : merged,
	};
}

/**
 * For a question that reports trouble (`not showing`, `is slow`), the pages holding
 * the words troubleshooting pages are named by, searched beside the question's own
 * words; undefined for any other question, or a help center that names no page so,
 * and for a search that failed.
 */
function troubleshootingSearch(
	query: string,
	vocabulary: Vocabulary,
	ask: (text: string) => Promise<GroupHit[]>,
): Promise<GroupHit[] | undefined> | undefined {
	const { language } = vocabulary;
	if (!language.reportsTrouble(questionWords(query, vocabulary).map((word) => word.term))) return undefined;
	const terms = language.troubleshootingTerms.filter(
		(term) => vocabulary.has(term) && vocabulary.count(term) < UBIQUITOUS_SHARE * vocabulary.pages,
	);
	if (terms.length === 0) return undefined;
	// Without them the question is still answered, only without the lift.
	return Promise.all(terms.map((term) => ask(term)))
		.then((hits) => hits.flat())
		.catch(() => undefined);
}
