import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { displayPath } from '../../content-model/paths.ts';
import type { ServiceClient } from '../../http/client.ts';
import { tooLarge } from '../../http/transport.ts';
import { isEmptyBody } from '../../markdown/empty-body.ts';
import { numberedArticlePath } from '../../redirects/old-addresses.ts';
import { encodeOldPath, normalizeOldPath } from '../../redirects/old-path.ts';
import { resolveUrl } from '../convert/html.ts';
import { type HugoSiteShortcodes, hugoShortcodesInWords } from '../convert/hugo.ts';
import { mkdocsSource } from '../convert/mkdocs-source.ts';
import { withoutAbbreviations } from '../convert/preprocess.ts';
import { retypeMarkup } from '../convert/retype.ts';
import { escapeTableCodePipes } from '../convert/table-code-pipes.ts';
import type { ConversionNote } from '../convert/types.ts';
import { withWritersideHeadingVars, writersideMarkup } from '../convert/writerside.ts';
import { zolaInternalLinks, zolaMarkup } from '../convert/zola.ts';
import { labelAlias } from '../label-alias.ts';
import { sharedSiteName, withoutSiteName } from '../titles.ts';
import { antoraFolder, antoraPagePath, antoraPlace, resolveResource } from './antora.ts';
import { articleFolderFields } from './article-folder-fields.ts';
import {
	ASCIIDOC_PATTERN,
	asciidocHeader,
	convertAsciidoc,
	headerTitle,
	isAsciidocFile,
	sectionTitle,
} from './asciidoc.ts';
import { astroAliases, astroBase, astroRedirects, astroSite } from './astro-redirects.ts';
import { configuredSite, hugoBaseUrl } from './configured-site.ts';
import { type CrawledPage, type CrawledTranslation, pageLanguages, translationReason } from './crawled-languages.ts';
import { crawledArticle } from './crawled-page.ts';
import { docusaurusRedirects } from './docusaurus-redirects.ts';
import { docusaurusGeneratedIndexes, docusaurusSidebarLabels, docusaurusSidebarPlaces } from './docusaurus-sidebars.ts';
import { isFileInside } from './file-inside.ts';
import {
	aliasPaths,
	dateOf,
	firstHeading,
	folderArticleId,
	folderGroups,
	folderOf,
	HTML_PATTERN,
	isEmptySectionPage,
	isMdxPage,
	isPageWithoutExtension,
	isUnder,
	navOrderOf,
	nuxtContentIds,
	oldPath,
	PATTERN,
	pageIds,
	RST_PATTERN,
	splitFrontmatter,
	tagsOf,
	titleFromName,
	titleWithoutEmphasis,
	translationOf,
	withoutInlineTags,
} from './folder-pages.ts';
import { fumadocsFolderName } from './fumadocs-folders.ts';
import {
	detectGenerator,
	docusaurusDocsFolders,
	fumadocsSiteRoot,
	type Generator,
	isDocsifyFrame,
	isDocusaurusPartial,
	NUMBER_PREFIX,
	vitepressConfig,
} from './generators.ts';
import { lastCommitDates } from './git-dates.ts';
import { checkoutRepository } from './git-remote.ts';
import { repositoryFilePath, siteFileOfRepository } from './github-files.ts';
import { isFilePath } from './help-center.ts';
import {
	archivedSiteOf,
	articleNumberOf,
	hostedArticleNumber,
	linkedArticleNumbers,
	NumberedArticles,
	numberedArticlePaths,
	numbersAreArticleNumbers,
	ownAddressOf,
} from './hosted-article-ids.ts';
import { type HtmlPage, NOT_ARTICLES, readHtmlPage } from './html-pages.ts';
import { expandHugoIncludes, type HugoInclude, hasHugoIncludes, hugoIncludes } from './hugo-includes.ts';
import { hugoConfigLabels, hugoNavSections, hugoPageLabel, menuPathKey } from './hugo-menus.ts';
import { cascadeValues, type HugoCascade, type HugoPublishing, hugoPublishing } from './hugo-publishing.ts';
import { hugoPageLookup } from './hugo-refs.ts';
import { type HugoSite, hugoLanguagePath, hugoSiteOf, hugoSiteShortcodes } from './hugo-site.ts';
import { expandIncludes, markdocPartialsOf } from './includes.ts';
import { isFolder } from './is-folder.ts';
import { jekyllPermalinks } from './jekyll-collections.ts';
import { jekyllRedirectTarget } from './jekyll-redirects.ts';
import { JUST_THE_DOCS_NAV_FIELDS, justTheDocsNav } from './just-the-docs-site.ts';
import { folderLanguagePage, folderLanguages, otherLanguagePath, translationFolders } from './language-folders.ts';
import {
	keptLocaleFile,
	languageFileFolders,
	localePage,
	type PageLocales,
	pageLocales,
	underLocale,
} from './locale-suffixes.ts';
import { markdocNextUnrouted } from './markdoc-next.ts';
import { expandMdbookLinks, hasMdbookLinks } from './mdbook-links.ts';
import { mdcPartials } from './mdc-partials.ts';
import { mintlifyPatternAddresses, mintlifyRedirectAddresses } from './mintlify-redirects.ts';
import { mkdocsSite } from './mkdocs-site.ts';
import { hiddenFromSearch, movedPageLink } from './moved-pages.ts';
import { expandMystIncludes, hasMystIncludes } from './myst-includes.ts';
import { type MystLabel, mystLabels } from './myst-labels.ts';
import { confSubstitutions, withMystSubstitutions } from './myst-substitutions.ts';
import {
	folderNavSections,
	type NavSections,
	navSectionGroups,
	navSectionId,
	vitepressSidebarLabels,
} from './nav-sections.ts';
import { nextRedirects } from './next-config.ts';
import { appPageFolder, appPageId, appUnrouted, isAppPage, nextraMeta, nextUnrouted } from './nextra.ts';
import { isNotionPageFile, notionProperties } from './notion.ts';
import {
	isNuxtContentPartial,
	type NuxtContentSite,
	nuxtContentFolderId,
	nuxtContentFolderTitle,
	nuxtContentPath,
	nuxtNavigationTitle,
	nuxtRedirects,
} from './nuxt-content.ts';
import { fumadocsOpenapiPage, openapiGeneratedPage } from './openapi-docs.ts';
import { readPartials, siteWidePartials, tsconfigAliases } from './partials.ts';
import { type RedoclyRedirect, type RedoclySite, redoclyLeftOut, redoclyPartial } from './redocly.ts';
import { withRedoclyCodeSnippets } from './redocly-snippets.ts';
import { retypeFolderLabel, retypeInclude, retypeLinkedTitle, retypeUrl, retypeVisibility } from './retype-site.ts';
import { rspressSidebarLabels } from './rspress-site.ts';
import { isRstFile, RstPages, rstIncludedFiles, sphinxConf, sphinxReadsMarkdown } from './rst-pages.ts';
import {
	absoluteAddress,
	articleKeyOf,
	articleLanguageOf,
	canonicalAddressOf,
	pageLanguageOf,
	type SavedCopy,
	type SettledCopies,
	settleCopies,
} from './same-article.ts';
import { SavedPages } from './saved-pages.ts';
import { jekyllExcluded, mintlifyExcluded, sphinxExcluded } from './site-excludes.ts';
import { typesetsDollarMath } from './site-math.ts';
import { sitePagesFolder } from './site-pages-folder.ts';
import { filePathOf, onMintlifyDefaultHost, onOldSite, pathForms } from './site-paths.ts';
import { isSkippedFolder } from './skipped-folders.ts';
import { starlightConfig } from './starlight-sidebar.ts';
import { gitbookRedirects, SUMMARY_FILE, summaryLabels, summaryPages } from './summary.ts';
import {
	type AssetFetch,
	type ImportSource,
	type InvalidRecord,
	type OldTarget,
	type PartialFile,
	type SourceArticle,
	SourceUnreadable,
} from './types.ts';
import { skippingUnreachableHosts } from './unreachable-hosts.ts';
import { vitepressHtmlAddress } from './vitepress-addresses.ts';
import { HOME_FIELDS, homePageMarkdown, withFrontmatterValues, withVuepressHeroDefaults } from './vitepress-home.ts';
import { vitepressRedirects } from './vitepress-redirects.ts';
import { configuredLocales, localeLanguages, type VuepressLocale, vuepressSiteTexts } from './vuepress-locales.ts';
import { vuepressComponentPage, withCatalogLists } from './vuepress-pages.ts';
import { vuepressRedirects } from './vuepress-redirects.ts';
import { convertObsidianSyntax, hasObsidianSyntax, type VaultLookup, vaultLookup } from './wikilinks.ts';
import { isWritersideLibrary, writersidePublished, writersideTopicTitle } from './writerside.ts';
import { zolaAliases, zolaDraftSection, zolaSectionTitle, zolaTaxonomyTerms } from './zola-site.ts';

/** Frontmatter the import carries over; every other field (sidebar, position, slug...) is dropped with a note. */
const keptFields = new Set([
	'title',
	'description',
	'tags',
	'draft',
	'lastUpdated',
	'last_update',
	'updated',
	'date',
	'updatedAt',
	// Old addresses, kept as redirects.
	'aliases',
	'redirect_from',
	'redirectFrom',
	'permalink',
]);
/** Frontmatter naming a page in the old site's navigation, in lower case (Hugo reads keys in any case). */
const NAVIGATION_LABEL_FIELDS = new Set(['sidebar_label', 'sidebartitle', 'linktitle']);
/** The frontmatter fields a Hugo theme shows as words, through `.RenderString`. */
const HUGO_WORD_FIELDS = ['title', 'description', 'summary', 'linkTitle', 'sidebarTitle'] as const;

/**
 * Where a page keeps its description: its own field, else the summary or excerpt that
 * Hugo, Jekyll and docs themes show in listings and search results.
 */
const DESCRIPTION_FIELDS = ['description', 'summary', 'excerpt'] as const;

/**
 * A page's `keywords`: a list, or one line of them separated by commas, as HTML's
 * keywords meta tag takes them.
 */
function keywordsOf(value: unknown): string[] {
	const listed = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
	return listed.flatMap((each) => (typeof each === 'string' && each.trim() !== '' ? [each.trim()] : []));
}

/** The page's description and the field it is in, when one of them holds words. */
function descriptionOf(data: Record<string, unknown>): { field: string; text: string } | undefined {
	for (const field of DESCRIPTION_FIELDS) {
		const value = data[field];
		if (typeof value === 'string' && value.trim() !== '') return { field, text: value.trim() };
	}
	return undefined;
}

export interface FolderSourceOptions {
	/**
	 * The path the old site served the folder under (`/docs`). Without it, the path its
	 * generator serves such a folder under (Docusaurus' `docs/` at `/docs`), else `/`.
	 */
	basePath?: string;
	/**
	 * The old site's address (`https://help.example.com`), when known: absolute links to
	 * it are links between the folder's pages, and links that stay on the old site keep
	 * working as absolute links to it rather than losing their target.
	 */
	oldSite?: URL;
	/**
	 * Downloads the pictures and files a hosted generator kept on its own file host
	 * (ReadMe's `files.readme.io`), which go when the team leaves it; none with `--offline`.
	 */
	http?: Pick<ServiceClient, 'download'>;
	/**
	 * When the import runs: a Hugo page whose publish date is still to come, or whose expiry
	 * date has passed, was not on the old site. The clock's time unless given.
	 */
	now?: Date;
	/**
	 * The locale to bring from a site that names each page file by one (Nextra 2 and 3's
	 * `setup.ja.mdx`); the site's default locale unless given (see locale-suffixes.ts).
	 */
	locale?: string;
	/** The site's root, when the folder named was it and its pages are read from the folder its generator built them from. */
	siteRoot?: { dir: string; why: string };
}

/** Hosts where a hosted docs generator keeps the files its pages show, by generator. */
const GENERATOR_FILE_HOSTS: Partial<Record<Generator['name'], readonly string[]>> = {
	readme: ['files.readme.io'],
};

/**
 * A folder of Markdown and MDX from another docs generator (Starlight,
 * Docusaurus, Mintlify or plain files). Links between its files and to their old
 * addresses (under `basePath`, or absolute on `oldSite`) are recognised; images are
 * read from beside the files or from the site's `static/` or `public/` folder.
 */
/**
 * Whether several files are copies of one (same bytes): a generator that serves every
 * folder's pictures from one place (`/img/`) lets folders keep their own copy of a
 * picture they share, and any copy is the picture a page showed.
 */
function sameFiles(files: readonly string[]): boolean {
	if (files.length < 2) return false;
	const sizes = new Set(files.map((file) => statSync(file).size));
	if (sizes.size !== 1) return false;
	const [first, ...rest] = files.map((file) => readFileSync(file));
	return rest.every((bytes) => (first as Buffer).equals(bytes));
}

function pageNameKey(name: string): string {
	return name.trim().toLowerCase();
}

/**
 * The names a page may be linked by on a site that serves pages flat: its file's name
 * (a folder's for its index or README) and the `id` or `slug` its frontmatter gives it.
 */
function pageNames(id: string, data: Record<string, unknown>): string[] {
	const segments = id.split('/');
	const last = segments.at(-1) as string;
	const file = /^(index|readme)$/i.test(last) ? segments.at(-2) : last;
	const given = [data.id, data.slug].filter(
		(value): value is string => typeof value === 'string' && /^[^/\s]+$/.test(value.trim()),
	);
	return [...new Set([file, ...given].filter((name): name is string => name !== undefined).map(pageNameKey))];
}

/** Where the generator served the folder, when its configuration says: Docusaurus' docs, VitePress' `base`, Fumadocs' docs. */
function generatorBasePath(generator: Generator | undefined): string | undefined {
	if (generator?.name === 'docusaurus' && generator.docsFolders) return generator.baseUrl || '/';
	if (generator?.name === 'docusaurus' || generator?.name === 'fumadocs') return generator.docsPath;
	if (generator?.name === 'vitepress' || generator?.name === 'vuepress' || generator?.name === 'rspress')
		return generator.base || undefined;
	// ReadMe serves a project's guides under /docs (its API reference under /reference).
	if (generator?.name === 'readme') return '/docs';
	// Next.js serves a site under its `basePath`, and Nextra 4 its content folder under `contentDirBasePath` too.
	if (generator?.name === 'nextra') return generator.basePath || undefined;
	if (generator?.name === 'redocly') return generator.basePath;
	// Nuxt serves every page under its `app.baseURL`, a folder of `content/` at its path there.
	if (generator?.name === 'nuxt-content') {
		const { baseURL, folder } = generator.site;
		return folder === '' ? baseURL || undefined : `${baseURL}/${nuxtContentPath(folder)}`;
	}
	return undefined;
}

