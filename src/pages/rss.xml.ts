import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedArticles, site } from '../site/data.ts';
import { paths } from '../site/urls.ts';

/** Recently updated articles, for people and tools that follow changes. */
export async function GET(context: APIContext) {
	const articles = (await getPublishedArticles()).slice(0, 30);
	return rss({
		title: `${site.name}: recently updated`,
		description: site.tagline,
		site: context.site ?? site.url,
		items: articles.map((article) => ({
			title: article.data.title,
			description: article.data.description,
			link: paths.article(article.id),
			pubDate: article.data.updated,
			categories: [article.data.category, article.data.productArea],
		})),
	});
}
