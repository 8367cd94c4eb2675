import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as loadLenientYaml } from 'js-yaml';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { isEmptyBody } from '../../markdown/empty-body.ts';
import { encodeOldPath, normalizeOldPath } from '../../redirects/old-path.ts';
import { parserMessage } from '../../text/parser-messages.ts';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import { antoraPagePath, antoraPlace } from './antora.ts';
import { tomlData } from './config-data.ts';
import {
	docusaurusPagePath,
	fumadocsPagePath,
	type Generator,
	htmlFilePagePath,
	readmePagePath,
} from './generators.ts';
import { looksLikeHtml } from './html-pages.ts';
import { withoutNotionId } from './notion.ts';
import { nuxtContentPath, withoutNumberPrefix } from './nuxt-content.ts';
import { retypePagePath } from './retype-site.ts';
import type { SourceGroup } from './types.ts';
import { writersidePagePath } from './writerside.ts';
import { zolaPagePath } from './zola-site.ts';

/**
 * How a docs folder's files are pages: which files count, each page's id, folder,
 * title, date and tags, and the addresses the old site served it at. The folder
 * source (`folder.ts`) reads the files through these; each is small and pure but
 * for the file reads it names.
 */

/** The pages of a docs folder. */
export const PATTERN = '**/*.{md,mdx,mdoc,markdown}';
/** reStructuredText pages (a Sphinx site's `.rst`, alone or beside its MyST `.md` ones), read as MyST (see rst-pages.ts). */
export const RST_PATTERN = '**/*.rst';
/** The pages of a help center saved as a site, when the folder holds no Markdown. */
export const HTML_PATTERN = '**/*.{html,htm}';

/** A line only MDX has (`import Tabs from '@theme/Tabs';`, `export const meta = …`), which Markdown shows as text. */
const MDX_ESM_LINE =
	/^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?['"][^'"\n]+['"];?\s*$|export\s+(?:const|let|default|function)\b)/;

/**
 * Whether a page is MDX: an `.mdx` file, any page of a Docusaurus site (which reads
 * `.md` as MDX), a ReadMe page that uses components, or a Markdown file that imports
 * components as only MDX can, from a docs folder handed over without its site's
 * configuration. Code samples don't count.
 */
export function isMdxPage(relative: string, text: string, generator: Generator['name'] | undefined): boolean {
	if (/\.mdx$/i.test(relative) || generator === 'docusaurus') return true;
	const inCode = codeFenceTracker();
	// ReadMe's current editor writes its `.md` pages as MDX, with components (`<Callout>`, `<Image />`).
	const mdxLine =
		generator === 'readme'
			? (line: string) => MDX_ESM_LINE.test(line) || COMPONENT_LINE.test(line)
			: (line: string) => MDX_ESM_LINE.test(line);
	return text.split('\n').some((line) => !inCode(line) && mdxLine(line));
}

/** A line that opens a component, as MDX writes them: `<Callout theme="info">`, `<Image src="…" />`. */
const COMPONENT_LINE = /^\s*<[A-Z][\w.]*(?:\s|\/?>|$)/;

/**
 * A saved page's old path: its file under the base path, as a static host served it
 * (`/kb/setup.html`); a folder's `index.html` is the folder's address (`/kb/billing`).
 */
export function savedPagePath(relative: string, basePath: string): string {
	const page = relative
		.split(path.sep)
		.join('/')
		.replace(/(^|\/)index\.html?$/i, '');
	return tidyPath(`${normalizeOldPath(basePath.replace(/\/+$/, ''))}/${encodeOldPath(page)}`);
}

/**
 * A page a mirror saved under its address, with no extension (`wget --mirror` of a
 * helpdesk's `/hc/en-us/articles/360001234-Verify-your-domain`): a file named without
 * a dot that starts as an HTML document.
 */
