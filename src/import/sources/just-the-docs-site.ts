import { closeSync, type Dirent, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { yamlConfigFile } from './config-data.ts';
import { splitFrontmatter } from './folder-pages.ts';
import {
	type JustTheDocsNav,
	type JustTheDocsOptions,
	justTheDocsNavigation,
	type NavPage,
} from './just-the-docs-nav.ts';
import { sectionTitle } from './nav-code.ts';
import { jekyllExcluded } from './site-excludes.ts';

/**
 * A Jekyll site that uses the Just the Docs theme, found from the imported folder (its
 * `_config.yml` in it or up to two folders above), and the navigation the theme built
 * from its pages' front matter (just-the-docs-nav.ts), keyed by the pages' paths in the
 * imported folder.
 */

/** The front-matter fields the theme's navigation reads: read here, so not reported as dropped. */
export const JUST_THE_DOCS_NAV_FIELDS = [
	'parent',
	'grand_parent',
	'ancestor',
	'nav_order',
	'has_children',
	'nav_exclude',
	'nav_fold',
	'child_nav_order',
	'has_toc',
];

/** Page files Jekyll renders with front matter, which the navigation may list. */
const PAGE_FILE = /\.(md|markdown|mkdown|mkdn|mkd|html|htm)$/i;
/** Folders no site's pages are in: its output, dependencies, caches. */
const NOT_PAGES = new Set(['node_modules', 'vendor', '_site']);
/** Read no more pages than this from a site: the navigation of a larger one is left unread. */
const MAX_PAGES = 20_000;

/** Whether the site's configuration, Gemfile or gemspec names the theme (`remote_theme: just-the-docs/just-the-docs`). */
function usesTheme(source: string, config: Record<string, unknown>): boolean {
	const named = (value: unknown) => typeof value === 'string' && /just[-_]the[-_]docs/i.test(value);
	if (named(config.theme) || named(config.remote_theme) || config.just_the_docs !== undefined) return true;
	// A site that is a copy of the theme names it as its own gem (`just-the-docs.gemspec`).
	try {
		for (const name of readdirSync(source))
			if (name === 'Gemfile' || name.endsWith('.gemspec'))
				if (named(name) || /["']just-the-docs["']/.test(readFileSync(path.join(source, name), 'utf8'))) return true;
	} catch {
		return false;
	}
	return false;
}

export interface JustTheDocsSite {
	/** The site's source folder, where its `_config.yml` is. */
	source: string;
	options: JustTheDocsOptions;
	/** `collections_dir`, from the source; '' when the collections are in it. */
	collectionsDir: string;
}

/** The Just the Docs site around the folder; undefined when it is in no Jekyll site or its site uses another theme. */
export function justTheDocsSite(dir: string): JustTheDocsSite | undefined {
	for (const up of [0, 1, 2]) {
		const source = path.resolve(dir, ...Array(up).fill('..'));
		const file = ['_config.yml', '_config.yaml'].map((name) => path.join(source, name)).find(existsSync);
		if (!file) continue;
		const config = yamlConfigFile(file);
		if (!config || !usesTheme(source, config)) return undefined;
		const settings = config.just_the_docs;
		const listed =
			settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>).collections : undefined;
		const collections =
			listed !== null && typeof listed === 'object' && !Array.isArray(listed)
				? Object.entries(listed as Record<string, unknown>).map(([key, value]) => {
						const entry = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
						return { key, name: sectionTitle(entry.name) ?? key, navExclude: entry.nav_exclude === true };
					})
				: [];
		return {
			source,
			options: {
				...(typeof config.nav_sort === 'string' ? { navSort: config.nav_sort } : {}),
				collections,
			},
			collectionsDir:
				typeof config.collections_dir === 'string' ? config.collections_dir.replace(/^\/+|\/+$/g, '') : '',
		};
	}
	return undefined;
}

/** The first bytes of a file, enough for its front matter. */
function head(file: string): string {
	const descriptor = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(16_384);
		const read = readSync(descriptor, buffer, 0, buffer.length, 0);
		return buffer.subarray(0, read).toString('utf8');
	} finally {
		closeSync(descriptor);
	}
}

/** The site's pages and its collections' documents, each with its front matter, by its path in the source. */
function sitePages(site: JustTheDocsSite): NavPage[] | undefined {
	const excluded = jekyllExcluded(site.source);
	const collectionFolders = new Map(
		(site.options.collections ?? []).map((collection) => [
			[site.collectionsDir, `_${collection.key}`].filter(Boolean).join('/'),
			collection.key,
		]),
	);
	const pages: NavPage[] = [];
	const visit = (folder: string, collection: string | undefined): boolean => {
		let entries: Dirent[];
		try {
			entries = readdirSync(path.join(site.source, folder), { withFileTypes: true });
		} catch {
			return true;
		}
		for (const entry of entries) {
			const relative = folder ? `${folder}/${entry.name}` : entry.name;
			const inCollection = collection ?? collectionFolders.get(relative);
			// Jekyll reads no file or folder named with `.` or `_` first, but a collection's.
			if (/^[._#]/.test(entry.name) && inCollection === undefined) continue;
			if (/~$/.test(entry.name) || excluded?.(relative)) continue;
			if (entry.isDirectory()) {
				if (NOT_PAGES.has(entry.name)) continue;
				if (!visit(relative, inCollection)) return false;
				continue;
			}
			if (!entry.isFile() || !PAGE_FILE.test(entry.name)) continue;
			if (pages.length >= MAX_PAGES) return false;
			let text: string;
			try {
				text = head(path.join(site.source, relative));
			} catch {
				continue;
			}
			// Only a file with front matter is a page; the rest Jekyll copies as they are.
			if (!/^(\uFEFF)?---[ \t]*\r?\n/.test(text)) continue;
			const { data } = splitFrontmatter(text);
			pages.push({ file: relative, data, ...(inCollection !== undefined ? { collection: inCollection } : {}) });
		}
		return true;
	};
	return visit('', undefined) ? pages : undefined;
}

/**
 * The navigation of the Just the Docs site around `dir`, by the pages' paths in `dir`
 * (`/`-separated); undefined for another site, one too large to read, or one whose
 * navigation nests no page under another.
 */
export function justTheDocsNav(dir: string): JustTheDocsNav | undefined {
	const site = justTheDocsSite(dir);
	const pages = site && sitePages(site);
	if (!site || !pages) return undefined;
	const nav = justTheDocsNavigation(pages, site.options);
	if (nav.sections.size === 0) return undefined;
	const inDir = (file: string) => {
		const relative = path.relative(dir, path.join(site.source, file)).split(path.sep).join('/');
		return relative.startsWith('../') ? undefined : relative;
	};
	const sections: JustTheDocsNav['sections'] = new Map();
	for (const [file, titles] of nav.sections) {
		const relative = inDir(file);
		if (relative !== undefined) sections.set(relative, titles);
	}
	const places = new Map<string, number>();
	for (const [file, place] of nav.places) {
		const relative = inDir(file);
		if (relative !== undefined) places.set(relative, place);
	}
	return { sections, places };
}
