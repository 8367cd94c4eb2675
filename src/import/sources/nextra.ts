import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve, sectionTitle, type Value } from './nav-code.ts';
import { type NextSettings, nextSettings } from './next-config.ts';
import { isSkippedFolder } from './skipped-folders.ts';

/**
 * A Nextra site's pages, read as Nextra serves them: Nextra 2 and 3 from `pages/`, Nextra 4
 * from `content/` (under the `contentDirBasePath` its `next.config.*` gives `nextra()`) or
 * from Next.js' `app/`, where a page is a folder's `page.mdx` served at the folder's path
 * (`app/billing/refunds/page.mdx` at `/billing/refunds`; a route group's `(name)/` adds
 * nothing). Each folder's `_meta.{js,jsx,ts,tsx,json}`, and Nextra 4's `_meta.global.*`,
 * name its pages and folders in the sidebar: read as data, never run.
 */
export interface NextraSite {
	/** The folder holding the site's `package.json` and `next.config.*`. */
	root: string;
	/** Whether the pages are Next.js' `app/` folder, where only `page.mdx` files are pages. */
	appDir: boolean;
	/**
	 * Where the site served the folder: Next.js' `basePath`, then `contentDirBasePath` for a
	 * `content/` folder (`/help/docs`); empty for the host's root.
	 */
	basePath: string;
	/** Next.js' `basePath` alone, which it put before every redirect and link (`/help`); empty without one. */
	siteBase: string;
	/** The site's `next.config.*`, whose `redirects` name old addresses. */
	config?: string;
	/** The locales its `i18n` served the site in (Nextra 2 and 3 name each page file by one: `setup.ja.mdx`). */
	i18n?: NextSettings['i18n'];
	/**
	 * The names `_meta` files give pages and folders, by their path in the folder
	 * (`billing/refunds`): the default locale's `_meta.<locale>.*` first, where the site has them.
	 */
	titles: Map<string, string>;
	/** Each page's and folder's place among its folder's entries in the `_meta` file naming it (0 first). */
	order: Map<string, number>;
}

const NEXT_CONFIGS = ['ts', 'mjs', 'js', 'cjs', 'mts'].map((extension) => `next.config.${extension}`);
const META_EXTENSIONS = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'json'];
const META_FILES = META_EXTENSIONS.map((extension) => `_meta.${extension}`);
/** A locale's `_meta` file (`_meta.en-US.json`), as Nextra 2 and 3 name a folder's pages in each locale. */
const LOCALE_META = new RegExp(`^_meta\\.[a-z]{2,3}(?:-[a-z0-9]{2,8})?\\.(?:${META_EXTENSIONS.join('|')})$`, 'i');

function namesNextra(dir: string): boolean {
	const manifest = path.join(dir, 'package.json');
	return existsSync(manifest) && /"nextra(?:-theme-docs)?"\s*:/.test(readFileSync(manifest, 'utf8'));
}

/** Whether a folder is Next.js' `app/` folder with Nextra pages in it (`page.mdx`). */
export function hasAppPages(dir: string): boolean {
	return globSync('**/page.{md,mdx}', { cwd: dir, exclude: isSkippedFolder }).length > 0;
}

