import { queryLanguageData } from '../search/build/language-stop-words.ts';
import { linkWordsByArticle } from '../search/build/link-words.ts';
import { queryLanguage } from '../search/query/language.ts';
import type { Article, Runbook } from './data.ts';

/**
 * Reads the links of every page this build publishes once, and returns the words other
 * pages link each article by (see `linkWordsByArticle`), for the article page to give
 * search. Only what the build publishes is read: the public build's pages are public
 * articles, so the handbook's words never reach it.
 */
export function linkWordsResolver(
	articles: readonly Article[],
	runbooks: readonly Runbook[],
	site: { url: string; language: string },
): (slug: string) => string[] {
	const language = queryLanguage(queryLanguageData(site.language));
	const pages = [
		...articles.map((article) => ({ kind: 'article' as const, entry: article })),
		...runbooks.map((runbook) => ({ kind: 'runbook' as const, entry: runbook })),
	].map(({ kind, entry }) => ({
		kind,
		slug: entry.id,
		body: entry.body ?? '',
		mdx: entry.filePath?.endsWith('.mdx') ?? false,
	}));
	const words = linkWordsByArticle(
		pages,
		articles.map((article) => ({ slug: article.id, title: article.data.title, aliases: article.data.aliases })),
		{
			siteUrl: site.url,
			isStopWord: (word) => language.isStopWord(word),
			baseForms: (word) => language.baseForms(word),
		},
	);
	return (slug) => words.get(slug) ?? [];
}
