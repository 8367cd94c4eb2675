import type { SearchBackend, SearchFilters } from './query/engine.ts';
import type { GroupHit } from './query/merge.ts';

/** A page as Pagefind's `result.data()` returns it (the fields search uses). */
export interface PagefindPage {
	url: string;
	raw_url?: string;
	excerpt: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** The part of Pagefind's JS API (`pagefind.js`, in the browser or in Node) search uses. */
export interface PagefindApi {
	search(
		term: string,
		options?: { filters?: SearchFilters },
	): Promise<{
		results: {
			id: string;
			score: number;
			/** Positions of the matched words in the page's text. */
			words?: number[];
			data(): Promise<PagefindPage>;
		}[];
	} | null>;
}

/** A search backend over Pagefind, which remembers how to load every page it returned. */
export interface PagefindBackend extends SearchBackend {
	/** The page of a result id returned by `search`. */
	page(id: string): Promise<PagefindPage>;
}

export function pagefindBackend(api: PagefindApi, pages: number): PagefindBackend {
	const loaders = new Map<string, () => Promise<PagefindPage>>();
	return {
		pages,
		async search(query, filters, exact = false) {
			// Pagefind runs a query in double quotes as an exact search.
			const term = exact ? `"${query}"` : query;
			const response = await api.search(term, Object.keys(filters).length > 0 ? { filters } : {});
			return (response?.results ?? []).map((result) => {
				if (!exact && !loaders.has(result.id)) loaders.set(result.id, () => result.data());
				return { id: result.id, score: result.score, positions: result.words };
			});
		},
		page(id) {
			const load = loaders.get(id);
			if (!load) return Promise.reject(new Error(`No search result with id ${id}`));
			return load();
		},
	};
}

/** Searches a page's search box keeps: a few questions' worth of words and their alternatives. */
export const REMEMBERED_SEARCHES = 200;

/**
 * The same backend, remembering the last `limit` searches' hits. Search boxes search as
 * the customer types, and each new question repeats most of the last one's words: on
 * a slow phone every search is a round trip to Pagefind's worker, so a question one
 * word longer than the last costs the new word's searches, not all of them again. The
 * index does not change while a page is open, so a remembered search stays right.
 */
export function rememberSearches(
	backend: PagefindBackend,
	limit = REMEMBERED_SEARCHES,
): PagefindBackend & { forget(): void } {
	const remembered = new Map<string, Promise<GroupHit[]>>();
	return {
		forget: () => remembered.clear(),
		pages: backend.pages,
		search(query, filters, exact = false) {
			const key = JSON.stringify([query, exact, Object.entries(filters).sort()]);
			let hits = remembered.get(key);
			if (hits) {
				// Most recently used last, so the oldest is the first to go.
				remembered.delete(key);
			} else {
				hits = backend.search(query, filters, exact);
				// A failed search is tried again next time, not remembered.
				hits.catch(() => remembered.delete(key));
				if (remembered.size >= limit) remembered.delete(remembered.keys().next().value as string);
			}
			remembered.set(key, hits);
			return hits;
		},
		page: (id) => backend.page(id),
	};
}
