// `/search/suggestions.json`: what the search UI offers when a question finds nothing.
// Only published articles' titles and descriptions; the link counts are numbers from
// the exports, and no ticket id or subject is written.
import type { APIRoute } from 'astro';
import { queryLanguageData } from '../../search/build/language-stop-words.ts';
import { buildSuggestions } from '../../search/build/suggestions.ts';
import { queryLanguage } from '../../search/query/language.ts';
import { getPublishedArticles, site, taxonomy } from '../../site/data.ts';
import { paths } from '../../site/urls.ts';
import { loadInsights } from '../../tickets/insights.ts';

/**
 * Closed tickets per article, counted as the insights page counts them. Exports that
 * cannot be read are the coverage gate's to report; suggestions then rank articles by
 * the tickets their own frontmatter lists.
 */
async function linkedTicketCounts(): Promise<Map<string, number>> {
	try {
		const { mostLinkedArticles } = await loadInsights({ mostLinkedLimit: Number.POSITIVE_INFINITY });
		return new Map(mostLinkedArticles.map((entry) => [entry.slug, entry.tickets]));
	} catch {
		return new Map();
	}
}

export const GET: APIRoute = async () => {
	const articles = await getPublishedArticles();
	const linked = await linkedTicketCounts();
	const suggestions = buildSuggestions({
		supportUrl: site.supportUrl,
		areas: taxonomy.productAreas,
		areaUrl: paths.productArea,
		language: queryLanguage(queryLanguageData(site.language)),
		articles: articles.map((article) => ({
			slug: article.id,
			title: article.data.title,
			description: article.data.description,
			productArea: article.data.productArea,
			url: paths.article(article.id),
			tickets: linked.get(article.id) ?? article.data.tickets.length,
		})),
	});
	return new Response(JSON.stringify(suggestions), { headers: { 'Content-Type': 'application/json' } });
};
