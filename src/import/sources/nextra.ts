import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { keyName, moduleScope, propertiesNamed, resolve, sectionTitle, unwrap, type Value } from './nav-code.ts';
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
	/** Where the site served the folder: `contentDirBasePath` for a `content/` folder, else empty. */
	basePath: string;
	/** The site's `next.config.*`, whose `redirects` name old addresses. */
	config?: string;
	/** The names `_meta` files give pages and folders, by their path in the folder (`billing/refunds`). */
	titles: Map<string, string>;
}

const NEXT_CONFIGS = ['ts', 'mjs', 'js', 'cjs', 'mts'].map((extension) => `next.config.${extension}`);
const META_FILES = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'json'].map((extension) => `_meta.${extension}`);

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
		return {
			root,
			appDir,
			basePath: (contentBase ?? '').replace(/\/+$/, ''),
			...(config ? { config } : {}),
			titles: metaTitles(folder),
		};
	}
	// Handed over without its site, a pages folder is known by its `_meta` file.
	if (META_FILES.some((name) => existsSync(path.join(folder, name))))
		return { root: folder, appDir: false, basePath: '', titles: metaTitles(folder) };
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

/** Each `_meta` file's names, by the path of what they name in the folder; the global one's `items` nested. */
function metaTitles(dir: string): Map<string, string> {
	const titles = new Map<string, string>();
	const read = (object: Value | undefined, folder: string, depth: number) => {
		const found = resolve(object);
		if (found?.node.type !== 'ObjectExpression' || depth > 12) return;
		for (const property of found.node.properties) {
			if (property.type !== 'ObjectProperty') continue;
			const key = keyName(property);
			if (!key || key === '*' || key.startsWith('_')) continue;
			const at = folder ? `${folder}/${key}` : key;
			const value = { node: property.value, scope: found.scope };
			const title = entryTitle(value);
			if (title && !titles.has(at)) titles.set(at, title);
			const entry = resolve(value);
			const items = entry?.node.type === 'ObjectExpression' ? propertiesNamed(entry, 'items')[0] : undefined;
			if (items) read(items, at, depth + 1);
		}
	};
	const files = globSync(
		[...META_FILES.map((name) => `**/${name}`), ...META_FILES.map((name) => name.replace('_meta', '_meta.global'))],
		{ cwd: dir, exclude: isSkippedFolder },
	).sort();
	for (const relative of files) {
		const file = path.join(dir, relative);
		const folder = path
			.dirname(relative)
			.split(path.sep)
			.filter((part) => part !== '.' && !/^\(.*\)$/.test(part))
			.join('/');
		if (file.endsWith('.json')) {
			try {
				const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
				for (const [key, value] of Object.entries(data)) {
					const title = typeof value === 'string' ? value : (value as { title?: unknown } | null)?.title;
					const at = folder ? `${folder}/${key}` : key;
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
	return titles;
}

/** A `source` pattern's alternatives written out: `/guide/:slug(latex|mermaid)` is `/guide/latex` and `/guide/mermaid`. */
function expandAlternatives(source: string, destination: string): { from: string; to: string }[] | undefined {
	const match = /:(\w+)\(([\w|-]+)\)/.exec(source);
	if (!match) return /[:*(]/.test(source) || /[:*]/.test(destination) ? undefined : [{ from: source, to: destination }];
	const [whole, name, list] = match as unknown as [string, string, string];
	return list.split('|').flatMap((value) => {
		const from = source.replace(whole, value);
		const to = destination.replaceAll(`:${name}`, value);
		return expandAlternatives(from, to) ?? [];
	});
}

/**
 * The list a Next.js configuration's `redirects` returns: the configuration is often
 * wrapped (`withNextra({ … })`), and `redirects` a function (`() => [...]`, `async redirects() { return [...] }`).
 */
function redirectsValue(root: Value | undefined): Value | undefined {
	let current = root;
	for (let depth = 0; current && depth < 8; depth++) {
		const node = unwrap(current.node);
		if (node?.type === 'Identifier') current = current.scope.names.get(node.name);
		else if (node?.type === 'CallExpression') {
			const [first] = node.arguments;
			current = first ? { node: first, scope: current.scope } : undefined;
		} else if (node?.type === 'ObjectExpression') {
			for (const property of node.properties) {
				if (
					property.type === 'ObjectMethod' &&
					property.key.type === 'Identifier' &&
					property.key.name === 'redirects'
				) {
					const returned = property.body.body.find((statement) => statement.type === 'ReturnStatement');
					return returned?.type === 'ReturnStatement' && returned.argument
						? { node: returned.argument, scope: current.scope }
						: undefined;
				}
				if (property.type === 'ObjectProperty' && keyName(property) === 'redirects') {
					const value = resolve({ node: property.value, scope: current.scope });
					const fn = value?.node;
					if (value && (fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionExpression')) {
						if (fn.body.type !== 'BlockStatement') return { node: fn.body, scope: value.scope };
						const returned = fn.body.body.find((statement) => statement.type === 'ReturnStatement');
						return returned?.type === 'ReturnStatement' && returned.argument
							? { node: returned.argument, scope: value.scope }
							: undefined;
					}
					return value;
				}
			}
			return undefined;
		} else return undefined;
	}
	return undefined;
}

/**
 * The `redirects` a Next.js configuration returns (`[{ source, destination, permanent }]`),
 * read as code, never run: each plain one, and each alternative of a `:slug(a|b)` pattern
 * written out; `patterns`, those naming no one address (`/blog/:slug*`).
 */
export function nextRedirects(config: string): {
	redirects: { from: string; to: string; written: string }[];
	patterns: string[];
} {
	const file = path.basename(config);
	const redirects: { from: string; to: string; written: string }[] = [];
	const patterns: string[] = [];
	const array = resolve(redirectsValue(moduleScope(config, new Map()).names.get('default')));
	if (array?.node.type !== 'ArrayExpression') return { redirects, patterns };
	for (const element of array.node.elements) {
		const entry = element && resolve({ node: element, scope: array.scope });
		if (entry?.node.type !== 'ObjectExpression') continue;
		const source = stringValue(propertyValue(entry.node, 'source'));
		const destination = stringValue(propertyValue(entry.node, 'destination'));
		if (source === undefined || destination === undefined) continue;
		const written = `${file}: redirect ${source} → ${destination}`;
		const expanded = expandAlternatives(source, destination);
		if (!expanded) patterns.push(written);
		for (const { from, to } of expanded ?? [])
			redirects.push({ from, to, written: `${file}: redirect ${from} → ${to}` });
	}
	return { redirects, patterns };
}
