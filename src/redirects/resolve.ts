import { nearest } from '../cli/suggest.ts';
import { quoted } from '../cli/untrusted-text.ts';
import type { ContentProblem } from '../content-model/errors.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { paths } from '../site/urls.ts';
import type { LocatedRedirect } from './file.ts';
import { articlePageSlug, isArticlePage } from './old-path.ts';
import { articleAndSection, redirectTarget } from './targets.ts';

interface ArticleLike {
	slug: string;
	data: { audience: Audience; draft: boolean; source?: string; productArea?: string };
}

export interface ResolvedRedirect {
	from: string;
	/** The article's page: `/articles/<slug>/`, or a section of it: `/articles/<slug>/#<heading>`. */
	to: string;
	/** The article and heading a redirect to a section of it leads to, for `npm run check` to find the heading. */
	article?: string;
	section?: string;
	/** The entry's line in the file, for a section `npm run check` does not find. */
	line?: number;
	/** 0 for an article's first old address (its page as the old site linked it), 1 for the next... */
	rank?: number;
}

/**
 * The redirects a build for `audience` writes. Each names its article by slug or
 * by `source`, so a renamed file still gets its old addresses, or a product area's
 * page (an old section's address), written when this build publishes an article in it. A redirect to an
 * article this build does not publish (internal, draft) is left out: its old
 * address, often its title, must not reach the public build, and the handbook
 * build writes it. One whose article is gone, or whose old address is listed
 * twice, is a problem, at the entry's line: the build warns and leaves it out,
 * `npm run check` (checks/redirects.ts) fails on it.
 */
export function resolveRedirects(
	entries: LocatedRedirect[],
	articles: ArticleLike[],
	audience: Audience,
	file: string,
): { redirects: ResolvedRedirect[]; hidden: number; problems: ContentProblem[] } {
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const sources = new Map(articles.flatMap((article) => (article.data.source ? [[article.data.source, article]] : [])));
	/** Each old address's first entry, by its line (0 when unknown). */
	const seen = new Map<string, number>();
	const articleOf = (ref: string) => (ref.includes(':') ? sources.get(ref) : bySlug.get(ref));
	const redirects: ResolvedRedirect[] = [];
	const perArticle = new Map<string, number>();
	const problems: ContentProblem[] = [];
	let hidden = 0;
	for (const entry of entries) {
		const key = entry.from.replace(/\/$/, '');
		const at = entry.line === undefined ? {} : { line: entry.line };
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				...at,
				message: `${entry.from} is listed twice; the first entry${first > 0 ? `, on line ${first},` : ''} applies`,
				hint: 'remove one of the two entries',
			});
			continue;
		}
		seen.set(key, entry.line ?? 0);
		const pageSlug = articlePageSlug(key);
		if (pageSlug !== undefined && bySlug.has(pageSlug)) {
			// An article imported under its old address keeps it: nothing to redirect.
			const toItself = entry.to === pageSlug || bySlug.get(pageSlug)?.data.source === entry.to;
			if (toItself && isArticlePage(key, pageSlug)) continue;
			problems.push({
				file,
				...at,
				message: `the redirect from ${entry.from} would hide the page of the article ${quoted(pageSlug)}${isArticlePage(key, pageSlug) ? '' : ' (its Markdown or a file beside it)'}`,
				hint: "remove the entry: that address is the article's own now",
			});
			continue;
		}
		const target = redirectTarget(entry.to);
		if (target.kind === 'productArea') {
			const inArea = articles.filter((article) => article.data.productArea === target.id);
			if (inArea.length === 0)
				problems.push({
					file,
					...at,
					message: `the redirect from ${entry.from} leads to ${quoted(entry.to)}, the page of a product area no article is in`,
					hint: 'remove the entry, or point it at an article or at the page of a product area with articles',
				});
			else if (!inArea.some((article) => isArticleVisible(article.data, audience))) hidden++;
			else redirects.push({ from: key, to: paths.productArea(target.id) });
			continue;
		}
		const { ref, section } = articleAndSection(entry.to, (to) => articleOf(to) !== undefined);
		const bySource = ref.includes(':');
		const article = articleOf(ref);
		if (!article) {
			// A slug is words, where a near one is a typo; a source's id one digit off is another article.
			const suggestion = bySource ? undefined : nearest(ref, [...bySlug.keys()]);
			problems.push({
				file,
				...at,
				message: `the redirect from ${entry.from} leads to ${quoted(ref)}, which no article has`,
				hint:
					suggestion === undefined
						? 'remove the entry, or point it at an article by slug or source'
						: `did you mean ${quoted(suggestion)}?`,
			});
			continue;
		}
		if (!isArticleVisible(article.data, audience)) {
			hidden++;
			continue;
		}
		const rank = perArticle.get(article.slug) ?? 0;
		perArticle.set(article.slug, rank + 1);
		redirects.push({
			from: key,
			to: `${paths.article(article.slug)}${section === undefined ? '' : `#${section}`}`,
			rank,
			...(section === undefined ? {} : { article: article.slug, section, ...at }),
		});
	}
	return { redirects, hidden, problems };
}
