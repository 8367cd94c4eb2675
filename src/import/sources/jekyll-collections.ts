import { existsSync } from 'node:fs';
import path from 'node:path';
import { yamlConfigFile } from './config-data.ts';

/**
 * Where a Jekyll site served the documents of its collections: `_config.yml`'s
 * `collections` (`articles: { output: true, permalink: /article/:name/ }`) puts each
 * document of `_articles/` at its collection's `permalink`, else at the site's
 * (`permalink: pretty`), else at `/:collection/:path`. A help center kept this way linked
 * its articles by those addresses (`{{ site.baseurl }}/article/setup-two-step-login/`),
 * which its folders never show.
 */

/** The address a document of an output collection was served at, from the site's root; none for other files. */
export type JekyllPermalinks = (relative: string, data: Record<string, unknown>) => string | undefined;

/** Jekyll's named permalink styles, as a collection's documents take them. */
const STYLES: Record<string, string> = {
	pretty: '/:collection/:path/',
	none: '/:collection/:path:output_ext',
	date: '/:collection/:path:output_ext',
	ordinal: '/:collection/:path:output_ext',
};

/** Jekyll's slugify (its default mode): lower case, every run of other characters one hyphen. */
const slugify = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');

/** The collections a configuration names, each with whether it was written out and its pattern. */
function collectionsOf(data: Record<string, unknown>): Map<string, { output: boolean; permalink?: string }> {
	const found = new Map<string, { output: boolean; permalink?: string }>();
	const listed = data.collections;
	if (Array.isArray(listed)) {
		for (const name of listed) if (typeof name === 'string') found.set(name, { output: false });
	} else if (listed !== null && typeof listed === 'object') {
		for (const [name, value] of Object.entries(listed as Record<string, unknown>)) {
			const settings = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
			found.set(name, {
				output: settings.output === true,
				...(typeof settings.permalink === 'string' ? { permalink: settings.permalink } : {}),
			});
		}
	}
	return found;
}

/**
 * The site's collection addresses, for a folder that is a Jekyll site's source (its
 * `_config.yml` in it or up to two folders above); undefined without one, or when no
 * collection was written out.
 */
export function jekyllPermalinks(dir: string): JekyllPermalinks | undefined {
	for (const up of [0, 1, 2]) {
		const source = path.resolve(dir, ...Array(up).fill('..'));
		const config = ['_config.yml', '_config.yaml'].map((name) => path.join(source, name)).find(existsSync);
		if (!config) continue;
		const data = yamlConfigFile(config);
		if (!data) return undefined;
		const collections = collectionsOf(data);
		if (![...collections.values()].some((collection) => collection.output)) return undefined;
		const siteStyle = typeof data.permalink === 'string' ? data.permalink : 'date';
		const collectionsDir =
			typeof data.collections_dir === 'string' ? data.collections_dir.replace(/^\/+|\/+$/g, '') : '';
		return (relative, page) => {
			const inSource = path.relative(source, path.resolve(dir, relative)).split(path.sep).join('/');
			const inside =
				collectionsDir && inSource.startsWith(`${collectionsDir}/`)
					? inSource.slice(collectionsDir.length + 1)
					: inSource;
			const match = /^_([^/]+)\/(.+)\.[^./]+$/.exec(collectionsDir && inside === inSource ? '' : inside);
			const name = match?.[1];
			const collection = name === undefined ? undefined : collections.get(name);
			if (!match || !name || !collection?.output) return undefined;
			const pattern =
				collection.permalink ?? STYLES[siteStyle] ?? (siteStyle.startsWith('/') ? siteStyle : STYLES.date);
			const docPath = match[2] ?? '';
			const basename = docPath.split('/').at(-1) ?? docPath;
			const slug = typeof page.slug === 'string' && page.slug.trim() !== '' ? page.slug.trim() : basename;
			const categories = (Array.isArray(page.categories) ? page.categories : [page.categories])
				.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')
				.map(slugify);
			const values: Record<string, string> = {
				collection: name,
				path: docPath,
				name: slugify(basename),
				title: slugify(slug),
				slug: slugify(slug),
				categories: categories.join('/'),
				output_ext: '.html',
			};
			let unknown = false;
			const address = (pattern ?? '').replace(/:([a-z_]+)/g, (written, key: string) => {
				const value = values[key];
				if (value === undefined) unknown = true;
				return value ?? written;
			});
			// A pattern of dates or other fields of a post's: its address is not known here.
			return unknown ? undefined : `/${address.replace(/^\/+/, '').replace(/\/{2,}/g, '/')}`;
		};
	}
	return undefined;
}
