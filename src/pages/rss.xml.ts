import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { shownCategory } from '../site/customer-terms.ts';
import { audience, categoryOf, getPublishedArticles, productAreaOf, site, ui } from '../site/data.ts';
import { paths } from '../site/urls.ts';

/** Recently updated articles, for people and tools that follow changes. */
export async function GET(context: APIContext) {
	const articles = (await getPublishedArticles()).slice(0, 30);
	return rss({
		title: ui.t('page.feedTitle', { site: site.name }),
		description: site.tagline,
		site: context.site ?? site.url,
		// Feed readers pick fonts, hyphenation and voices by it, as browsers do by <html lang>.
		customData: `<language>${site.language}</language>`,
		items: articles.map((article) => {
			// Readers' words: the product area, and the category only where this build shows it.
			const category = shownCategory(categoryOf(article.data.category), audience);
			const area = productAreaOf(article.data.productArea).label;
			return {
				title: article.data.title,
				description: article.data.description,
				link: paths.article(article.id),
				pubDate: article.data.updated,
				categories: category ? [area, category.label] : [area],
			};
		}),
	});
}
