import { paths } from '../site/urls.ts';

/**
 * What a redirect leads to. Most lead to an article, by slug or `source`; an old
 * section's address (`/knowledgebase/billing/`) may lead to the page of the product
 * area its articles are in, written as that page's path: `/areas/billing/`.
 */
export type RedirectTarget = { kind: 'article'; ref: string } | { kind: 'productArea'; id: string };

/**
 * The article a `to` names and the section of it, if any: `verify-domain#add-records`
 * is the article `verify-domain` at its heading `add-records`. A `to` that is itself an
 * article's slug or source (a source may hold a `#`, as a file name can) names that
 * article whole.
 */
export function articleAndSection(to: string, isArticle: (ref: string) => boolean): { ref: string; section?: string } {
	if (isArticle(to)) return { ref: to };
	const at = to.lastIndexOf('#');
	if (at <= 0 || at === to.length - 1) return { ref: to };
	return { ref: to.slice(0, at), section: to.slice(at + 1) };
}

const AREA_PAGE = /^\/areas\/([^/\s]+)\/?$/;

/** A `to` as written: an area page's path, else an article's slug or source. */
export function redirectTarget(to: string): RedirectTarget {
	const area = AREA_PAGE.exec(to)?.[1];
	return area === undefined ? { kind: 'article', ref: to } : { kind: 'productArea', id: area };
}

/** Whether a `to` is written as a page of the site, which must be a product area's (`/areas/<id>/`). */
export function isPagePath(to: string): boolean {
	return to.startsWith('/');
}

/** The `to` that leads to a product area's page. */
export function productAreaTarget(id: string): string {
	return paths.productArea(id);
}
