import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type AntoraComponent, antoraComponent } from './antora.ts';
import {
	docusaurusDocsExcludes,
	docusaurusDocsRoutes,
	type LocalModule,
	localImports,
} from './docusaurus-docs-routes.ts';
import { releasedDocsVersion, versionOfFolder } from './docusaurus-versions.ts';
import { globPatterns } from './ignore-patterns.ts';
import { isFolder } from './is-folder.ts';
import { type MarkdocNextSite, markdocNextSite } from './markdoc-next.ts';
import { moduleFile } from './nav-code.ts';
import { type NextraSite, nextraSite } from './nextra.ts';
import { type NuxtContentSite, nuxtContentSite } from './nuxt-content.ts';
import { type RedoclySite, redoclyBasePath, redoclySite } from './redocly.ts';
import { type RetypeSite, retypeSiteOf } from './retype-site.ts';
import { type RspressSite, rspressRootFolder, rspressSiteOf } from './rspress-site.ts';
import { isSkippedFolder } from './skipped-folders.ts';
import { type WritersideSite, writersideSiteOf } from './writerside.ts';
import { type ZolaSite, zolaSiteOf } from './zola-site.ts';

/**
 * The docs generators whose folders the import reads with their own rules:
 * Docusaurus (`docusaurus.config.*` in the site folder, the docs one or two levels
 * under it), VitePress (`.vitepress/config.*` in the folder), VuePress (`.vuepress/config.*`
 * in the folder), Mintlify (`docs.json`
 * or the older `mint.json` beside the pages) and Fumadocs (its `source.config.*` or
 * package above the folder, or its `meta.json` in it).
 */