export function folderSource(root: string, options: FolderSourceOptions): ImportSource {
	const dir = path.resolve(root);
	if (!existsSync(dir)) throw new SourceUnreadable(`${displayPath(dir)}: no such folder`);
	if (!statSync(dir).isDirectory())
		throw new SourceUnreadable(
			/\.zip$/i.test(dir)
				? `${displayPath(dir)}: an archive, not a folder: unzip it (a Notion or Confluence export, a saved site) and pass the folder it holds`
				: `${displayPath(dir)}: a file, not a folder: pass the folder that holds the Markdown or HTML pages`,
		);
	if (!options.siteRoot) {
		// Named by its repository, a site is read from the folder its generator built pages from.
		const pages = sitePagesFolder(dir, options.locale);
		if (pages) return folderSource(pages.folder, { ...options, siteRoot: { dir, why: pages.why } });
	}
	// A GitBook space's table of contents is no page of it.
	const summary = summaryPages(dir);
	/** Each page's words in the space's SUMMARY.md, read for aliases only. */
	const summaryNames = summary === undefined ? undefined : summaryLabels(dir);
	let generator = detectGenerator(dir);
	// A Writerside tree that does not read cannot say which topics were published.
	const writersideInstance = generator?.name === 'writerside' ? generator.site.instance : undefined;
	if (writersideInstance && 'problem' in writersideInstance)
		throw new SourceUnreadable(
			`${displayPath(path.dirname(writersideInstance.file))}/${writersideInstance.problem}: the instance's table of contents, which says which topics Writerside published, does not read`,
		);
	/** The topics the Writerside instance published, by file name. */
	const writersideTopics = generator?.name === 'writerside' ? writersidePublished(generator.site) : undefined;
	/** A GitBook space kept in git: its SUMMARY.md, and no generator that writes one too (mdBook). */
	const gitbookSpace = summary !== undefined && generator === undefined;
	/** The MkDocs site whose docs the folder is: its nav's titles, its redirects and its Python-Markdown tables. */
	const mkdocs = mkdocsSite(dir);
	/** The Hugo site whose content the folder is: its future, expired and unrendered pages were not on the old site. */
	const hugo = generator || mkdocs ? undefined : hugoSiteOf(dir);
	const now = options.now ?? new Date();
	/** What the site's configuration left out of its build: Jekyll's `exclude`, Sphinx's `exclude_patterns`. */
	const siteExcluded =
		generator?.name === 'sphinx'
			? { by: sphinxExcluded(dir), generator: 'Sphinx' }
			: generator?.name === 'mintlify'
				? { by: mintlifyExcluded(path.dirname(generator.config), dir), generator: 'Mintlify' }
				: generator?.name === 'retype'
					? { by: generator.site.excluded, generator: 'Retype' }
					: { by: generator || mkdocs || hugo ? undefined : jekyllExcluded(dir), generator: 'Jekyll' };
	/** Whether the folder is a Jekyll site's source (a `_config.yml` in it or up to two folders above). */
	const jekyllSite = siteExcluded.generator === 'Jekyll' && siteExcluded.by !== undefined;
	/** Where a Jekyll site served its collections' documents (`_articles/x.md` at `/article/x/`). */
	const collectionAddress = generator || mkdocs || hugo ? undefined : jekyllPermalinks(dir);
	/**
	 * A page's frontmatter as the old site read it: with the address its Jekyll collection gave
	 * it, unless it names its own, and a Hugo site's shortcodes in its title and description
	 * (`Deploy on {{% vendor/name %}}`, which themes show through `.RenderString`) as their words.
	 */
	const withCollectionAddress = (relative: string, written: Record<string, unknown>) => {
		let data = written;
		const shortcoded = HUGO_WORD_FIELDS.filter((field) => {
			const value = data[field];
			return typeof value === 'string' && value.includes('{{');
		});
		if (shortcoded.length > 0 && !generator && !mkdocs) {
			const site = hugoShortcodes();
			data = { ...data };
			for (const field of shortcoded) data[field] = hugoShortcodesInWords(data[field] as string, site);
		}
		if (!collectionAddress || typeof data.permalink === 'string') return data;
		const permalink = collectionAddress(relative, data);
		return permalink ? { ...data, permalink } : data;
	};
	/** A Starlight site's Astro configuration, and the `base` it serves the site under (`/docs`), if any. */
	const astro = starlightConfig(dir);
	const astroBasePath = astro ? astroBase(astro) : '';
	const listed = (pattern: string) => globSync(pattern, { cwd: dir, exclude: isSkippedFolder }).sort();
	/** The files a pattern names: a folder named like a page (`backlog.md/`) is no page, and is never read as one. */
	const listedFiles = (pattern: string) =>
		listed(pattern).filter(
			(relative) => statSync(path.join(dir, relative), { throwIfNoEntry: false })?.isFile() === true,
		);
	/** A page's text: a reStructuredText page's as the MyST Markdown it is read as. */
	const pageText = (relative: string) =>
		isRstFile(relative) ? rstPages.page(relative).markdown : readFileSync(path.join(dir, relative), 'utf8');
	const markdownFiles = listedFiles(PATTERN).filter((relative) => !(summary && relative === SUMMARY_FILE));
	const asciidocFiles = listedFiles(ASCIIDOC_PATTERN);
	// AsciiDoc pages without Markdown are an Asciidoctor site, which wrote each page as its `.html` file.
	if (!generator && markdownFiles.length === 0 && asciidocFiles.length > 0) generator = { name: 'asciidoctor' };
	/** reStructuredText pages (a Sphinx site's `.rst`), read as MyST Markdown; a file another page includes is no page of its own. */
	const rstFiles = listedFiles(RST_PATTERN);
	const rstPages = new RstPages(dir, [dir, path.dirname(dir)]);
	const rstIncluded = rstIncludedFiles(dir, rstFiles);
	/** Another generator's site never served its `.rst` files (a README, notes for its authors): they are listed, not read. */
	const rstSite = generator?.name ?? (mkdocs ? 'mkdocs' : hugo ? 'hugo' : undefined);
	const readsRst = rstSite === undefined || rstSite === 'sphinx';
	const rstRead = readsRst ? rstFiles.filter((relative) => !rstIncluded.has(relative)) : [];
	/** A Sphinx site of reStructuredText whose `conf.py` loads no Markdown parser never built its `.md` files (a README, notes for its authors). */
	const sphinxConfFile = generator?.name === 'sphinx' ? sphinxConf(dir) : undefined;
	const unbuiltMarkdown =
		sphinxConfFile && rstRead.length > 0 && !sphinxReadsMarkdown(readFileSync(sphinxConfFile, 'utf8'))
			? markdownFiles.filter((relative) => /\.(?:md|markdown)$/i.test(relative))
			: [];
	let files = [
		...markdownFiles.filter((relative) => !unbuiltMarkdown.includes(relative)),
		...asciidocFiles,
		...rstRead,
	].sort();
	// A folder without Markdown may be a help center saved as a site: its HTML pages are the articles.
	const savedSite = files.length === 0;
	if (savedSite)
		files = [
			...listedFiles(HTML_PATTERN),
			...listed('**/*').filter((relative) => isPageWithoutExtension(dir, relative)),
		]
			.filter((relative) => !NOT_ARTICLES.test(relative.split(path.sep).join('/')))
			.sort();
	const unread = savedSite || readsRst ? [] : rstFiles;
	/** A Writerside project's XML topics (`.topic`): not read, and each listed as skipped. */
	const xmlTopics = generator?.name === 'writerside' ? listedFiles('**/*.topic') : [];
	if (files.length === 0)
		throw new SourceUnreadable(
			`${displayPath(dir)}: no Markdown, MDX, reStructuredText, AsciiDoc or HTML pages in the folder`,
		);
	/** A saved page's article, read when needed: a mirror of thousands of pages is never held at once. */
	const savedPage = (relative: string): HtmlPage => readHtmlPage(readFileSync(path.join(dir, relative), 'utf8'));
	/**
	 * The locales of a site that keeps each article a folder and each language a file in it
	 * (`refunds/en.md`, `refunds/pt-br.md`), and the one brought; undefined for any other.
	 */
	function languageFileSite(): PageLocales | undefined {
		const languageFolders = languageFileFolders(files);
		return languageFolders.size > 0 ? pageLocales(files, { asked: options.locale, languageFolders }) : undefined;
	}
	/** Nextra's `app/` folder, where a page is a folder's `page.mdx`, served at the folder's path. */
	const nextraApp = generator?.name === 'nextra' && generator.appDir;
	const fileSet = new Set(files);
	/**
	 * The locales a Nextra site names its page files by (`setup.ja.mdx`), or a multilingual
	 * Hugo site (`_index.en.md`, a file naming none in its default language), and the one brought.
	 */
	const locales =
		generator?.name === 'nextra' && !nextraApp
			? pageLocales(files, {
					configured:
						generator.i18n && generator.config
							? { ...generator.i18n, file: path.basename(generator.config) }
							: undefined,
					asked: options.locale,
				})
			: hugo?.languages
				? pageLocales(files, {
						configured: { ...hugo.languages, file: hugo.config },
						asked: options.locale,
						plain: hugo.languages.defaultLocale,
					})
				: languageFileSite();
	/** Next.js' own `basePath`, before the brought locale's name (`/docs` of `/docs/ja`). */
	const nextBase = generator?.name === 'nextra' ? generator.siteBase : '';
	if (locales && generator?.name === 'nextra' && locales.kept !== generator.i18n?.defaultLocale) {
		// Next.js served a locale other than its default under the locale's name (`/ja/setup`), links and redirects too.
		const prefix = generator.i18n?.locales.includes(locales.kept) ? `/${locales.kept}` : '';
		generator = {
			...generator,
			basePath: `${generator.siteBase}${prefix}${generator.basePath.slice(generator.siteBase.length)}`,
			siteBase: `${generator.siteBase}${prefix}`,
			// The brought locale's `_meta.<locale>.*` name and order its pages and folders.
			...nextraMeta(dir, locales.kept),
		};
	}
	/** The languages of a Markdoc site that keeps each in a folder of its pages (`en/`, `ko/`), and the one brought. */
	const languages =
		generator?.name === 'nextra' && generator.markdoc ? folderLanguages(files, options.locale) : undefined;
	if (languages && generator?.name === 'nextra' && generator.markdoc?.unprefixed !== languages.kept)
		// A language its middleware does not serve at the root was served under its folder's name (`/docs/ko/…`).
		generator = { ...generator, basePath: `${generator.siteBase}/${languages.kept}` };
	// Hugo served every page under its `baseURL`'s path (`/help`), unless --old-site-url says where the site was.
	// A multilingual Hugo site served a language under its name (`/help/en/…`), but for its default one.
	// So did a language kept in a content folder of its own (`[languages.de] contentDir = "content/de"`).
	const hugoLanguage = hugo?.languages
		? locales
			? hugoLanguagePath(hugo.languages, locales.kept)
			: hugo.contentLanguage
				? hugoLanguagePath(hugo.languages, hugo.contentLanguage)
				: ''
		: '';
	/** The language whose pages of a Hugo site are brought: the one kept of its page files', else its content folder's, else the default. */
	const hugoBrought = hugo?.languages && locales ? locales.kept : hugo?.contentLanguage;
	/** A Hugo site's menus as the brought language's pages showed them. */
	const hugoMenus = (site: HugoSite) => site.menusIn(hugoBrought);
	const hugoSitePath = hugo && !options.oldSite ? hugoBaseUrl(hugo.baseURL)?.basePath : undefined;
	const hugoBase =
		hugo && !options.oldSite && (hugoSitePath !== undefined || hugoLanguage)
			? `${hugoSitePath ?? ''}${hugoLanguage}`
			: undefined;
	// So did Zola under its `base_url`'s, its aliases included.
	const zolaBase =
		generator?.name === 'zola' && !options.oldSite ? hugoBaseUrl(generator.site.baseUrl)?.basePath : undefined;
	// And Retype under its `url`'s (`acme.com/docs`), a folder of its `input` at that folder's address.
	const retypeBase =
		generator?.name === 'retype' && !options.oldSite ? hugoBaseUrl(retypeUrl(generator.site.url))?.basePath : undefined;
	// And Writerside under its `<web-root>`'s.
	const writersideBase =
		generator?.name === 'writerside' && generator.site.webRoot && !options.oldSite
			? hugoBaseUrl(generator.site.webRoot.url)?.basePath
			: undefined;
	const servedAt =
		options.basePath ??
		generatorBasePath(generator) ??
		hugoBase ??
		zolaBase ??
		retypeBase ??
		writersideBase ??
		(astroBasePath || '/');
	/** Each page file's place for the brought locale: its path without the locale, or why it is left out. */
	const localePages = new Map<string, { page: string } | { skipped: string; beside?: string }>(
		locales
			? files.map((file) => [file, localePage(file, fileSet, locales)])
			: languages
				? files.map((file) => [file, folderLanguagePage(file, languages)])
				: [],
	);
	/**
	 * A file per language of a folder that is one article (`refunds/en.md`): its frontmatter
	 * over the fields the folder's YAML file gives the article in that language (see
	 * `articleFolderFields`).
	 */
	const folderFields = new Map<string, Record<string, unknown> | undefined>();
	function withArticleFolderFields(relative: string, data: Record<string, unknown>): Record<string, unknown> {
		const posix = relative.split(path.sep).join('/');
		const folder = posix.slice(0, posix.lastIndexOf('/') + 1);
		if (!locales?.languageFolders?.has(folder)) return data;
		const language = path.posix.basename(posix).replace(/\.(mdx?|mdoc|markdown)$/i, '');
		const key = `${folder}${language}`;
		if (!folderFields.has(key)) folderFields.set(key, articleFolderFields(path.join(dir, folder), language));
		const fields = folderFields.get(key);
		return fields ? { ...fields, ...data } : data;
	}
	/** Why a file is left out as another locale's, when it is. */
	const otherLocale = (relative: string) => {
		const place = localePages.get(relative);
		return place && 'skipped' in place ? place.skipped : undefined;
	};
	const ids = nextraApp
		? files.map((file) => (isAppPage(file) ? appPageId(file) : folderArticleId(file)))
		: generator?.name === 'nuxt-content'
			? nuxtContentIds(files)
			: pageIds(
					files.map((file) => {
						const place = localePages.get(file);
						if (!place || 'page' in place) return place?.page ?? file;
						// A page left out for the locale's own of its name keeps its extension, so no two files share an id.
						return place.beside ? file.replace(/\.(mdx?|mdoc|markdown)$/i, '.$1.md') : file;
					}),
				);
	const idByFile = new Map(files.map((file, index) => [file, ids[index] as string]));
	/** A file's page id, as `pageIds` gave it. */
	const idOf = (relative: string) => idByFile.get(relative) ?? folderArticleId(relative);
	/** A Just the Docs site's navigation, built from its pages' `parent` titles and `nav_order`. */
	const justTheDocs = jekyllSite && !savedSite ? justTheDocsNav(dir) : undefined;
	/** The sections of the old site's navigation the pages sat in (its sidebar), for the import map. */
	const navSections = savedSite
		? undefined
		: (justTheDocs?.sections ??
			folderNavSections(dir, generator, files) ??
			mkdocs?.navSections ??
			(hugo && hugoMenuSections(hugo)));
	/**
	 * The pages Docusaurus generated for sidebar categories (`link: { type: 'generated-index' }`),
	 * each a list of its category's pages at `/docs/category/<label>`: no file, but an address
	 * links, redirects and bookmarks name, which leads where the section's page does here.
	 */
	const generatedIndexes = (
		generator?.name === 'docusaurus' &&
		!savedSite &&
		!generator.docsFolders &&
		path.resolve(dir) !== path.resolve(generator.siteRoot)
			? docusaurusGeneratedIndexes(dir, generator, files)
			: []
	).map((index) => ({
		...index,
		id: index.slug.replace(/^\/+/, ''),
		address: oldPath('generated-index', { slug: index.slug }, servedAt, generator),
	}));
	/** Where a Docusaurus sidebar lists pages by their ids: their order there, which lists of a section's pages keep. */
	const sidebarPlaces =
		generator?.name === 'docusaurus' && !savedSite && path.resolve(dir) !== path.resolve(generator.siteRoot)
			? docusaurusSidebarPlaces(dir, generator, files)
			: undefined;
	/** The words a VitePress sidebar shows for pages in place of their titles, read for aliases only. */
	const vitepressConfigFile = generator?.name === 'vitepress' ? vitepressConfig(dir) : undefined;
	const vitepressLabels = vitepressConfigFile
		? vitepressSidebarLabels(readFileSync(vitepressConfigFile, 'utf8'), vitepressConfigFile)
		: undefined;
	/** The labels an Rspress site's `_meta.json` files give pages in place of their titles, read for aliases only. */
	const rspressLabels = generator?.name === 'rspress' ? rspressSidebarLabels(dir, files) : undefined;
	/** The labels a Docusaurus sidebars file gives pages in place of their titles, read for aliases only. */
	const sidebarLabels =
		generator?.name === 'docusaurus' && !savedSite && path.resolve(dir) !== path.resolve(generator.siteRoot)
			? docusaurusSidebarLabels(dir, generator, files)
			: undefined;
	const committed = lastCommitDates(dir);
	/** Whether `$…$` in a sentence was math on the old site. */
	const dollarMath = typesetsDollarMath(generator) || mkdocs?.source.arithmatex === true;
	/** A Hugo site's pages' places in its navigation menu, from their front matter. */
	function hugoMenuSections(site: HugoSite): NavSections | undefined {
		const pages = files
			.filter((file) => /\.(mdx?|mdoc|markdown)$/i.test(file))
			.map((file) => ({ file, data: splitFrontmatter(readFileSync(path.join(dir, file), 'utf8')).data }));
		return hugoNavSections(hugoMenus(site), pages);
	}
	/** The locales a VuePress or VitePress configuration names (`locales: { '/en/': …, '/de/': … }`), and the one brought. */
	const localesSite =
		generator?.name === 'vuepress'
			? 'VuePress'
			: generator?.name === 'vitepress'
				? 'VitePress'
				: generator?.name === 'rspress'
					? 'Rspress'
					: undefined;
	// Rspress lists its languages (`locales: [{ lang: 'en' }]`), a folder each, the default `lang`'s served at the root.
	const configuredLocaleList =
		generator?.name === 'rspress'
			? generator.site.locales
			: localesSite && (generator?.name === 'vuepress' || generator?.name === 'vitepress')
				? configuredLocales(
						generator.config,
						localesSite,
						generator.name === 'vitepress' ? generator.rootFolder : undefined,
					)
				: undefined;
	const configuredLanguage =
		localesSite && configuredLocaleList && localeLanguages(configuredLocaleList, localesSite, options.locale);
	/**
	 * The language the import brings, as the site's configuration or `--locale` chose it (see
	 * `broughtLocale`): each article carries it, so rules written for English text (choosing a
	 * description) apply to an English site only. Undefined when nothing says.
	 */
	const siteLocale = broughtLocale({
		kept: locales?.kept ?? languages?.kept,
		configured: configuredLanguage?.kept,
		hugo,
		redocly: generator?.name === 'redocly' ? generator.site : undefined,
	});
	// A site whose language folders are read above, or named by its configuration, has none left to guess.
	const translated = languages ? new Set<string>() : (configuredLanguage?.others ?? translationFolders(files));
	/** Why a page of another language is left out, naming the one brought when the configuration chose it. */
	const translationSkip = (folder: string) =>
		`${folder === '' ? 'at the root' : `in ${folder}/`}, a translation of the site; the import brings one language${
			configuredLanguage
				? `, ${configuredLanguage.kept.folder === '' ? 'the root’s' : `${configuredLanguage.kept.folder}/`} (${configuredLanguage.from})`
				: ''
		}`;
	/** The first-level folder of a page left out as another language's (`''` for the root's pages), if it is. */
	const translatedFolder = (posix: string): string | undefined => {
		const folder = posix.includes('/') ? (posix.split('/')[0] ?? '') : '';
		if (folder !== '' && translated.has(folder)) return folder;
		// The root's pages are the `/` locale's, another language, when --locale named a folder.
		const inLocale = configuredLocaleList?.some((locale) => locale.folder !== '' && locale.folder === folder);
		return configuredLanguage?.rootIsOther && !inLocale ? '' : undefined;
	};
	/** The folders a page's includes and partials are looked for in: a Markdoc site's root too, for its `markdoc/partials/`. */
	const includeRoots = [
		dir,
		path.dirname(dir),
		...(generator?.name === 'nextra' && generator.markdoc ? [generator.root] : []),
	];
	let partialsIncluded: Map<string, string> | undefined;
	/** The files the pages include as Markdoc partials, each with a page that does, read once when first asked. */
	function markdocPartials(): Map<string, string> {
		partialsIncluded ??= savedSite
			? new Map()
			: markdocPartialsOf(
					markdownFiles.map((relative) => {
						const file = path.resolve(dir, relative);
						return { file, text: readFileSync(file, 'utf8') };
					}),
					includeRoots,
				);
		return partialsIncluded;
	}
	let oldPaths: Map<string, string> | undefined;
	/** Each file's own old address, as `byOldPath` reads them. */
	const addressByFile = new Map<string, string>();
	/** Pages whose old address is a hosted help center's numbered article (`/en/articles/8551755-saving-filters`). */
	const numberedArticles = new NumberedArticles();
	/** The site's name at the end of every title ("Billing - IVPN Help"), when the titles share one. */
	let siteName: string | undefined;
	const savedPages = new SavedPages(servedAt, options.oldSite);
	/** The old site's address: given, or named by the archive's own frontmatter addresses (see `archivedSiteOf`). */
	let oldSite = options.oldSite;
	/** The frontmatter field the old site's address was read from, when it was not given. */
	let inferredFrom: string | undefined;
	/** A page's frontmatter and the article numbers its text links to. */
	const readFrontmatter = (relative: string) => {
		if (isAsciidocFile(relative))
			return { data: asciidocData(relative), linked: [], moved: undefined, canonical: undefined };
		const { data: written, body } = splitFrontmatter(pageText(relative));
		const data = withArticleFolderFields(relative, withCollectionAddress(relative, written));
		const hidden = hiddenFromSearch(data);
		const link = hidden === undefined ? undefined : movedPageLink(body);
		const moved = hidden !== undefined && link !== undefined ? { hidden, link } : undefined;
		return { data, linked: linkedArticleNumbers(body), moved, canonical: canonicalAddressOf(data, body) };
	};
	/** Pages a crawler saved again at another address of an article another page holds: the copies settled, and how this one's words differ. */
	const copyOf = new Map<string, { settled: SettledCopies; difference?: string }>();
	/** The copies kept of articles saved at several addresses whose words differ, for the report. */
	const keptCopies = new Map<string, SettledCopies>();
	/** Pages a crawler saved in another language than the one brought (see crawled-languages.ts): why each is left out. */
	const crawledTranslations = new Map<string, CrawledTranslation>();
	/**
	 * The articles a crawler saved at several addresses (see same-article.ts): the pages that name
	 * their own address in frontmatter, grouped by the article their canonical address, else their
	 * own, names, in the language brought, each group of two or more settled to the copy kept; and
	 * the pages of a crawled help center in another language, each with the page of its article kept.
	 */
	const savedCopies = (
		frontmatter: readonly { data: Record<string, unknown>; canonical: URL | undefined }[],
	): { settled: SettledCopies[]; translations: CrawledTranslation[] } => {
		const pages: (CrawledPage & { index: number; address: URL })[] = [];
		for (const [index, relative] of files.entries()) {
			const page = frontmatter[index];
			if (!page || otherLocale(relative) || isAsciidocFile(relative)) continue;
			const own = ownAddressOf(page.data, oldSite);
			const address = own && absoluteAddress(page.data[own.field]);
			if (!address) continue;
			const named = page.canonical ?? address;
			// A generator's own languages are read from its configuration and folders, above.
			const language =
				generator === undefined
					? (articleLanguageOf(named) ??
						articleLanguageOf(address) ??
						pageLanguageOf(page.data, splitFrontmatter(pageText(relative)).body))
					: undefined;
			pages.push({ index, address, key: articleKeyOf(named), ...(language ? { language } : {}) });
		}
		const languages = pageLanguages(pages, generator === undefined ? options.locale : undefined);
		const byArticle = new Map<string, { index: number; address: URL }[]>();
		const others: { index: number; key: string; language: string }[] = [];
		for (const page of pages) {
			const other = languages.otherLanguage(page);
			if (other !== undefined) others.push({ index: page.index, key: page.key, language: other });
			else byArticle.set(page.key, [...(byArticle.get(page.key) ?? []), page]);
		}
		const fileOf = (index: number) => (files[index] as string).split(path.sep).join('/');
		const settled = new Map(
			[...byArticle]
				.filter(([, copies]) => copies.length > 1)
				.map(([key, copies]) => [
					key,
					settleCopies(
						copies.map(({ index, address }): SavedCopy => {
							const relative = files[index] as string;
							const { data, body } = splitFrontmatter(pageText(relative));
							const crawled =
								generator === undefined && typeof data.title === 'string'
									? crawledArticle(body, data.title)
									: undefined;
							return {
								id: ids[index] ?? relative,
								file: fileOf(index),
								address,
								title: crawled?.title ?? (typeof data.title === 'string' ? data.title : ''),
								text: crawled?.body ?? body,
								...(crawled?.modified ? { modified: crawled.modified } : {}),
							};
						}),
					),
				]),
		);
		const pageOf = (index: number) => ({ id: ids[index] ?? (files[index] as string), file: fileOf(index) });
		const translations = others.map(({ index, key, language }): CrawledTranslation => {
			// The page of its article in the language brought: the copy kept, or its one page.
			const keptCopy = settled.get(key)?.kept;
			const onePage = byArticle.get(key)?.[0];
			const of = keptCopy ? { id: keptCopy.id, file: keptCopy.file } : onePage && pageOf(onePage.index);
			return { ...pageOf(index), language, brought: languages.brought, ...(of ? { of } : {}) };
		});
		return { settled: [...settled.values()], translations };
	};
	/** Pages kept only to point on after their content moved (see moved-pages.ts): the page each leads to, and why. */
	const movedPages = new Map<string, { to: string; hidden: string }>();
	const movedLinks = new Map<string, { link: string; hidden: string; file: string }>();
	/**
	 * Every page's old path and the site's name in its titles, read from all frontmatter
	 * at once, since any page may link any other.
	 */
	const byOldPath = () => {
		if (oldPaths) return oldPaths;
		const titles: string[] = [];
		const frontmatter = savedSite ? [] : files.map((relative) => readFrontmatter(relative));
		if (!oldSite) {
			const archived = archivedSiteOf(frontmatter.map((page) => page.data));
			oldSite = archived?.site;
			inferredFrom = archived && `the pages' ${archived.field}: fields`;
		}
		if (!oldSite) {
			// A Starlight site's Astro configuration names its address in `site`.
			const configured = configuredSite(generator, mkdocs, hugo) ?? (astro ? astroSite(astro) : undefined);
			oldSite = configured?.site;
			inferredFrom = configured?.setting;
		}
		oldPaths = new Map(
			files.flatMap((relative, index): [string, string][] => {
				const id = ids[index] ?? relative;
				if (savedSite) {
					const saved = savedPage(relative);
					if (saved.documentTitle) titles.push(saved.documentTitle);
					savedPages.add(saved);
					return [[savedPages.oldPath(relative, saved), id]];
				}
				// Another locale's page was served at another address (`/ja/setup`), which leads to no page here.
				if (otherLocale(relative)) return [];
				const { data, linked, moved } = frontmatter[index] as (typeof frontmatter)[number];
				// Zola served a page or section with `render = false` at no address, its aliases neither.
				if (generator?.name === 'zola' && data.render === false) return [];
				if (moved) movedLinks.set(id, { ...moved, file: path.join(dir, relative) });
				if (typeof data.title === 'string') titles.push(data.title.trim());
				for (const name of pageNames(id, data)) pagesByName.set(name, pagesByName.has(name) ? null : id);
				const number = generator?.name === 'docusaurus' ? undefined : articleNumberOf(data);
				if (number) numbered.set(id, { number, title: typeof data.title === 'string' ? data.title : undefined });
				for (const each of linked) linkedNumbers.add(each);
				const page = oldPath(id, data, servedAt, generator, relative);
				addressByFile.set(relative, page);
				const own = ownAddressOf(data, oldSite)?.path;
				const aliases = [
					...(generator?.name === 'zola'
						? aliasPaths(zolaAliases(data), page, zolaBase ?? '')
						: // Hugo writes a page's aliases among its pages, so they were served under the baseURL's path too.
							aliasPaths(data, page, options.basePath === undefined && hugoBase ? hugoBase : astroBasePath)),
					...antoraAliases(relative, data),
					...(own && own !== page ? [own] : []),
					// mdBook's pages were linked as `.html` files; hosts also answer without it (`/editing`, `/platform/`).
					...((generator?.name === 'mdbook' ||
						generator?.name === 'sphinx' ||
						generator?.name === 'antora' ||
						generator?.name === 'asciidoctor' ||
						generator?.name === 'vuepress' ||
						generator?.name === 'writerside') &&
					page.endsWith('.html')
						? [page.replace(/(?:\/index)?\.html$/, '') || '/']
						: []),
					...((generator?.name === 'vitepress' || generator?.name === 'rspress') && !generator.cleanUrls
						? vitepressHtmlAddress(page, relative)
						: []),
					// Writerside's redirects (`accepts-web-file-names`, `redirection-rules.xml`) name old file names beside the page's.
					...(generator?.name === 'writerside'
						? (generator.site.redirects.get(path.basename(relative)) ?? []).map(
								(name) => `${page.slice(0, page.lastIndexOf('/') + 1)}${encodeOldPath(name.replace(/^\/+/, ''))}`,
							)
						: []),
				];
				if (aliases.length > 0) redirected.set(id, aliases);
				return [[page, id]];
			}),
		);
		siteName = sharedSiteName(titles);
		// A help center kept in git by its article numbers: its links copied from the old site name them.
		const numbers = new Set([...numbered.values()].map((entry) => entry.number));
		if (!numbersAreArticleNumbers(numbers, linkedNumbers, servedAt)) numbered.clear();
		for (const [id, { number, title }] of numbered)
			redirected.set(id, [...(redirected.get(id) ?? []), ...numberedArticlePaths(number, title, servedAt)]);
		// A page's own aliases are old addresses of it too, unless another page lives there now.
		for (const [id, aliases] of redirected)
			for (const alias of aliases) if (!oldPaths.has(alias)) oldPaths.set(alias, id);
		// A page a crawler saved again at another address of the same article is that article: its addresses lead to the copy kept.
		const saved = savedCopies(frontmatter);
		for (const settled of saved.settled) {
			const keptId = settled.kept.id;
			// A saved page's path in the folder was never an address of the old site (see `archived` below).
			const filePaths = new Set(
				[settled.kept, ...settled.others.map((other) => other.copy)].map((copy) =>
					addressByFile.get(copy.file.split('/').join(path.sep)),
				),
			);
			for (const { copy, difference } of settled.others) {
				copyOf.set(copy.id, { settled, difference });
				for (const [address, page] of oldPaths) if (page === copy.id) oldPaths.set(address, keptId);
				redirected.set(keptId, [...(redirected.get(keptId) ?? []), ...(redirected.get(copy.id) ?? [])]);
				redirected.delete(copy.id);
			}
			const addresses = [...oldPaths]
				.filter(([address, page]) => page === keptId && !filePaths.has(address))
				.map(([address]) => address);
			redirected.set(keptId, [...new Set([...(redirected.get(keptId) ?? []), ...addresses])]);
			if (settled.others.some((other) => other.difference !== undefined)) keptCopies.set(keptId, settled);
		}
		// A page in another language is left out; its addresses lead to its article in the language brought,
		// as an imported help center's translations do.
		for (const translation of saved.translations) {
			crawledTranslations.set(translation.id, translation);
			const to = translation.of?.id;
			if (to === undefined) continue;
			const filePath = addressByFile.get(translation.file.split('/').join(path.sep));
			const addresses = [...oldPaths].filter(([, page]) => page === translation.id).map(([address]) => address);
			for (const address of addresses) oldPaths.set(address, to);
			redirected.set(to, [
				...new Set([
					...(redirected.get(to) ?? []),
					...(redirected.get(translation.id) ?? []),
					...addresses.filter((address) => address !== filePath),
				]),
			]);
			redirected.delete(translation.id);
		}
		// A Zola section that sent its readers to a page (`redirect_to = "docs/setup/pair/"`, from the
		// site's root): its address leads to that page's article, through sections that send readers on in turn.
		if (generator?.name === 'zola') {
			const sending = new Map<string, { from: string; to: string }>();
			for (const [index, relative] of files.entries()) {
				const target = frontmatter[index]?.data.redirect_to;
				const from = addressByFile.get(relative);
				if (!/(^|[\\/])_index\.md$/.test(relative) || typeof target !== 'string' || !from) continue;
				if (/^[a-z][\w+.-]*:|^\/\//i.test(target.trim())) continue;
				const to = normalizeOldPath(
					`${zolaBase ?? ''}/${target.trim().replace(/^\/+|\/+$/g, '')}`.replace(/\/{2,}/g, '/'),
				);
				sending.set(ids[index] ?? relative, { from, to });
			}
			for (const [sectionId, { from, to: first }] of sending) {
				let to = oldPaths.get(first);
				for (let hops = 0; to !== undefined && sending.has(to) && hops < sending.size; hops++)
					to = oldPaths.get(sending.get(to)?.to ?? '');
				if (to === undefined || sending.has(to)) continue;
				redirected.set(to, [...(redirected.get(to) ?? []), from]);
				zolaRedirects.set(sectionId, to);
			}
			for (const [sectionId, to] of zolaRedirects) {
				const from = sending.get(sectionId)?.from;
				if (from) oldPaths.set(from, to);
			}
		}
		// A Retype page that sent its readers on (`redirect: getting-started.md`, or an address of
		// the site): its address leads to that page's article.
		if (generator?.name === 'retype') {
			for (const [index, relative] of files.entries()) {
				const target = frontmatter[index]?.data.redirect;
				const from = addressByFile.get(relative);
				if (typeof target !== 'string' || target.trim() === '' || !from) continue;
				const written = target.trim().replace(/[?#].*$/, '');
				if (/^[a-z][\w+.-]*:|^\/\//i.test(written)) continue;
				const file = /\.(mdx?|markdown)$/i.test(written)
					? path.relative(
							dir,
							written.startsWith('/')
								? path.join(generator.site.input, written)
								: path.resolve(dir, path.dirname(relative), written),
						)
					: undefined;
				const address =
					file !== undefined
						? addressByFile.get(file)
						: normalizeOldPath(`${retypeBase ?? ''}/${written.replace(/^\/+|\/+$/g, '')}`.replace(/\/{2,}/g, '/'));
				const to = address === undefined ? undefined : oldPaths.get(address);
				const id = ids[index] ?? relative;
				if (to === undefined || to === id) continue;
				redirected.set(to, [...(redirected.get(to) ?? []), from]);
				oldPaths.set(from, to);
				retypeRedirects.set(id, to);
			}
		}
		// A Jekyll page that only sent its readers on (jekyll-redirect-from's `redirect_to`, an
		// address under the site's, or a full one on the old site): its address leads to that page's article.
		if (jekyllSite)
			for (const [index, relative] of files.entries()) {
				const to = jekyllRedirectTarget(frontmatter[index]?.data.redirect_to, servedAt, oldSite);
				const from = addressByFile.get(relative);
				const target = to === undefined ? undefined : oldPaths.get(to);
				const id = ids[index] ?? relative;
				if (!from || target === undefined || target === id) continue;
				redirected.set(target, [...(redirected.get(target) ?? []), from]);
				oldPaths.set(from, target);
				jekyllRedirects.set(id, target);
			}
		// Mintlify's redirects are old addresses of the pages they lead to, through the redirects
		// they lead to in turn.
		if (generator?.name === 'mintlify') {
			const pages = oldPaths;
			const file = path.basename(generator.config);
			const plain = mintlifyRedirectAddresses(file, generator.redirects, servedAt, underBase, (address) =>
				pages.has(address),
			);
			const patterns = mintlifyPatternAddresses(file, generator.otherRedirects, pages, underBase);
			const addresses = new Map([...plain, ...patterns.addresses]);
			for (const from of followRedirects(addresses))
				siteReview.push(
					`${addresses.get(from)?.written ?? from} leads to no page of the folder; its old address leads nowhere`,
				);
			siteReview.push(...patterns.review);
		}
		// A category page Docusaurus generated is at its address, unless a page of the folder is there.
		for (const index of generatedIndexes) if (!oldPaths.has(index.address)) oldPaths.set(index.address, index.id);
		// So are the ones a Docusaurus site's redirects plugin declares, written from its `baseUrl`.
		if (generator?.name === 'docusaurus') readDocusaurusRedirects(generator);
		// And a VuePress site's redirect plugin's.
		if (generator?.name === 'vuepress') readVuepressRedirects(generator);
		// And a VitePress site's, kept in its configuration's code.
		if (generator?.name === 'vitepress') readVitepressRedirects(generator);
		// And a Starlight site's, from its Astro configuration's `redirects`.
		if (astro) readAstroRedirects(astro);
		// And a GitBook space's, from its `.gitbook.yaml`, each leading to a file.
		const gitbook = gitbookRedirects(dir);
		if (gitbook) readFileRedirects(gitbook);
		// And a Nextra site's, from the `redirects` of its `next.config.*`, written from the host's root.
		if (generator?.name === 'nextra' && generator.config) readNextRedirects(generator.config, generator.siteBase);
		// And a Redocly project's, from its redocly.yaml and the file it `$ref`s, written from the project's root.
		if (generator?.name === 'redocly') siteReview.push(...readRedoclyRedirects(generator.site.redirects));
		// A Writerside rule is read by its id, the topic or <toc-element> it sends readers to: one that names none leads nowhere.
		if (writersideInstance && 'tree' in writersideInstance)
			for (const rule of generator?.name === 'writerside' ? generator.site.unmatchedRules : [])
				siteReview.push(
					`redirection-rules.xml: rule ${rule.id} (${rule.accepts.join(', ')}) names no topic or <toc-element> of ${path.basename(writersideInstance.file)}; its old address leads nowhere`,
				);
		// And a Nuxt site's, from its `routeRules` and the `redirects.json` it loads.
		if (generator?.name === 'nuxt-content') readNuxtRedirects(generator.site);
		// And those of an MkDocs site's mkdocs-redirects plugin.
		if (mkdocs && mkdocs.redirects.length > 0) readFileRedirects(mkdocs.redirects);
		for (const [address, id] of oldPaths) numberedArticles.add(address, id);
		// A moved page's addresses lead to the page its first link names, when that is another page here.
		for (const [id, moved] of movedLinks) {
			const target = classifyLink(resolveUrl(moved.link, pathToFileURL(moved.file).href));
			if (target.kind !== 'article' || target.id === id || movedLinks.has(target.id)) continue;
			movedPages.set(id, { to: target.id, hidden: moved.hidden });
			for (const [address, page] of oldPaths) {
				if (page !== id) continue;
				oldPaths.set(address, target.id);
				// Its link named a section of that page (`/billing#plans`): the addresses lead there.
				if (target.fragment) oldSections.set(address, target.fragment);
			}
			const addresses = [...oldPaths].filter(([, page]) => page === target.id).map(([address]) => address);
			redirected.set(target.id, [...new Set([...(redirected.get(target.id) ?? []), ...addresses])]);
		}
		return oldPaths;
	};
	/**
	 * Makes each redirect's old address one of the page it leads to, through the redirects
	 * it leads to in turn, keeping the section the last one names; returns those that
	 * reach no page here.
	 */
	const followRedirects = (addresses: Map<string, { to: string; fragment?: string }>): string[] => {
		const pages = oldPaths as Map<string, string>;
		const nowhere: string[] = [];
		for (const [from, { to, fragment }] of addresses) {
			let target: string | undefined = to;
			// The section a redirect on the way names, the last one's (`/plans` → `/billing#plans`).
			let section = fragment;
			for (let step = 0; target !== undefined && !pages.has(target) && step < addresses.size; step++) {
				const next = addresses.get(target);
				section = next?.fragment ?? section;
				target = next?.to;
			}
			// A redirect read before this one may have made the address it reaches lead to a section.
			section = (target === undefined ? undefined : oldSections.get(target)) ?? section;
			const id = target === undefined ? undefined : pages.get(target);
			if (!id) {
				if (!pages.has(from)) nowhere.push(from);
				continue;
			}
			if (!pages.has(from)) {
				pages.set(from, id);
				redirected.set(id, [...(redirected.get(id) ?? []), from]);
				if (section) oldSections.set(from, section);
			}
		}
		return nowhere;
	};
	/**
	 * Redirects a generator's configuration leads to files of the folder (GitBook's
	 * `.gitbook.yaml`, MkDocs' mkdocs-redirects): each old address (under the folder's base
	 * path) an old address of that file's page; one that leads to no page here, or to
	 * another site, is listed for review.
	 */
	const readFileRedirects = (
		entries: readonly {
			from: string;
			file: string | undefined;
			fragment?: string;
			elsewhere?: boolean;
			written: string;
		}[],
	) => {
		const pages = oldPaths as Map<string, string>;
		const addresses = new Map<string, { to: string; fragment?: string }>();
		const written = new Map<string, string>();
		for (const entry of entries) {
			const address = underBase(`/${entry.from}`);
			const to = entry.file === undefined ? undefined : addressByFile.get(entry.file);
			written.set(address, entry.written);
			if (to !== undefined) addresses.set(address, { to, ...(entry.fragment ? { fragment: entry.fragment } : {}) });
			else if (entry.elsewhere)
				siteReview.push(`${entry.written} leads to another site; add it to your host's redirects if you keep it`);
			else if (!pages.has(address))
				siteReview.push(`${entry.written} leads to no page of the folder; its old address leads nowhere`);
		}
		for (const from of followRedirects(addresses))
			siteReview.push(`${written.get(from) ?? from} leads to no page of the folder; its old address leads nowhere`);
	};
	/**
	 * Redirects between the old site's addresses (`/old` → `/new#plans`), each placed on
	 * the site by `place`: each an old address of the page it ends at, through redirects in
	 * turn. Returns the review lines of those that lead to no page here or to another site.
	 */
	const followAddressRedirects = (
		redirects: readonly { from: string; to: string; written: string }[],
		place: (address: string) => string,
		placeTo = place,
	): string[] => {
		const addresses = new Map<string, { to: string; fragment?: string }>();
		const written = new Map<string, string>();
		const elsewhere: string[] = [];
		for (const redirect of redirects) {
			if (!redirect.from.startsWith('/')) continue;
			if (!redirect.to.startsWith('/')) {
				elsewhere.push(redirect.written);
				continue;
			}
			const fragment = /#(.+)$/.exec(redirect.to)?.[1];
			const address = place(redirect.from);
			addresses.set(address, {
				to: placeTo(redirect.to.replace(/[#?].*$/, '') || '/'),
				...(fragment ? { fragment } : {}),
			});
			written.set(address, redirect.written);
		}
		return [
			...followRedirects(addresses).map(
				(from) => `${written.get(from) ?? from} leads to no page of the folder; its old address leads nowhere`,
			),
			...elsewhere.map((line) => `${line} leads to another site; add it to your host's redirects if you keep it`),
		];
	};
	/**
	 * An Astro site's redirects (see astro-redirects.ts): Astro serves each old address under
	 * the site's `base`; a destination is the address as served, the base written in it or not.
	 */
	const readAstroRedirects = (config: string) => {
		const served = (address: string) => (isUnder(address, astroBasePath) ? asServed(address) : underBase(address));
		siteReview.push(...followAddressRedirects(astroRedirects(config), underBase, served));
	};
	/** A Redocly project's redirects (see redocly.ts): one ending in a wildcard (`/old/*`) names no one address, and is listed. */
	const readRedoclyRedirects = (redirects: readonly RedoclyRedirect[]) => {
		const patterns = redirects.filter((redirect) => redirect.from.includes('*'));
		return [
			...followAddressRedirects(
				redirects.filter((redirect) => !redirect.from.includes('*')),
				asServed,
			),
			...patterns.map(
				(redirect) =>
					`${redirect.written}: a pattern the import does not follow; add it to your host's redirects if you keep it`,
			),
		];
	};
	/**
	 * A Next.js configuration's redirects (see next-config.ts), under its `basePath` unless one
	 * says `basePath: false`; a pattern naming no one address is listed for review.
	 */
	const readNextRedirects = (config: string, siteBase: string) => {
		const read = nextRedirects(config);
		siteReview.push(
			...followAddressRedirects(
				read.redirects.filter((redirect) => !redirect.outsideBase),
				(address) => asServed(`${siteBase}${address}`),
			),
			...followAddressRedirects(
				read.redirects.filter((redirect) => redirect.outsideBase),
				asServed,
			),
			...read.patterns.map(
				(line) => `${line}: a pattern the import does not follow; add it to your host's redirects if you keep it`,
			),
		);
	};
	/**
	 * A Nuxt site's redirects (see nuxt-content.ts): each old address under its `baseURL`, its
	 * target from the host's root, or under the `baseURL` for a redirects file; a pattern is listed.
	 */
	const readNuxtRedirects = (site: NuxtContentSite) => {
		const read = nuxtRedirects(site);
		const under = (address: string) => asServed(`${site.baseURL}${address}`);
		siteReview.push(
			...followAddressRedirects(
				read.redirects.filter((redirect) => !redirect.toUnderBase),
				under,
				(address) => (isUnder(address, site.baseURL) || site.baseURL === '' ? asServed(address) : under(address)),
			),
			...followAddressRedirects(
				read.redirects.filter((redirect) => redirect.toUnderBase),
				under,
			),
			...read.patterns.map(
				(line) => `${line}: a pattern the import does not follow; add it to your host's redirects if you keep it`,
			),
		);
	};
	/**
	 * A VuePress site's redirect plugin (see vuepress-redirects.ts): each address of its
	 * `config` an old address of the page it leads to, under the site's `base`; with
	 * `autoLocale`, each page of the brought locale's folder also at its path without the
	 * locale (`/guide/setup.html` for `/en/guide/setup.html`), where no page of its own is.
	 */
	const readVuepressRedirects = (site: Extract<Generator, { name: 'vuepress' }>) => {
		const pages = oldPaths as Map<string, string>;
		const read = vuepressRedirects(site.config);
		const underSite = (value: string) => asServed(`${site.base}/${value.replace(/^\/+/, '')}`);
		const kept = configuredLanguage?.kept.folder;
		if (read.autoLocale && kept) {
			const prefix = asServed(`${site.base}/${kept}`);
			for (const [address, id] of [...pages]) {
				if (!address.startsWith(`${prefix}/`)) continue;
				const alias = underSite(address.slice(prefix.length + 1));
				if (pages.has(alias)) continue;
				pages.set(alias, id);
				redirected.set(id, [...(redirected.get(id) ?? []), alias]);
			}
		}
		siteReview.push(
			...followAddressRedirects(
				read.redirects.map(({ from, to }) => ({
					from,
					to,
					written: `${path.basename(site.config)}: redirect ${from} → ${to}`,
				})),
				underSite,
			),
		);
	};
	/**
	 * A VitePress site's redirects kept in code (see vitepress-redirects.ts): each old address
	 * one of the page it leads to, under the site's `base`. VitePress wrote each page as its
	 * `.html` file, so a redirect may name a page so (`/orders/refunds.html`) whether or not
	 * the site linked it without; a pattern (`/2.0/*`) names no one address, and is listed.
	 */
	const readVitepressRedirects = (site: Extract<Generator, { name: 'vitepress' }>) => {
		const pages = oldPaths as Map<string, string>;
		const underSite = (value: string) => asServed(`${site.base}/${value.replace(/^\/+/, '')}`);
		const toPage = (value: string) => {
			const address = underSite(value);
			return pages.has(address) ? address : underSite(value.replace(/(?:\/index)?\.html$/, '') || '/');
		};
		const read = vitepressRedirects(site.config);
		const patterns = read.redirects.filter((redirect) => redirect.from.includes('*'));
		siteReview.push(
			...followAddressRedirects(
				read.redirects.filter((redirect) => !redirect.from.includes('*')),
				underSite,
				toPage,
			),
			...patterns.map(
				(redirect) =>
					`${redirect.written}: a pattern the import does not follow; add it to your host's redirects if you keep it`,
			),
			...read.review,
		);
	};
	/**
	 * A Docusaurus site's client redirects (see docusaurus-redirects.ts): each `from` an old
	 * address of the page its `to` leads to, each page's address with the `fromExtensions`
	 * too; what cannot be read or leads to no page here is listed for review.
	 */
	const readDocusaurusRedirects = (site: Extract<Generator, { name: 'docusaurus' }>) => {
		const pages = oldPaths as Map<string, string>;
		const read = docusaurusRedirects(site.config);
		const underSite = (value: string) =>
			normalizeOldPath(`${site.baseUrl}/${value.replace(/^\/+/, '')}`.replace(/(.)\/+$/, '$1'));
		const unfollowed = followAddressRedirects(
			read.redirects.map(({ from, to, file }) => ({ from, to, written: `${file}: redirect ${from} → ${to}` })),
			underSite,
		);
		// `fromExtensions: ['html']`: every page was also served as `/docs/setup.html`.
		const aliases = new Set([...redirected.values()].flat());
		const ownPages = [...pages].filter(([address]) => !aliases.has(address));
		for (const [address, id] of ownPages) {
			for (const extension of read.fromExtensions) {
				if (address === normalizeOldPath(site.baseUrl || '/') || address.endsWith('/')) continue;
				const alias = `${address}.${extension}`;
				if (pages.has(alias)) continue;
				pages.set(alias, id);
				redirected.set(id, [...(redirected.get(id) ?? []), alias]);
			}
			for (const extension of read.toExtensions) {
				if (!address.endsWith(`.${extension}`)) continue;
				const alias = address.slice(0, -extension.length - 1);
				if (alias === '' || pages.has(alias)) continue;
				pages.set(alias, id);
				redirected.set(id, [...(redirected.get(id) ?? []), alias]);
			}
		}
		siteReview.push(...read.unread, ...unfollowed);
	};
	/** What about the old site as a whole a person should look at (its redirects the import could not follow). */
	const siteReview: string[] = [];
	/**
	 * The number-only address of a page whose old address is a numbered article
	 * (`/en/articles/8551755`), which the help center answered too, when no other page
	 * has it.
	 */
	/** The old addresses of a page that led to a section of it, with the section's id on the old site. */
	const sectionsOf = (id: string): SourceArticle['oldSections'] => {
		const pages = byOldPath();
		const found = [...oldSections]
			.filter(([address]) => pages.get(address) === id)
			.map(([address, fragment]) => ({ path: address, fragment }));
		return found.length > 0 ? found : undefined;
	};
	const numberOnlyPaths = (page: string, id: string): string[] => {
		const numbered = numberedArticlePath(page);
		if (numbered === undefined) return [];
		const taken = byOldPath().get(numbered);
		return numberedArticles.holds(numbered, id) && (taken === undefined || taken === id) ? [numbered] : [];
	};
	/** Old addresses the generator's own redirects gave a page, by page. */
	const redirected = new Map<string, string[]>();
	/** Zola sections that sent their readers on (`redirect_to`), by their page id: the article their address leads to. */
	const zolaRedirects = new Map<string, string>();
	/** Retype pages that sent their readers on (`redirect`), by their page id: the article their address leads to. */
	const retypeRedirects = new Map<string, string>();
	/** Jekyll pages that sent their readers on (`redirect_to`), by their page id: the article their address leads to. */
	const jekyllRedirects = new Map<string, string>();
	/** Old addresses that led to a section of their page (`/plans` → `/billing#plans`): the section's id there. */
	const oldSections = new Map<string, string>();
	/** Each page by its file's name and its frontmatter `id` or `slug`; `null` for a name two pages share. */
	const pagesByName = new Map<string, string | null>();
	/** Pages whose frontmatter holds the old help center's article number, by page. */
	const numbered = new Map<string, { number: string; title?: string }>();
	const linkedNumbers = new Set<string>();
	/** An address as the old site served it, written from the host's root. */
	const asServed = (sitePath: string) => normalizeOldPath(sitePath.replace(/(.)\/$/, '$1'));
	const underBase = (sitePath: string) => asServed(`${servedAt.replace(/\/+$/, '')}${sitePath}`);
	const staticDirs = [0, 1, 2].flatMap((up) => {
		const base = path.resolve(dir, ...Array(up).fill('..'));
		return [base, path.join(base, 'static'), path.join(base, 'public')];
	});
	// A Docusaurus site kept beside its docs folder (`website/` beside `docs/`) serves its own `static/`.
	if (generator?.name === 'docusaurus') staticDirs.push(path.join(generator.siteRoot, 'static'));
	// VuePress serves `.vuepress/public/` at the site's root (`/images/hero.png`).
	if (generator?.name === 'vuepress') staticDirs.push(path.join(dir, '.vuepress', 'public'));

	// A Starlight site's components are in its Astro project, around `src/content/docs`.
	const siteRoot =
		generator?.name === 'docusaurus' ? generator.siteRoot : astro ? path.dirname(astro) : path.dirname(dir);
	const partialRoots = {
		root: dir,
		siteRoot,
		allowed: [dir, siteRoot],
		body: (text: string) => splitFrontmatter(text).body,
		// An Astro project's `@/components/…`: the aliases of its tsconfig.json and of its configuration's Vite.
		...(astro ? { aliases: [...tsconfigAliases(siteRoot), ...astroAliases(astro)] } : {}),
	};

	let vaultFiles: VaultLookup | undefined;
	/** Every file of the folder, pictures and attachments too, for wikilinks that name them. */
	const vault = () => {
		vaultFiles ??= vaultLookup(
			listed('**/*')
				.filter((relative) => statSync(path.join(dir, relative), { throwIfNoEntry: false })?.isFile() === true)
				.map((relative) => relative.split(path.sep).join('/')),
		);
		return vaultFiles;
	};

	const asciidocTexts = new Map<string, string>();
	/**
	 * An AsciiDoc file's text, read once; nothing for a file outside the folder (a symbolic
	 * link out of it, as Antora sites use to share a file with the rest of the repository).
	 */
	const asciidocText = (file: string) => {
		let text = asciidocTexts.get(file);
		if (text === undefined) {
			text = isInsideFolder(file) ? readFileSync(file, 'utf8') : '';
			asciidocTexts.set(file, text);
		}
		return text;
	};
	/** Whether a file exists and is in the folder once symbolic links are followed. */
	const isInsideFolder = (file: string) => isFileInside(dir, file);
	/** An AsciiDoc page's header as the fields the folder reads from frontmatter: its title and Antora's page aliases. */
	function asciidocData(relative: string): Record<string, unknown> {
		const header = asciidocHeader(asciidocText(path.join(dir, relative)));
		return {
			...(header.title ? { title: header.title } : {}),
			...(header.attributes['page-aliases'] ? { pageAliases: header.attributes['page-aliases'] } : {}),
		};
	}
	/** A page's title, or its section's at `fragment`, for an AsciiDoc cross reference without words. */
	function asciidocTitleOf(file: string, fragment?: string): string | undefined {
		if (!existsSync(file)) return undefined;
		const text = asciidocText(file);
		const header = asciidocHeader(text);
		const title = (fragment ? sectionTitle(text, fragment) : undefined) ?? header.title;
		const known = generator?.name === 'antora' ? generator.component.attributes : {};
		return title === undefined ? undefined : headerTitle(title, { ...known, ...header.attributes });
	}
	/**
	 * The addresses Antora's `:page-aliases:` give a page (`pairing.adoc, admin:old.adoc`):
	 * each a page id that Antora redirected to it, as its `.html` file and without it.
	 */
	function antoraAliases(relative: string, data: Record<string, unknown>): string[] {
		if (generator?.name !== 'antora' || typeof data.pageAliases !== 'string') return [];
		const component = generator.component;
		const place = antoraPlace(component, relative);
		if (place?.family !== 'page') return [];
		return data.pageAliases
			.split(',')
			.map((alias) => alias.trim())
			.filter((alias) => alias !== '')
			.flatMap((alias) => {
				const found = resolveResource(component, /\.adoc$/i.test(alias) ? alias : `${alias}.adoc`, place, 'page');
				const aliased = 'file' in found ? antoraPlace(component, found.file) : undefined;
				if (!aliased) return [];
				const address = normalizeOldPath(`${basePath}${antoraPagePath(component, aliased.module, aliased.path)}`);
				return [address, address.replace(/(?:\/index)?\.html$/, '') || '/'];
			});
	}

	/** An AsciiDoc page (Antora's or Asciidoctor's) as an article: its HTML, title, description and keywords. */
	async function asciidocArticle(relative: string, id: string): Promise<SourceArticle | InvalidRecord> {
		const file = path.join(dir, relative);
		const unpublished = unpublishedReason(relative);
		if (unpublished) return { invalid: `${relative}: ${unpublished}`, id, ...skippedOnPurpose(relative) };
		if (!isInsideFolder(file))
			return { invalid: `${relative}: a link to a file outside the folder, which the import does not read`, id };
		byOldPath();
		const place = generator?.name === 'antora' ? antoraPlace(generator.component, relative) : undefined;
		let page: Awaited<ReturnType<typeof convertAsciidoc>>;
		try {
			page = await convertAsciidoc({
				root: dir,
				file,
				antora:
					generator?.name === 'antora' && place ? { component: generator.component, module: place.module } : undefined,
				titleOf: asciidocTitleOf,
			});
		} catch (error) {
			const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
			return { invalid: `${relative}: Asciidoctor could not read the page: ${reason}`, id };
		}
		if (!/<img\b|<x-import-note\b/.test(page.html) && page.html.replace(/<[^>]*>/g, '').trim() === '')
			return { invalid: `${relative}: the page holds no text`, id, section: emptySection(relative, id, {}, '') };
		const folder = groupFolder(relative);
		const address = oldPath(id, {}, servedAt, generator, relative);
		return {
			id,
			title: page.title ?? titleFromName(id),
			description: page.description,
			body: { kind: 'html', html: page.html },
			group: folder ? { type: 'folders', id: folder } : undefined,
			labels: page.keywords,
			draft: false,
			updated: committed.get(file) ?? statSync(file).mtime,
			oldPaths: [...new Set([address, ...(redirected.get(id) ?? []).filter((alias) => byOldPath().get(alias) === id)])],
			base: pathToFileURL(file).href,
			notes: page.notes,
		};
	}

	let substitutions: { values: Map<string, string> | undefined } | undefined;
	/** A Sphinx site's MyST substitutions, read once from its `conf.py`. */
	const siteSubstitutions = () => {
		substitutions ??= { values: confSubstitutions(dir) };
		return substitutions.values;
	};

	let hugoSite: { shortcodes: HugoSiteShortcodes | undefined } | undefined;
	/** A Hugo site's own shortcode templates, read once, when a page uses a shortcode. */
	const hugoShortcodes = () => {
		hugoSite ??= { shortcodes: hugoSiteShortcodes(dir) };
		return hugoSite.shortcodes;
	};

	let configLabels: Map<string, string> | undefined;
	/**
	 * A page's name in the menus a Hugo site's configuration defines, by the page's path in
	 * the content (what `pageRef` names) or its old address under the base path (a `url`).
	 */
	const hugoMenuLabel = (file: string, served: string): string | undefined => {
		if (!hugo) return undefined;
		configLabels ??= hugoConfigLabels(hugoMenus(hugo));
		if (configLabels.size === 0) return undefined;
		const inContent = path.relative(hugo.contentRoot, file).split(path.sep).join('/');
		const base = servedAt.replace(/\/+$/, '');
		const underBase = base !== '' && served.startsWith(`${base}/`) ? served.slice(base.length) : served;
		return [inContent, served, underBase].map(menuPathKey).flatMap((key) => configLabels?.get(key) ?? [])[0];
	};

	/**
	 * A Hugo page's name in the old site's navigation: its own (menu entry `name`, `linkTitle`)
	 * where that says what its title does not, else the configuration's menu entry's for it.
	 */
	const hugoLabel = (data: Record<string, unknown>, title: string, file: string, served: string) => {
		const own = hugoPageLabel(data);
		if (own !== undefined && labelAlias(own, title) !== undefined) return own;
		return hugoMenuLabel(file, served) ?? own;
	};

	let siteIncludes: Map<string, HugoInclude> | undefined;
	/** The site's shortcodes that write a file in (includes), read once. */
	const hugoIncludeShortcodes = () => {
		siteIncludes ??= hugoIncludes(hugoShortcodes()?.templates ?? new Map());
		return siteIncludes;
	};

	/** What a page's shortcodes read: the site's templates and data, and the site's pages as that page reaches them. */
	const hugoPageContext = (file: string, data: Record<string, unknown>): HugoSiteShortcodes => ({
		...(hugoShortcodes() ?? { templates: new Map(), params: {} }),
		pages: hugoPageLookup(file, [...new Set([dir, ...(hugo ? [hugo.contentRoot] : [])])]),
		pageParams: data,
	});

	let siteWide: Record<string, PartialFile> | undefined;
	const sitePartials = () => {
		const fumadocsRoot = generator?.name === 'fumadocs' ? fumadocsSiteRoot(dir) : undefined;
		siteWide ??=
			generator?.name === 'docusaurus'
				? siteWidePartials('docusaurus', siteRoot, partialRoots)
				: fumadocsRoot
					? siteWidePartials('fumadocs', fumadocsRoot, partialRoots)
					: {};
		return siteWide;
	};

	/** Each Hugo section's `cascade`, by its `_index.md`, read once. */
	const sectionCascades = new Map<string, HugoCascade | undefined>();
	/**
	 * Whether Hugo left a page out of the old site, and how: from its front matter and the
	 * `cascade` of its own and of each section's `_index.md` around it, up to the site's content.
	 */
	function hugoState(relative: string, data: Record<string, unknown>): HugoPublishing | undefined {
		if (!hugo) return undefined;
		const file = path.join(dir, relative);
		const name = (of: string) => path.relative(dir, of).split(path.sep).join('/');
		const own = cascadeValues(data);
		const cascades: HugoCascade[] = own ? [{ from: name(file), values: own }] : [];
		for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
			const index = path.join(folder, '_index.md');
			if (index !== file) {
				if (!sectionCascades.has(index)) {
					const values = existsSync(index)
						? cascadeValues(splitFrontmatter(readFileSync(index, 'utf8')).data)
						: undefined;
					sectionCascades.set(index, values ? { from: name(index), values } : undefined);
				}
				const section = sectionCascades.get(index);
				if (section) cascades.push(section);
			}
			const inside = path.relative(hugo.contentRoot, folder);
			if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) break;
		}
		return hugoPublishing(data, cascades, hugo, now);
	}

	/** The docs folders of a Docusaurus site imported from its root, which holds other files too (a README, a blog). */
	const docusaurusDocs =
		generator?.name === 'docusaurus' && path.resolve(generator.siteRoot) === dir
			? docusaurusDocsFolders(dir)?.folders.filter((folder) => folder !== dir)
			: undefined;
	/** Why a Fumadocs page is no article: fumadocs-openapi drew it from a spec (`<APIPage>` alone). */
	function fumadocsApiPage(relative: string): string | undefined {
		if (generator?.name !== 'fumadocs' || !/\.mdx$/i.test(relative)) return undefined;
		return fumadocsOpenapiPage(splitFrontmatter(pageText(relative)).body);
	}

	/** Why a file of a Docusaurus site's root is no doc: it is in none of its docs folders. */
	function outsideDocsFolders(relative: string): string | undefined {
		if (!docusaurusDocs || docusaurusDocs.length === 0) return undefined;
		const file = path.join(dir, relative);
		if (docusaurusDocs.some((folder) => file.startsWith(folder + path.sep))) return undefined;
		const names = docusaurusDocs.map((folder) => `${path.relative(dir, folder).split(path.sep).join('/')}/`).join(', ');
		return `in none of the Docusaurus site's docs folders (${names}): a blog post, a page or a file it never served as a doc; the import brings the docs`;
	}

	/**
	 * A file the import leaves out on purpose is listed, but nothing about it needs a person:
	 * a translation (another locale's page, a `page.fr.md` beside its page, a page of a
	 * language folder), Next.js' custom App and Document, which are no pages, and a file the
	 * old site's configuration left out of its build.
	 */
	function skippedOnPurpose(relative: string): { wanted?: true } {
		const posix = relative.split(path.sep).join('/');
		const wanted =
			otherLocale(relative) !== undefined ||
			(!locales && translationOf(relative, fileSet) !== undefined) ||
			translatedFolder(posix) !== undefined ||
			(generator?.name === 'nextra' && /^_(app|document)\.mdx?$/i.test(posix)) ||
			// A file the old site's own configuration kept out of its build was never a page customers read.
			leftOutBySite(posix) !== undefined ||
			// Nor was an API reference page a plugin generates from a spec written by anyone.
			(generator?.name === 'docusaurus' && openapiGeneratedPage(generator.siteRoot, posix) !== undefined) ||
			fumadocsApiPage(relative) !== undefined;
		return wanted ? { wanted: true } : {};
	}

	/** How the old site's configuration left a file out of its build (VitePress' `srcExclude`, Jekyll's `exclude`, MkDocs' `exclude_docs`…), if it did. */
	function leftOutBySite(posix: string): string | undefined {
		const srcExcluded = generator?.name === 'vitepress' ? generator.excluded(posix) : undefined;
		if (srcExcluded)
			return `left out of the old site by ${srcExcluded.setting} ("${srcExcluded.pattern}"), so VitePress never built it`;
		const routeExcluded = generator?.name === 'rspress' ? generator.site.excluded(posix) : undefined;
		if (routeExcluded)
			return `left out of the old site by ${routeExcluded.setting} ("${routeExcluded.pattern}"), so Rspress never built it`;
		const unrouted = generator?.name === 'nextra' && generator.markdoc && markdocNextUnrouted(posix, generator.markdoc);
		if (unrouted) return unrouted;
		const configExcluded = siteExcluded.by?.(posix);
		if (configExcluded)
			return `left out of the old site by ${configExcluded.setting} ("${configExcluded.pattern}"), so ${siteExcluded.generator} never built it`;
		const inclusion = mkdocs?.inclusion(posix);
		if (inclusion?.level === 'excluded')
			return `left out of the old site by ${inclusion.setting} ("${inclusion.pattern}"), so MkDocs never built it`;
		return generator?.name === 'redocly' ? redoclyLeftOut(generator.site, dir, posix) : undefined;
	}

	/** Why the old site did not publish a file as a page, when it did not. */
	function unpublishedReason(relative: string): string | undefined {
		const posix = relative.split(path.sep).join('/');
		if (generator?.name === 'antora' && isAsciidocFile(posix)) return antoraUnpublished(posix);
		if (generator?.name === 'asciidoctor' && posix.split('/').some((part) => part.startsWith('_')))
			return 'its name starts with "_", as an AsciiDoc file written to be included in pages is named';
		const neverBuilt = leftOutBySite(posix);
		if (neverBuilt) return neverBuilt;
		if (/(^|\/)_(includes|layouts|data|sass)\//.test(posix))
			return 'a Jekyll include or layout, which the old site showed only inside the pages that use it';
		const locale = otherLocale(relative);
		if (locale) return locale;
		const nextSpecial = generator?.name === 'nextra' && !nextraApp ? nextUnrouted(posix) : undefined;
		if (nextSpecial) return nextSpecial;
		// Where the page files name their locales, the kept locale's pages decide (`_index.de.md` is no translation then).
		const language = locales ? undefined : translationOf(relative, fileSet);
		if (language)
			return `a translation (${language}) of ${relative.replace(`.${language}.`, '.')}; the import brings one language`;
		const moved = byOldPath() && movedPages.get(idOf(relative));
		if (moved) {
			const target = files.find((file) => idOf(file) === moved.to) ?? moved.to;
			return `kept out of the old site's search (${moved.hidden}) and holding only links on: a page left where content moved from; its old address leads to ${target}`;
		}
		const languageFolder = translatedFolder(posix);
		if (languageFolder !== undefined) return translationSkip(languageFolder);
		const includer = markdocPartials().get(path.resolve(dir, relative));
		if (includer)
			return `a Markdoc partial, which the old site showed only inside the pages that include it (${path.relative(dir, includer).split(path.sep).join('/')})`;
		// Astro's Markdoc integration names a partial with a "_" so that no collection lists it as a page.
		if (/(^|\/)_[^/]*\.mdoc$/i.test(posix))
			return 'a Markdoc partial (its name starts with "_"), which the old site showed only inside the pages that include it';
		const redoclyPartialsFolder =
			generator?.name === 'redocly' ? redoclyPartial(generator.site, dir, posix) : undefined;
		if (redoclyPartialsFolder) return redoclyPartialsFolder;
		if (generator?.name === 'nuxt-content' && isNuxtContentPartial(posix))
			return 'its name or a folder on its way starts with "_" or "." (a partial), which Nuxt Content serves as no page of its own';
		if (generator?.name === 'docusaurus' && isDocusaurusPartial(posix))
			return 'a partial (its name starts with "_"), which Docusaurus shows only inside the pages that import it';
		const docsFolder = outsideDocsFolders(relative);
		if (docsFolder) return docsFolder;
		if (generator?.name === 'writerside') {
			if (isWritersideLibrary(readFileSync(path.join(dir, relative), 'utf8')))
				return 'a library of snippets (is-library="true"), which Writerside shows only inside the topics that include it';
			const tree = writersideInstance && 'tree' in writersideInstance ? writersideInstance.file : undefined;
			if (writersideTopics && tree && !writersideTopics.has(path.basename(relative)))
				return `in no <toc-element> of ${path.basename(tree)}, so Writerside never published it`;
		}
		const docsExcluded = generator?.name === 'docusaurus' ? generator.excluded(posix) : undefined;
		if (docsExcluded)
			return `left out of the old site by ${docsExcluded.setting} ("${docsExcluded.pattern}"), so Docusaurus never built it`;
		const generated = generator?.name === 'docusaurus' ? openapiGeneratedPage(generator.siteRoot, posix) : undefined;
		if (generated) return generated;
		const apiPage = fumadocsApiPage(relative);
		if (apiPage) return apiPage;
		if (generator?.name === 'docsify' && isDocsifyFrame(posix))
			return 'Docsify shows it around or inside the pages (a sidebar, navbar, cover page or embedded file: its name starts with "_"), not as a page';
		const unrouted = nextraApp ? appUnrouted(posix) : undefined;
		if (unrouted) return unrouted;
		if (generator?.name !== 'mintlify') return undefined;
		if (/^snippets\//.test(posix)) return 'a snippet, which Mintlify shows only inside the pages that import it';
		return undefined;
	}

	/** The section of the old site's navigation a page sat in, as the import map names it. */
	function navSectionOf(relative: string): SourceArticle['navSection'] {
		const titles = navSections?.get(relative.split(path.sep).join('/'));
		return titles && titles.length > 0 ? { type: 'sections', id: navSectionId(titles) } : undefined;
	}

	/**
	 * What made the old site serve a page without listing it anywhere, when something did:
	 * Docusaurus' `unlisted: true`, Mintlify's `hidden: true`, a hidden entry of its navigation or a page it leaves out.
	 */
	function unlistedBy(relative: string, data: Record<string, unknown>): string | undefined {
		if (data.unlisted === true) return 'unlisted: true';
		// Retype served a hidden page (or a page of a hidden folder) to those with its link only.
		if (generator?.name === 'retype') {
			const visibility = retypeVisibility(generator.site, path.join(dir, relative), data);
			return visibility?.visibility === 'hidden' ? visibility.setting : undefined;
		}
		// GitBook leaves a `hidden: true` page out of its table of contents and serves it to those with its link.
		if (gitbookSpace && data.hidden === true) return 'hidden: true';
		// With `seo.indexing: "all"`, Mintlify's search listed its hidden pages.
		if (generator?.name !== 'mintlify' || generator.searchesHidden) return undefined;
		if (data.hidden === true) return 'hidden: true';
		const page = relative
			.split(path.sep)
			.join('/')
			.replace(/\.(mdx?|mdoc|markdown|rst)$/i, '');
		if (generator.hiddenPages.has(page)) return `under an entry marked "hidden" in ${path.basename(generator.config)}`;
		// Mintlify serves every page of the folder; one its navigation leaves out is what it calls a hidden page.
		if (generator.pages && !generator.pages.has(page))
			return `not in the navigation of ${path.basename(generator.config)}`;
		return undefined;
	}

	let nuxtFolderPaths: Map<string, string> | undefined;
	/** A Nuxt Content site's folders, by their id without number prefixes (`guides/data-model` → `guides/01.data-model`). */
	function nuxtFolders(): Map<string, string> {
		nuxtFolderPaths ??= new Map(
			files.flatMap((relative) => {
				const parts = (folderOf(relative) ?? '').split('/').filter((part) => part !== '');
				return parts.map((_, depth): [string, string] => {
					const folder = parts.slice(0, depth + 1).join('/');
					return [nuxtContentFolderId(folder), folder];
				});
			}),
		);
		return nuxtFolderPaths;
	}

	let pageFolderIds: Set<string> | undefined;
	/** The folders pages sit in, by their path in the folder (`help` and `help/faq` of `help/faq/reset`). */
	function pageFolders(): Set<string> {
		pageFolderIds ??= new Set(
			ids.flatMap((id) =>
				id
					.split('/')
					.slice(0, -1)
					.map((_, depth, parts) => parts.slice(0, depth + 1).join('/')),
			),
		);
		return pageFolderIds;
	}

	/** The folder a page is grouped by in the import map: an Antora page's module (and folders in it), else its folder. */
	function groupFolder(relative: string): string | undefined {
		if (nextraApp)
			return appPageFolder(
				idOf(relative),
				ids.filter((_, index) => isAppPage(files[index] ?? '')),
			);
		// Nextra serves a page named like the folder beside it (`faq.mdx` beside `faq/`) as that folder's own page.
		if (generator?.name === 'nextra' && !languages) {
			const id = idOf(relative);
			return id !== 'index' && pageFolders().has(id) ? id : folderOf(relative);
		}
		if (languages) {
			// A page of a language folder sits in the folders under it (`kettle` of `en/kettle/descale.md`).
			const place = localePages.get(relative);
			return place && 'page' in place ? folderOf(place.page) : undefined;
		}
		if (generator?.name === 'nuxt-content') {
			// Nuxt Content's number prefixes only order the navigation: `guides/01.data-model` is `guides/data-model`.
			const folder = folderOf(relative);
			return folder === undefined ? undefined : nuxtContentFolderId(folder);
		}
		return generator?.name === 'antora' ? antoraFolder(generator.component, relative) : folderOf(relative);
	}

	/** Why Antora did not publish an AsciiDoc file of the component as a page, when it did not. */
	function antoraUnpublished(posix: string): string | undefined {
		if (generator?.name !== 'antora') return undefined;
		if (/(^|\/)nav\.adoc$/.test(posix) || generator.component.nav.includes(posix))
			return "the navigation (Antora's sidebar), no page";
		const place = antoraPlace(generator.component, posix);
		if (!place) return "not in a module's pages/ folder (modules/<module>/pages/), so Antora did not publish it";
		if (place.family === 'partial') return 'a partial, which Antora shows only inside the pages that include it';
		if (place.family !== 'page')
			return `in the module's ${place.family}s, which Antora shows only inside the pages that use them`;
		if (place.path.split('/').some((part) => part.startsWith('_')))
			return 'its name starts with "_", which Antora does not publish';
		return undefined;
	}

	/** A page of a saved site as an article: its main content, heading and description. */
	function savedArticle(relative: string, id: string): SourceArticle | InvalidRecord {
		const file = path.join(dir, relative);
		const saved = savedPage(relative);
		if (saved.body === '') return { invalid: `${relative}: the page holds no article text`, id };
		byOldPath();
		const title = withoutSiteName(saved.title ?? '', siteName) || titleFromName(id);
		const folder = folderOf(relative);
		const page = savedPages.oldPath(relative, saved);
		return {
			id,
			title,
			description: savedPages.description(saved),
			body: { kind: 'html', html: saved.body },
			group: folder ? { type: 'folders', id: folder } : undefined,
			labels: [],
			draft: false,
			updated: committed.get(file) ?? statSync(file).mtime,
			oldPaths: [...new Set([page, ...numberOnlyPaths(page, id)])],
			base: pathToFileURL(file).href,
			notes: [],
		};
	}

	/** The section a folder's own page introduces and its old addresses, for the redirects; none for the root. */
	function emptySection(
		relative: string,
		id: string,
		data: Record<string, unknown>,
		body: string,
	): InvalidRecord['section'] {
		const folder = groupFolder(relative);
		byOldPath();
		const page = oldPath(id, data, servedAt, generator, relative);
		const named =
			typeof data.title === 'string'
				? withoutInlineTags(titleWithoutEmphasis(withoutSiteName(data.title.trim(), siteName)))
				: '';
		const title = named || firstHeading(body);
		return folder
			? {
					group: { type: 'folders', id: folder },
					oldPaths: [page, ...(redirected.get(id) ?? [])],
					...(title ? { title } : {}),
				}
			: undefined;
	}

	function article(relative: string, id: string): SourceArticle | InvalidRecord {
		if (savedSite) return savedArticle(relative, id);
		const translation = byOldPath() && crawledTranslations.get(id);
		if (translation) return { invalid: `${relative}: ${translationReason(translation)}`, id, wanted: true };
		const copy = byOldPath() && copyOf.get(id);
		if (copy)
			return {
				invalid: `${relative}: another save of ${copy.settled.kept.file}, the same article at another of its addresses, which leads to it now${
					copy.difference ? ' (its words differ: see To review)' : ''
				}`,
				id,
				wanted: true,
			};
		const file = path.join(dir, relative);
		const raw = pageText(relative);
		const { data: pageData, body: written, error } = splitFrontmatter(raw);
		if (error) return { invalid: `${relative}: ${error}`, id };
		const data = withArticleFolderFields(relative, withCollectionAddress(relative, pageData));
		// A Notion export writes a page's properties as lines under its title.
		const notion = isNotionPageFile(relative.split(path.sep).join('/')) ? notionProperties(written) : undefined;
		// Writerside writes its variables in headings too, the title among them (`# Welcome to %product%`).
		// A page a crawler saved whole, its address in its frontmatter: the article between its title and the feedback form.
		const crawled =
			generator === undefined && typeof data.title === 'string' && ownAddressOf(data, oldSite) !== undefined
				? crawledArticle(written, data.title)
				: undefined;
		const body =
			crawled?.body ??
			notion?.body ??
			(generator?.name === 'writerside' ? withWritersideHeadingVars(written, generator.site.vars) : written);
		if (summary && !summary.has(relative))
			return { invalid: `${relative}: not in ${SUMMARY_FILE}, so the old site did not publish it`, id };
		const unpublished = unpublishedReason(relative);
		if (unpublished) return { invalid: `${relative}: ${unpublished}`, id, ...skippedOnPurpose(relative) };
		const hugoPage = hugoState(relative, data);
		if (hugoPage?.kind === 'unrendered')
			return {
				invalid: hugoPage.setting.startsWith('headless')
					? `${relative}: left out of the old site as a headless bundle (${hugoPage.setting}), so Hugo never built it as a page (its files still come over where other pages show them)`
					: `${relative}: left out of the old site by its build options (${hugoPage.setting}), so Hugo never built it as a page`,
				id,
			};
		const notes: ConversionNote[] = isRstFile(relative) ? [...rstPages.page(relative).notes] : [];
		const settled = keptCopies.get(id);
		for (const { copy: other, difference } of settled?.others ?? [])
			if (difference)
				notes.push({
					level: 'review',
					message: `another save of this article differs, ${other.file} (${difference}): this one kept as ${settled?.why}, the other's address leads here; carry over what only it says`,
				});
		if (crawled)
			notes.push({
				level: 'info',
				message:
					"the old help center's page around the article (its navigation, breadcrumbs, search box, date line, feedback form and footer) left off, the title its heading",
			});
		if (crawled?.players)
			notes.push({
				level: 'info',
				message: `${crawled.players} video ${crawled.players === 1 ? 'player' : 'players'} the crawler wrote out as ${crawled.players === 1 ? 'its' : 'their'} words (YouTube's subscribers, "Watch later" and clock, Loom's views, speeds and comments) or kept as a frame now ${crawled.players === 1 ? 'a link' : 'links'} to the video`,
			});
		const mdx = isMdxPage(relative, body, generator?.name);
		// A VitePress home page keeps its words in frontmatter.
		// VuePress' default theme showed the site's title and description on a home page that sets no words of its own.
		const localeFolder = relative.split(path.sep).length > 1 ? (relative.split(path.sep)[0] ?? '') : '';
		const home = homePageMarkdown(
			generator?.name === 'vuepress' && data.home === true
				? withVuepressHeroDefaults(data, vuepressSiteTexts(generator.config, localeFolder))
				: data,
		);
		const vuepress = generator?.name === 'vuepress' && !home;
		const vue = vuepress ? vuepressComponentPage(body) : undefined;
		if (vue?.kind === 'components')
			return {
				invalid: `${relative}: a page the old site drew with its own Vue components (${vue.names.map((name) => `<${name}>`).join(', ')}), with no words to bring over; it works only on the old site`,
				id,
			};
		// A section's catalog (`<AutoCatalog />`) becomes the list of its section's articles.
		const shown = vuepress ? withCatalogLists(body) : body;
		// One the import cannot list (another folder's, `base="/guide/"`) leaves the page nothing.
		if (vue?.kind === 'catalog' && shown === body)
			return {
				invalid: `${relative}: a section page showing nothing but a catalog of pages (as a product area's page does here)`,
				id,
				section: emptySection(relative, id, data, body),
			};
		// VitePress' home page (`layout: home`) showed its hero's buttons and feature cards: links to the
		// site's pages, as the help center's home page (or a product area's page) is here. With no words of
		// its own below them it is no article: the site's root is the help center's home page, and a
		// folder's home page leads where its section's does.
		if (
			home &&
			data.layout === 'home' &&
			(generator?.name === 'vitepress' || generator === undefined) &&
			isEmptyBody(withoutAbbreviations(shown), mdx)
		) {
			byOldPath();
			const atRoot = normalizeOldPath(oldPath(id, data, servedAt, generator, relative)) === normalizeOldPath(servedAt);
			const section = atRoot ? undefined : emptySection(relative, id, data, body);
			if (atRoot)
				return {
					invalid: `${relative}: the site's home page (layout: home), its hero and features links to the site's pages; its address is the help center's home page here`,
					id,
					wanted: true,
				};
			if (section)
				return {
					invalid: `${relative}: a section's home page (layout: home), its hero and features links to the section's pages (as a product area's page lists them here)`,
					id,
					section,
				};
		}
		// A Zola section that sends its readers on (`redirect_to`) never showed its own text.
		if (generator?.name === 'zola' && /(^|[\\/])_index\.md$/.test(relative) && typeof data.redirect_to === 'string')
			return {
				invalid: `${relative}: a section page Zola never showed, sending its readers to ${data.redirect_to} (redirect_to)${
					zolaRedirects.has(id) ? ', as its address now does' : ''
				}`,
				id,
				// Its address leads where Zola sent it, or else where its section's does.
				...(zolaRedirects.has(id) ? { wanted: true } : { section: emptySection(relative, id, data, body) }),
			};
		// A Retype page with a `redirect` showed nothing of its own: it sent its readers on.
		if (generator?.name === 'retype' && typeof data.redirect === 'string' && data.redirect.trim() !== '')
			return {
				invalid: `${relative}: a page Retype never showed, sending its readers to ${data.redirect.trim()} (redirect)${
					retypeRedirects.has(id) ? ', as its address now does' : ''
				}`,
				id,
				...(retypeRedirects.has(id) ? { wanted: true } : {}),
			};
		// A Jekyll page with `redirect_to` showed nothing of its own: jekyll-redirect-from sent its readers on.
		if (jekyllSite && typeof data.redirect_to === 'string' && data.redirect_to.trim() !== '')
			return {
				invalid: `${relative}: a page the old site only sent on to ${data.redirect_to.trim()} (redirect_to)${
					jekyllRedirects.has(id) ? '; its address now leads there' : ', which is not imported here'
				}`,
				id,
				...(jekyllRedirects.has(id) ? { wanted: true } : {}),
			};
		// Zola never served a page or section with `render = false` (a section's pages still are, at their own addresses).
		if (generator?.name === 'zola' && data.render === false)
			return /(^|[\\/])_index\.md$/.test(relative)
				? {
						invalid: `${relative}: a section page Zola never served (render = false); its pages come over at their own addresses`,
						id,
						wanted: true,
					}
				: {
						invalid: `${relative}: left out of the old site by render = false, so Zola never served it as a page`,
						id,
					};
		if (!home && isEmptySectionPage(relative, shown))
			return {
				invalid: `${relative}: a section page with nothing but its heading (the old site listed the section's pages under it, as a product area's page does here)`,
				id,
				section: emptySection(relative, id, data, body),
			};
		// An empty file (or a heading over nothing) was an empty page: its address leads where its section's does.
		if (!home && isEmptyBody(withoutAbbreviations(shown), mdx))
			return { invalid: `${relative}: the page holds no text`, id, section: emptySection(relative, id, data, body) };
		const roots = includeRoots;
		const included = expandIncludes(
			home ? `${home.markdown}\n\n${shown}` : shown,
			{ file, roots, snippets: mkdocs?.snippets },
			notes,
		);
		// A Hugo site's shortcodes that write a file of the site in (`{{% snippet "backups" %}}`).
		const includes = hugo && included.includes('{{') ? hugoIncludeShortcodes() : undefined;
		const hugoIncluded =
			hugo && includes && hasHugoIncludes(included, includes)
				? expandHugoIncludes(included, { file, root: hugo.root, includes }, notes)
				: included;
		const linked = hasMdbookLinks(hugoIncluded)
			? expandMdbookLinks(hugoIncluded, { file, roots }, notes)
			: hugoIncluded;
		const expanded = hasMystIncludes(linked) ? expandMystIncludes(linked, { file, root: dir, roots }, notes) : linked;
		const substituted = withMystSubstitutions(
			withFrontmatterValues(
				// A generator the import knows by name (Docusaurus, VitePress, Mintlify…) showed `[[x]]` and `%%` as the
				// words they are; Obsidian's syntax is a vault's, a Quartz or Foam site's or a plain folder's.
				generator === undefined && hasObsidianSyntax(expanded)
					? convertObsidianSyntax(expanded, relative.split(path.sep).join('/'), vault(), notes)
					: expanded,
				data,
				typeof data.title === 'string' ? data.title : firstHeading(body),
			),
			data,
			siteSubstitutions(),
			notes,
		);
		// Python-Markdown keeps a `|` in a table cell's code in its cell; GitHub-flavoured Markdown would split the row there.
		// Redocly's `{% code-snippet file="…" /%}` showed a file of the project as code.
		const snippets =
			generator?.name === 'redocly'
				? withRedoclyCodeSnippets(substituted, { file, root: generator.site.root }, notes)
				: substituted;
		const text = mkdocs
			? mkdocsSource(escapeTableCodePipes(snippets), mkdocs.source, notes)
			: generator?.name === 'retype'
				? retypeMarkup(snippets, notes, {
						pageTitle: (url) => retypeLinkedTitle(generator.site, file, url),
						include: (name) => retypeInclude(generator.site, name),
					})
				: generator?.name === 'writerside'
					? writersideMarkup(
							snippets,
							{
								file,
								topicsRoot: generator.site.topicsRoot,
								imagesRoot: generator.site.imagesRoot,
								snippetsRoot: generator.site.snippetsRoot,
								vars: generator.site.vars,
								titleOf: (topic) => {
									const named = files.find((each) => path.basename(each) === path.basename(topic));
									return named ? writersideTopicTitle(path.join(dir, named)) : undefined;
								},
							},
							notes,
						)
					: generator?.name === 'zola'
						? zolaMarkup(
								// `@/repairs/fix-a-flat.md` is written from the site's content folder: the file, from the page.
								zolaInternalLinks(snippets, (target) => {
									const named = path.join(generator.site.contentRoot, target);
									const link = path
										.relative(path.dirname(file), zolaRedirectedFile(named) ?? named)
										.split(path.sep)
										.join('/');
									return link.startsWith('.') ? link : `./${link}`;
								}),
								notes,
							)
						: snippets;
		// The generator's redirects, the site's name in titles and the article numbers are read with every page's old path.
		byOldPath();
		const ownAddress = ownAddressOf(data, oldSite);
		const description = descriptionOf(data);
		const kept = (key: string) =>
			keptFields.has(key) ||
			key === description?.field ||
			(home && HOME_FIELDS.includes(key)) ||
			(key === 'id' && numbered.has(id)) ||
			// ReadMe's slug is the page's old address; `hidden` made it a draft.
			(generator?.name === 'readme' && (key === 'slug' || key === 'hidden')) ||
			key === ownAddress?.field ||
			(key === 'published' && typeof data.published === 'boolean') ||
			(key === 'unlisted' && typeof data.unlisted === 'boolean') ||
			((generator?.name === 'mintlify' || gitbookSpace) && key === 'hidden') ||
			// Mintlify's search found the page by its `keywords`: they become aliases.
			(generator?.name === 'mintlify' && key === 'keywords') ||
			// The Hugo date or build option that made the page a draft is read, not dropped.
			((hugoPage?.kind === 'scheduled' || hugoPage?.kind === 'expired') && key === hugoPage.field) ||
			(hugoPage?.kind === 'unlisted' && (key === 'build' || key === '_build')) ||
			// Zola's `path` is the page's address, its taxonomies' terms its tags.
			(generator?.name === 'zola' && (key === 'path' || key === 'taxonomies')) ||
			// Retype's address, order and visibility are read; its icon and expanded state drew the sidebar.
			(generator?.name === 'retype' &&
				['route', 'permalink', 'order', 'visibility', 'icon', 'expanded'].includes(key)) ||
			// Just the Docs built its navigation from these, which the import reads as the old site's sections.
			(justTheDocs !== undefined && JUST_THE_DOCS_NAV_FIELDS.includes(key));
		// Docusaurus served an `unlisted` page, as Mintlify a `hidden` one, only to those with its link: kept
		// out of its sidebar, search and sitemap (GitBook's out of its table of contents). A help center has
		// no such page, so it waits as a draft.
		const unlisted = hugoPage?.kind === 'unlisted' ? hugoPage.setting : unlistedBy(relative, data);
		// Retype asked a password for a protected or private page: for the team, not for everyone.
		const passworded = generator?.name === 'retype' ? retypeVisibility(generator.site, file, data) : undefined;
		const restrictedBy =
			passworded && passworded.visibility !== 'hidden'
				? `${passworded.setting} on the old site, which asked a password for it`
				: undefined;
		// Zola builds no page below a section with `draft = true`: not yet published there, so a draft here too.
		const draftSection = generator?.name === 'zola' ? zolaDraftSection(file, generator.site.contentRoot) : undefined;
		if (draftSection)
			notes.push({
				level: 'review',
				message: `in a draft section on the old site (${draftSection}: draft = true, so Zola built none of the pages below it), so it comes over as a draft: publish it (draft: false) if customers should find it in the help center`,
			});
		if (unlisted)
			notes.push({
				level: 'review',
				message: `unlisted on the old site (${unlisted}: served only to those with its link, ${gitbookSpace ? 'left out of its table of contents' : 'listed in no navigation, search or sitemap'}), so it comes over as a draft: publish it (draft: false) if customers should find it in the help center`,
			});
		// Jekyll builds neither a page with `published: false` nor a post in `_drafts/` (unless asked to): drafts.
		const publishedFalse = data.published === false;
		if (publishedFalse)
			notes.push({
				level: 'info',
				message: 'unpublished on the old site (published: false), so it comes over as a draft',
			});
		const inDrafts = relative.split(path.sep).includes('_drafts');
		if (inDrafts)
			notes.push({
				level: 'info',
				message:
					'a draft on the old site (in _drafts/, which Jekyll builds only with --drafts), so it comes over as a draft',
			});
		// A page of MkDocs' draft_docs was shown only by `mkdocs serve`: a draft, not yet published.
		const drafted = mkdocs?.inclusion(relative.split(path.sep).join('/'));
		if (drafted?.level === 'draft')
			notes.push({
				level: 'info',
				message: `a draft on the old site (${drafted.setting}, "${drafted.pattern}": only \`mkdocs serve\` showed it), so it comes over as a draft`,
			});
		// Hugo publishes a page only once its publish date has passed, and takes it off once it expires.
		if (hugoPage?.kind === 'scheduled')
			notes.push({
				level: 'review',
				message: `scheduled on the old site for ${hugoPage.date} (${hugoPage.field}), which Hugo publishes only once that date has passed (or with --buildFuture), so it comes over as a draft: publish it (draft: false) when it is due`,
			});
		if (hugoPage?.kind === 'expired')
			notes.push({
				level: 'info',
				message: `expired on the old site on ${hugoPage.date} (${hugoPage.field}), after which Hugo leaves a page out of the site (unless built with --buildExpired), so it comes over as a draft`,
			});
		if (notion?.dropped.length)
			notes.push({ level: 'info', message: `Notion properties dropped: ${notion.dropped.join(', ')}` });
		const heading = firstHeading(body);
		// Next.js serves `docs/setup/page.mdx` at `/docs/setup`, from where browsers read `../billing`.
		const linkBase = nextraApp
			? pathToFileURL(path.dirname(file)).href
			: (hugoFolderAddress(file, data) ?? docusaurusFolderAddress(file, data));
		const named = crawled?.title ?? (typeof data.title === 'string' ? data.title.trim() : '');
		const withoutSite = withoutSiteName(named, siteName);
		if (withoutSite !== named)
			notes.push({ level: 'info', message: `title: the site's name "${siteName?.trim()}" left off` });
		const unstressed = titleWithoutEmphasis(withoutSite);
		if (unstressed !== withoutSite)
			notes.push({ level: 'info', message: 'title: its Markdown emphasis (the asterisks) left off' });
		const own = withoutInlineTags(unstressed);
		const describedAs = description && withoutInlineTags(description.text);
		const untagged = [
			...(own !== unstressed ? ['title'] : []),
			...(describedAs !== description?.text ? ['description'] : []),
		];
		if (untagged.length > 0)
			notes.push({
				level: 'info',
				message: `${untagged.join(' and ')}: ${untagged.length > 1 ? 'their' : 'its'} HTML tags left off`,
			});
		const navTitle =
			mkdocs?.navTitles.get(relative.split(path.sep).join('/')) ??
			// A `_meta` file names a page by its key, a folder's page by the folder's (or its `index`).
			(generator?.name === 'nextra' ? (generator.titles.get(`${id}/index`) ?? generator.titles.get(id)) : undefined);
		// Nextra 4's (and Mintlify's) `sidebarTitle`: the page's name in the sidebar, where no `_meta` entry names it.
		const sidebarTitle = typeof data.sidebarTitle === 'string' ? data.sidebarTitle.trim() || undefined : undefined;
		const title = own || heading || home?.title || navTitle || sidebarTitle || titleFromName(id);
		// A navigation label that says what the title does not comes over as an alias (`labelAlias`): read, not dropped.
		const becameAlias = (key: string) =>
			(NAVIGATION_LABEL_FIELDS.has(key.toLowerCase()) || (generator?.name === 'retype' && key === 'label')) &&
			typeof data[key] === 'string' &&
			labelAlias(data[key], title) !== undefined;
		const dropped = Object.keys(data).filter((key) => !kept(key) && !becameAlias(key));
		if (dropped.length > 0) notes.push({ level: 'info', message: `frontmatter dropped: ${dropped.join(', ')}` });
		const folder =
			generator?.name === 'nextra' || languages || generator?.name === 'nuxt-content'
				? groupFolder(relative)
				: folderOf(relative);
		const page = oldPath(id, data, servedAt, generator, relative);
		// An archive kept by article numbers or addresses was served at those, never at its files' paths.
		const archived = generator === undefined && (numbered.has(id) || ownAddress !== undefined);
		return {
			id,
			title,
			navLabel:
				(typeof data.sidebar_label === 'string' ? data.sidebar_label.trim() || undefined : undefined) ??
				navTitle ??
				sidebarTitle ??
				(generator?.name === 'nuxt-content' ? nuxtNavigationTitle(data) : undefined) ??
				// Retype's sidebar named a page by its `label`.
				(generator?.name === 'retype' && typeof data.label === 'string' ? data.label.trim() || undefined : undefined),
			aliasLabel:
				summaryNames?.get(relative) ??
				sidebarLabels?.get(relative.split(path.sep).join('/')) ??
				(vitepressLabels ?? rspressLabels)?.get(
					relative
						.split(path.sep)
						.join('/')
						.replace(/\.(mdx?|mdoc|markdown|rst)$/i, ''),
				) ??
				(hugo ? hugoLabel(data, title, file, page) : undefined) ??
				// Writerside's navigation named a topic by its entry's `toc-title`, where it has one.
				(writersideInstance && 'tree' in writersideInstance
					? writersideInstance.tree.entries.find((entry) => entry.topic === path.basename(relative))?.tocTitle
					: undefined),
			...(generator?.name === 'mintlify' ? { searchKeywords: keywordsOf(data.keywords) } : {}),
			description: describedAs,
			body: {
				kind: 'markdown',
				text,
				mdx,
				generator: generator?.name,
				partials: mdx
					? { ...sitePartials(), ...readPartials(text, file, partialRoots, notes) }
					: generator?.name === 'nuxt-content'
						? mdcPartials(text, path.join(generator.site.root, 'content'), partialRoots.body, notes)
						: undefined,
				hugo: /\{\{[<%]/.test(text) ? hugoPageContext(file, data) : undefined,
				mkdocsIcons: mkdocs?.icons,
				mkdocsMarks: mkdocs?.marks,
				...(dollarMath ? { dollarMath } : {}),
				// Lines added or taken out before it (a home page's words, includes) would make its line numbers the file's no more.
				firstLine:
					!home && !notion && lineCount(text) === lineCount(written)
						? lineCount(raw) - lineCount(written) + 1
						: undefined,
			},
			group: folder ? { type: 'folders', id: folder } : undefined,
			navSection: navSectionOf(relative),
			labels: [
				...tagsOf(data.tags),
				...(notion?.labels ?? []),
				...(generator?.name === 'zola' ? zolaTaxonomyTerms(data) : []),
			],
			// A page ReadMe hides is shown to the project's admins only: not yet published.
			draft:
				data.draft === true ||
				(generator?.name === 'readme' && data.hidden === true) ||
				drafted?.level === 'draft' ||
				publishedFalse ||
				unlisted !== undefined ||
				draftSection !== undefined ||
				inDrafts ||
				hugoPage?.kind === 'scheduled' ||
				hugoPage?.kind === 'expired',
			...(restrictedBy ? { restricted: restrictedBy } : {}),
			updated: notion?.updated ?? dateOf(data, file, committed.get(file)),
			oldPaths: [
				...new Set([
					...(archived ? [] : [page]),
					...(redirected.get(id) ?? []).filter((alias) => byOldPath().get(alias) === id),
					...numberOnlyPaths(page, id),
				]),
			],
			oldSections: sectionsOf(id),
			base: pathToFileURL(file).href,
			...(linkBase ? { linkBase } : {}),
			...(sidebarPlaces?.has(relative.split(path.sep).join('/'))
				? { navOrder: sidebarPlaces.get(relative.split(path.sep).join('/')) }
				: generator?.name === 'nextra' && generator.order.has(id)
					? { navOrder: generator.order.get(id) }
					: justTheDocs?.places.has(relative.split(path.sep).join('/'))
						? { navOrder: justTheDocs.places.get(relative.split(path.sep).join('/')) }
						: navOrderOf(data, hugo ? 'hugo' : generator?.name)),
			notes,
		};
	}

	/**
	 * The page a Zola section's `_index.md` sent its readers to (`redirect_to`), when the
	 * file is such a section and that page is imported: a link to the section leads there.
	 */
	function zolaRedirectedFile(file: string): string | undefined {
		const relative = path.relative(dir, file);
		if (relative.startsWith('..') || !fileSet.has(relative)) return undefined;
		byOldPath();
		const to = zolaRedirects.get(idOf(relative));
		const target = to === undefined ? undefined : files.find((each) => idOf(each) === to);
		return target === undefined ? undefined : path.join(dir, target);
	}

	/**
	 * Where Hugo served a page that is not its folder's own (`setup.md` at `setup/`, or at
	 * its `slug`), as a folder, since browsers read its relative addresses (`../billing/`)
	 * from there; undefined for a folder's page, a page with its own `url` and a site
	 * served with `uglyURLs` (`setup.html`), whose addresses are read from the file's folder.
	 */
	function hugoFolderAddress(file: string, data: Record<string, unknown>): string | undefined {
		// A page file naming its language is the page of its name without it (`_index.en.md` is `_index.md`).
		const place = localePages.get(path.relative(dir, file));
		const named = place && 'page' in place ? place.page : file;
		const name = path.basename(named).replace(/\.(mdx?|mdoc|markdown|rst)$/i, '');
		if (!hugo || hugo.uglyURLs || /^_?index$/i.test(name) || typeof data.url === 'string') return undefined;
		const slug = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug.trim() : name;
		return `${pathToFileURL(path.join(path.dirname(file), slug)).href.replace(/\/*$/, '')}/`;
	}

	/**
	 * Where a Docusaurus site with `trailingSlash: true` served a page that is not its folder's
	 * own (`setup.md` at `setup/`), as a folder, since browsers read its relative addresses
	 * (`../billing`) from there; undefined for a folder's page (`index`, `README` or named
	 * like its folder), a page at its own `slug`, and other sites, whose addresses are read
	 * from the file's folder, as Docusaurus serves `setup.md` at `setup` by default.
	 */
	function docusaurusFolderAddress(file: string, data: Record<string, unknown>): string | undefined {
		if (generator?.name !== 'docusaurus' || !generator.trailingSlash || data.slug !== undefined) return undefined;
		const name = path.basename(file).replace(/\.(mdx?|mdoc|markdown|rst)$/i, '');
		const folder = path.basename(path.dirname(file));
		if (/^(index|readme)$/i.test(name) || name.replace(NUMBER_PREFIX, '') === folder.replace(NUMBER_PREFIX, ''))
			return undefined;
		return `${pathToFileURL(path.join(path.dirname(file), name)).href}/`;
	}

	const basePath = servedAt.replace(/\/+$/, '');
	/**
	 * Where a root-relative link (`/quick-start`) starts: Mintlify writes them from the
	 * docs' own root, Docusaurus from the site's `baseUrl`, VitePress from its `base`,
	 * Starlight and Nextra's content folder with the Astro `base` or `contentDirBasePath`
	 * written in (`/docs/setup`, or without it), a Next.js site from its `basePath`, which
	 * Next.js puts before each link, others from the host's root.
	 */
	const rootOfLinks =
		generator?.name === 'nuxt-content'
			? generator.site.baseURL
			: generator?.name === 'mintlify'
				? basePath
				: generator?.name === 'docusaurus'
					? generator.baseUrl
					: generator?.name === 'vitepress' || generator?.name === 'vuepress' || generator?.name === 'rspress'
						? generator.base
						: generator?.name === 'nextra'
							? generator.siteBase || generator.basePath
							: astroBasePath;
	/** Whether a path of the old site's host is the old site's: under its generator's root, else the base path. */
	function withinOldSite(sitePath: string): boolean {
		const root = rootOfLinks || basePath;
		return root === '' || sitePath === root || sitePath.startsWith(`${root}/`);
	}
	/** The first folder of the imported folder's path (`/home` of `/home/me/site/docs`). */
	const topFolder = path.join(path.parse(dir).root, path.relative(path.parse(dir).root, dir).split(path.sep)[0] ?? '');
	/**
	 * Where the old site served a file path: a file of the folder under the base path;
	 * a path out of the folder (a relative link, `../blog/post.md`, `../../assets/logo.png`)
	 * as the old site resolved it from the base path; any other path as it is, since a
	 * root-relative link (`/pricing`) comes here as a path from the file system's root,
	 * outside the top folder that holds the imported one. A page's Markdown extension
	 * goes: the old site served `post.md` as `post`.
	 */
	function sitePathOf(target: string): string {
		const page = target.replace(/\.(mdx?|mdoc|markdown|rst)$/i, '');
		const relative = path.relative(dir, page).split(path.sep).map(encodeURIComponent).join('/');
		if (!relative.startsWith('..')) return `${basePath}/${relative}`.replace(/\/$/, '') || '/';
		if (topFolder !== dir && page.startsWith(topFolder + path.sep))
			return new URL(relative, `http://old-site${basePath}/`).pathname;
		const address = page.split(path.sep).map(encodeURIComponent).join('/');
		// A link already written under that root (`/handbook/docs/intro`) is not put under it twice.
		return address === rootOfLinks || address.startsWith(`${rootOfLinks}/`) ? address : `${rootOfLinks}${address}`;
	}

	/**
	 * The page (or file) a Hugo site's root-relative link names by its path from the content
	 * folder, when the site was served under its baseURL's path (`/guides/verify` for
	 * `/docs/guides/verify`). Undefined for a link already written under that path, and for one
	 * that names nothing there: an address of the host, as before.
	 */
	function hugoContentTarget(target: string, fragment: string): OldTarget | undefined {
		const address = target.split(path.sep).map(encodeURIComponent).join('/');
		if (address === basePath || address.startsWith(`${basePath}/`)) return undefined;
		const found = classifySitePath(`${basePath}${address}`, fragment);
		return found.kind === 'article' || found.kind === 'file' ? found : undefined;
	}

	/** The page of the folder the old site served at `sitePath`, if any. */
	function pageAt(sitePath: string): string | undefined {
		// Old paths are held percent-encoded (`oldPath`), so each form is compared in that form.
		for (const form of pathForms(sitePath.replace(/\/$/, '') || '/').map(normalizeOldPath)) {
			const bare = form.replace(/\.(mdx?|mdoc|markdown|rst|html?)$/i, '');
			const id =
				byOldPath().get(form) ?? byOldPath().get(bare) ?? byOldPath().get(bare.replace(/\/index$/i, '') || '/');
			if (id) return id;
		}
		return undefined;
	}

	/**
	 * The page a hosted help center's article address names by its number, often with a
	 * title the article had before (`/en/articles/8551755-limiting-filter-results`): the
	 * page whose old address has that number under the same path, whatever title follows.
	 */
	function numberedPageAt(sitePath: string): { id: string; address: string } | undefined {
		byOldPath();
		for (const form of pathForms(sitePath.replace(/\/$/, '')).map(normalizeOldPath)) {
			const address = form.replace(/\.html?$/i, '');
			const numbered = numberedArticlePath(address);
			const id = numbered === undefined ? undefined : numberedArticles.pageOf(numbered);
			if (id) return { id, address };
		}
		return undefined;
	}

	/** A path of the old site: a page of the folder, a file to copy, or a page the import does not bring. */
	function classifySitePath(sitePath: string, fragment: string): OldTarget {
		const id = pageAt(sitePath);
		// Another VuePress locale's page (`/de/guide/faq.html`) stands for the brought locale's of that path.
		const file = id && configuredLanguage ? files.find((each) => idOf(each) === id) : undefined;
		const brought = file && translatedPage(file);
		if (brought) return { kind: 'article', id: idOf(brought), fragment: '' };
		if (id) return { kind: 'article', id, fragment };
		const translation = translationAt(sitePath);
		if (translation) return { kind: 'article', id: translation, fragment: '' };
		const localized = localeAddressAt(sitePath);
		if (localized) return { kind: 'article', id: localized.id, fragment: localized.translated ? '' : fragment };
		const numbered = numberedPageAt(sitePath);
		if (numbered) return { kind: 'article', id: numbered.id, fragment, linkedAs: numbered.address };
		// A file beside the pages or in the site's static folder (`/files/terms.pdf`) comes along.
		return isFilePath(sitePath) && !/\.(mdx?|mdoc|markdown|rst|adoc|asciidoc)$/i.test(sitePath)
			? { kind: 'file' }
			: { kind: 'old-site' };
	}

	/**
	 * The page brought in place of another language's page served at a path (a Korean page's
	 * link to `/kettle/temperature`, the English page, is the Korean one), when a site keeps
	 * its languages in folders; its anchors name that language's headings, so they are left off.
	 */
	function translationAt(sitePath: string): string | undefined {
		if (!languages || generator?.name !== 'nextra') return undefined;
		const { siteBase, basePath: keptBase, markdoc } = generator;
		const served = { siteBase, ...(markdoc?.unprefixed ? { unprefixed: markdoc.unprefixed } : {}) };
		const hasPage = (stem: string) =>
			['md', 'mdoc', 'markdown', 'mdx', 'rst'].some((extension) =>
				fileSet.has(`${stem}.${extension}`.split('/').join(path.sep)),
			);
		const rest = otherLanguagePath(sitePath, languages, served, hasPage);
		return rest === undefined ? undefined : pageAt(rest === '' ? keptBase || '/' : `${keptBase}/${rest}`);
	}

	/**
	 * The page brought for an address Next.js served under a locale's name (`/es-ES/guide/cache`,
	 * or `/en-US/guide/cache` for the default locale, also served at `/guide/cache`): the
	 * brought locale's page of that path; `translated` when the address was another locale's,
	 * whose anchors name that language's headings.
	 */
	function localeAddressAt(sitePath: string): { id: string; translated: boolean } | undefined {
		if (!locales || generator?.name !== 'nextra') return undefined;
		const found = underLocale(sitePath, nextBase, generator.i18n?.locales ?? locales.locales);
		const id = found && pageAt(`${generator.basePath}${found.rest}` || '/');
		return id ? { id, translated: found.locale !== locales.kept } : undefined;
	}

	let byNumber: Map<string, string | undefined> | undefined;
	/** The page whose frontmatter holds an article number, when one page alone does. */
	function pageNumbered(number: string): string | undefined {
		if (!byNumber) {
			byOldPath();
			byNumber = new Map();
			for (const [id, entry] of numbered) byNumber.set(entry.number, byNumber.has(entry.number) ? undefined : id);
		}
		return byNumber.get(number);
	}

	let labels: Map<string, MystLabel> | undefined;
	/** Where a MyST label (`(howto:api-only)=`, a directive's `:name:`) of any page leads: that page, at its anchor. */
	function namedPlace(name: string): OldTarget | undefined {
		if (savedSite) return undefined;
		labels ??= mystLabels(dir, files, idOf, pageText);
		const found = labels.get(name.trim().toLowerCase());
		return found ? { kind: 'article', id: found.page, fragment: found.id, title: found.heading } : undefined;
	}

	/** Where a link leads (see `classifyLink`), a moved page's link to the page it points to. */
	function classify(url: string): OldTarget {
		const target = classifyLink(url);
		if (target.kind !== 'article') return target;
		byOldPath();
		const moved = movedPages.get(target.id);
		return moved ? { kind: 'article', id: moved.to, fragment: '' } : target;
	}

	function classifyLink(url: string): OldTarget {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			return { kind: 'elsewhere' };
		}
		// MyST links a label as an address (`[upgrading](howto:upgrading)`), which reads as one of another scheme.
		if (!/^(?:https?|file|mailto|tel|ftp|data):$/i.test(parsed.protocol)) {
			const labelled = namedPlace(url);
			if (labelled) return labelled;
		}
		const fragment = parsed.hash.slice(1);
		if (onOldSite(parsed, oldSite)) {
			const target = classifySitePath(parsed.pathname, fragment);
			// A page of the host outside the old site (the product's own pages around a help
			// center it served under /help) is no page the move leaves behind.
			return target.kind !== 'article' && !withinOldSite(parsed.pathname) ? { kind: 'elsewhere' } : target;
		}
		// A Mintlify project's own `*.mintlify.app` address served its pages too: a link there to one of them is a link to it.
		if (generator?.name === 'mintlify' && onMintlifyDefaultHost(parsed)) {
			const target = classifySitePath(parsed.pathname, fragment);
			if (target.kind === 'article') return target;
		}
		// A link by the old help center's address to an article the folder holds by its number.
		const number = hostedArticleNumber(parsed);
		const numberedPage = number === undefined ? undefined : pageNumbered(number);
		if (numberedPage) return { kind: 'article', id: numberedPage, fragment };
		if (parsed.protocol !== 'file:') return { kind: 'elsewhere' };
		const target = filePathOf(parsed.pathname);
		// A path no file can have (`%}}` of a template tag the old site filled in) is an address of the old site.
		if (target === undefined) return classifySitePath(parsed.pathname, fragment);
		const relative = path.relative(dir, target);
		if (!relative.startsWith('..') && !path.isAbsolute(relative)) return pageLinked(relative, fragment);
		// A link that climbs out of the folder (`../../billing/refunds.md` from `guides/setup.md`)
		// was written from the page's address (`/guides/setup/`), or for Hugo, which stops a
		// climb at the content's root: it names the page its path reaches from the folder's
		// root, unless a file is there outside the folder.
		// A root-relative link (`/billing/refunds`) climbs to the machine's root: an address, read below.
		const climb = /^(?:\.\.[\\/])+/.exec(relative)?.[0] ?? '';
		const climbed = relative.slice(climb.length);
		const fromRelative = climb !== '' && path.resolve(dir, climb) !== path.parse(dir).root;
		if (fromRelative && !path.isAbsolute(climbed) && !climbed.startsWith('..') && !existsSync(target)) {
			const found = pageLinked(climbed, fragment);
			if (found.kind === 'article') return found;
		}
		// A root-relative link to a Markdown file (Jekyll's `{% link docs/setup.md %}`) names it from the folder's root.
		const fromRoot = path.join(dir, target);
		if (/\.(mdx?|mdoc|markdown|rst)$/i.test(target) && fromRoot.startsWith(dir + path.sep) && existsSync(fromRoot)) {
			const brought = configuredLanguage && translatedPage(path.relative(dir, fromRoot));
			return brought
				? { kind: 'article', id: idOf(brought), fragment: '' }
				: { kind: 'article', id: idOf(path.relative(dir, fromRoot)), fragment };
		}
		// Docusaurus looks for it from the site's folder too: `/docs/help/faq.md` beside `docusaurus.config.js`,
		// whatever address the page had (its `id` or `slug` may give it another).
		const fromSite = generator?.name === 'docusaurus' ? path.join(generator.siteRoot, target) : undefined;
		if (fromSite && /\.mdx?$/i.test(target) && fromSite.startsWith(dir + path.sep) && existsSync(fromSite))
			return { kind: 'article', id: idOf(path.relative(dir, fromSite)), fragment };
		// Hugo finds a root-relative link's page by its path in the content (`/guides/verify`), as its
		// link render hook and the docs themes' (Hextra, Hugo Book) do, and serves it under the baseURL's path.
		const inContent = hugo && basePath !== '' ? hugoContentTarget(target, fragment) : undefined;
		if (inContent) return inContent;
		// A root-relative link is an address on the old site: `/docs/guides/verify`.
		const sitePath = sitePathOf(target);
		const onSite = classifySitePath(sitePath, fragment);
		// One outside the docs (`/pricing` beside a site's `/docs`) is a page of the product's
		// own site, as an absolute link to it is (see above): an ordinary link to its host.
		return oldSite && onSite.kind === 'old-site' && !withinOldSite(sitePath) ? { kind: 'elsewhere' } : onSite;
	}

	/**
	 * The file of the page the import brings in place of a translation it leaves out: the
	 * brought locale's file of a Nextra site's page (`cache.en.mdx` for `cache.fr.mdx`), the
	 * page a `page.fr.md` beside it translates.
	 */
	function translatedPage(relative: string): string | undefined {
		if (locales) return keptLocaleFile(relative, fileSet, locales);
		if (configuredLanguage) {
			// Another VuePress locale's page stands for the brought locale's page of the same path, when it has one.
			const posix = relative.split(path.sep).join('/');
			const folder = translatedFolder(posix);
			if (folder === undefined) return undefined;
			const rest = folder === '' ? posix : posix.slice(folder.length + 1);
			const kept = configuredLanguage.kept.folder;
			const file = (kept === '' ? rest : `${kept}/${rest}`).split('/').join(path.sep);
			return fileSet.has(file) && !unpublishedReason(file) ? file : undefined;
		}
		const language = translationOf(relative, fileSet);
		if (!language) return undefined;
		const original = relative.replace(`.${language}.`, '.');
		return [original, original.replace(/\.(mdx?|mdoc|markdown)$/i, '.en.$1')].find(
			(file) => fileSet.has(file) && !unpublishedReason(file),
		);
	}

	/** The page a link names by its path in the folder, else what its address was on the old site. */
	function pageLinked(relative: string, fragment: string): OldTarget {
		// A page may be linked as the generator writes it out: `faq.html` for `faq.md`.
		const page = relative.replace(/\.html?$/i, '');
		const candidates = [
			relative,
			...['md', 'mdx', 'mdoc', 'markdown', 'rst', 'adoc'].map((extension) => `${page}.${extension}`),
			path.join(page, 'index.md'),
			path.join(page, 'index.mdx'),
			path.join(page, 'README.md'),
			path.join(relative, 'index.html'),
		];
		// A saved site's pages are its HTML files.
		const found = candidates.find(
			(candidate) =>
				(fileSet.has(candidate) || /\.(mdx?|mdoc|markdown|rst|adoc)$/i.test(candidate)) &&
				existsSync(path.join(dir, candidate)),
		);
		if (found) {
			// A translation the import left out stands for the page it brought in its place; its anchors name that language's headings.
			const brought = translatedPage(found);
			return brought
				? { kind: 'article', id: idOf(brought), fragment: '' }
				: { kind: 'article', id: idOf(found), fragment };
		}
		// MyST links a label like a page (`[](idleness)`): the page and place the label names.
		const labelled = fragment === '' ? namedPlace(path.basename(relative)) : undefined;
		if (labelled) return labelled;
		// Many generators serve every page flat by its name (`/articles/imports.html` for
		// `imports-exports/imports.md`), so a link written for the site names no file here;
		// Docusaurus looks for a linked `imports.md` that is not beside the page from the docs'
		// root too.
		byOldPath();
		const named = pagesByName.get(pageNameKey(path.basename(page).replace(/\.(mdx?|mdoc|markdown|rst|adoc)$/i, '')));
		if (named) return { kind: 'article', id: named, fragment };
		return classifySitePath(sitePathOf(path.join(dir, relative)), fragment);
	}

	let byName: Map<string, string[]> | undefined;
	/** Files of the folder that are not pages, by file name. */
	const filesNamed = (name: string): string[] => {
		byName ??= globSync('**/*', { cwd: dir, exclude: isSkippedFolder })
			.filter((relative) => !/\.(mdx?|mdoc|markdown|rst|adoc|asciidoc)$/i.test(relative))
			.reduce((index, relative) => {
				const key = path.basename(relative);
				index.set(key, [...(index.get(key) ?? []), path.join(dir, relative)]);
				return index;
			}, new Map<string, string[]>());
		return byName.get(name) ?? [];
	};

	let staticByName: Map<string, string[]> | undefined;
	/**
	 * Where a picture a page names beside it, but which is not there, was served from: the
	 * site's static folder at the address the old site gave it (a home page's
	 * `assets/map.png` is `/assets/map.png`), else the one file of that name in a static
	 * folder, as a Hugo site's shortcodes reach `static/` from any page (`assets/x.png | relURL`).
	 */
	function inStaticFolders(target: string): string[] {
		const address = sitePathOf(target).slice(basePath.length).replace(/^\/+/, '');
		const served =
			address === ''
				? []
				: staticDirs.map((folder) => path.join(folder, ...address.split('/').map(decodeURIComponent)));
		staticByName ??= staticDirs
			.filter((folder) => /^(static|public)$/.test(path.basename(folder)) && isFolder(folder))
			.flatMap((folder) =>
				globSync('**/*', { cwd: folder, exclude: isSkippedFolder }).map((file) => path.join(folder, file)),
			)
			.reduce(
				(index, file) => index.set(path.basename(file), [...(index.get(path.basename(file)) ?? []), file]),
				new Map<string, string[]>(),
			);
		const named = staticByName.get(path.basename(target)) ?? [];
		return [...served, ...(named.length === 1 || sameFiles(named) ? named.slice(0, 1) : [])];
	}

	/** The file an address of the old site names: under the base path in the folder, else from the site's root. */
	function fileOnOldSite(url: URL): string {
		const sitePath = pathForms(url.pathname).at(-1) as string;
		if (basePath !== '' && sitePath.startsWith(`${basePath}/`))
			return path.join(dir, sitePath.slice(basePath.length + 1));
		return path.join(path.parse(dir).root, sitePath);
	}

	/**
	 * The file of the folder a relative address that climbs above it names, as the old site
	 * served it: a browser stops at the site's root, so `../../../assets/chart.png` written
	 * one folder down (GitBook writes such paths) is the folder's `assets/chart.png`.
	 * Empty for a root-relative address and for one leading out of the base path.
	 */
	function servedAboveRoot(target: string): string[] {
		if (topFolder === dir || !target.startsWith(topFolder + path.sep)) return [];
		const sitePath = sitePathOf(target);
		if (basePath !== '' && !sitePath.startsWith(`${basePath}/`)) return [];
		const parts = sitePath.slice(basePath.length).split('/').filter(Boolean);
		try {
			return [path.join(dir, ...parts.map(decodeURIComponent))];
		} catch {
			return [];
		}
	}

	/**
	 * The folders a relative path out of the pages folder may name a file in: the site's
	 * project (the nearest folder holding a `package.json`, at most three up) and the folder
	 * the import was named by. Starlight, Docusaurus, Fumadocs, Nextra and VitePress build
	 * pictures a page names relatively from the file system, not the address, so
	 * `../../assets/map.png` is the project's `src/assets/map.png`; nothing outside it is read.
	 */
	const projectRoots = [
		...(options.siteRoot ? [path.resolve(options.siteRoot.dir)] : []),
		...[0, 1, 2, 3]
			.map((up) => path.resolve(dir, ...Array(up).fill('..')))
			.filter((folder) => existsSync(path.join(folder, 'package.json')))
			.slice(0, 1),
	];
	const inProject = (target: string) => projectRoots.some((root) => target.startsWith(root + path.sep));
	/** The GitHub repository the folder's checkout was cloned from, whose files its pages may show from GitHub. */
	const checkout = checkoutRepository(dir);
	/** A file of the checkout a GitHub address of its repository names. */
	function checkoutFile(url: URL): string | undefined {
		const inRepository = checkout ? repositoryFilePath(url, checkout) : undefined;
		if (!checkout || inRepository === undefined) return undefined;
		const file = path.join(checkout.root, ...inRepository.split('/'));
		return existsSync(file) && statSync(file).isFile() ? file : undefined;
	}
	/**
	 * The same path from the root of the checkout or project holding the page, for a picture
	 * named relatively that is not beside the page (`./assets/shots/x.png` in `refunds/en.md`,
	 * the repository's `assets/shots/x.png`), as a help center's own sync tools read it from
	 * the repository's root: the longest such path first, and never a bare file name.
	 */
	function fromRepositoryRoot(target: string): string[] {
		const roots = [...new Set([...(checkout ? [checkout.root] : []), ...projectRoots])];
		return roots.flatMap((root) => {
			if (!target.startsWith(root + path.sep)) return [];
			const parts = path.relative(root, target).split(path.sep);
			return parts.slice(1, -1).map((_, index) => path.join(root, ...parts.slice(index + 1)));
		});
	}

	/** File hosts are asked until one fails to answer at all (see `skippingUnreachableHosts`). */
	const download = options.http ? skippingUnreachableHosts(options.http.download) : undefined;
	async function downloadFromFileHost(url: URL, maxBytes: number): Promise<AssetFetch> {
		if (!download) return { ok: false, reason: `kept on ${url.hostname}, and --offline` };
		return download(url.href, maxBytes);
	}

	async function fetchAsset(url: string, maxBytes: number): Promise<AssetFetch> {
		let target: string;
		try {
			const parsed = new URL(url);
			if (parsed.protocol === 'https:' && generator && GENERATOR_FILE_HOSTS[generator.name]?.includes(parsed.hostname))
				return await downloadFromFileHost(parsed, maxBytes);
			// A file of the site's own repository, shown from GitHub, is read from the site's files.
			const own =
				(generator?.name === 'docusaurus'
					? siteFileOfRepository(parsed, generator.repository, generator.siteRoot)
					: undefined) ?? checkoutFile(parsed);
			if (own) {
				if (statSync(own).size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
				return { ok: true, bytes: readFileSync(own) };
			}
			target = onOldSite(parsed, oldSite) ? fileOnOldSite(parsed) : fileURLToPath(parsed);
		} catch {
			return { ok: false, reason: 'not a file of the folder' };
		}
		// A file of the folder, or a root-relative path (`/img/x.png`) in the site's static folders.
		// Obsidian finds a file by its name anywhere in the vault: `![](photo.png)` may live in `Attachments/`.
		const named = filesNamed(path.basename(target));
		const candidates = target.startsWith(dir + path.sep)
			? [
					target,
					...(named.length === 1 || sameFiles(named) ? named.slice(0, 1) : []),
					...inStaticFolders(target),
					...fromRepositoryRoot(target),
				]
			: [
					...staticDirs.map((folder) => path.join(folder, path.relative(path.parse(target).root, target))),
					...servedAboveRoot(target),
					...(inProject(target) ? [target] : []),
				];
		for (const candidate of candidates) {
			const stat = existsSync(candidate) ? statSync(candidate) : undefined;
			if (!stat?.isFile()) continue;
			if (stat.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
			return { ok: true, bytes: readFileSync(candidate) };
		}
		return { ok: false, reason: 'no such file' };
	}

	/**
	 * Where the old site served what a link names (see `sitePathOf`): absolute on the old
	 * site when its address is known, else a root-relative path.
	 */
	function oldAddress(url: string): string {
		if (!url.startsWith('file:')) return url;
		const parsed = new URL(url);
		const target = filePathOf(parsed.pathname);
		const address = `${target === undefined ? parsed.pathname : sitePathOf(target)}${parsed.search}${parsed.hash}`;
		return oldSite ? new URL(address, oldSite).href : address;
	}

	const pagesFolder = options.siteRoot && path.relative(options.siteRoot.dir, dir).split(path.sep).join('/');
	return {
		system: 'folder',
		...(pagesFolder ? { pagesFolder } : {}),
		// Read before the articles, so the report says early where links to the old site were recognised.
		get label() {
			byOldPath();
			const site = options.siteRoot
				? `, the pages of the site in ${displayPath(options.siteRoot.dir)} (${options.siteRoot.why})`
				: '';
			// A site naming each page file by its language says which one was brought, --locale's or its default.
			const brought = locales ?? languages;
			const language = brought ? `, its pages in ${brought.kept} (${brought.from})` : '';
			return oldSite && inferredFrom
				? `folder ${displayPath(dir)}${site}${language}, from ${oldSite.origin} (named by ${inferredFrom})`
				: `folder ${displayPath(dir)}${site}${language}`;
		},
		groups: async () => [
			...folderGroups(
				files,
				(folder) =>
					generator?.name === 'fumadocs'
						? fumadocsFolderName(path.join(dir, folder))
						: generator?.name === 'nuxt-content'
							? nuxtContentFolderTitle(path.join(dir, nuxtFolders().get(folder) ?? folder))
							: generator?.name === 'nextra'
								? generator.titles.get(folder)
								: generator?.name === 'antora' && folder === 'ROOT'
									? (generator.component.title ?? generator.component.name)
									: generator?.name === 'zola'
										? zolaSectionTitle(path.join(dir, folder))
										: generator?.name === 'retype'
											? retypeFolderLabel(path.join(dir, folder))
											: undefined,
				groupFolder,
			),
			...(navSections ? navSectionGroups(navSections) : []),
		],
		async *articles() {
			for (const [index, relative] of files.entries()) {
				const record = isAsciidocFile(relative)
					? await asciidocArticle(relative, ids[index] ?? relative)
					: article(relative, ids[index] ?? relative);
				yield siteLocale === undefined || 'invalid' in record || record.locale !== undefined
					? record
					: { ...record, locale: siteLocale };
			}
			for (const index of generatedIndexes) {
				if (byOldPath().get(index.address) !== index.id) continue;
				const label = index.sections.at(-1) ?? index.id;
				yield {
					invalid: `the page Docusaurus generated for the sidebar category "${label}", a list of its pages (as a product area's page lists them here)`,
					id: index.id,
					section: {
						group: { type: 'sections', id: navSectionId(index.sections) },
						oldPaths: [index.address, ...(redirected.get(index.id) ?? [])],
						title: label,
					},
				};
			}
			for (const relative of xmlTopics) {
				const published = writersideTopics?.has(path.basename(relative)) !== false;
				yield {
					invalid: published
						? `${relative}: a Writerside XML topic, which the import does not read (it reads Markdown topics); write it as a Markdown topic and import again, or write the article here`
						: `${relative}: a Writerside XML topic in no <toc-element> of the instance's tree, so Writerside never published it`,
					id: relative.split(path.sep).join('/'),
					...(published ? {} : { wanted: true as const }),
				};
			}
			for (const relative of unbuiltMarkdown)
				yield {
					invalid: `${relative}: Markdown in a Sphinx site whose conf.py loads no Markdown parser (myst_parser), so Sphinx never built it as a page`,
					id: relative.split(path.sep).join('/'),
					wanted: true as const,
				};
			for (const relative of unread)
				yield {
					invalid: `${relative}: reStructuredText beside the pages of a ${rstSite ?? ''} site, which never served it as a page`,
					id: relative.split(path.sep).join('/'),
				};
		},
		classify,
		pageAtPath: (sitePath: string) => {
			const target = classifySitePath(sitePath, '');
			return target.kind === 'article' ? target.id : undefined;
		},
		namedPlace,
		fetchAsset,
		oldAddress,
		review: () => [...siteReview],
	};
}

/** A language's key or tag (`de`, `pt-br`, `zh-Hans`), not a folder of another name. */
const LOCALE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * The language a folder import brings, from what chose it: the locale kept of a site naming
 * each page file by one (Nextra, Hugo) or keeping each in a folder (a Markdoc site), else
 * the `lang` of the VuePress, VitePress or Rspress locale kept (or its folder's name), else
 * a Hugo site's language folder read, its `defaultContentLanguage` or `languageCode`, else
 * a Redocly site's default locale. `--locale` counts through these, where it chose the pages.
 */
function broughtLocale(site: {
	kept: string | undefined;
	configured: VuepressLocale | undefined;
	hugo: HugoSite | undefined;
	redocly: RedoclySite | undefined;
}): string | undefined {
	const configured =
		site.configured?.lang ?? (LOCALE_TAG.test(site.configured?.folder ?? '') ? site.configured?.folder : undefined);
	return (
		site.kept ??
		configured ??
		site.hugo?.contentLanguage ??
		site.hugo?.languages?.defaultLocale ??
		site.hugo?.language ??
		site.redocly?.defaultLocale
	);
}

/** How many lines a text has. */
function lineCount(text: string): number {
	return text.split('\n').length;
}
