/**
 * A crawler that followed a help center's language menu saved each article once per language:
 * `/hc/en-us/articles/360001-Verify-your-domain` and `/hc/de/articles/360001-Domain-bestaetigen`
 * share a number and are translations of one article, not copies of it. The import brings one
 * language, as it does from a helpdesk's API: an article is its number in that language, and a
 * page in another is listed as its translation, never merged into it.
 */

/** A saved page of a crawled help center: the article its address names (see same-article.ts), and its language. */
export interface CrawledPage {
	/** The article its address names, the language left out (`articleKeyOf`). */
	key: string;
	/** The language its address names, else the one the page says it is in; undefined when neither does. */
	language?: string;
}

/** Whether two language tags name one language: equal, or one without a region names the other's (`en` and `en-us`). */
export function sameLanguage(a: string, b: string): boolean {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	if (x === y) return true;
	const primary = (tag: string) => tag.split('-')[0];
	return (!x.includes('-') || !y.includes('-')) && primary(x) === primary(y);
}

/**
 * The language the import brings from the pages: the one `--locale` names; else English (its tag
 * most pages use), which the import brings by default from sites of several languages; else,
 * when some pages name no language (a help center answers an address without one in its default
 * language), those; else the language most pages are in. Undefined: the pages that name none.
 */
export function broughtLanguage(pages: readonly CrawledPage[], asked?: string): string | undefined {
	if (asked !== undefined) return asked.trim().toLowerCase().replaceAll('_', '-');
	const counts = new Map<string, number>();
	for (const { language } of pages) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
	const most = (tags: string[]) =>
		tags.reduce<string | undefined>(
			(best, tag) => (best === undefined || (counts.get(tag) ?? 0) > (counts.get(best) ?? 0) ? tag : best),
			undefined,
		);
	const english = most([...counts.keys()].filter((tag) => sameLanguage(tag, 'en')));
	if (english) return english;
	if (pages.some((page) => page.language === undefined)) return undefined;
	return most([...counts.keys()]);
}

/**
 * Each page's place: in the language brought (`undefined`), or another language's, which its
 * reason names. A page that names no language is taken as the language brought, unless `--locale`
 * asked for a language one of its article's pages is in: then it is the help center's default
 * language, a translation too.
 */
export function pageLanguages(
	pages: readonly CrawledPage[],
	asked?: string,
): { brought: string | undefined; otherLanguage: (page: CrawledPage) => string | undefined } {
	const brought = broughtLanguage(pages, asked);
	const inBrought = (page: CrawledPage) =>
		page.language !== undefined && brought !== undefined && sameLanguage(page.language, brought);
	const keysInBrought = new Set(pages.filter(inBrought).map((page) => page.key));
	return {
		brought,
		otherLanguage: (page) => {
			if (page.language === undefined)
				return asked !== undefined && keysInBrought.has(page.key)
					? "the help center's default language, at an address without one"
					: undefined;
			return inBrought(page) ? undefined : page.language;
		},
	};
}

/** A saved page in another language than the one brought, with the page of its article kept, if one is. */
export interface CrawledTranslation {
	id: string;
	file: string;
	/** Its language, or why it is taken as another one. */
	language: string;
	/** The language brought; undefined for the pages whose addresses name none. */
	brought: string | undefined;
	of?: { id: string; file: string };
}

/** Why a page in another language is left out, for the report's skipped list. */
export function translationReason(page: CrawledTranslation): string {
	const brought = page.brought ?? 'the language of the addresses that name none';
	return page.of
		? `a translation (${page.language}) of ${page.of.file}; the import brings one language (${brought}; --locale chooses another), and its address leads to the article`
		: `in ${page.language}, with no page of it in ${brought}; the import brings one language (--locale chooses another)`;
}
