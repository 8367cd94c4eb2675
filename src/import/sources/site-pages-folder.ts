import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	detectGenerator,
	docusaurusPagesFolder,
	fumadocsConfig,
	isSphinxSource,
	namesFumadocs,
	vitepressConfig,
	vuepressConfig,
} from './generators.ts';
import { hugoPagesFolder, hugoSiteOf } from './hugo-site.ts';
import { isFolder } from './is-folder.ts';
import { markdocNextPagesFolder } from './markdoc-next.ts';
import { mkdocsPagesFolder, mkdocsSite } from './mkdocs-site.ts';
import { hasAppPages } from './nextra.ts';
import { nuxtContentRoot } from './nuxt-content.ts';
import { retypePagesFolder } from './retype-site.ts';
import { rspressPagesFolder } from './rspress-site.ts';
import { isSkippedFolder } from './skipped-folders.ts';
import { writersidePagesFolder } from './writerside.ts';
import { zolaPagesFolder } from './zola-site.ts';

export interface SitePagesFolder {
	folder: string;
	/** What says so, for the report: `docs_dir in mkdocs.yml`. */
	why: string;
}

/** A literal `key = "value"` of a TOML file, or `key: 'value'` of code. */
const literal = (text: string, key: string) =>
	new RegExp(`^\\s*${key}\\s*[=:]\\s*(["'\`])([^"'\`\\n]+)\\1`, 'm').exec(text)?.[2];

/**
 * The folder of the pages of the site whose root `dir` is, when its configuration there
 * puts them below it: a Docusaurus site's one docs folder, an MkDocs site's `docs_dir`,
 * a Hugo site's content in its default language, an Rspress site's `root`, an mdBook's `src`, a VitePress site's
 * `srcDir`, a Starlight site's `src/content/docs`, a Fumadocs site's `content/docs` (or the
 * `dir` its `source.config.*` gives `defineDocs`), a Nextra site's `content/` or `app/` (Nextra 4)
 * or `pages/` (Nextra 2 and 3), a Next.js site's `pages/` or `src/pages/` when it renders them through
 * Markdoc's plugin. `locale`, `--locale`: the language whose own content folder a Hugo site is read from.
 */