export function isPageWithoutExtension(dir: string, relative: string): boolean {
	if (path.basename(relative).includes('.')) return false;
	const file = path.join(dir, relative);
	if (statSync(file, { throwIfNoEntry: false })?.isFile() !== true) return false;
	const start = Buffer.alloc(512);
	const handle = openSync(file, 'r');
	try {
		return looksLikeHtml(start.subarray(0, readSync(handle, start, 0, start.length, 0)).toString('utf8'));
	} finally {
		closeSync(handle);
	}
}

/**
 * Where Hugo's JSON frontmatter ends: the brace that closes the object the page opens
 * with, strings and nested objects skipped, at the end of its line. Undefined when the
 * page does not open with an object of named fields (an MDX page may open with a `{`
 * expression, which is no frontmatter).
 */
function jsonFrontmatterEnd(source: string): number | undefined {
	if (!/^\{\s*["}]/.test(source)) return undefined;
	let depth = 0;
	let inString = false;
	for (let index = 0; index < source.length; index++) {
		const character = source[index];
		if (inString) {
			if (character === '\\') index++;
			else if (character === '"') inString = false;
		} else if (character === '"') inString = true;
		else if (character === '{' || character === '[') depth++;
		else if (character === '}' || character === ']') {
			depth--;
			if (depth === 0) return /^[ \t]*(?:\r?\n|$)/.test(source.slice(index + 1)) ? index + 1 : undefined;
		}
	}
	return undefined;
}

/**
 * A page's frontmatter and the body after it: YAML between `---` lines, Hugo's TOML
 * between `+++` lines, or Hugo's JSON object opening the page. Frontmatter that does
 * not parse is kept in the body, and `error` says why.
 */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string; error?: string } {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const asData = (data: unknown) =>
		data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	// Hugo's TOML frontmatter, between `+++` lines.
	const toml = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.exec(source);
	if (toml) {
		const body = source.slice(toml[0].length);
		try {
			return { data: asData(tomlData(toml[1] ?? '')), body };
		} catch (error) {
			return {
				data: {},
				body: source,
				error: `invalid TOML in frontmatter: ${(error as Error).message.split('\n')[0]}`,
			};
		}
	}
	if (source.startsWith('{')) {
		const end = jsonFrontmatterEnd(source);
		if (end !== undefined) {
			const body = source.slice(end).replace(/^[ \t]*\r?\n/, '');
			try {
				return { data: asData(JSON.parse(source.slice(0, end))), body };
			} catch (error) {
				return { data: {}, body: source, error: `invalid JSON in frontmatter: ${(error as Error).message}` };
			}
		}
		if (/^\{\s*"[^"\n]*"\s*:/.test(source))
			return { data: {}, body: source, error: 'invalid JSON in frontmatter: no } closes it at the end of a line' };
	}
	const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return { data: {}, body: source };
	const body = source.slice(match[0].length);
	try {
		return { data: asData(parseYaml(match[1] ?? '')), body };
	} catch (error) {
		// The generators most help centers come from (Docusaurus, VitePress, Mintlify, via
		// gray-matter) read frontmatter with js-yaml, which takes what the stricter parser
		// refuses, such as a quoted description continued on an unindented line. What the
		// old site published is read as it read it; the import writes it back as plain YAML.
		try {
			return { data: asData(loadLenientYaml(match[1] ?? '', { schema: CORE_SCHEMA })), body };
		} catch {
			return {
				data: {},
				body: source,
				error: `invalid YAML in frontmatter: ${parserMessage((error as Error).message.split('\n')[0] ?? '')}`,
			};
		}
	}
}

/** The page id: the path without extension, `index` standing for its folder. */
export function folderArticleId(relative: string): string {
	const id = relative
		.split(path.sep)
		.join('/')
		.replace(/\.(mdx?|mdoc|markdown|rst|html?|adoc|asciidoc)$/i, '');
	// Hugo's `_index.md` is its folder's page, as `index.md` (or a saved site's `index.html`) is elsewhere.
	return id.replace(/(^|\/)_?index$/i, '$1').replace(/\/$/, '') || 'index';
}

/**
 * Each file's page id (`folderArticleId`). A folder's index beside a page named like
 * the folder (`cast.md` and `cast/index.md`, which a generator serves at `/cast` and
 * `/cast/`) keeps its file's path (`cast/index`), so neither page is lost to the other.
 */
export function pageIds(files: readonly string[]): string[] {
	const ids = files.map(folderArticleId);
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return files.map((file, index) => {
		const id = ids[index] as string;
		if ((counts.get(id) ?? 0) < 2 || !isIndexPage(file)) return id;
		return file
			.split(path.sep)
			.join('/')
			.replace(/\.(mdx?|mdoc|markdown|rst|html?|adoc|asciidoc)$/i, '');
	});
}

/**
 * Each file's page id, as Nuxt Content names it by its path: without the number prefixes
 * that only order the navigation (`frameworks/01.nextjs/07.live-preview.md` →
 * `frameworks/nextjs/live-preview`), so renumbering a page keeps its source id. Files that
 * would share an id so keep their own path.
 */
export function nuxtContentIds(files: readonly string[]): string[] {
	const unprefixed = files.map((file) =>
		file
			.split(/[\\/]/)
			.map((part) => withoutNumberPrefix(part))
			.join('/'),
	);
	const stripped = pageIds(unprefixed);
	const own = pageIds(files);
	const counts = new Map<string, number>();
	for (const id of stripped) counts.set(id, (counts.get(id) ?? 0) + 1);
	return stripped.map((id, index) => ((counts.get(id) ?? 0) > 1 ? (own[index] as string) : id));
}

const headingParser = unified().use(remarkParse);

function headingWords(markdown: string): string {
	return mdastText(headingParser.parse(markdown), { includeHtml: false, includeImageAlt: false })
		.replace(/\s+/g, ' ')
		.trim();
}

export function firstHeading(body: string): string | undefined {
	let fence = false;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fence = !fence;
		if (fence) continue;
		const match = /^#\s+(.+?)\s*#*\s*$/.exec(line);
		// The heading's words as a reader sees them: `Create a space \(on GitHub\)` is "Create a space (on GitHub)".
		if (match?.[1]) return headingWords(match[1].replace(/\s*\{:?\s*#[\w-]+[^}]*\}$/, '')) || undefined;
	}
	return undefined;
}

/** A folder's own page: Hugo's `_index.md`, `index.md`, GitBook's `README.md`, a saved site's `index.html`. */
function isIndexPage(relative: string): boolean {
	return /(^|\/)(_?index|README)\.(mdx?|mdoc|markdown|rst|html?|adoc|asciidoc)$/i.test(
		relative.split(path.sep).join('/'),
	);
}

/**
 * A frontmatter title written with Markdown emphasis (`"**Import** your assets"`),
 * which the old site showed bold and a title here would show with its asterisks: its
 * words alone. Only asterisks: underscores name things in titles (`__init__.py`), and
 * a lone `*` stays.
 */
export function titleWithoutEmphasis(title: string): string {
	return title
		.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
		.replace(/(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])/g, '$1');
}

/** HTML's inline tags, which a title or description holds to style a word (`<span class="brand">Acme</span>`). */
const INLINE_TAG = /<\/?(?:a|abbr|b|br|code|em|i|kbd|mark|s|small|span|strong|sub|sup|u|wbr)(?:\s[^<>]*)?\/?>/gi;

/**
 * A frontmatter title or description without the HTML tags that styled its words, which
 * a help center would show as text in its title, lead and search results: the words
 * alone, a line break (`<br>`) a space. Words in angle brackets that are no such tag
 * (`<Widget>`, `<5 cm`) stay.
 */
export function withoutInlineTags(text: string): string {
	if (!text.includes('<')) return text;
	return text
		.replace(INLINE_TAG, (tag) => (/^<br\b/i.test(tag) ? ' ' : ''))
		.replace(/[ \t]{2,}/g, ' ')
		.trim();
}

/**
 * A folder's index page (Hugo's `_index.md`, `index.md`, `README.md`) that holds
 * nothing but headings: the generator filled it with a list of the folder's pages,
 * so as an article it would be a heading over nothing.
 */
export function isEmptySectionPage(relative: string, body: string): boolean {
	return isIndexPage(relative) && isEmptyBody(body, false);
}

export function titleFromName(id: string): string {
	const last = withoutNotionId(id.split('/').at(-1) ?? id);
	const words = last
		.replace(/^\d+[-_.]/, '')
		.replace(/[-_]+/g, ' ')
		.trim();
	return words ? `${words[0]?.toUpperCase()}${words.slice(1)}` : id;
}

function readableFolderName(folder: string): string {
	const name = withoutNotionId(folder);
	return /[-_]/.test(name) && !/\s/.test(name) ? titleFromName(name) : name;
}

export function tagsOf(value: unknown): string[] {
	if (!Array.isArray(value)) return typeof value === 'string' ? [value] : [];
	return value.flatMap((tag) =>
		typeof tag === 'string' ? [tag] : tag && typeof tag === 'object' && 'label' in tag ? [String(tag.label)] : [],
	);
}

/** The page's last edit: a date its frontmatter gives, else its last commit (`committed`), else the file's modification time. */
export function dateOf(data: Record<string, unknown>, file: string, committed?: Date): Date {
	const lastUpdate = data.last_update as { date?: unknown } | undefined;
	// `updatedAt` is ReadMe's (and headless CMSs' exports').
	for (const value of [data.lastUpdated, lastUpdate?.date, data.updated, data.updatedAt, data.date]) {
		if (value instanceof Date || typeof value === 'string') {
			const date = new Date(value as string);
			if (!Number.isNaN(date.getTime())) return date;
		}
	}
	return committed ?? statSync(file).mtime;
}

/**
 * The page's old path: the generator's `slug` when it sets one, else its file path under
 * the base path, percent-encoded as a browser requests it (`/Getting%20started/Create%20a%20vault`);
 * for mdBook, the `.html` file it wrote for the page (`file`, the page's path in the folder).
 */
export function oldPath(
	id: string,
	data: Record<string, unknown>,
	basePath: string,
	generator?: Generator,
	file?: string,
): string {
	// A Docusaurus site read from its root: each docs plugin served its folder where its configuration says.
	const served =
		generator?.name === 'docusaurus'
			? generator.docsFolders?.find((entry) => id === entry.folder || id.startsWith(`${entry.folder}/`))
			: undefined;
	if (served && generator?.name === 'docusaurus') {
		const inner = id === served.folder ? 'index' : id.slice(served.folder.length + 1);
		const { docsFolders: _, ...plugin } = generator;
		return oldPath(inner, data, `${basePath.replace(/\/+$/, '')}${served.path}`, plugin, file);
	}
	const base = normalizeOldPath(basePath.replace(/\/+$/, ''));
	// Jekyll's `permalink` and Hugo's `url` are the page's whole address; a `slug` its last part.
	const address = [data.permalink, data.url].find((value) => typeof value === 'string' && value.startsWith('/'));
	const slug =
		typeof address === 'string' ? address.trim() : typeof data.slug === 'string' ? data.slug.trim() : undefined;
	// GitBook (and MkDocs without an index.md) serve a folder's README.md as the folder's page.
	let page = id === 'index' ? '' : id.replace(/(^|\/)README$/i, '');
	if (generator?.name === 'docusaurus' && id !== 'index') page = docusaurusPagePath(id, data);
	// Fumadocs' folder groups, `(connections)/`, add nothing to their pages' addresses.
	if (generator?.name === 'fumadocs') page = fumadocsPagePath(page);
	// VitePress' `rewrites` served a folder's pages at the site's root (`en/guide/setup.md` at `/guide/setup`).
	// Rspress served its default language's folder there too (`zh/guide/setup.md` at `/guide/setup`).
	const rewritten = generator?.name === 'vitepress' || generator?.name === 'rspress' ? generator.rootFolder : undefined;
	if (rewritten && (id === rewritten || id.startsWith(`${rewritten}/`)))
		page = id.slice(rewritten.length + 1).replace(/(^|\/)index$/, '');
	// mdBook, Sphinx and Asciidoctor write each page as an `.html` file (Sphinx's dirhtml builder as its folder's index.html).
	if (
		(generator?.name === 'mdbook' ||
			(generator?.name === 'sphinx' && !generator.dirhtml) ||
			generator?.name === 'asciidoctor') &&
		file !== undefined
	)
		page = htmlFilePagePath(file);
	// VuePress serves a page as its `.html` file and a folder's README.md as the folder.
	if (generator?.name === 'vuepress' && file !== undefined && !/(^|[\\/])(readme|index)\.md$/i.test(file))
		page = htmlFilePagePath(file);
	// Antora serves a page under its component, version and module.
	const antora =
		generator?.name === 'antora' && file !== undefined ? antoraPlace(generator.component, file) : undefined;
	if (generator?.name === 'antora' && antora?.family === 'page')
		return tidyPath(
			`${base}/${encodeOldPath(antoraPagePath(generator.component, antora.module, antora.path).slice(1))}`,
		);
	if (generator?.name === 'readme') return tidyPath(`${base}/${encodeOldPath(readmePagePath(id, data))}`);
	// Nuxt Content serves a page at its path without number prefixes, whatever its `slug`.
	if (generator?.name === 'nuxt-content') return tidyPath(`${base}/${encodeOldPath(nuxtContentPath(id))}`);
	// Zola serves a page at its `path`, else its folders and its slugified `slug` or file name, from `content/`.
	if (generator?.name === 'zola' && file !== undefined) {
		const fromContent = [generator.site.folder, file.split(path.sep).join('/')].filter(Boolean).join('/');
		return tidyPath(`${base}/${encodeOldPath(zolaPagePath(fromContent, data, generator.site))}`);
	}
	// Retype serves a page at its `route` or `permalink`, else its path in lower case, from its `input`.
	if (generator?.name === 'retype' && file !== undefined)
		return tidyPath(
			`${base}/${encodeOldPath(retypePagePath(generator.site, path.resolve(generator.site.input, generator.site.folder, file), data))}`,
		);
	// Writerside serves every topic as `<file name>.html` under its instance's web path, whatever its folder.
	if (generator?.name === 'writerside' && file !== undefined) {
		const instance = generator.site.instance;
		const webPath = instance && 'webPath' in instance ? instance.webPath : '';
		return tidyPath(`${base}${webPath}/${encodeOldPath(writersidePagePath(file))}`);
	}
	if (slug) page = slug.startsWith('/') ? slug.slice(1) : [...page.split('/').slice(0, -1), slug].join('/');
	const whole = slug?.startsWith('/') ? tidyPath(encodeOldPath(slug)) : undefined;
	if (whole && isUnder(whole, base)) return whole;
	return tidyPath(`${base}/${encodeOldPath(page)}`);
}

function tidyPath(sitePath: string): string {
	return sitePath.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1') || '/';
}

/**
 * Whether a root-relative address is already under the base path: Hugo's `url` and
 * Jekyll's `permalink` are written from the site's root (`/knowledgebase/billing/`), so
 * the folder's base path is not put in front twice.
 */
export function isUnder(sitePath: string, base: string): boolean {
	return base !== '' && base !== '/' && (sitePath === base || sitePath.startsWith(`${base}/`));
}

/**
 * Addresses the page had before (Hugo's `aliases`, Jekyll's `redirect_from`, the
 * `redirectFrom` of Astro and Eleventy redirect plugins). One with a leading slash is
 * written from the old site's root (`/kb/hardware/`), which may lie outside the folder's
 * base path, so it stays as written, unless the site puts every redirect under its base
 * (`siteBase`, an Astro site's `base`, which Astro puts before each redirect); one without
 * is beside the page's own address (`money-back`, `../old/path`).
 */
export function aliasPaths(data: Record<string, unknown>, page: string, siteBase = ''): string[] {
	const underBase = (alias: string) => (siteBase === '' || isUnder(alias, siteBase) ? alias : `${siteBase}${alias}`);
	const listed = [data.aliases, data.redirect_from, data.redirectFrom].flatMap((value) =>
		(Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string'),
	);
	return listed
		.map((alias) => alias.trim().replace(/(.)\/+$/, '$1'))
		.filter((alias) => alias !== '' && !/^[a-z][\w+.-]*:/i.test(alias))
		.map((alias) =>
			normalizeOldPath(
				alias.startsWith('/')
					? underBase(alias)
					: new URL(alias, `http://old-site${page.replace(/[^/]*$/, '')}`).pathname.replace(/(.)\/$/, '$1'),
			),
		);
}

/** A translation Hugo keeps beside the page (`billing.fr.md` beside `billing.md`): its language, else undefined. */
export function translationOf(relative: string, files: ReadonlySet<string>): string | undefined {
	const match = /^(.*)\.([a-z]{2,3}(?:-[a-z]{2,4})?)\.(mdx?|mdoc|markdown)$/i.exec(relative);
	if (!match?.[1] || !match[2]) return undefined;
	const language = match[2].toLowerCase();
	// The site's own language may be named too (`_index.en.md`): its siblings are the translations.
	const original = [`${match[1]}.${match[3]}`, ...(language === 'en' ? [] : [`${match[1]}.en.${match[3]}`])];
	return original.some((file) => files.has(file)) ? match[2] : undefined;
}

/**
 * The folder a page belongs to, the section it came from: its parent folder, or for a
 * folder's index page (`guide/index.md`, id `guide`) that folder itself, which the
 * index introduces.
 */
export function folderOf(relative: string): string | undefined {
	const id = folderArticleId(relative);
	const isIndex = isIndexPage(relative);
	if (isIndex && id !== 'index' && !/^README$/i.test(id)) return id.replace(/\/README$/i, '');
	return id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined;
}

/**
 * The folders of the pages as groups, each named as the old site's sidebar named it
 * (`titleOf`, Fumadocs' `meta.json`), else as readers would say its name.
 */
export function folderGroups(
	files: string[],
	titleOf: (folder: string) => string | undefined = () => undefined,
	folderOfFile: (relative: string) => string | undefined = folderOf,
): SourceGroup[] {
	const folders = new Set<string>();
	for (const relative of files) {
		const parts = folderOfFile(relative)?.split('/') ?? [];
		for (let depth = 1; depth <= parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
	}
	return [...folders].sort().map((folder) => {
		const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : undefined;
		const title = titleOf(folder);
		const fileName = withoutNotionId(folder.split('/').at(-1) ?? folder);
		return {
			type: 'folders' as const,
			id: folder,
			// A folder named like a slug (`getting-started`, `02_billing`) is named as readers would say it.
			name: title ?? readableFolderName(folder.split('/').at(-1) ?? folder),
			parent: parent ? { type: 'folders' as const, id: parent } : undefined,
			...(title === undefined && !/\s/.test(fileName) ? { fromFileName: true } : {}),
		};
	});
}

/**
 * A page's place among its section's pages, from the front-matter field its generator
 * orders them by: Docusaurus' `sidebar_position`, VuePress' `order` (vuepress-theme-hope
 * puts a negative one last, which is left unread), Hugo's and Zola's `weight` (0 is none).
 */
export function navOrderOf(
	data: Record<string, unknown>,
	generator: Generator['name'] | 'hugo' | undefined,
): { navOrder?: number } {
	const field =
		generator === 'docusaurus'
			? 'sidebar_position'
			: generator === 'vuepress'
				? 'order'
				: generator === 'hugo' || generator === 'zola'
					? 'weight'
					: undefined;
	// Retype puts a larger `order` higher (`order: 100` above `order: 10`, a negative one last).
	if (generator === 'retype' && typeof data.order === 'number' && Number.isFinite(data.order) && data.order !== 0)
		return { navOrder: -data.order };
	const value = field === undefined ? undefined : data[field];
	if (typeof value !== 'number' || !Number.isFinite(value)) return {};
	if ((generator === 'vuepress' && value < 0) || ((generator === 'hugo' || generator === 'zola') && value === 0))
		return {};
	return { navOrder: value };
}
