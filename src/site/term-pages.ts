import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { categoryRedirectTarget, type ShownTerm, shownCategory } from './customer-terms.ts';
import { type Article, audience, getPublishedArticles, pageCacheKey, taxonomy } from './data.ts';
import { byPopularity, linkedTicketCounts, popularityOf } from './popularity.ts';

/** A term of the same dimension, for the page's list of its siblings. */
export interface SiblingTerm extends ShownTerm {
	articles: number;
}

export type TermPageProps =
	| { term: ShownTerm; articles: Article[]; siblings: SiblingTerm[] }
	/** A category the public site no longer shows: its old URL sends readers on. */
	| { redirect: string };

/**
 * `getStaticPaths` for the index pages of a taxonomy dimension: one page per term with
 * articles, most-linked articles first. Category pages exist in the handbook and, in
 * the public site, for categories with customer-facing words; the public URL of any
 * other category redirects, so links customers kept still work.
 */
export async function termPagePaths(dimension: 'category' | 'productArea') {
	const [articles, ticketCounts] = await Promise.all([getPublishedArticles(), linkedTicketCounts()]);
	const terms: TaxonomyTerm[] = dimension === 'category' ? taxonomy.categories : taxonomy.productAreas;
	const show = (term: TaxonomyTerm): ShownTerm | undefined =>
		dimension === 'category'
			? shownCategory(term, audience)
			: { id: term.id, label: term.label, description: term.description };
	const pages = terms
		.map((term) => ({
			term,
			shown: show(term),
			articles: articles.filter((article) => article.data[dimension] === term.id),
		}))
		.filter((page) => page.articles.length > 0);
	const siblings: SiblingTerm[] = pages.flatMap((page) =>
		page.shown ? [{ ...page.shown, articles: page.articles.length }] : [],
	);
	return pages.map(({ term, shown, articles }) => {
		if (!shown) {
			const redirect = categoryRedirectTarget(articles.map((article) => article.data.productArea));
			return {
				params: { id: term.id },
				props: { redirect } as TermPageProps,
				cacheKey: pageCacheKey('redirect', redirect),
			};
		}
		const ranked = byPopularity(articles, ticketCounts);
		return {
			params: { id: term.id },
			props: { term: shown, articles: ranked, siblings } as TermPageProps,
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
