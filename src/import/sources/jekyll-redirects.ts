import { normalizeOldPath } from '../../redirects/old-path.ts';

/**
 * The old address a Jekyll page sent its readers to with jekyll-redirect-from's
 * `redirect_to`: an address on the site (`/guides/setup/`, under the address the site was
 * served at, as the plugin makes it absolute with the site's `baseurl`), or a full address
 * on the old site itself. Undefined for anything else (another site, a list, nothing).
 */
export function jekyllRedirectTarget(value: unknown, servedAt: string, oldSite: URL | undefined): string | undefined {
	if (typeof value !== 'string') return undefined;
	const written = value.trim().replace(/[?#].*$/, '');
	if (written === '') return undefined;
	if (/^[a-z][\w+.-]*:|^\/\//i.test(written)) {
		if (!oldSite) return undefined;
		let url: URL;
		try {
			url = new URL(written, oldSite);
		} catch {
			return undefined;
		}
		return url.host === oldSite.host ? normalizeOldPath(url.pathname.replace(/(.)\/+$/, '$1')) : undefined;
	}
	const base = servedAt.replace(/\/+$/, '');
	const path = written.replace(/^\/+|\/+$/g, '');
	const inSite = base !== '' && `/${path}/`.startsWith(`${base}/`) ? `/${path}` : `${base}/${path}`;
	return normalizeOldPath(inSite.replace(/\/{2,}/g, '/') || '/');
}
