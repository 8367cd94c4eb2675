import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { type ShownTerm, shownCategory } from './customer-terms.ts';
import { type Article, audience, getPublishedArticles, pageCacheKey, taxonomy } from './data.ts';
import { byPopularity, linkedTicketCounts, popularityOf } from './popularity.ts';

/** A term of the same dimension, for the page's list of its siblings. */
export interface SiblingTerm extends ShownTerm {
	articles: number;
}

export interface TermPageProps {
	term: ShownTerm;
	articles: Article[];
	siblings: SiblingTerm[];
}

/**
 * `getStaticPaths` for the index pages of a taxonomy dimension: one page per term with
 * articles, most-linked articles first. Category pages exist in the handbook and, in
 * the public site, for categories with customer-facing words; the public URL of any
 * other category is a redirect (`categoryRedirects`), so links customers kept still work.
 */
export async function termPagePaths(dimension: 'category' | 'productArea') {
	const [articles, ticketCounts] = await Promise.all([getPublishedArticles(), linkedTicketCounts()]);
	const terms: TaxonomyTerm[] = dimension === 'category' ? taxonomy.categories : taxonomy.productAreas;
	const show = (term: TaxonomyTerm): ShownTerm | undefined =>
		dimension === 'category'
			? shownCategory(term, audience)
			: { id: term.id, label: term.label, description: term.description };
	const pages = terms.flatMap((term) => {
		const shown = show(term);
		const termArticles = articles.filter((article) => article.data[dimension] === term.id);
		return shown && termArticles.length > 0 ? [{ shown, articles: termArticles }] : [];
	});
	const siblings: SiblingTerm[] = pages.map((page) => ({ ...page.shown, articles: page.articles.length }));
	return pages.map(({ shown, articles }) => {
		const ranked = byPopularity(articles, ticketCounts);
		const props: TermPageProps = { term: shown, articles: ranked, siblings };
		return {
			params: { id: shown.id },
			props,
			// The page lists each article's frontmatter, never its body: editing a body
			// leaves the page to be copied from the last build.
			cacheKey: pageCacheKey(
				shown,
				ranked.map((article) => [article.id, article.data, popularityOf(article, ticketCounts)]),
				siblings,
			),
		};
	});
}
