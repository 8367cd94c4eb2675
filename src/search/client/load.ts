// The help center's search in the browser: Pagefind's JS API under the query
// pipeline, loaded on first use (focus or typing), never with the page.

import type { RelatedWordsFile, SearchVocabularyFile } from '../build/search-files.ts';
import type { SearchSuggestions } from '../build/suggestions.ts';
import { type PagefindApi, pagefindBackend, rememberSearches } from '../pagefind-backend.ts';
import type { QueryPlan } from '../query/analyse.ts';
import { type SearchFilters, searchPipeline } from '../query/engine.ts';
import type { QueryLanguage } from '../query/language.ts';
import { searchLexicon } from '../query/lexicon.ts';
import { RelatedWords, relatedWordsPath } from '../query/related.ts';
import { titleFirst } from '../query/title-match.ts';
import { pagefindRanking } from '../ranking.ts';
import { type ResultView, resultView } from './result-view.ts';

interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchView {
	plan: QueryPlan;
	/** Pages found in all. */
	total: number;
	/** The first results, ready to show. */
	results: ResultView[];
}

export interface SiteSearch {
	search(query: string, options?: { filters?: SearchFilters; correct?: boolean; limit?: number }): Promise<SearchView>;
	/** Every filter value with its page count. */
	filters(): Promise<Record<string, Record<string, number>>>;
	suggestions(): Promise<SearchSuggestions>;
	/** The index's language, as the pipeline reads questions in it. */
	language: QueryLanguage;
	/** Forgets the searches remembered from earlier questions, so a timing starts from none (`npm run bench:search`). */
	forgetSearches(): void;
}

// Site paths; kept as variables so the bundler leaves the runtime imports alone.
const PAGEFIND = '/pagefind/pagefind.js';
const VOCABULARY = '/search/vocabulary.json';
const SUGGESTIONS = '/search/suggestions.json';

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

/**
 * The index of a help center with no pages yet: nothing to find and no filters.
 * Pagefind's bundle cannot open one: its `init()` logs "No language indexes found".
 */
export const emptyPagefind: PagefindModule = {
	search: async () => ({ results: [] }),
	options: async () => {},
	init: async () => {},
	filters: async () => ({}),
};

/**
 * Pagefind, set up as the search page needs it, for an index of `pages` pages (the
 * count the build wrote into the vocabulary, from the index itself): for none, the
 * bundle is never started (`emptyPagefind`).
 */
export async function startPagefind(pages: number, bundle: () => Promise<PagefindModule>): Promise<PagefindModule> {
	if (pages === 0) return emptyPagefind;
	const pagefind = await bundle();
	await pagefind.options({ ranking: pagefindRanking, excerptLength: 24 });
	await pagefind.init();
	return pagefind;
}

async function load(): Promise<SiteSearch> {
	// Fetched alongside the vocabulary; importing the bundle starts nothing until `init()`.
	const bundle = import(/* @vite-ignore */ PAGEFIND) as Promise<PagefindModule>;
	bundle.catch(() => {});
	const lexicon = await fetchJson<SearchVocabularyFile>(VOCABULARY);
	const pagefind = await startPagefind(lexicon.vocabulary.pages, () => bundle);
	const words = searchLexicon(lexicon);
	const backend = rememberSearches(pagefindBackend(pagefind, words.vocabulary.pages));
	let suggestions: Promise<SearchSuggestions> | undefined;
	// Each letter's part of the map is fetched the first time a question needs it; a
	// failed fetch is tried again by the next such question.
	const shards = new Map<string, Promise<string>>();
	const shard = (letter: string) => {
		let pending = shards.get(letter);
		if (!pending) {
			pending = fetchJson<RelatedWordsFile>(relatedWordsPath(letter))
				.then((file) => file.related)
				.catch((error: unknown) => {
					shards.delete(letter);
					throw error;
				});
			shards.set(letter, pending);
		}
		return pending;
	};
	const loadRelated = async (letters: string[]) =>
		new RelatedWords((await Promise.all(letters.map(shard))).filter(Boolean).join(' '));
	return {
		async search(query, options = {}) {
			const outcome = await searchPipeline(backend, query, {
				...words,
				loadRelated,
				correct: options.correct,
				filters: options.filters,
			});
			const top = outcome.results.slice(0, options.limit ?? 10);
			const pages = await Promise.all(top.map((result) => backend.page(result.id)));
			return {
				plan: outcome.plan,
				total: outcome.results.length,
				results: titleFirst(
					pages,
					outcome.plan.correctedQuery,
					(page) => page.meta.title,
					words.vocabulary.language,
				).map((page) => resultView(page, outcome.plan)),
			};
		},
		language: words.vocabulary.language,
		filters: () => pagefind.filters(),
		forgetSearches: () => backend.forget(),
		suggestions() {
			suggestions ??= fetch(SUGGESTIONS).then((response) => response.json() as Promise<SearchSuggestions>);
			return suggestions;
		},
	};
}

let loading: Promise<SiteSearch> | undefined;

/** The site's search, loaded once per page on first use. */
export function siteSearch(): Promise<SiteSearch> {
	loading ??= load().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
