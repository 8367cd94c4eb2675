import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { type Article, getPublishedArticles, pageCacheKey, taxonomy } from './data.ts';

/** `getStaticPaths` for the index pages of a taxonomy dimension: one page per term with articles. */
export async function termPagePaths(dimension: 'category' | 'productArea') {
	const articles = await getPublishedArticles();
	const terms = dimension === 'category' ? taxonomy.categories : taxonomy.productAreas;
	return terms
		.map((term) => ({ term, articles: articles.filter((article) => article.data[dimension] === term.id) }))
		.filter((page) => page.articles.length > 0)
		.map(({ term, articles }) => ({
			params: { id: term.id },
			props: { term, articles },
			// The page lists each article's frontmatter, never its body: editing a body
			// leaves the page to be copied from the last build.
			cacheKey: pageCacheKey(
				term,
				articles.map((article) => [article.id, article.data]),
			),
		}));
}

export interface TermPageProps {
	term: TaxonomyTerm;
	articles: Article[];
}
