import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { propertyValue, stringValue } from './docusaurus-docs-routes.ts';
import { isFolder } from './is-folder.ts';
import { keyName, moduleScope, resolve, type Value } from './nav-code.ts';

/**
 * A Nuxt Content site (Docus, Nuxt UI's docs templates): a Nuxt app whose `nuxt.config.*`
 * loads `@nuxt/content` (in its `modules`, or through a layer it `extends`, such as Docus)
 * and serves the Markdown of its `content/` folder, each page at its path there. The
 * configuration is code: it is read, never run.
 */
export interface NuxtContentSite {
	/** The Nuxt app's folder, holding its `nuxt.config.*` and `content/`. */
	root: string;
	config: string;
	/** `app.baseURL` (`/docs`): the path Nuxt served every page, redirect and link under; `''` for the host's root. */
	baseURL: string;
	/** `site.url` (nuxt-site-config's), the site's address, when one literal names it. */
	siteUrl?: string;
	/** The imported folder's path in `content/` (`1.setup`), `''` for `content/` itself. */
	folder: string;
}

const NUXT_CONFIGS = ['ts', 'js', 'mjs', 'mts', 'cjs', 'cts'].map((extension) => `nuxt.config.${extension}`);

/** The Nuxt configuration in the folder, if any. */
function nuxtConfig(dir: string): string | undefined {
	return NUXT_CONFIGS.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/** `@nuxt/content`, or Docus, the layer built on it, named as a module or a layer. */
const NAMES_CONTENT = /(["'`])(?:@nuxt\/content|docus|@nuxt-themes\/docus)\1/;

/** Whether the Nuxt app at `dir` loads Nuxt Content: its configuration or its package.json names it or Docus. */
function loadsNuxtContent(dir: string, config: string): boolean {
	if (NAMES_CONTENT.test(readFileSync(config, 'utf8'))) return true;
	const manifest = path.join(dir, 'package.json');
	return existsSync(manifest) && /"(?:@nuxt\/content|docus)"\s*:/.test(readFileSync(manifest, 'utf8'));
}

/** The Nuxt Content app whose root `dir` is, when it has a `content/` folder. */
export function nuxtContentRoot(dir: string): { root: string; config: string } | undefined {
	const config = nuxtConfig(dir);
	if (!config || !isFolder(path.join(dir, 'content')) || !loadsNuxtContent(dir, config)) return undefined;
	return { root: path.resolve(dir), config };
}

/** The exported configuration object (`export default defineNuxtConfig({ … })`), or undefined when it does not parse. */
function configObject(config: string): Value | undefined {
	try {
		const object = resolve(moduleScope(config, new Map()).names.get('default'));
		return object?.node.type === 'ObjectExpression' ? object : undefined;
	} catch {
		return undefined;
	}
}

/** A property of an object the configuration writes, its names followed. */
function setting(object: Value | undefined, name: string): Value | undefined {
	if (object?.node.type !== 'ObjectExpression') return undefined;
	const node = propertyValue(object.node, name);
	return node ? resolve({ node, scope: object.scope }) : undefined;
}

/** The Nuxt Content site whose `content/` folder `dir` is, or holds, up to three folders above it. */
export function nuxtContentSite(dir: string): NuxtContentSite | undefined {
	const target = path.resolve(dir);
	let content = target;
	for (let up = 0; up <= 3 && path.basename(content) !== 'content'; up++) content = path.dirname(content);
	if (path.basename(content) !== 'content') return undefined;
	const found = nuxtContentRoot(path.dirname(content));
	if (!found) return undefined;
	const folder = path.relative(content, target).split(path.sep).join('/');
	const object = configObject(found.config);
	const base = stringValue(setting(setting(object, 'app'), 'baseURL')?.node)?.replace(/\/+$/, '') ?? '';
	const siteUrl = stringValue(setting(setting(object, 'site'), 'url')?.node);
	return { ...found, folder, baseURL: base.startsWith('/') ? base : '', ...(siteUrl ? { siteUrl } : {}) };
}

/**
 * A file path as Nuxt Content serves it (`01.nextjs/07.live-preview` → `nextjs/live-preview`):
 * each part without its number prefix (`1.`, `01.`; a version, `1.2` or `2.x`, stays), and
 * `index` standing for its folder. Nuxt also lower-cases each part and joins words with `-`.
 */
export function nuxtContentPath(id: string): string {
	return id
		.split('/')
		.map((part) => withoutNumberPrefix(part))
		.filter((part, index, parts) => !(index === parts.length - 1 && /^index$/i.test(part)))
		.map((part) => part.toLowerCase().replace(/\s+/g, '-'))
		.join('/');
}

/** A file or folder name without Nuxt Content's number prefix (`07.live-preview` → `live-preview`). */
export function withoutNumberPrefix(part: string): string {
	if (/^\d+(?:\.\d+)*(?:\.x)?$/.test(part)) return part;
	return part.replace(/^\d+\./, '') || part;
}

/** A folder's path without number prefixes (`guides/01.data-model` → `guides/data-model`), as the import map names it. */
export function nuxtContentFolderId(folder: string): string {
	return folder
		.split('/')
		.map((part) => withoutNumberPrefix(part))
		.join('/');
}

/** Whether Nuxt Content serves no page for the file: it or a folder on its way starts with `_` or `.` (partials, `.navigation.yml`). */
export function isNuxtContentPartial(relative: string): boolean {
	return relative.split(/[\\/]/).some((part) => part.startsWith('_') || part.startsWith('.'));
}

/**
 * A folder's title in the site's navigation: the `title` (or `navigation.title`) of its
 * `.navigation.yml`, or of `_dir.yml`, as Nuxt Content 2 named the file.
 */
export function nuxtContentFolderTitle(folder: string): string | undefined {
	for (const name of ['.navigation.yml', '.navigation.yaml', '_dir.yml', '_dir.yaml']) {
		const file = path.join(folder, name);
		if (!existsSync(file)) continue;
		try {
			const data = parseYaml(readFileSync(file, 'utf8')) as { title?: unknown; navigation?: unknown } | null;
			const navigation = data?.navigation as { title?: unknown } | undefined;
			const title = typeof navigation?.title === 'string' ? navigation.title : data?.title;
			if (typeof title === 'string' && title.trim() !== '') return title.replace(/\s+/g, ' ').trim();
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** A page's name in Nuxt Content's navigation, when its frontmatter gives one apart from its title: `navigation: { title: 'Install' }`. */
export function nuxtNavigationTitle(data: Record<string, unknown>): string | undefined {
	const navigation = data.navigation;
	if (!navigation || typeof navigation !== 'object') return undefined;
	const title = (navigation as { title?: unknown }).title;
	return typeof title === 'string' && title.trim() !== '' ? title.replace(/\s+/g, ' ').trim() : undefined;
}

/** A redirect the site kept, as its configuration or file writes it. */
export interface NuxtRedirect {
	from: string;
	to: string;
	written: string;
	/** Whether `to` is written under the `baseURL` (as a redirects file a config loads is read) rather than from the host's root. */
	toUnderBase?: boolean;
}

/** A route rule's redirect target: `redirect: '/new'` or `redirect: { to: '/new', statusCode: 301 }`. */
function redirectTarget(rule: Value | undefined): string | undefined {
	const redirect = setting(rule, 'redirect');
	return stringValue(redirect?.node) ?? stringValue(setting(redirect, 'to')?.node);
}

/**
 * The redirects a Nuxt site kept: its configuration's `routeRules` (`'/old': { redirect: '/new' }`,
 * each old address under `app.baseURL`, its target as written, from the host's root), and a
 * `redirects.json` beside the configuration that the configuration names, which Directus' docs
 * load into their route rules (`{ "/old": { "to": "/new", "statusCode": 301 } }`, both under the
 * `baseURL`). `patterns`: rules naming no one address (`/blog/**`).
 */
export function nuxtRedirects(site: NuxtContentSite): { redirects: NuxtRedirect[]; patterns: string[] } {
	const file = path.basename(site.config);
	const redirects: NuxtRedirect[] = [];
	const patterns: string[] = [];
	const rules = setting(configObject(site.config), 'routeRules');
	if (rules?.node.type === 'ObjectExpression')
		for (const property of rules.node.properties) {
			if (property.type !== 'ObjectProperty') continue;
			const from = keyName(property);
			const to = redirectTarget(resolve({ node: property.value, scope: rules.scope }));
			if (from === undefined || to === undefined) continue;
			const written = `${file}: routeRules ${from} → ${to}`;
			if (from.includes('*') || from.includes(':')) patterns.push(written);
			else redirects.push({ from, to, written });
		}
	const json = path.join(site.root, 'redirects.json');
	if (existsSync(json) && readFileSync(site.config, 'utf8').includes('redirects.json')) {
		let entries: unknown;
		try {
			entries = JSON.parse(readFileSync(json, 'utf8'));
		} catch {
			entries = undefined;
		}
		if (entries && typeof entries === 'object' && !Array.isArray(entries))
			for (const [from, rule] of Object.entries(entries as Record<string, unknown>)) {
				const to = typeof rule === 'string' ? rule : (rule as { to?: unknown } | null)?.to;
				if (typeof to !== 'string') continue;
				const written = `redirects.json: ${from} → ${to}`;
				if (from.includes('*')) patterns.push(written);
				else redirects.push({ from, to, written, toUnderBase: true });
			}
	}
	return { redirects, patterns };
}
