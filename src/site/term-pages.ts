import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { type Article, getPublishedArticles, taxonomy } from './data.ts';

/** `getStaticPaths` for the index pages of a taxonomy dimension: one page per term with articles. */
export async function termPagePaths(dimension: 'category' | 'productArea') {
	const articles = await getPublishedArticles();
	const terms = dimension === 'category' ? taxonomy.categories : taxonomy.productAreas;
	return terms
		.map((term) => ({ term, articles: articles.filter((article) => article.data[dimension] === term.id) }))
		.filter((page) => page.articles.length > 0)
		.map(({ term, articles }) => ({ params: { id: term.id }, props: { term, articles } }));
}

export interface TermPageProps {
	term: TaxonomyTerm;
	articles: Article[];
}
