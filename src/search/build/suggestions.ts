import { englishQueries, type QueryLanguage } from '../query/language.ts';
import { indexWords } from '../query/tokens.ts';

/** What the no-results state offers: the articles most tickets point to, per product area. */
export interface SearchSuggestions {
	/** Where "Contact support" leads; the query and article are added as `?q=` and `?article=`. */
	supportUrl: string;
	/** Product areas with published articles, the area with most linked tickets first. */
	areas: {
		id: string;
		label: string;
		url: string;
		/** Words of the area's name, description and article titles, to find the area nearest a question. */
		words: string[];
		/** Its most-linked articles, most first. */
		articles: { title: string; url: string; description: string }[];
	}[];
}

export interface SuggestionArticle {
	slug: string;
	title: string;
	description: string;
	productArea: string;
	url: string;
	/** Closed tickets linked to it. */
	tickets: number;
}

/** Articles per area in the no-results state. */
const PER_AREA = 4;

/**
 * The no-results suggestions: for each product area, the published articles most
 * tickets link to (then the most recently listed), and the words that name the area.
 */
export function buildSuggestions(options: {
	supportUrl: string;
	areas: readonly { id: string; label: string; description?: string }[];
	articles: readonly SuggestionArticle[];
	areaUrl: (id: string) => string;
	/** The index's language, whose stop words name no area. Default English. */
	language?: QueryLanguage;
}): SearchSuggestions {
	const language = options.language ?? englishQueries;
	const areas = options.areas
		.map((area) => {
			const mine = options.articles
				.filter((article) => article.productArea === area.id)
				.map((article, order) => ({ article, order }))
				.sort((a, b) => b.article.tickets - a.article.tickets || a.order - b.order)
				.map(({ article }) => article);
			const text = [area.label, area.description ?? '', ...mine.map((article) => article.title)].join(' ');
			return {
				id: area.id,
				label: area.label,
				url: options.areaUrl(area.id),
				words: [...indexWords(text)].filter((word) => word.length > 2 && !language.isStopWord(word)).sort(),
				articles: mine
					.slice(0, PER_AREA)
					.map((article) => ({ title: article.title, url: article.url, description: article.description })),
				tickets: mine.reduce((sum, article) => sum + article.tickets, 0),
			};
		})
		.filter((area) => area.articles.length > 0)
		.sort((a, b) => b.tickets - a.tickets);
	return { supportUrl: options.supportUrl, areas: areas.map(({ tickets: _tickets, ...area }) => area) };
}
