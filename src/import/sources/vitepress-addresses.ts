import path from 'node:path';

/**
 * The `.html` address a VitePress site without `cleanUrls` served a page at, beside the
 * address without it (`page`, which hosts also answer): `/orders/refunds.html` for
 * `orders/refunds.md`, and a folder's `index.md` (served at `/orders/`) as
 * `/orders/index.html`. VitePress linked each page so, in its pages, sidebar and sitemap,
 * so that is the address bookmarks and search engines kept. None for the site's own home
 * page, which is the help center's home here.
 */
export function vitepressHtmlAddress(page: string, relative: string): string[] {
	if (page === '' || page === '/' || page.endsWith('.html')) return [];
	const index = path.posix.basename(relative.split(path.sep).join('/')).toLowerCase() === 'index.md';
	if (index && path.posix.dirname(relative.split(path.sep).join('/')) === '.') return [];
	return [index ? `${page.replace(/\/$/, '')}/index.html` : `${page}.html`];
}
