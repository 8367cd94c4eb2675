import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFolder } from './is-folder.ts';
import { isLanguageTag } from './language-folders.ts';
import { nextSettings } from './next-config.ts';

/**
 * A Next.js site that renders Markdown through Markdoc's plugin (`@markdoc/next.js`): its
 * package.json names the plugin and its `next.config.*` wraps the configuration with it
 * (`module.exports = withMarkdoc({ … })(nextConfig)`). Next.js routes its `pages/` folder
 * (`src/pages/` when the site has no `pages/`), each file at its path (`index.md` at its
 * folder's); of those, the files whose extension is one of the configuration's
 * `pageExtensions` the plugin renders (`md`, `mdoc`) are the Markdown pages. Everything is
 * read as code and text, never run.
 */
export interface MarkdocNextSite {
	/** The folder holding the site's `package.json` and `next.config.*`, where `markdoc/partials/` is. */
	root: string;
	/** The site's `next.config.*`. */
	config: string;
	/** Next.js' `basePath` (`/docs`), before every page, link and redirect; empty without one. */
	basePath: string;
	/** The Markdown extensions among its `pageExtensions` (`md` when it names none). */
	extensions: string[];
	/**
	 * The language its middleware serves at the site's root, by rewriting every address to that
	 * language's folder (`/setup` is `pages/en/setup.md`), when it does.
	 */
	unprefixed?: string;
}

const NEXT_CONFIGS = ['js', 'mjs', 'cjs', 'ts', 'mts'].map((extension) => `next.config.${extension}`);
const MIDDLEWARES = ['js', 'ts', 'mjs'].flatMap((extension) => [
	`middleware.${extension}`,
	`src/middleware.${extension}`,
]);
/** The extensions the plugin renders, when `pageExtensions` lists them. */
const MARKDOWN = ['md', 'mdoc', 'markdown'];

/** Whether the folder's package.json depends on `@markdoc/next.js` (in its dependencies or devDependencies). */
function dependsOnPlugin(root: string): boolean {
	const manifest = path.join(root, 'package.json');
	if (!existsSync(manifest)) return false;
	try {
		const data = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
		return ['dependencies', 'devDependencies'].some((field) => {
			const listed = data[field];
			return typeof listed === 'object' && listed !== null && '@markdoc/next.js' in listed;
		});
	} catch {
		return false;
	}
}

/** The site's `next.config.*` when it names Markdoc's plugin (`require('@markdoc/next.js')`), which wraps the configuration. */
function markdocNextConfig(root: string): string | undefined {
	if (!dependsOnPlugin(root)) return undefined;
	return NEXT_CONFIGS.map((name) => path.join(root, name)).find(
		(file) => existsSync(file) && readFileSync(file, 'utf8').includes('@markdoc/next.js'),
	);
}

/** The folder Next.js routes pages from, of a Markdoc site at `root`: `pages/` at the root, else `src/pages/`. */
export function markdocNextPagesFolder(root: string): string | undefined {
	if (!markdocNextConfig(root)) return undefined;
	return ['pages', 'src/pages'].map((below) => path.join(root, below)).find(isFolder);
}

/**
 * The language a Next.js middleware serves at the root by rewriting addresses to its folder:
 * a `rewrite` of the address with the language put before it (`` `/en${pathname}` ``,
 * `'/en' + pathname`). Read as text, never run.
 */
function unprefixedLanguage(root: string): string | undefined {
	const file = MIDDLEWARES.map((name) => path.join(root, name)).find(existsSync);
	if (!file) return undefined;
	const code = readFileSync(file, 'utf8');
	if (!/\.rewrite\s*\(/.test(code)) return undefined;
	const language =
		/`\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\$\{/i.exec(code)?.[1] ??
		/(["'])\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\1\s*\+/i.exec(code)?.[2];
	return language && isLanguageTag(language) ? language : undefined;
}

/** The Markdoc site whose pages folder `dir` is (`pages/` or `src/pages/` under it). */
export function markdocNextSite(dir: string): MarkdocNextSite | undefined {
	const folder = path.resolve(dir);
	for (const below of ['pages', 'src/pages']) {
		const root = path.resolve(folder, ...below.split('/').map(() => '..'));
		if (path.join(root, below) !== folder || markdocNextPagesFolder(root) !== folder) continue;
		const config = markdocNextConfig(root) as string;
		const settings = nextSettings(config);
		const listed = (settings.pageExtensions ?? []).filter((extension) => MARKDOWN.includes(extension.toLowerCase()));
		const unprefixed = unprefixedLanguage(root);
		return {
			root,
			config,
			basePath: settings.basePath ?? '',
			extensions: listed.length > 0 ? listed : ['md'],
			...(unprefixed ? { unprefixed } : {}),
		};
	}
	return undefined;
}

/**
 * Why Next.js did not serve a Markdown file of a Markdoc site's pages folder as a page, when
 * it did not: an extension its `pageExtensions` does not list, or a file of `api/`, whose
 * files are API routes.
 */
export function markdocNextUnrouted(posix: string, site: MarkdocNextSite): string | undefined {
	const extension = /\.([^./]+)$/.exec(posix)?.[1]?.toLowerCase() ?? '';
	if (!site.extensions.includes(extension))
		return `not one of the pageExtensions of ${path.basename(site.config)} (${site.extensions.join(', ')}), so Next.js never served it as a page`;
	if (posix.startsWith('api/')) return "in Next.js' api/ folder, whose files are API routes, not pages";
	return undefined;
}