/** The Nextra site the folder is the pages of (`app/`, `src/app/`, `content/`, `src/content/`, `pages/`, `src/pages/`). */
export function nextraSite(dir: string): NextraSite | undefined {
	const folder = path.resolve(dir);
	for (const below of ['app', 'src/app', 'content', 'src/content', 'pages', 'src/pages']) {
		const root = path.resolve(folder, ...below.split('/').map(() => '..'));
		if (path.join(root, below) !== folder || !namesNextra(root)) continue;
		const config = NEXT_CONFIGS.map((name) => path.join(root, name)).find((file) => existsSync(file));
		const appDir = below.endsWith('app');
		const contentBase =
			below.endsWith('content') && config
				? /\bcontentDirBasePath\s*:\s*(["'`])(\/[^"'`\n]*)\1/.exec(readFileSync(config, 'utf8'))?.[2]
				: undefined;
		const settings = config ? nextSettings(config) : {};
		const siteBase = settings.basePath ?? '';
		return {
			root,
			appDir,
			basePath: `${siteBase}${(contentBase ?? '').replace(/\/+$/, '')}`,
			siteBase,
			...(config ? { config } : {}),
			...(settings.i18n ? { i18n: settings.i18n } : {}),
			...nextraMeta(folder, settings.i18n?.defaultLocale),
		};
	}
	// Handed over without its site, a pages folder is known by its `_meta` file, one locale's too.
	const metaFile = (name: string) => META_FILES.includes(name) || LOCALE_META.test(name);
	if (readdirSync(folder).some(metaFile))
		return { root: folder, appDir: false, basePath: '', siteBase: '', ...nextraMeta(folder) };
	return undefined;
}

/** Whether a file of an `app/` folder is a page: `page.md` or `page.mdx`, which Next.js routes. */
export function isAppPage(relative: string): boolean {
	return /^page\.mdx?$/i.test(path.basename(relative));
}

/** Why Next.js did not serve a file of an `app/` folder as a page, when it did not. */
export function appUnrouted(posix: string): string | undefined {
	if (!isAppPage(posix))
		return "in Next.js' app/ folder, where only page.mdx files are pages: a file shown only inside the pages that import it";
	if (posix.split('/').some((part) => part.startsWith('_')))
		return 'in a private folder of Next.js\' app/ (its name starts with "_"), which Next.js does not serve';
	return undefined;
}

/** Why Next.js did not serve a file at the top of its `pages/` folder as a page: its custom App, Document or error page. */
export function nextUnrouted(posix: string): string | undefined {
	const name = /^_(app|document|error)\.mdx?$/i.exec(posix)?.[1]?.toLowerCase();
	if (name === 'app') return "Next.js' custom App, which wraps every page; no page of its own";
	if (name === 'document') return "Next.js' custom Document, the HTML around every page; no page of its own";
	if (name === 'error') return "Next.js' custom error page, shown for addresses it has no page at";
	return undefined;
}

/**
 * A page of an `app/` folder's id: its folder's path, without route groups (`(docs)/`),
 * `index` for the site's root page.
 */
export function appPageId(relative: string): string {
	const parts = relative.split(/[\\/]/).slice(0, -1);
	return (
		parts
			.filter((part) => !/^\(.*\)$/.test(part))
			.join('/')
			.replace(/^\/+|\/+$/g, '') || 'index'
	);
}

/**
 * The folder a page of an `app/` folder belongs to, for the import map: its own folder when
 * pages sit below it (it introduces them, as a folder's index does), else the folder above.
 */
export function appPageFolder(id: string, ids: readonly string[]): string | undefined {
	if (id === 'index') return undefined;
	if (ids.some((other) => other.startsWith(`${id}/`))) return id;
	return id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined;
}

/** The words a JSX title shows (`<><code>/posts</code> Page</>` is "/posts Page"). */
function jsxWords(node: t.Node): string {
	if (node.type === 'JSXText') return node.value;
	if (node.type === 'JSXExpressionContainer') return stringValue(node.expression) ?? '';
	if (node.type === 'JSXElement' || node.type === 'JSXFragment') return node.children.map(jsxWords).join('');
	return '';
}

/** A `_meta` entry's title: a string, or an object's `title` (a string or JSX); none for a separator, menu or link. */
function entryTitle(value: Value | undefined): string | undefined {
	const node = resolve(value)?.node;
	if (!node) return undefined;
	if (node.type !== 'ObjectExpression') {
		const words = stringValue(node) ?? (node.type.startsWith('JSX') ? jsxWords(node) : undefined);
		return sectionTitle(words);
	}
	const kind = stringValue(propertyValue(node, 'type'));
	if (kind === 'separator' || kind === 'menu' || propertyValue(node, 'href')) return undefined;
	const title = propertyValue(node, 'title');
	return title && value ? entryTitle({ node: title, scope: value.scope }) : undefined;
}

/**
 * Each `_meta` file's names and order, by the path of what they name in the folder; the
 * global one's `items` nested. With a `locale`, its own `_meta.<locale>.*` files come first.
 */
export function nextraMeta(dir: string, locale?: string): { titles: Map<string, string>; order: Map<string, number> } {
	const titles = new Map<string, string>();
	const order = new Map<string, number>();
	const place = (at: string, position: number) => {
		if (!order.has(at)) order.set(at, position);
	};
	const read = (object: Value | undefined, folder: string, depth: number) => {
		const found = resolve(object);
		if (found?.node.type !== 'ObjectExpression' || depth > 12) return;
		for (const [position, property] of found.node.properties.entries()) {
			if (property.type !== 'ObjectProperty') continue;
			const key = keyName(property);
			if (!key || key === '*' || key.startsWith('_')) continue;
			const at = folder ? `${folder}/${key}` : key;
			place(at, position);
			const value = { node: property.value, scope: found.scope };
			const title = entryTitle(value);
			if (title && !titles.has(at)) titles.set(at, title);
			const entry = resolve(value);
			const items = entry?.node.type === 'ObjectExpression' ? propertiesNamed(entry, 'items')[0] : undefined;
			if (items) read(items, at, depth + 1);
		}
	};
	const localeFiles = locale
		? globSync(
				META_EXTENSIONS.map((extension) => `**/_meta.${locale}.${extension}`),
				{ cwd: dir, exclude: isSkippedFolder },
			).sort()
		: [];
	const files = globSync(
		[...META_FILES.map((name) => `**/${name}`), ...META_FILES.map((name) => name.replace('_meta', '_meta.global'))],
		{ cwd: dir, exclude: isSkippedFolder },
	).sort();
	for (const relative of [...localeFiles, ...files]) {
		const file = path.join(dir, relative);
		const folder = path
			.dirname(relative)
			.split(path.sep)
			.filter((part) => part !== '.' && !/^\(.*\)$/.test(part))
			.join('/');
		if (file.endsWith('.json')) {
			try {
				const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
				for (const [position, [key, value]] of Object.entries(data).entries()) {
					const title = typeof value === 'string' ? value : (value as { title?: unknown } | null)?.title;
					const at = folder ? `${folder}/${key}` : key;
					place(at, position);
					if (typeof title === 'string' && sectionTitle(title) && !titles.has(at))
						titles.set(at, sectionTitle(title) as string);
				}
			} catch {
				// A `_meta.json` that does not parse names nothing.
			}
			continue;
		}
		read(moduleScope(file, new Map()).names.get('default'), folder, 0);
	}
	return { titles, order };
}
