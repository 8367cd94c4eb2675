import { paths } from '../../site/urls.ts';

/** Where a link inside the site leads, as far as the content can tell. */
export type Route =
	| { kind: 'article'; slug: string }
	| { kind: 'runbook'; slug: string }
	| { kind: 'category'; id: string }
	| { kind: 'productArea'; id: string }
	/** A page only the internal handbook has (the runbook index, insights). */
	| { kind: 'internal-page' }
	/** Under a content prefix but not a page: `/articles/a/b.md`. */
	| { kind: 'not-a-page'; prefix: string }
	/** Anything else on the site (home, search, feeds, static files): not checked. */
	| { kind: 'other' };

/** Splits a path function such as `(slug) => /articles/${slug}/` into prefix and suffix. */
function pattern(build: (value: string) => string) {
	const [prefix = '', suffix = ''] = build('\u0000').split('\u0000');
	return { prefix, suffix };
}

const article = pattern(paths.article);
const articleMarkdown = pattern(paths.articleMarkdown);
const runbook = pattern(paths.runbook);
const category = pattern(paths.category);
const productArea = pattern(paths.productArea);
const internalPages = new Set([paths.runbooks, paths.insights]);

/** The value between prefix and suffix; a page path may drop its trailing slash or add index.html. */
function valueIn(pathname: string, { prefix, suffix }: { prefix: string; suffix: string }): string | undefined {
	if (!pathname.startsWith(prefix)) return undefined;
	let rest = pathname.slice(prefix.length);
	if (suffix === '/') rest = rest.replace(/\/(?:index\.html)?$/, '');
	else if (rest.endsWith(suffix)) rest = rest.slice(0, rest.length - suffix.length);
	else return undefined;
	return rest !== '' && !rest.includes('/') ? rest : undefined;
}

/** The page a site path leads to. */
export function routeOf(pathname: string): Route {
	if (internalPages.has(pathname) || internalPages.has(`${pathname}/`)) return { kind: 'internal-page' };
	// The Markdown copy of an article (`/articles/<slug>.md`) stands for the article.
	const markdown = valueIn(pathname, articleMarkdown);
	if (markdown !== undefined) return { kind: 'article', slug: markdown };
	const checks = [
		['article', article],
		['runbook', runbook],
		['category', category],
		['productArea', productArea],
	] as const;
	for (const [kind, shape] of checks) {
		const value = valueIn(pathname, shape);
		if (value === undefined) continue;
		if (kind === 'article' || kind === 'runbook') return { kind, slug: value };
		return { kind, id: value };
	}
	for (const [, shape] of checks) {
		if (pathname.startsWith(shape.prefix) && pathname !== shape.prefix)
			return { kind: 'not-a-page', prefix: shape.prefix };
	}
	return { kind: 'other' };
}

/** The path of an entry's page. */
export function pagePath(entry: { kind: 'article' | 'runbook'; slug: string }): string {
	return entry.kind === 'article' ? paths.article(entry.slug) : paths.runbook(entry.slug);
}
