import { isFilePath, webAddress } from './help-center.ts';
import type { OldTarget } from './types.ts';

/** Where Document360 keeps articles' images and files. */
const FILE_HOST = /^(?:cdn\.document360\.io|[\w-]+\.blob\.core\.windows\.net)$/i;
/** Its own hosts that serve no knowledge base. */
const API_HOST = /^(?:apihub(?:\.[\w-]+)?|portal|api)\.document360\.io$/i;
/** `/docs/<slug>`, `/docs/<lang>/<slug>`, after a workspace's or a subfolder's path. */
const DOCS_PATH = /^(.*?)\/docs(?:\/([a-z]{2}(?:-[a-z0-9]+)?))?\/([^/]+)$/i;
/** The query a private project's signed file addresses carry (a SAS token). */
const SAS_PARAMS = ['sv', 'st', 'se', 'sr', 'sp', 'sig', 'spr', 'skoid', 'sktid', 'skt', 'ske', 'sks', 'skv'];

/**
 * The addresses the knowledge base site served an article at: its `url`'s path, and
 * the same with and without the language (`/docs/setup`, `/docs/en/setup`).
 */
export function document360OldPaths(
	url: string | null | undefined,
	slug: string,
	locale: string | undefined,
): string[] {
	const paths = new Set<string>();
	let prefix = '';
	let language = locale;
	if (url) {
		try {
			const pathname = decodeURI(new URL(url).pathname).replace(/\/+$/, '');
			const match = DOCS_PATH.exec(pathname);
			if (match && match[3] === slug) {
				paths.add(encodeURI(pathname));
				prefix = match[1] ?? '';
				language = match[2] ?? language;
			}
		} catch {
			// An unusable address only costs its redirect; the slug's forms still work.
		}
	}
	const encoded = encodeURIComponent(slug);
	paths.add(`${prefix}/docs/${encoded}`);
	if (language) paths.add(`${prefix}/docs/${language.toLowerCase()}/${encoded}`);
	return [...paths];
}

/** Article and category ids by the slugs the site's addresses use. */
export interface Document360Slugs {
	articles: Map<string, string>;
	categories: Map<string, string>;
}

/** Reads an old Document360 address: an article or a category by its slug, a file on its CDN, or another page. */
export function classifyDocument360(url: string, hosts: ReadonlySet<string>, slugs: Document360Slugs): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (FILE_HOST.test(parsed.host)) return { kind: 'file' };
	const ownHost = hosts.has(parsed.host) || (/\.document360\.io$/i.test(parsed.host) && !API_HOST.test(parsed.host));
	if (!relative && !ownHost) return { kind: 'elsewhere' };
	let pathname: string;
	try {
		pathname = decodeURIComponent(parsed.pathname).replace(/\/+$/, '');
	} catch {
		pathname = parsed.pathname.replace(/\/+$/, '');
	}
	const match = DOCS_PATH.exec(pathname);
	const slug = match?.[3];
	if (slug) {
		const article = slugs.articles.get(slug.toLowerCase());
		if (article) return { kind: 'article', id: article, fragment: parsed.hash.slice(1), linkedAs: parsed.pathname };
		const category = slugs.categories.get(slug.toLowerCase());
		if (category) return { kind: 'group', group: { type: 'categories', id: category } };
	}
	if (relative && !match) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}

/** A file address as an article keeps it when it could not be copied: without a private project's signature. */
export function document360OldAddress(url: string): string {
	try {
		const parsed = new URL(url);
		if (!FILE_HOST.test(parsed.host) || !parsed.searchParams.has('sig')) return url;
		for (const name of SAS_PARAMS) parsed.searchParams.delete(name);
		return parsed.href;
	} catch {
		return url;
	}
}
