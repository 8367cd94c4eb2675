import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { globPatterns } from './ignore-patterns.ts';
import { isFolder } from './is-folder.ts';
import { moduleScope, resolve, type Value } from './nav-code.ts';
import type { VuepressLocale } from './vuepress-locales.ts';

/**
 * An Rspress site (rspress.dev, the Rsbuild-based docs generator): its `rspress.config.*`,
 * read as code, never run, names the folder of its pages (`root`, `docs` by default), where
 * the site was served (`base`), whether it served pages without `.html` (`route.cleanUrls`)
 * and its languages: the default `lang`, whose pages in `docs/<lang>/` it served at the
 * site's root, and each other one of `locales` (or `themeConfig.locales`) under its name
 * (`docs/en/guide/setup.md` at `/en/guide/setup.html`).
 */
export interface RspressSite {
	/** The folder holding the configuration. */
	siteRoot: string;
	/** The configuration file. */
	config: string;
	/** Its pages' folder, `root` (`docs` unless it says otherwise). */
	pagesRoot: string;
	/** The site's `base` (`/help`), or empty at the host's root. */
	base: string;
	/** Whether it set `route.cleanUrls`: without it, each page was served as its `.html` file. */
	cleanUrls: boolean;
	/** Its languages, a folder each, the default `lang`'s served at the root; undefined for a site of one. */
	locales?: VuepressLocale[];
	/** The files its `route.exclude` globs leave out (`**\/drafts/**`, from `root`): Rspress never built them. */
	excluded: (relative: string) => { setting: string; pattern: string } | undefined;
}

const CONFIGS = ['ts', 'mts', 'js', 'mjs', 'cts', 'cjs'].map((extension) => `rspress.config.${extension}`);

