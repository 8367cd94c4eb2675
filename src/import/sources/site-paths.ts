import { fileURLToPath } from 'node:url';

/** How a folder's links name the old site's addresses and its own files. */

/** Whether two addresses are on one host, `www.` or not. */
export function sameHost(a: URL, b: URL): boolean {
	const host = (value: URL) => value.host.toLowerCase().replace(/^www\./, '');
	return host(a) === host(b);
}

/** Whether `url` is on the old site: same host, `www.` or not, over http or https. */
export function onOldSite(url: URL, oldSite: URL | undefined): boolean {
	if (!oldSite || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
	return sameHost(url, oldSite);
}

/**
 * Whether `url` is on a Mintlify project's own default address (`acme.mintlify.app`, or
 * `acme.mintlify.site` for newer projects), where Mintlify serves the same pages as at the
 * project's custom domain, and which goes with the project.
 */
export function onMintlifyDefaultHost(url: URL): boolean {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
	return /^(?:www\.)?[a-z0-9-]+\.mintlify\.(?:app|site)$/i.test(url.hostname);
}

/** The file a `file:` URL's path names, or undefined when its percent-encoding is broken (`/a%}}`). */
export function filePathOf(pathname: string): string | undefined {
	try {
		return fileURLToPath(new URL(pathname.replace(/^\/+/, '/'), 'file://'));
	} catch {
		return undefined;
	}
}

/** A path as written in a URL (`/Getting%20started`) and as written in a file name (`/Getting started`). */
export function pathForms(pathname: string): string[] {
	try {
		const decoded = decodeURIComponent(pathname);
		return decoded === pathname ? [pathname] : [pathname, decoded];
	} catch {
		return [pathname];
	}
}