function ownPagesFolder(dir: string, locale?: string): SitePagesFolder | undefined {
	const docusaurus = docusaurusPagesFolder(dir);
	if (docusaurus?.version !== undefined)
		return {
			folder: docusaurus.folder,
			why: `its docs as released, version ${docusaurus.version} of versions.json, by ${docusaurus.config}`,
		};
	if (docusaurus) return { folder: docusaurus.folder, why: `its docs folder, by ${docusaurus.config}` };
	const mkdocs = mkdocsPagesFolder(dir);
	if (mkdocs) return { folder: mkdocs.folder, why: `docs_dir in ${mkdocs.config}` };
	// Zola's `config.toml` names `base_url`, where Hugo's names `baseURL`.
	const zola = zolaPagesFolder(dir);
	if (zola) return { folder: zola.folder, why: `Zola's content folder, content, by ${zola.config}` };
	const retype = retypePagesFolder(dir);
	if (retype) return { folder: retype.folder, why: `input in ${retype.config}` };
	const rspress = rspressPagesFolder(dir);
	if (rspress)
		return {
			folder: rspress.folder,
			why: `its pages' folder, ${path.relative(dir, rspress.folder).split(path.sep).join('/')}, by ${rspress.config}`,
		};
	// A Writerside help module (often the repository's `Writerside/`) keeps its topics in `topics/`.
	const writerside = writersidePagesFolder(dir);
	if (writerside)
		return { folder: writerside.folder, why: `the topics folder of the Writerside project, by ${writerside.config}` };
	const hugo = hugoPagesFolder(dir, locale);
	// A content folder all languages share holds the default language's and others' pages: the folder source says which it brings.
	if (hugo)
		return {
			folder: hugo.folder,
			why: `${
				hugo.language === undefined
					? 'its content folder'
					: hugo.from === '--locale'
						? `the content of its language ${hugo.language} (--locale)`
						: `the content of its default language, ${hugo.language}`
			}, by ${hugo.config}`,
		};
	const below = (folder: string | undefined, why: string) => {
		if (!folder) return undefined;
		const resolved = path.resolve(dir, folder);
		return resolved !== path.resolve(dir) && isFolder(resolved) ? { folder: resolved, why } : undefined;
	};
	const book = path.join(dir, 'book.toml');
	if (existsSync(book)) return below(literal(readFileSync(book, 'utf8'), 'src') ?? 'src', 'its src, by book.toml');
	const vitepress = vitepressConfig(dir);
	if (vitepress && path.dirname(path.dirname(vitepress)) === path.resolve(dir))
		return below(
			literal(readFileSync(vitepress, 'utf8'), 'srcDir'),
			`srcDir in .vitepress/${path.basename(vitepress)}`,
		);
	const nuxt = nuxtContentRoot(dir);
	if (nuxt) return below('content', `Nuxt Content's content folder, content, by ${path.basename(nuxt.config)}`);
	if (isStarlightSite(dir)) return below('src/content/docs', "Starlight's content folder, src/content/docs");
	const fumadocs = fumadocsConfig(dir);
	if (fumadocs || namesFumadocs(path.join(dir, 'package.json'))) {
		const named = fumadocs && DEFINE_DOCS_DIR.exec(readFileSync(fumadocs, 'utf8'))?.[2];
		return named
			? below(named, `the dir of defineDocs in ${path.basename(fumadocs)}`)
			: below('content/docs', "Fumadocs' content folder, content/docs");
	}
	// Nextra 4 without a content folder keeps its pages in Next.js' `app/`, each a folder's `page.mdx`.
	const appBelow = (folder: string) =>
		isFolder(path.join(dir, folder)) && hasAppPages(path.join(dir, folder))
			? below(folder, `Nextra's app folder, ${folder}, its page.mdx files`)
			: undefined;
	const markdoc = markdocNextPagesFolder(dir);
	if (markdoc)
		return below(path.relative(dir, markdoc), 'its Next.js pages folder, whose Markdown @markdoc/next.js renders');
	if (namesPackage(dir, 'nextra'))
		return (
			below('content', "Nextra's content folder, content") ??
			below('src/content', "Nextra's content folder, src/content") ??
			appBelow('app') ??
			appBelow('src/app') ??
			below('pages', "Nextra's pages folder, pages") ??
			below('src/pages', "Nextra's pages folder, src/pages")
		);
	return undefined;
}

/** Whether the folder's package.json depends on the package (`"nextra": "^4.0.0"`). */
function namesPackage(dir: string, name: string): boolean {
	const manifest = path.join(dir, 'package.json');
	return existsSync(manifest) && readFileSync(manifest, 'utf8').includes(`"${name}"`);
}

