// DOM for search results. Every text goes in as a text node: page titles, descriptions
// and the customer's own query are never parsed as HTML.

import { supportLink } from '../../site/urls.ts';
import { pageUi } from '../../ui/page.ts';

export { pageUi };

import type { SearchSuggestions } from '../build/suggestions.ts';
import type { QueryPlan } from '../query/analyse.ts';
import type { QueryLanguage } from '../query/language.ts';
import { normaliseQuery } from '../query/normalise.ts';
import { foldText } from '../query/tokens.ts';
import type { ResultView } from './result-view.ts';

type Children = (Node | string | undefined | false)[];

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	children: Children = [],
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) if (child) element.append(child);
	return element;
}

/** Text with the words that start with one of `marks` wrapped in `<mark>`. */
export function highlighted(text: string, marks: readonly string[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const part of text.split(/([\p{L}\p{N}_]+)/u)) {
		if (part === '') continue;
		const folded = foldText(part);
		const hit = folded.length >= 2 && marks.some((mark) => folded.startsWith(mark));
		fragment.append(hit ? el('mark', {}, [part]) : part);
	}
	return fragment;
}

/** The slug of the article this page shows, for the support link. */
export function currentArticle(): string | undefined {
	return /^\/articles\/([^/]+)\/?$/.exec(location.pathname)?.[1];
}

export function searchPageUrl(query: string, options: { exact?: boolean } = {}): string {
	const params = new URLSearchParams({ q: query });
	if (options.exact) params.set('exact', '1');
	return `/search/?${params}`;
}

/** One result: its title (a link), its summary, its product area and at most one section. */
export function resultBody(view: ResultView, options: { linkTitle: boolean }): Children {
	const title = highlighted(view.title, view.marks);
	return [
		options.linkTitle
			? el('a', { class: 'result-title', href: view.url }, [title])
			: el('span', { class: 'result-title' }, [title]),
		el('span', { class: 'result-summary' }, [highlighted(view.summary, view.marks)]),
		(view.area || view.section) &&
			el('span', { class: 'result-meta' }, [
				view.area && el('span', { class: 'result-area' }, [view.area]),
				view.section &&
					(options.linkTitle
						? el(
								'a',
								{ class: 'result-section', href: view.section.url },
								pageUi().parts('search.section', { section: highlighted(view.section.title, view.marks) }),
							)
						: el(
								'span',
								{ class: 'result-section' },
								pageUi().parts('search.section', { section: highlighted(view.section.title, view.marks) }),
							)),
			]),
	];
}

/** "Showing results for receive emails. Search instead for recieve emails", or nothing when no word was changed. */
export function correctionNotice(plan: QueryPlan): HTMLElement | undefined {
	if (plan.corrections.length === 0) return undefined;
	return el(
		'p',
		{ class: 'search-correction' },
		pageUi().parts('search.showingResultsFor', {
			corrected: el('strong', {}, [plan.correctedQuery]),
			typed: el('a', { href: searchPageUrl(plan.query, { exact: true }) }, [plan.query.trim()]),
		}),
	);
}

/**
 * "No article mentions frozen: these results match the rest of your question", when
 * the question held words nothing in the help center resembles and the rest found
 * pages; nothing otherwise (with no results, the no-results state says it all).
 */
export function leftOutNotice(plan: QueryPlan, found: boolean): HTMLElement | undefined {
	if (!found || plan.unknown.length === 0) return undefined;
	const words = el(
		'span',
		{},
		plan.unknown.flatMap((word, index) => [index > 0 && ', ', el('strong', {}, [word])]),
	);
	return el('p', { class: 'search-left-out' }, pageUi().parts('search.leftOut', { words }));
}

/** The product area whose words are nearest the question (`undefined` when none is near). */
export function nearestArea(
	query: string,
	areas: SearchSuggestions['areas'],
	preferred?: string,
	language?: QueryLanguage,
): SearchSuggestions['areas'][number] | undefined {
	const byLabel = areas.find((area) => area.label === preferred);
	if (byLabel) return byLabel;
	const terms = normaliseQuery(query, language)
		.map((word) => word.term)
		.filter((term) => term.length > 2);
	let best: { area: SearchSuggestions['areas'][number]; score: number } | undefined;
	for (const area of areas) {
		const score = terms.filter((term) =>
			area.words.some((word) => word === term || (term.length > 3 && (word.startsWith(term) || term.startsWith(word)))),
		).length;
		if (score > 0 && (!best || score > best.score)) best = { area, score };
	}
	return best?.area;
}

/**
 * What the no-results state suggests: the most-linked articles of the nearest product
 * area, else the first of each area's, under a heading that names the area. Nothing
 * when there is nothing to suggest (a help center with no articles yet), so no
 * heading stands over an empty list.
 */
export function popularArticles(
	query: string,
	suggestions: SearchSuggestions,
	preferredArea?: string,
	language?: QueryLanguage,
): { heading: string; articles: SearchSuggestions['areas'][number]['articles'] } | undefined {
	const area = nearestArea(query, suggestions.areas, preferredArea, language);
	const articles = area ? area.articles : suggestions.areas.flatMap((each) => each.articles.slice(0, 1)).slice(0, 4);
	if (articles.length === 0) return undefined;
	const ui = pageUi();
	return { heading: area ? ui.t('search.mostAskedIn', { area: area.label }) : ui.t('search.mostAsked'), articles };
}

/**
 * The no-results state: what was searched, the most-linked articles of the nearest
 * product area (or of the help center), and "Contact support" carrying the query.
 */
export function noResults(
	query: string,
	suggestions: SearchSuggestions,
	options: { area?: string; filtered?: boolean; language?: QueryLanguage } = {},
): HTMLElement {
	const popular = popularArticles(query, suggestions, options.area, options.language);
	const ui = pageUi();
	return el('section', { class: 'search-empty', 'aria-label': ui.t('search.noResultsLabel') }, [
		el(
			'p',
			{ class: 'search-empty-title' },
			ui.parts(options.filtered ? 'search.noResultsFiltered' : 'search.noResults', {
				query: el('strong', {}, [`“${query.trim()}”`]),
			}),
		),
		popular && el('h2', {}, [popular.heading]),
		popular &&
			el(
				'ul',
				{ class: 'search-popular' },
				popular.articles.map((article) =>
					el('li', {}, [
						el('a', { href: article.url }, [article.title]),
						el('span', { class: 'result-summary' }, [article.description]),
					]),
				),
			),
		el(
			'p',
			{ class: 'search-contact' },
			ui.parts('search.stillStuck', {
				link: el('a', { class: 'button', href: supportLink(suggestions.supportUrl, currentArticle(), query) }, [
					ui.t('search.contactSupport'),
				]),
			}),
		),
	]);
}
