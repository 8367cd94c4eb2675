// The search page: runs the question in `?q=` (and each one typed) through the query
// pipeline, says what it did, and renders readable results, filters and, when
// nothing matches, the most-linked articles of the nearest product area.

import { pageUi } from '../../ui/page.ts';
import type { SearchFilters } from '../query/engine.ts';
import { type SiteSearch, siteSearch } from './load.ts';
import { correctionNotice, el, leftOutNotice, noResults, resultBody } from './render.ts';

const DEBOUNCE_MS = 200;
const PAGE_SIZE = 10;
/** Filters customers choose from, in this order (Pagefind's filter names), with their names on the page. */
const FILTER_ORDER = ['product area', 'category'];
const FILTER_NAMES = { 'product area': 'search.filterProductArea', category: 'search.filterCategory' } as const;
const filterName = (name: string) =>
	name in FILTER_NAMES
		? pageUi().t(FILTER_NAMES[name as keyof typeof FILTER_NAMES])
		: name.charAt(0).toUpperCase() + name.slice(1);

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
const notice = document.querySelector<HTMLElement>('[data-search-notice]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const filterForm = document.querySelector<HTMLFormElement>('[data-search-filters]');
const toggle = document.querySelector<HTMLButtonElement>('[data-filters-toggle]');

let asked = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function selectedFilters(): SearchFilters {
	const filters: SearchFilters = {};
	for (const box of filterForm?.querySelectorAll<HTMLInputElement>('input:checked') ?? []) {
		const name = box.dataset.filter as string;
		filters[name] = [...(filters[name] ?? []), box.value];
	}
	return filters;
}

async function run(search: SiteSearch, query: string, options: { exact: boolean; limit?: number }) {
	const ask = ++asked;
	if (!summary || !notice || !list || !empty) return;
	if (query.trim() === '') {
		summary.textContent = '';
		notice.replaceChildren();
		list.replaceChildren();
		empty.replaceChildren();
		return;
	}
	const filters = selectedFilters();
	const limit = options.limit ?? PAGE_SIZE;
	const view = await search.search(query, { filters, correct: !options.exact, limit });
	const suggestions = view.results.length === 0 ? await search.suggestions() : undefined;
	if (ask !== asked) return;
	const filtered = Object.keys(filters).length > 0;
	// Everything changes in one frame, so results and messages never push each other down.
	summary.textContent =
		view.total > 0
			? pageUi().t('search.resultCount', { count: view.total, query: view.plan.correctedQuery || query.trim() })
			: '';
	notice.replaceChildren(
		...[correctionNotice(view.plan), leftOutNotice(view.plan, view.total > 0)].filter((node) => node !== undefined),
	);
	list.replaceChildren(...view.results.map((result) => el('li', {}, resultBody(result, { linkTitle: true }))));
	if (view.total > view.results.length) {
		const more = el('button', { type: 'button', class: 'show-more-results' }, [pageUi().t('search.showMore')]);
		more.addEventListener('click', () => void run(search, query, { ...options, limit: limit + PAGE_SIZE }));
		list.append(el('li', { class: 'search-more-results' }, [more]));
	}
	const area = filters['product area']?.length === 1 ? filters['product area'][0] : undefined;
	empty.replaceChildren(
		...(suggestions ? [noResults(query, suggestions, { area, filtered, language: search.language })] : []),
	);
}

function updateUrl(query: string, exact: boolean) {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	if (exact) params.set('exact', '1');
	history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
}

async function renderFilters(search: SiteSearch) {
	if (!filterForm || !toggle) return;
	const all = await search.filters();
	const order = (name: string) => (FILTER_ORDER.includes(name) ? FILTER_ORDER.indexOf(name) : FILTER_ORDER.length);
	const names = Object.keys(all).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
	filterForm.replaceChildren(
		...names.map((name) =>
			el('fieldset', {}, [
				el('legend', {}, [filterName(name)]),
				...Object.keys(all[name] ?? {})
					.sort()
					.map((value) => el('label', {}, [el('input', { type: 'checkbox', value, 'data-filter': name }), value])),
			]),
		),
	);
	toggle.hidden = names.length === 0;
}

function start() {
	if (!form || !input) return;
	const params = new URLSearchParams(location.search);
	let exact = params.get('exact') === '1';
	// Listen before the search loads, so nothing typed meanwhile is lost.
	const loading = siteSearch();
	const go = () => {
		void loading.then((search) => run(search, input.value, { exact }));
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		updateUrl(input.value, exact);
		go();
	});
	input.addEventListener('input', () => {
		// A new question gets corrected again.
		exact = false;
		clearTimeout(timer);
		timer = setTimeout(() => {
			updateUrl(input.value, exact);
			go();
		}, DEBOUNCE_MS);
	});
	filterForm?.addEventListener('change', go);
	toggle?.addEventListener('click', () => {
		const open = toggle.getAttribute('aria-expanded') !== 'true';
		toggle.setAttribute('aria-expanded', String(open));
		if (filterForm) filterForm.hidden = !open;
	});
	// The question in the address, unless the customer has started typing another.
	if (input.value === '') input.value = params.get('q') ?? '';
	void loading.then((search) => renderFilters(search));
	if (input.value.trim() !== '') go();
}

start();
