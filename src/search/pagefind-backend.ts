import type { SearchBackend, SearchFilters } from './query/engine.ts';

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
	): Promise<{ results: { id: string; score: number; data(): Promise<PagefindPage> }[] } | null>;
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
				return { id: result.id, score: result.score };
			});
		},
		page(id) {
			const load = loaders.get(id);
			if (!load) return Promise.reject(new Error(`No search result with id ${id}`));
			return load();
		},
	};
}