export type Generator =
	| {
			name: 'docusaurus';
			siteRoot: string;
			/** The site's `docusaurus.config.*`, whose redirects plugin names old addresses (read, never run). */
			config: string;
			/** The site's `baseUrl` (`/handbook`), which Docusaurus puts before a page's root-relative links. */
			baseUrl: string;
			/**
			 * Whether the site serves every page as a folder (`trailingSlash: true`): `setup.md` at
			 * `setup/`, from where browsers read its relative addresses (`../billing`).
			 */
			trailingSlash: boolean;
			/**
			 * The GitHub repository the site is kept in (`jitsi/handbook`), from its `organizationName`
			 * and `projectName`, the settings its GitHub Pages deployment reads: pages that show its
			 * files from GitHub (`raw.githubusercontent.com/jitsi/handbook/master/docs/assets/x.png`)
			 * show files of the site.
			 */
			repository?: { owner: string; name: string };
			/**
			 * Where the site served the folder, when it is the docs plugin's `docs/`: the `baseUrl`
			 * and the docs' `routeBasePath` (`/docs` unless the configuration says otherwise).
			 */
			docsPath?: string;
			/**
			 * When the folder is the site's root: each docs plugin's folder (`community`) and
			 * where it served it, under `baseUrl` (`/contributing`, or `/` for the site's root),
			 * longest folder first. A page's address is then its plugin's, not its file's path.
			 */
			docsFolders?: readonly { folder: string; path: string }[];
			/**
			 * The files its docs plugins' `exclude` globs leave out (`**\/internal/**`, from the
			 * plugin's folder), by their path in the imported folder: Docusaurus never built them.
			 */
			excluded: (relative: string) => { setting: string; pattern: string } | undefined;
	  }
	| {
			name: 'vitepress';
			/** Its `.vitepress/config.*`, read as code, never run: its `locales` and `markdown.math`. */
			config: string;
			/**
			 * The folder its `rewrites` serve at the site's root (`'en/:rest*': ':rest*'`, `en`), when
			 * they do: its pages' addresses are their paths in it, the root locale's when it names one.
			 */
			rootFolder?: string;
			/**
			 * The site's `base` (`/help`, or empty at the host's root): VitePress serves the
			 * pages under it and puts it before a page's root-relative links.
			 */
			base: string;
			/**
			 * Whether it set `cleanUrls`: without it, VitePress wrote each page as its `.html`
			 * file (`/orders/refunds.html`) and linked it so, in its pages, sidebar and sitemap.
			 */
			cleanUrls: boolean;
			/**
			 * The files its `srcExclude` globs leave out of the site (`**\/drafts/**`,
			 * `README.md`), by their path in the imported folder: VitePress never built them.
			 */
			excluded: (relative: string) => { setting: string; pattern: string } | undefined;
	  }
	| {
			/**
			 * VuePress (v1's `.vuepress/config.js`, v2's `.vuepress/config.ts` with
			 * `defineUserConfig`) in the folder: its pages' source directory.
			 */
			name: 'vuepress';
			/** The configuration, read as code, never run: its `base` and its theme's sidebar. */
			config: string;
			/**
			 * The site's `base` (`/help`, or empty at the host's root): VuePress serves the pages
			 * under it and puts it before a page's root-relative links, as VitePress does.
			 */
			base: string;
	  }
	| {
			/** Docsify: an `index.html` that loads it, or its `_sidebar.md` beside the pages. */
			name: 'docsify';
	  }
	| {
			/** mdBook: the folder is the `src` of a `book.toml` above it. */
			name: 'mdbook';
	  }
	| {
			/**
			 * Nuxt Content (Docus, Nuxt UI's docs templates): Markdown pages in the `content/`
			 * folder of a site whose `nuxt.config.*` loads `@nuxt/content`, written with MDC's
			 * components (`::callout` … `::`, `:badge[New]`).
			 */
			name: 'nuxt-content';
			/** The Nuxt app: its configuration, `app.baseURL` and `site.url` (see nuxt-content.ts). */
			site: NuxtContentSite;
	  }
	| {
			/**
			 * Zola: the folder is a Zola site (its `zola.toml` or `config.toml` naming `base_url`)
			 * or its `content/`, or a folder in it, written with TOML front matter, `@/` internal
			 * links and Tera shortcodes (see zola-site.ts).
			 */
			name: 'zola';
			site: ZolaSite;
	  }
	| {
			/**
			 * Retype: the folder is a Retype project's `input` (its `retype.yml` in the folder or
			 * above), written with Retype's callouts (`!!!`), panels, tabs and link components (see
			 * retype-site.ts, convert/retype.ts).
			 */
			name: 'retype';
			site: RetypeSite;
	  }
	| {
			/**
			 * Rspress: the folder is the pages' folder (`root`, `docs/` by default) of a site whose
			 * `rspress.config.*` is in it or beside it (see rspress-site.ts).
			 */
			name: 'rspress';
			site: RspressSite;
			/** The site's `base` (`/help`, or empty), under which it served the pages and read root-relative links. */
			base: string;
			/** Whether it set `route.cleanUrls`: without it, each page was served as its `.html` file. */
			cleanUrls: boolean;
			/** The default language's folder (`zh`), whose pages it served at the site's root. */
			rootFolder?: string;
	  }
	| {
			/**
			 * JetBrains Writerside: the folder is a help module (its `writerside.cfg`) or its topics
			 * folder, its instance's `.tree` the published topics and their navigation, each topic
			 * served as `<file name>.html` (see writerside.ts).
			 */
			name: 'writerside';
			site: WritersideSite;
	  }
	| {
			/** Sphinx (MyST Markdown or reStructuredText): the folder holds the site's `conf.py`. */
			name: 'sphinx';
			/** Built with `dirhtml` (its `.readthedocs.yaml` says so): each page at its folder, `setup/install/`, not `setup/install.html`. */
			dirhtml?: boolean;
	  }
	| {
			/** Antora: the folder (or the one folder below it) holds a component's `antora.yml`. */
			name: 'antora';
			component: AntoraComponent;
	  }
	| {
			/** Plain Asciidoctor: AsciiDoc pages and no Markdown, each served as its `.html` file. */
			name: 'asciidoctor';
	  }
	| {
			/**
			 * ReadMe (readme.com), as its export and `rdme` write a project's guides: pages in a
			 * folder per category, served flat at `/docs/<slug>`.
			 */
			name: 'readme';
	  }
	| {
			name: 'fumadocs';
			/**
			 * Where the site served the folder: Fumadocs' templates serve `content/docs`
			 * at `/docs`, so the folder's path under the site without `content/`.
			 */
			docsPath: string;
	  }
	| {
			/** Redocly (Realm, Reunite; the older Developer Portal): its `redocly.yaml` or `siteConfig.yaml` in the folder or above (see redocly.ts). */
			name: 'redocly';
			site: RedoclySite;
			/** Where Redocly served the folder: its path under the project's root (`/docs`), `/` for the root. */
			basePath: string;
	  }
	| ({
			/**
			 * Nextra (its package in the site's package.json): `pages/`, `content/` or `app/` (see nextra.ts);
			 * or a Next.js site that renders Markdown through Markdoc's plugin, routed from `pages/` as
			 * Nextra 2 and 3 are (see markdoc-next.ts).
			 */
			name: 'nextra';
			/** The Markdoc site, when it is one: its page extensions and the language it serves at the root. */
			markdoc?: MarkdocNextSite;
	  } & NextraSite)
	| {
			name: 'mintlify';
			config: string;
			pages: Set<string> | undefined;
			/** Pages its navigation lists under an entry marked `"hidden": true`: served, but listed nowhere. */
			hiddenPages: Set<string>;
			/** `seo.indexing: "all"`: the site's search listed hidden pages too. */
			searchesHidden: boolean;
			/** The configuration's redirects, old path → new path (`/realtime` → `/realtime/overview`), from the docs' root. */
			redirects: Map<string, string>;
			/** Its other redirects, as written: patterns (`/beta/:slug*` → `/v2/:slug*`) and those leading to another site. */
			otherRedirects: MintlifyRedirect[];
	  };

/** A redirect of a Mintlify configuration as written: `{ "source": "/beta/:slug*", "destination": "/v2/:slug*" }`. */
export interface MintlifyRedirect {
	source: string;
	destination: string;
}

const VITEPRESS_CONFIGS = ['js', 'ts', 'mjs', 'mts', 'cjs', 'cts'].map((extension) => `config.${extension}`);

/**
 * A VitePress configuration's `base` (`base: '/help/'` → `/help`), read from the code as
 * a literal. A sidebar group may have a `base` of its own, so a file naming several
 * different ones names none the import can trust.
 */
