/** Site paths, in one place so pages, feeds and machine-readable outputs agree. */
export const paths = {
	home: '/',
	search: '/search/',
	article: (slug: string) => `/articles/${slug}/`,
	articleMarkdown: (slug: string) => `/articles/${slug}.md`,
	category: (id: string) => `/categories/${id}/`,
	productArea: (id: string) => `/areas/${id}/`,
	runbooks: '/runbooks/',
	runbook: (slug: string) => `/runbooks/${slug}/`,
	insights: '/insights/',
	rss: '/rss.xml',
};

/**
 * The built pages search indexes: one per article and runbook (`/articles/<slug>/`,
 * `/runbooks/<slug>/`, written as `<slug>/index.html`). Home, search, category and
 * area pages are lists of these, so Pagefind need not read them.
 */
export const indexedPagesGlob = '{articles,runbooks}/*/index.html';

/**
 * "Contact support" link, carrying the article the customer was reading and what they
 * searched for (`?q=`), so the ticket shows both.
 */
export function supportLink(supportUrl: string, slug?: string, query?: string): string {
	const searched = query?.trim();
	if ((!slug && !searched) || supportUrl.startsWith('mailto:')) return supportUrl;
	const url = new URL(supportUrl);
	if (searched) url.searchParams.set('q', searched);
	if (slug) url.searchParams.set('article', slug);
	return url.toString();
}
