import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFile, tomlData } from './config-data.ts';
import { isFolder } from './is-folder.ts';

/**
 * A Zola site (getzola.org): its configuration, `zola.toml` (or `config.toml`, which
 * Zola reads when there is no `zola.toml`), beside the `content/` folder it builds pages
 * from. Its `base_url` is the only setting Zola requires, and what tells it from a Hugo
 * site's `config.toml`, whose address is `baseURL`.
 */
export interface ZolaSite {
	/** The folder holding the configuration. */
	root: string;
	/** The configuration file's name, for the report (`config.toml`). */
	config: string;
	/** Its `base_url`, as written: where the site was served (`https://help.acme.com/`). */
	baseUrl: string;
	/** Its `content/` folder. */
	contentRoot: string;
	/** The imported folder's path under `content/` (`''` for `content/` itself, `docs` for `content/docs`). */
	folder: string;
	/** `slugify.paths`: `on` (Zola's default) slugifies a page's file name, `safe` and `off` keep it. */
	slugify: 'on' | 'safe' | 'off';
}

const CONFIG_FILES = ['zola.toml', 'config.toml'];

/** The site's configuration, when the folder holds a Zola one: a TOML file naming `base_url`. */
function zolaConfig(siteRoot: string): { file: string; config: Record<string, unknown> } | undefined {
	for (const name of CONFIG_FILES) {
		const file = path.join(siteRoot, name);
		const config = dataFile(file);
		if (!config || typeof config !== 'object' || Array.isArray(config)) continue;
		const values = config as Record<string, unknown>;
		if (typeof values.base_url === 'string') return { file, config: values };
		// Zola reads `config.toml` only when there is no `zola.toml`.
		return undefined;
	}
	return undefined;
}

/** The Zola site whose root the folder is, or whose `content/` it is or is in (up to three folders below it). */
export function zolaSiteOf(dir: string): ZolaSite | undefined {
	for (const up of [0, 1, 2, 3]) {
		const root = path.resolve(dir, ...Array(up).fill('..'));
		const read = zolaConfig(root);
		if (!read) continue;
		const contentRoot = path.join(root, 'content');
		if (!isFolder(contentRoot)) return undefined;
		const inside = path.relative(contentRoot, path.resolve(dir));
		if (root !== path.resolve(dir) && (inside.startsWith('..') || path.isAbsolute(inside))) return undefined;
		const slugify = (read.config.slugify as { paths?: unknown } | undefined)?.paths;
		return {
			root,
			config: path.basename(read.file),
			baseUrl: read.config.base_url as string,
			contentRoot,
			folder: root === path.resolve(dir) ? '' : inside.split(path.sep).join('/'),
			slugify: slugify === 'safe' || slugify === 'off' ? slugify : 'on',
		};
	}
	return undefined;
}

/** The `content/` folder of the Zola site whose root the folder is: what to import when a team names the site's repository. */
export function zolaPagesFolder(siteRoot: string): { folder: string; config: string } | undefined {
	const read = zolaConfig(siteRoot);
	const folder = path.join(siteRoot, 'content');
	return read && isFolder(folder) ? { folder, config: path.basename(read.file) } : undefined;
}

/**
 * A name as Zola's default `slugify.paths = "on"` writes it (the `slug` crate): accents
 * and other marks dropped, lowercase, every run of other characters one hyphen
 * (`zola-theme-jiaxiang.wang` → `zola-theme-jiaxiang-wang`).
 */
export function zolaSlug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A file name that starts with a date (`2024-03-01-new-billing`), which Zola takes off the address. */
const DATED = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?(?:\s?[_-](.+))?$/;

/**
 * Where Zola served a page, from `content/` and without slashes around it
 * (`repairs/fix-a-flat`): its `path` front matter as the whole address; else its folders
 * as written and its `slug` (else its file's name, or its folder's for an `index.md`,
 * without a leading date) slugified as the site says; a section's `_index.md` at its folder.
 */
export function zolaPagePath(relative: string, data: Record<string, unknown>, site: Pick<ZolaSite, 'slugify'>): string {
	const given = typeof data.path === 'string' ? data.path.trim() : '';
	if (given !== '') return given.replace(/^\/+|\/+$/g, '');
	const parts = relative.split(/[\\/]/).filter(Boolean);
	const file = (parts.pop() ?? '').replace(/\.md$/i, '');
	if (file === '_index') return parts.join('/');
	const named = file === 'index' ? parts.pop() : file;
	if (named === undefined) return '';
	const slugify = (text: string) =>
		site.slugify === 'on'
			? zolaSlug(text)
			: site.slugify === 'safe'
				? text.replace(/[<>:"/\\|?*]/g, '').replace(/[ .]+$/, '')
				: text;
	const ownSlug = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug.trim() : undefined;
	const undated = DATED.exec(named);
	const slug = slugify(ownSlug ?? (undated ? (undated[1] ?? named) : named));
	return [...parts, slug].join('/');
}

/** A section's front matter, the TOML (`+++` lines) of its `_index.md`, when it has one that reads. */
function zolaSectionData(folder: string): Record<string, unknown> | undefined {
	const file = path.join(folder, '_index.md');
	if (!existsSync(file)) return undefined;
	const front = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)^\+\+\+[ \t]*$/m.exec(readFileSync(file, 'utf8'));
	if (front?.index !== 0) return undefined;
	try {
		return tomlData(front[1] ?? '');
	} catch {
		return undefined;
	}
}

/** A section's title, the `title` of its `_index.md`'s TOML front matter, when it gives one. */
export function zolaSectionTitle(folder: string): string | undefined {
	const title = zolaSectionData(folder)?.title;
	return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

/**
 * The section around a file whose `_index.md` says `draft = true`, from `content/` (the
 * outermost, `beta/_index.md`), when one does: Zola builds none of a draft section's pages
 * and subsections, whatever their own `draft` says. A section's own `draft` is its own.
 */
export function zolaDraftSection(file: string, contentRoot: string): string | undefined {
	const inside = path.relative(contentRoot, path.dirname(file));
	if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
	const folders = inside.split(path.sep);
	// An `_index.md` is its folder's section: the sections around it start one folder up.
	const own = path.basename(file) === '_index.md' ? 1 : 0;
	for (let depth = 1; depth <= folders.length - own; depth++) {
		const folder = folders.slice(0, depth).join('/');
		if (zolaSectionData(path.join(contentRoot, folder))?.draft === true) return `${folder}/_index.md`;
	}
	return undefined;
}

/**
 * A page's taxonomies (`[taxonomies]` with `tags = ["tyres"]`, `categories = [...]`), each
 * term a label: the help center's tags are free-form labels too.
 */
export function zolaTaxonomyTerms(data: Record<string, unknown>): string[] {
	const taxonomies = data.taxonomies;
	if (!taxonomies || typeof taxonomies !== 'object' || Array.isArray(taxonomies)) return [];
	return Object.values(taxonomies as Record<string, unknown>).flatMap((terms) =>
		(Array.isArray(terms) ? terms : [terms]).filter((term): term is string => typeof term === 'string'),
	);
}

/** Zola's `aliases` are paths from the site's root, with or without their leading slash (`old/flat-tyre/`). */
export function zolaAliases(data: Record<string, unknown>): Record<string, unknown> {
	if (!Array.isArray(data.aliases)) return data;
	const aliases = data.aliases.map((alias) =>
		typeof alias === 'string' && !alias.trim().startsWith('/') && !/^[a-z][\w+.-]*:/i.test(alias.trim())
			? `/${alias.trim()}`
			: alias,
	);
	return { ...data, aliases };
}