export function vitepressBase(config: string): string {
	const bases = new Set(
		[...config.matchAll(/(?:^|[\s,{])base\s*:\s*(["'`])(\/[^"'`\n]*)\1/g)].map((match) =>
			(match[2] ?? '/').replace(/\/+$/, ''),
		),
	);
	return bases.size === 1 ? ([...bases][0] as string) : '';
}

/**
 * The folder a VitePress configuration's `rewrites` serve at the site's root, read from the
 * code as a literal (`rewrites: { 'en/:rest*': ':rest*' }` → `en`), as sites that keep each
 * language in a folder of its own write it.
 */
export function vitepressRootFolder(config: string): string | undefined {
	const rewrites = /\brewrites\s*:\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
	return /(["'`])([\w-]+)\/:(\w+)\*\1\s*:\s*(["'`]):\3\*\4/.exec(rewrites)?.[2];
}

/**
 * Whether a VitePress configuration turns on `cleanUrls`, read from the code as a literal
 * (`cleanUrls: true`, or the early 1.0 versions' `'with-subfolders'` and `'without-subfolders'`).
 */
export function vitepressCleanUrls(config: string): boolean {
	return /\bcleanUrls\s*:\s*(?:true\b|(["'`])with(?:out)?-subfolders\1)/.test(config);
}

/** The VitePress configuration that built the folder: in its `.vitepress/`, else in the one above whose `srcDir` it is. */
export function vitepressConfig(dir: string): string | undefined {
	const inFolder = VITEPRESS_CONFIGS.map((name) => path.join(dir, '.vitepress', name)).find((file) => existsSync(file));
	if (inFolder) return inFolder;
	const above = VITEPRESS_CONFIGS.map((name) => path.join(dir, '..', '.vitepress', name)).find((file) =>
		existsSync(file),
	);
	if (!above) return undefined;
	const srcDir = /\bsrcDir\s*:\s*(["'`])([^"'`\n]+)\1/.exec(readFileSync(above, 'utf8'))?.[2];
	return srcDir !== undefined && path.resolve(dir, '..', srcDir) === path.resolve(dir) ? above : undefined;
}

const VUEPRESS_CONFIGS = ['ts', 'js', 'mts', 'mjs', 'cts', 'cjs'].map((extension) => `config.${extension}`);

/**
 * The VuePress configuration in the folder's `.vuepress/` (`config.js` in v1, `config.ts`
 * in v2): VuePress builds the pages of the folder that holds `.vuepress/`.
 */
export function vuepressConfig(dir: string): string | undefined {
	return VUEPRESS_CONFIGS.map((name) => path.join(dir, '.vuepress', name)).find((file) => existsSync(file));
}

/**
 * What a VitePress configuration's `srcExclude` leaves out, read from the code as a list of
 * literals (`srcExclude: ['**\/README.md', 'drafts/**']`), each glob from its `srcDir`,
 * the imported folder.
 * VitePress also leaves out anything under a `node_modules/` or `dist/` folder.
 */
function vitepressExcluded(
	config: string,
	file: string,
): (relative: string) => { setting: string; pattern: string } | undefined {
	const list = /\bsrcExclude\s*:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
	const globs = [...list.matchAll(/(["'`])([^"'`\n]+)\1/g)].map((match) => match[2] as string);
	const own = ['**/node_modules/**', '**/dist/**'];
	const excluded = globPatterns([...own, ...globs]);
	const setting = `srcExclude in .vitepress/${path.basename(file)}`;
	return (relative) => {
		// The folder is the site's source: its `.vitepress/` is in it, or it is the `srcDir` of the one above.
		const inSrc = relative.split(path.sep).join('/');
		const pattern = excluded.match(inSrc);
		if (pattern === undefined) return undefined;
		return { setting: own.includes(pattern) ? "VitePress' own exclusions" : setting, pattern };
	};
}

/**
 * What a Docusaurus site's docs plugins leave out by their `exclude` option (read as a list
 * of literals, never run), each glob from its plugin's folder (`path`, `docs` by default).
 * A plugin's own default list leaves out files and folders whose name starts with `_`,
 * which the import already takes for partials, and tests, which are no Markdown.
 */
function docusaurusExcluded(
	code: string,
	where: { config: string; siteRoot: string; dir: string },
): (relative: string) => { setting: string; pattern: string } | undefined {
	// A released version's folder is the docs plugin's too: its `exclude` holds there.
	const version = versionOfFolder(where.siteRoot, where.dir) === undefined ? undefined : path.resolve(where.dir);
	const docsFolder = docusaurusDocsFolders(where.siteRoot)?.folders[0];
	const rules = docusaurusDocsExcludes(code, /\.[mc]?ts$/.test(where.config)).map((entry) => {
		const root = path.resolve(where.siteRoot, entry.folder);
		return { root: version && root === docsFolder ? version : root, globs: globPatterns(entry.globs) };
	});
	const setting = `exclude in ${path.basename(where.config)}`;
	return (relative) => {
		const file = path.resolve(where.dir, relative);
		for (const rule of rules) {
			const inside = path.relative(rule.root, file);
			if (inside.startsWith('..') || path.isAbsolute(inside)) continue;
			const pattern = rule.globs.match(inside.split(path.sep).join('/'));
			if (pattern !== undefined) return { setting, pattern };
		}
		return undefined;
	};
}

const DOCUSAURUS_CONFIGS = [
	'docusaurus.config.js',
	'docusaurus.config.ts',
	'docusaurus.config.mjs',
	'docusaurus.config.cjs',
];

/**
 * The Docusaurus site a docs folder belongs to: its `docusaurus.config.*` in the folder,
 * or one or two levels above it (`docs/` of the site); else, for a folder kept beside the
 * site, as monorepos do (`docs/` and `website/`, or `apps/docs/` serving `../../docs`), one
 * in a folder near it whose docs plugin's `path` names this folder. Only a literal `path`
 * counts, so a site that merely sits near the folder is not taken for its own.
 */
function docusaurusSite(dir: string): { siteRoot: string; config: string; code: string } | undefined {
	for (const up of [0, 1, 2]) {
		const siteRoot = path.resolve(dir, ...Array(up).fill('..'));
		const config = DOCUSAURUS_CONFIGS.map((name) => path.join(siteRoot, name)).find((file) => existsSync(file));
		if (config) return { siteRoot, config, code: readFileSync(config, 'utf8') };
	}
	const target = path.resolve(dir);
	for (const up of [1, 2]) {
		const around = path.resolve(dir, ...Array(up).fill('..'));
		// A folder at the file system's top, or one holding more than a repository does (a home or
		// temporary folder), has no site beside it worth searching every folder below it for.
		if (around === path.parse(around).root || !mayBeRepository(around)) break;
		const nearby = DOCUSAURUS_CONFIGS.flatMap((name) =>
			globSync([`*/${name}`, `*/*/${name}`], {
				cwd: around,
				exclude: isSkippedFolder,
			}),
		).sort();
		for (const relative of nearby) {
			const config = path.join(around, relative);
			const siteRoot = path.dirname(config);
			const code = readFileSync(config, 'utf8');
			const routes = docusaurusDocsRoutes(code, /\.[mc]?ts$/.test(config), configModules(config, code));
			if (routes?.some((route) => path.resolve(siteRoot, route.folder) === target)) return { siteRoot, config, code };
		}
	}
	return undefined;
}

/** More entries than a repository's top folder holds: a home, downloads or temporary folder. */
const REPOSITORY_ENTRIES = 500;

/** Whether a folder is small enough to be a repository that keeps a site beside its docs. */
function mayBeRepository(dir: string): boolean {
	try {
		return readdirSync(dir).length <= REPOSITORY_ENTRIES;
	} catch {
		return false;
	}
}

/**
 * The docs folder of the Docusaurus site whose root the folder is (its
 * `docusaurus.config.*` there), with the configuration's name: the one folder its docs
 * plugins read (`docs` unless a plugin's `path` says otherwise). Undefined for a site
 * with docs in several folders, which is read from its root as before.
 */
export function docusaurusPagesFolder(
	siteRoot: string,
): { folder: string; config: string; version?: string } | undefined {
	const docs = docusaurusDocsFolders(siteRoot);
	const [folder] = docs?.folders ?? [];
	if (docs?.folders.length !== 1 || !folder || folder === path.resolve(siteRoot)) return undefined;
	// A site that versions its docs serves the released version's folder, not `docs/` (next).
	const released = releasedDocsVersion(siteRoot, readFileSync(path.join(siteRoot, docs.config), 'utf8'));
	if (released) return { folder: released.folder, config: docs.config, version: released.name };
	return { folder, config: docs.config };
}

/**
 * The folders the docs plugins of the Docusaurus site at `siteRoot` read (its
 * `docusaurus.config.*` there), that exist: `docs/` unless no plugin reads it, and each
 * plugin's `path`. Undefined when the folder holds no Docusaurus configuration.
 */
export function docusaurusDocsFolders(siteRoot: string): { folders: string[]; config: string } | undefined {
	const config = DOCUSAURUS_CONFIGS.map((name) => path.join(siteRoot, name)).find((file) => existsSync(file));
	if (!config) return undefined;
	const code = readFileSync(config, 'utf8');
	const routes = docusaurusDocsRoutes(code, /\.[mc]?ts$/.test(config), configModules(config, code)) ?? [];
	// The preset's docs plugin reads `docs/` without naming it.
	const folders = new Set(
		[...routes.map((route) => route.folder), 'docs'].map((folder) => path.resolve(siteRoot, folder)).filter(isFolder),
	);
	return { folders: [...folders], config: path.basename(config) };
}

/**
 * The page a Mintlify navigation entry names (`"/billing/refunds.mdx"` is `billing/refunds`),
 * or undefined for an OpenAPI operation (`GET /runs`), which is no file of the folder.
 */
export function mintlifyPage(entry: string): string | undefined {
	const page = entry
		.trim()
		.replace(/^\/+/, '')
		.replace(/\.mdx?$/i, '');
	return /\s/.test(page) ? undefined : page;
}

/**
 * The pages a Mintlify navigation lists (`"quick-start"`, `"tasks/overview"`), wherever it
 * nests them, and those it lists under a group, tab or other entry marked `"hidden": true`,
 * which Mintlify serves by their address but shows in no navigation and, unless the entry
 * says `"searchable": true`, leaves out of its search.
 */
export function mintlifyNavigation(config: unknown): { pages: Set<string>; hidden: Set<string> } | undefined {
	const navigation = (config as { navigation?: unknown } | undefined)?.navigation;
	if (navigation === undefined) return undefined;
	const pages = new Set<string>();
	const hidden = new Set<string>();
	const walk = (value: unknown, inPages: boolean, inHidden: boolean) => {
		if (typeof value === 'string') {
			const page = inPages ? mintlifyPage(value) : undefined;
			if (page !== undefined) {
				pages.add(page);
				if (inHidden) hidden.add(page);
			}
			return;
		}
		if (Array.isArray(value)) for (const entry of value) walk(entry, inPages, inHidden);
		else if (value && typeof value === 'object') {
			// A hidden tab or group with `searchable: true` keeps its pages in the site's search: listed there.
			const entry = value as { hidden?: unknown; searchable?: unknown };
			const hides = entry.searchable === true ? false : inHidden || entry.hidden === true;
			for (const [key, entry] of Object.entries(value))
				walk(entry, key === 'pages' || (inPages && key !== 'group'), hides);
		}
	};
	walk(navigation, false, false);
	return pages.size > 0 ? { pages, hidden } : undefined;
}

/**
 * A Mintlify configuration's `redirects`: those between paths of the docs (`{ source,
 * destination }`) as old path → new path, and the others as written (patterns with
 * `:slug*`, destinations on another site), which the caller follows or lists.
 */
export function mintlifyRedirects(config: unknown): { redirects: Map<string, string>; others: MintlifyRedirect[] } {
	const redirects = new Map<string, string>();
	const others: MintlifyRedirect[] = [];
	const list = (config as { redirects?: unknown } | undefined)?.redirects;
	if (!Array.isArray(list)) return { redirects, others };
	const clean = (value: unknown) =>
		typeof value === 'string' && value.startsWith('/') && !/[*:]/.test(value)
			? value.replace(/(.)\/+$/, '$1')
			: undefined;
	for (const entry of list) {
		const written = entry as { source?: unknown; destination?: unknown } | null;
		const source = clean(written?.source);
		const destination = clean(written?.destination);
		if (source && destination) redirects.set(source, destination);
		else if (typeof written?.source === 'string' && typeof written.destination === 'string')
			others.push({ source: written.source, destination: written.destination });
	}
	return { redirects, others };
}

/**
 * The local modules a Docusaurus configuration imports (`import { docs } from './docs'`,
 * a file, never the folder of that name), whose plugin lists it may spread into its own.
 */
export function configModules(config: string, code: string): LocalModule[] {
	return localImports(code, /\.[mc]?ts$/.test(config)).flatMap((source) => {
		const file = moduleFile(config, source);
		if (!file || file.endsWith('.json')) return [];
		return [{ code: readFileSync(file, 'utf8'), typescript: /\.[mc]?tsx?$/.test(file) }];
	});
}

/**
 * The path Docusaurus serves a docs folder under (`docs/` by default): the `baseUrl`, then
 * the `routeBasePath` of the docs plugin whose `path` is that folder (`docs` by default,
 * `/` for a docs-only site). A configuration that does not parse is read as text, where
 * several docs plugins, each with its own, name no one path.
 */
export function docusaurusDocsPath(
	config: string,
	baseUrl: string,
	folder = 'docs',
	typescript = true,
	modules: readonly LocalModule[] = [],
): string | undefined {
	const underBase = (route: string) => `${baseUrl}/${route}`.replace(/\/+$/, '') || '/';
	const declared = docusaurusDocsRoutes(config, typescript, modules);
	if (declared) {
		const own = new Set(declared.filter((entry) => entry.folder === folder).map((entry) => entry.route));
		if (own.size === 1) return underBase([...own][0] as string);
		// No plugin names the folder: the preset's docs plugin serves `docs/` at `/docs`.
		return own.size === 0 && folder === 'docs' ? underBase('docs') : undefined;
	}
	if (folder !== 'docs') return undefined;
	const routes = new Set(
		[...config.matchAll(/\brouteBasePath\s*:\s*(["'`])([^"'`\n]*)\1/g)].map((match) =>
			(match[2] ?? '').replace(/^\/+|\/+$/g, ''),
		),
	);
	if (routes.size > 1) return undefined;
	return underBase(routes.size === 1 ? ([...routes][0] as string) : 'docs');
}

const FUMADOCS_CONFIGS = ['ts', 'mts', 'js', 'mjs'].map((extension) => `source.config.${extension}`);

/** The Fumadocs `source.config.*` in the folder, if any. */
export function fumadocsConfig(dir: string): string | undefined {
	return FUMADOCS_CONFIGS.map((name) => path.join(dir, name)).find(namesFumadocs);
}

/** Whether the file exists and names Fumadocs (`fumadocs-mdx`, `fumadocs-core`, `fumadocs-ui`). */
export function namesFumadocs(file: string): boolean {
	return existsSync(file) && /\bfumadocs-(?:mdx|core|ui)\b/.test(readFileSync(file, 'utf8').slice(0, 200_000));
}

/** Whether a `meta.json` is Fumadocs' (a folder's title and its pages' order), not some other data. */
function isFumadocsMeta(file: string): boolean {
	if (!existsSync(file)) return false;
	try {
		const meta = JSON.parse(readFileSync(file, 'utf8')) as { pages?: unknown; title?: unknown; root?: unknown };
		return Array.isArray(meta.pages) && (typeof meta.title === 'string' || meta.root === true);
	} catch {
		return false;
	}
}

/** A folder's title in Fumadocs' sidebar, its `meta.json`'s `title` (`"AI Resources"` for `ai-resources/`). */
export function fumadocsFolderTitle(folder: string): string | undefined {
	const file = path.join(folder, 'meta.json');
	if (!existsSync(file)) return undefined;
	try {
		const title = (JSON.parse(readFileSync(file, 'utf8')) as { title?: unknown }).title;
		return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
	} catch {
		return undefined;
	}
}

/** A Fumadocs folder group, `(connections)/`: a folder of the sidebar that adds nothing to its pages' addresses. */
export const FUMADOCS_GROUP = /^\((.+)\)$/;

/** A Fumadocs page's path on the old site: its id without folder groups (`(connections)/github` at `github`). */
export function fumadocsPagePath(page: string): string {
	return page
		.split('/')
		.filter((part) => !FUMADOCS_GROUP.test(part))
		.join('/');
}

/** The Fumadocs site around a docs folder: the folder, or one up to three above it, whose `source.config.*` or `package.json` names Fumadocs. */
export function fumadocsSiteRoot(dir: string): string | undefined {
	return [0, 1, 2, 3]
		.map((up) => path.resolve(dir, ...Array(up).fill('..')))
		.find((siteRoot) => [...FUMADOCS_CONFIGS, 'package.json'].some((name) => namesFumadocs(path.join(siteRoot, name))));
}

/**
 * A Fumadocs site's docs: the site (a `source.config.*` or `package.json` naming
 * Fumadocs in the folder or up to three above it) or the folder's own `meta.json`.
 */
function fumadocsGenerator(dir: string): Generator | undefined {
	const siteRoot = fumadocsSiteRoot(dir);
	if (siteRoot !== undefined) {
		const below = path
			.relative(siteRoot, dir)
			.split(path.sep)
			.join('/')
			.replace(/^content(?:\/|$)/, '');
		return { name: 'fumadocs', docsPath: below === '' ? '/docs' : `/${below}` };
	}
	return isFumadocsMeta(path.join(dir, 'meta.json')) ? { name: 'fumadocs', docsPath: '/docs' } : undefined;
}

/** The generator that built the folder's old site, if it is one read with its own rules. */
export function detectGenerator(dir: string): Generator | undefined {
	for (const name of ['docs.json', 'mint.json']) {
		const config = path.join(dir, name);
		if (!existsSync(config)) continue;
		try {
			const parsed = JSON.parse(readFileSync(config, 'utf8')) as unknown;
			const navigation = mintlifyNavigation(parsed);
			const searchesHidden = (parsed as { seo?: { indexing?: unknown } } | null)?.seo?.indexing === 'all';
			const redirects = mintlifyRedirects(parsed);
			return {
				name: 'mintlify',
				config,
				pages: navigation?.pages,
				hiddenPages: searchesHidden ? new Set() : (navigation?.hidden ?? new Set()),
				searchesHidden,
				redirects: redirects.redirects,
				otherRedirects: redirects.others,
			};
		} catch {
			// An unreadable configuration publishes nothing we can rely on: every page comes.
			return {
				name: 'mintlify',
				config,
				pages: undefined,
				hiddenPages: new Set(),
				searchesHidden: false,
				redirects: new Map(),
				otherRedirects: [],
			};
		}
	}
	const antora = antoraComponent(dir);
	if (antora) return { name: 'antora', component: antora };
	const markdoc = markdocNextSite(dir);
	if (markdoc) {
		const { root, config, basePath } = markdoc;
		const site = { root, config, appDir: false, basePath, siteBase: basePath, titles: new Map(), order: new Map() };
		return { name: 'nextra', ...site, markdoc };
	}
	const nuxt = nuxtContentSite(dir);
	if (nuxt) return { name: 'nuxt-content', site: nuxt };
	const zola = zolaSiteOf(dir);
	if (zola) return { name: 'zola', site: zola };
	const retype = retypeSiteOf(dir);
	if (retype) return { name: 'retype', site: retype };
	const rspress = rspressSiteOf(dir);
	if (rspress) {
		const rootFolder = rspressRootFolder(rspress);
		const { base, cleanUrls } = rspress;
		return { name: 'rspress', site: rspress, base, cleanUrls, ...(rootFolder ? { rootFolder } : {}) };
	}
	const writerside = writersideSiteOf(dir);
	if (writerside) return { name: 'writerside', site: writerside };
	if (isDocsify(dir)) return { name: 'docsify' };
	if (isMdbookSource(dir)) return { name: 'mdbook' };
	if (isSphinxSource(dir)) return sphinxDirhtml(dir) ? { name: 'sphinx', dirhtml: true } : { name: 'sphinx' };
	const vuepress = vuepressConfig(dir);
	// The configuration is code; only a literal `base: '/help/'` is read from it, as VitePress' is.
	if (vuepress) return { name: 'vuepress', config: vuepress, base: vitepressBase(readFileSync(vuepress, 'utf8')) };
	const vitepress = vitepressConfig(dir);
	if (!vitepress && isReadmeExport(dir)) return { name: 'readme' };
	if (vitepress) {
		const text = readFileSync(vitepress, 'utf8');
		const rootFolder = vitepressRootFolder(text);
		return {
			name: 'vitepress',
			config: vitepress,
			base: vitepressBase(text),
			cleanUrls: vitepressCleanUrls(text),
			excluded: vitepressExcluded(text, vitepress),
			...(rootFolder ? { rootFolder } : {}),
		};
	}
	const docusaurus = docusaurusSite(dir);
	if (docusaurus) {
		const { siteRoot, config, code } = docusaurus;
		// The configuration is code; only a literal `baseUrl: '/handbook/'` is read from it.
		const baseUrl = (/\bbaseUrl\s*:\s*(["'`])(\/[^"'`\n]*)\1/.exec(code)?.[2] ?? '/').replace(/\/+$/, '');
		const folder = path.relative(siteRoot, dir).split(path.sep).join('/');
		const typescript = /\.[mc]?ts$/.test(config);
		const docsPath =
			folder === ''
				? undefined
				: (versionDocsPath(siteRoot, dir, code, baseUrl, typescript) ??
					docusaurusDocsPath(code, baseUrl, folder, typescript, configModules(config, code)));
		const docsFolders = folder === '' ? docusaurusServedFolders(siteRoot, code, typescript) : undefined;
		const excluded = docusaurusExcluded(code, { config, siteRoot, dir });
		const trailingSlash = /\btrailingSlash\s*:\s*true\b/.test(code);
		// Only literals are read: `organizationName: 'jitsi'`, `projectName: 'handbook'`.
		const literal = (name: string) => new RegExp(`\\b${name}\\s*:\\s*(["'\`])([\\w.-]+)\\1`).exec(code)?.[2];
		const owner = literal('organizationName');
		const repository = literal('projectName');
		return {
			name: 'docusaurus',
			siteRoot,
			config,
			baseUrl,
			trailingSlash,
			...(owner && repository ? { repository: { owner, name: repository } } : {}),
			...(docsPath ? { docsPath } : {}),
			...(docsFolders?.length ? { docsFolders } : {}),
			excluded,
		};
	}
	const nextra = nextraSite(dir);
	if (nextra) return { name: 'nextra', ...nextra };
	const redocly = redoclySite(dir);
	if (redocly) return { name: 'redocly', site: redocly, basePath: redoclyBasePath(redocly, dir) };
	return fumadocsGenerator(dir);
}

/**
 * Where Docusaurus served a version's folder (`versioned_docs/version-2.4`): at the docs'
 * address for the released version, under the version's name for an older one.
 */
function versionDocsPath(
	siteRoot: string,
	dir: string,
	code: string,
	baseUrl: string,
	typescript: boolean,
): string | undefined {
	const version = versionOfFolder(siteRoot, dir);
	if (version === undefined) return undefined;
	const docsFolder = docusaurusDocsFolders(siteRoot)?.folders[0] ?? path.join(siteRoot, 'docs');
	const relative = path.relative(siteRoot, docsFolder).split(path.sep).join('/');
	const config = docusaurusDocsFolders(siteRoot)?.config;
	const modules = config ? configModules(path.join(siteRoot, config), code) : [];
	const docsPath = docusaurusDocsPath(code, baseUrl, relative, typescript, modules);
	if (docsPath === undefined) return undefined;
	const released = releasedDocsVersion(siteRoot, code)?.name;
	return version === released ? docsPath : `${docsPath.replace(/\/+$/, '')}/${version}`;
}

/** Where each docs folder of the Docusaurus site at `siteRoot` was served, under its `baseUrl`, when its configuration says. */
function docusaurusServedFolders(siteRoot: string, code: string, typescript: boolean) {
	const site = docusaurusDocsFolders(siteRoot);
	const modules = site ? configModules(path.join(siteRoot, site.config), code) : [];
	return (site?.folders ?? [])
		.map((folder) => path.relative(siteRoot, folder).split(path.sep).join('/'))
		.filter((folder) => folder !== '' && !folder.startsWith('..'))
		.flatMap((folder) => {
			const served = docusaurusDocsPath(code, '', folder, typescript, modules);
			return served ? [{ folder, path: served }] : [];
		})
		.sort((a, b) => b.folder.length - a.folder.length);
}

/** Docusaurus' number prefixes (`01-intro`, `2. Setup`), which it strips from ids and addresses. */
export const NUMBER_PREFIX = /^\d+\s*[-_.]\s*/;

/**
 * A Docusaurus page's path under the docs' base path, as Docusaurus serves it: the
 * file path with number prefixes taken off, its last part the frontmatter's `id`
 * when set, and a folder's `index`, `README` or same-named file standing for the folder.
 * (`slug` is read by the folder source, which applies it over this.)
 */
export function docusaurusPagePath(id: string, data: Record<string, unknown>): string {
	const parts = id.split('/').map((part) => part.replace(NUMBER_PREFIX, '') || part);
	const last = (parts.at(-1) ?? '').toLowerCase();
	// A category's index page is served as its folder, whatever its id.
	if (parts.length > 1 && (last === 'readme' || last === (parts.at(-2) ?? '').toLowerCase()))
		return parts.slice(0, -1).join('/');
	const docId = typeof data.id === 'string' && data.id.trim() !== '' ? data.id.trim() : undefined;
	if (docId && id !== 'index') parts[parts.length - 1] = docId;
	return parts.join('/');
}

/** Whether Docusaurus leaves the file out of the pages: a partial (`_name.mdx`) or a file in a `_folder/`. */
export function isDocusaurusPartial(relative: string): boolean {
	return relative.split(/[\\/]/).some((part) => part.startsWith('_'));
}

/** Whether the folder is the pages of an mdBook: the `src` (or the folder its `book.toml` names) under the book. */
export function isMdbookSource(dir: string): boolean {
	const config = path.join(dir, '..', 'book.toml');
	if (!existsSync(config)) return false;
	const src = /^\s*src\s*=\s*(["'])([^"'\n]+)\1/m.exec(readFileSync(config, 'utf8'))?.[2] ?? 'src';
	return path.resolve(dir, '..', src) === path.resolve(dir);
}

/** Whether the folder is a Sphinx site's source: its `conf.py` sets the project, extensions or theme. */
export function isSphinxSource(dir: string): boolean {
	const config = path.join(dir, 'conf.py');
	return existsSync(config) && /^(?:project|extensions|html_theme)\s*=/m.test(readFileSync(config, 'utf8'));
}

/**
 * Whether Read the Docs built the Sphinx site in `dir` with the `dirhtml` builder: its
 * `.readthedocs.yaml` (in the folder or up to two above it, as a repository keeps it at its
 * root) sets `sphinx: builder: dirhtml`. Read as text, the one key it needs.
 */
export function sphinxDirhtml(dir: string): boolean {
	for (const folder of [dir, path.dirname(dir), path.dirname(path.dirname(dir))])
		for (const name of ['.readthedocs.yaml', '.readthedocs.yml']) {
			const file = path.join(folder, name);
			if (!existsSync(file)) continue;
			const text = readFileSync(file, 'utf8');
			const sphinx = /^sphinx:[ \t]*\r?\n((?:[ \t]+.*\r?\n?|[ \t]*\r?\n)*)/m.exec(text)?.[1] ?? '';
			return /^[ \t]+builder:[ \t]*["']?dirhtml["']?[ \t]*(?:#.*)?$/m.test(sphinx);
		}
	return false;
}

/**
 * The path mdBook, Sphinx and Asciidoctor serve a page at, from the site's root: its file's path as
 * an `.html` file (`platform/linux/installing.md` → `platform/linux/installing.html`),
 * a folder's `README.md` or `index.md` as its `index.html`; the site's own first page
 * is its root.
 */
export function htmlFilePagePath(relative: string): string {
	const parts = relative.split(/[\\/]/);
	const last = (parts.pop() ?? '').replace(/\.(mdx?|mdoc|markdown|rst|adoc|asciidoc)$/i, '');
	if (/^(readme|index)$/i.test(last)) return parts.length === 0 ? '' : `${parts.join('/')}/index.html`;
	return [...parts, `${last}.html`].join('/');
}

/** ReadMe's frontmatter: `hidden` beside the dates or parent its API writes (`createdAt`, `parentDoc`). */
const README_FRONTMATTER =
	/^---\r?\n(?=[\s\S]*?^hidden:[ \t]*(?:true|false)[ \t]*\r?$)(?=[\s\S]*?^(?:createdAt|updatedAt|parentDoc|parentDocSlug):)[\s\S]*?^---/m;
/** ReadMe's own syntax in a page: a block of its first editor, or a link by kind and slug. */
const README_SYNTAX = /^\[block:[\w-]+\][ \t]*$|\]\((?:doc|ref):[\w-]/m;

/**
 * Whether the folder is a ReadMe project's guides: its pages use ReadMe's syntax, or
 * most of them carry ReadMe's frontmatter, or its folders hold ReadMe's `_order.yaml`.
 * A sample of pages is read; a large folder is judged by its first 200.
 */
function isReadmeExport(dir: string): boolean {
	const listed = (pattern: string) => globSync(pattern, { cwd: dir, exclude: isSkippedFolder });
	if (listed('**/_order.yaml').length > 0) return true;
	// A folder named like a page (`backlog.md/`) is none.
	const pages = listed('**/*.md')
		.filter((page) => statSync(path.join(dir, page), { throwIfNoEntry: false })?.isFile() === true)
		.sort()
		.slice(0, 200);
	let withFrontmatter = 0;
	for (const page of pages) {
		const text = readFileSync(path.join(dir, page), 'utf8');
		if (README_SYNTAX.test(text)) return true;
		if (README_FRONTMATTER.test(text.slice(0, 4000))) withFrontmatter++;
	}
	return pages.length > 0 && withFrontmatter * 2 >= pages.length;
}

/**
 * The path ReadMe serves a page at, under `/docs`: its slug (the frontmatter's, else
 * the file's name, or the folder's for an `index.md`), whatever folder holds it.
 */
export function readmePagePath(id: string, data: Record<string, unknown>): string {
	const slug = typeof data.slug === 'string' ? data.slug.trim().replace(/^\/+|\/+$/g, '') : '';
	if (slug !== '') return slug;
	const segments = id.split('/');
	const last = segments.at(-1) ?? '';
	return (/^index$/i.test(last) ? segments.at(-2) : last) ?? last;
}

/** Whether the folder is a Docsify site: its `index.html` loads Docsify, or it has Docsify's `_sidebar.md`. */
function isDocsify(dir: string): boolean {
	if (existsSync(path.join(dir, '_sidebar.md'))) return true;
	const page = path.join(dir, 'index.html');
	return (
		existsSync(page) &&
		/\$docsify\b|docsify(?:@[\w.-]+)?\/lib\/docsify/.test(readFileSync(page, 'utf8').slice(0, 200_000))
	);
}

/**
 * Whether Docsify shows the file around or inside pages rather than as a page: its
 * sidebar, navbar and cover page (`_sidebar.md`, `_navbar.md`, `_coverpage.md`) and
 * what sits in a `_media/` folder for pages to embed.
 */
export function isDocsifyFrame(relative: string): boolean {
	return relative.split(/[\\/]/).some((part) => part.startsWith('_'));
}