/** The `rspress.config.*` in a folder, when it holds one. */
export function rspressConfig(dir: string): string | undefined {
	return CONFIGS.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/** The configuration's default export, as an object literal (through `defineConfig({...})`). */
function configObject(config: string): Value | undefined {
	try {
		const root = resolve(moduleScope(config, new Map()).names.get('default'));
		return root?.node.type === 'ObjectExpression' ? root : undefined;
	} catch {
		return undefined;
	}
}

/** A property of an object value, followed through names. */
function member(object: Value | undefined, name: string): Value | undefined {
	if (object?.node.type !== 'ObjectExpression') return undefined;
	const node = propertyValue(object.node as t.ObjectExpression, name);
	return node ? resolve({ node, scope: object.scope }) : undefined;
}

/**
 * The pages' folder `root` names, from the configuration's folder: a string
 * (`'docs'`), or `path.join(__dirname, 'docs')` / `path.resolve(__dirname, 'docs')`.
 */
function rootFolderOf(object: Value | undefined): string | undefined {
	const node = object && propertyValue(object.node as t.ObjectExpression, 'root');
	if (!node) return undefined;
	const literal = stringValue(node);
	if (literal !== undefined) return literal;
	if (node.type !== 'CallExpression') return undefined;
	const parts = node.arguments.filter((argument) => !(argument.type === 'Identifier' && argument.name === '__dirname'));
	const strings = parts.map((part) => stringValue(part));
	return strings.every((part) => part !== undefined) && strings.length > 0 ? path.join(...strings) : undefined;
}

/** The `lang` of each entry of a `locales` array. */
function localeLangs(value: Value | undefined): string[] {
	if (value?.node.type !== 'ArrayExpression') return [];
	return (value.node as t.ArrayExpression).elements.flatMap((element) => {
		const entry = element ? resolve({ node: element, scope: value.scope }) : undefined;
		const lang = stringValue(member(entry, 'lang')?.node);
		return lang ? [lang] : [];
	});
}

/** The Rspress site whose root the folder is, or whose pages' folder it is. */
export function rspressSiteOf(dir: string): RspressSite | undefined {
	const resolved = path.resolve(dir);
	for (const root of [resolved, path.dirname(resolved)]) {
		const config = rspressConfig(root);
		if (!config) continue;
		const site = rspressSite(config);
		if (root === resolved || path.resolve(site.pagesRoot) === resolved) return site;
	}
	return undefined;
}

/** What the configuration says, read as code, never run: literals only. */
export function rspressSite(config: string): RspressSite {
	const siteRoot = path.dirname(config);
	const object = configObject(config);
	const code = readFileSync(config, 'utf8');
	const pagesRoot = path.resolve(siteRoot, rootFolderOf(object) ?? 'docs');
	const base = (stringValue(member(object, 'base')?.node) ?? '').replace(/\/+$/, '');
	const cleanUrls = /\bcleanUrls\s*:\s*true\b/.test(code);
	const lang = stringValue(member(object, 'lang')?.node);
	const langs = [
		...new Set([
			...localeLangs(member(object, 'locales')),
			...localeLangs(member(member(object, 'themeConfig'), 'locales')),
		]),
	].filter((each) => isFolder(path.join(pagesRoot, each)));
	const locales =
		langs.length > 1
			? langs.map((each) => ({
					folder: each,
					lang: each,
					...(each === (lang ?? 'en') ? { root: true } : {}),
				}))
			: undefined;
	const exclude = member(member(object, 'route'), 'exclude');
	const globs =
		exclude?.node.type === 'ArrayExpression'
			? (exclude.node as t.ArrayExpression).elements.flatMap((element) => {
					const glob = stringValue(element ?? undefined);
					return glob ? [glob.replace(/^\.\//, '')] : [];
				})
			: [];
	const patterns = globPatterns(globs);
	const setting = `route.exclude in ${path.basename(config)}`;
	const excluded = (relative: string) => {
		const pattern = globs.length > 0 ? patterns.match(relative.split(path.sep).join('/')) : undefined;
		return pattern === undefined ? undefined : { setting, pattern };
	};
	return {
		siteRoot,
		config,
		pagesRoot,
		excluded,
		base: base.startsWith('/') ? base : base && `/${base}`,
		cleanUrls,
		...(locales ? { locales } : {}),
	};
}

/** The folder of the default language's pages, which Rspress served at the site's root (`zh` for `lang: 'zh'`). */
export function rspressRootFolder(site: RspressSite): string | undefined {
	return site.locales?.find((locale) => locale.root)?.folder;
}

/** The pages' folder of the Rspress site whose root the folder is: what to import when a team names the repository. */
export function rspressPagesFolder(siteRoot: string): { folder: string; config: string } | undefined {
	const config = rspressConfig(siteRoot);
	if (!config) return undefined;
	const site = rspressSite(config);
	return isFolder(site.pagesRoot) && path.resolve(site.pagesRoot) !== path.resolve(siteRoot)
		? { folder: site.pagesRoot, config: path.basename(config) }
		: undefined;
}

/** A folder's `_meta.json`, read when it is an array as Rspress writes it; undefined otherwise. */
function metaEntries(folder: string): unknown[] | undefined {
	const file = path.join(folder, '_meta.json');
	if (!existsSync(file)) return undefined;
	try {
		const read: unknown = JSON.parse(readFileSync(file, 'utf8'));
		return Array.isArray(read) ? read : undefined;
	} catch {
		return undefined;
	}
}

/** The label a folder's `_meta.json` gives a folder in it (`{ "type": "dir", "name": "start", "label": "Getting Started" }`). */
function dirLabel(parent: string, name: string): string | undefined {
	for (const entry of metaEntries(parent) ?? []) {
		if (!entry || typeof entry !== 'object') continue;
		const { type, name: named, label } = entry as Record<string, unknown>;
		if (
			(type === 'dir' || type === 'dir-section-header') &&
			named === name &&
			typeof label === 'string' &&
			label.trim()
		)
			return label.trim();
	}
	return undefined;
}

/** The text a language's `_nav.json` shows for a top folder (`{ "text": "Guide", "link": "/guides/start/introduction" }`). */
function navText(root: string, name: string): string | undefined {
	const file = path.join(root, '_nav.json');
	if (!existsSync(file)) return undefined;
	try {
		const read: unknown = JSON.parse(readFileSync(file, 'utf8'));
		for (const entry of Array.isArray(read) ? read : []) {
			if (!entry || typeof entry !== 'object') continue;
			const { text, link } = entry as Record<string, unknown>;
			if (typeof text === 'string' && typeof link === 'string' && link.replace(/^\/+/, '').split('/')[0] === name)
				return text.trim() || undefined;
		}
	} catch {
		return undefined;
	}
	return undefined;
}

/**
 * Where each page sat in the old site's sidebar, which Rspress builds from its folders: the
 * label each folder's `_meta.json` (or, for a top folder, the language's `_nav.json`) gives
 * it, else its name, below the language's folder, by the page's path in the imported folder.
 * Undefined when no folder has a label: the folders then speak for themselves.
 */
export function rspressNavSections(
	dir: string,
	files: readonly string[],
	languages: readonly string[],
): Map<string, readonly string[]> | undefined {
	const sections = new Map<string, readonly string[]>();
	let labelled = false;
	for (const file of files) {
		const parts = file.split(path.sep).join('/').split('/').slice(0, -1);
		const language = parts.length > 0 && languages.includes(parts[0] as string) ? 1 : 0;
		const root = path.join(dir, ...parts.slice(0, language));
		const titles = parts.slice(language).map((name, index) => {
			const parent = path.join(root, ...parts.slice(language, language + index));
			const label = dirLabel(parent, name) ?? (index === 0 ? navText(root, name) : undefined);
			if (label) labelled = true;
			return label ?? `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/[-_]+/g, ' ')}`;
		});
		if (titles.length > 0) sections.set(file.split(path.sep).join('/'), titles);
	}
	return labelled ? sections : undefined;
}

/**
 * The words Rspress' sidebar showed for pages in place of their titles: the `label` of a
 * `{ "type": "file", "name": "dim", "label": "Dimming" }` entry of their folder's
 * `_meta.json`, by the page's path without its extension (`en/guide/dim`).
 */
export function rspressSidebarLabels(dir: string, files: readonly string[]): Map<string, string> {
	const labels = new Map<string, string>();
	const folders = new Set(files.map((file) => path.dirname(file)));
	for (const folder of folders) {
		for (const entry of metaEntries(path.join(dir, folder)) ?? []) {
			if (!entry || typeof entry !== 'object') continue;
			const { type, name, label } = entry as Record<string, unknown>;
			if (type !== 'file' || typeof name !== 'string' || typeof label !== 'string' || label.trim() === '') continue;
			const page = [folder === '.' ? '' : folder.split(path.sep).join('/'), name.replace(/\.(mdx?)$/i, '')]
				.filter(Boolean)
				.join('/');
			labels.set(page, label.trim());
		}
	}
	return labels;
}
