import type { Article, Runbook } from './data.ts';
import { paths } from './urls.ts';

/** One entry of a "Related" list: an article or another runbook. */
export interface RelatedLink {
	href: string;
	title: string;
	description: string;
	kind: 'Article' | 'Runbook';
	draft: boolean;
	internal: boolean;
}

/**
 * Indexes what the handbook publishes once, and returns a function resolving `related`
 * slugs against it in the author's order (every page asks; a thousand pages must not
 * index a thousand times). The content guard has already failed the build for a slug
 * that names nothing.
 */
export function relatedResolver(articles: Article[], runbooks: Runbook[]): (slugs: readonly string[]) => RelatedLink[] {
	const links = new Map<string, RelatedLink>();
	for (const article of articles) {
		links.set(article.id, {
			href: paths.article(article.id),
			title: article.data.title,
			description: article.data.description,
			kind: 'Article',
			draft: article.data.draft,
			internal: article.data.audience === 'internal',
		});
	}
	for (const runbook of runbooks) {
		links.set(runbook.id, {
			href: paths.runbook(runbook.id),
			title: runbook.data.title,
			description: runbook.data.description,
			kind: 'Runbook',
			draft: false,
			internal: false,
		});
	}
	return (slugs) => slugs.flatMap((slug) => links.get(slug) ?? []);
}
