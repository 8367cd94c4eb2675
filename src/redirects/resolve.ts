import type { ContentProblem } from '../content-model/errors.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { paths } from '../site/urls.ts';
import type { RedirectEntry } from './file.ts';

interface ArticleLike {
	slug: string;
	data: { audience: Audience; draft: boolean; source?: string };
}

export interface ResolvedRedirect {
	from: string;
	/** The article's page: `/articles/<slug>/`. */
	to: string;
	/** 0 for an article's first old address (its page as the old site linked it), 1 for the next... */
	rank?: number;
}

/**
 * The redirects a build for `audience` writes. Each names its article by slug or
 * by `source`, so a renamed file still gets its old addresses. A redirect to an
 * article this build does not publish (internal, draft) is left out: its old
 * address, often its title, must not reach the public build. One whose article is
 * gone, or whose old address is listed twice, is a problem to report.
 */
export function resolveRedirects(
	entries: RedirectEntry[],
	articles: ArticleLike[],
	audience: Audience,
	file: string,
): { redirects: ResolvedRedirect[]; hidden: number; problems: ContentProblem[] } {
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const bySource = new Map(
		articles.flatMap((article) => (article.data.source ? [[article.data.source, article]] : [])),
	);
	const seen = new Set<string>();
	const redirects: ResolvedRedirect[] = [];
	const perArticle = new Map<string, number>();
	const problems: ContentProblem[] = [];
	let hidden = 0;
	for (const entry of entries) {
		const key = entry.from.replace(/\/$/, '');
		if (seen.has(key)) {
			problems.push({ file, message: `${entry.from} is listed twice; the first entry applies` });
			continue;
		}
		seen.add(key);
		const article = entry.to.includes(':') ? bySource.get(entry.to) : bySlug.get(entry.to);
		if (!article) {
			problems.push({
				file,
				message: `the redirect from ${entry.from} leads to "${entry.to}", which no article has`,
				hint: 'remove the entry, or point it at an article by slug or source',
			});
			continue;
		}
		if (!isArticleVisible(article.data, audience)) {
			hidden++;
			continue;
		}
		const rank = perArticle.get(article.slug) ?? 0;
		perArticle.set(article.slug, rank + 1);
		redirects.push({ from: key, to: paths.article(article.slug), rank });
	}
	return { redirects, hidden, problems };
}