/** The `dir` a Fumadocs `source.config.*` gives its docs collection: `defineDocs({ dir: 'content/guides' })`. */
const DEFINE_DOCS_DIR = /\bdefineDocs\s*\(\s*\{[^}]*?\bdir\s*:\s*(["'`])([^"'`\n]+)\1/;

/** An Astro project that names Starlight in its package.json. */
function isStarlightSite(dir: string): boolean {
	return namesPackage(dir, '@astrojs/starlight');
}

/** Whether the folder is itself the pages of a site whose generator the import reads. */
function isPagesOfSite(dir: string): boolean {
	return detectGenerator(dir) !== undefined || mkdocsSite(dir) !== undefined || hugoSiteOf(dir) !== undefined;
}

/** A site kept in a folder below the one named, `root`: its pages' folder, when its configuration says where. */
function pagesBelow(root: string, child: string, locale?: string): SitePagesFolder | undefined {
	const own = ownPagesFolder(child, locale);
	if (own) return own;
	const name = (file: string) => path.relative(root, file).split(path.sep).join('/');
	if (vitepressConfig(child)) return { folder: child, why: `a VitePress site, by ${name(child)}/.vitepress` };
	if (vuepressConfig(child)) return { folder: child, why: `a VuePress site, by ${name(child)}/.vuepress` };
	if (isSphinxSource(child)) return { folder: child, why: `a Sphinx site, by ${name(child)}/conf.py` };
	const mintlify = ['docs.json', 'mint.json'].find((file) => existsSync(path.join(child, file)));
	if (mintlify) return { folder: child, why: `a Mintlify site, by ${name(child)}/${mintlify}` };
	return undefined;
}

/** Folders that hold sites for a project's tests or a starter template to copy, not its docs. */
const EXAMPLE_FOLDERS = new Set([
	'__tests__',
	'test',
	'tests',
	'e2e',
	'fixtures',
	'template',
	'templates',
	'example',
	'examples',
	'playground',
]);

/** Whether a site below `root` is one of its tests' or its starter template's: a folder on its way is named so. */
function isExampleSite(root: string, folder: string): boolean {
	return path
		.relative(root, folder)
		.split(path.sep)
		.some((name) => EXAMPLE_FOLDERS.has(name.toLowerCase()));
}

/** The folders up to two levels below `dir`, without hidden folders and installed packages. */
function foldersBelow(dir: string, depth = 2): string[] {
	if (depth === 0) return [];
	let entries: { name: string; isDirectory(): boolean }[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isDirectory() && !isSkippedFolder(entry.name))
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => {
			const child = path.join(dir, entry.name);
			return [child, ...foldersBelow(child, depth - 1)];
		});
}

/**
 * The folder a site's generator built its pages from, when the folder named is the
 * site's repository and the pages sit below it: the folder its configuration names, or
 * the one site kept in a folder up to two levels down (`docs/` with its `.vitepress/` or `.vuepress/`,
 * `docs/source/` with Sphinx's `conf.py`). Read from the root, a repository's README,
 * contributor notes, templates and other languages would come over as articles (a VuePress
 * site's `.vuepress/` is looked for a level deeper too, where monorepos keep it), and
 * every page would take an address the old site never served (`/docs/…`, `/content/en/…`).
 * Sites its tests or starter template keep (`__tests__/e2e/`, `template/`) count only when
 * no other is there. Undefined when the folder is itself the pages, or holds no such site or several.
 * A Hugo site that keeps each language in a content folder of its own is read from `locale`'s,
 * and refuses a `locale` it has no folder for only when it is the site picked.
 */
export function sitePagesFolder(root: string, locale?: string): SitePagesFolder | undefined {
	const own = ownPagesFolder(root, locale);
	if (own) return own;
	if (isPagesOfSite(root)) return undefined;
	// Found in their default language first: `--locale` is for the site imported, and one
	// beside it (a starter in `examples/`) that lacks the language stops nothing.
	const found = new Map<string, SitePagesFolder & { child: string }>();
	for (const child of foldersBelow(root)) {
		const pages = pagesBelow(root, child);
		if (pages && !found.has(pages.folder)) found.set(pages.folder, { ...pages, child });
	}
	// A VuePress monorepo keeps its site a level deeper still, `packages/docs/docs/.vuepress/`.
	if (found.size === 0) {
		const vuepress = foldersBelow(root, 3).filter((child) => vuepressConfig(child) !== undefined);
		const [child] = vuepress;
		if (vuepress.length === 1 && child)
			return {
				folder: child,
				why: `a VuePress site, by ${path.relative(root, child).split(path.sep).join('/')}/.vuepress`,
			};
	}
	// A generator's own repository keeps sites for its tests and its starter template beside its docs' (VitePress' `__tests__/e2e/`, `template/`).
	const sites =
		found.size > 1 ? [...found.values()].filter((pages) => !isExampleSite(root, pages.folder)) : [...found.values()];
	const [picked] = sites;
	if (sites.length !== 1 || !picked) return undefined;
	const { child, ...pages } = picked;
	return locale === undefined ? pages : pagesBelow(root, child, locale);
}
