import path from 'node:path';
import { didYouMean } from '../cli/suggest.ts';
import { type EntryFile, entryDir, scanEntryFiles } from './entry-files.ts';
import { type EntryBase, readEntries, readEntrySource, type Validate } from './entry-source.ts';
import { type ContentProblem, parseWithProblems } from './errors.ts';
import { parseSource } from './frontmatter.ts';
import { openFrontmatterCache } from './frontmatter-cache.ts';
import { displayPath, resolveContentDir } from './paths.ts';
import type { Audience } from './schemas/article.ts';
import { type ArticleData, type ArticleSchema, createArticleSchema } from './schemas/article.ts';
import type { TryblockConfig } from './schemas/config.ts';
import { type RunbookData, runbookSchema } from './schemas/runbook.ts';
import type { Taxonomy } from './schemas/taxonomy.ts';
import { loadConfig, loadTaxonomy } from './settings.ts';
import { areRunbooksVisible, isArticleVisible } from './visibility.ts';

export interface ArticleEntry extends EntryBase {
	kind: 'article';
	data: ArticleData;
}
export interface RunbookEntry extends EntryBase {
	kind: 'runbook';
	data: RunbookData;
}
export type ContentEntry = ArticleEntry | RunbookEntry;

export interface LoadedContent {
	contentDir: string;
	taxonomy: Taxonomy;
	config: TryblockConfig;
	articles: ArticleEntry[];
	runbooks: RunbookEntry[];
	/**
	 * Slugs of entry files whose frontmatter failed validation, by kind. Their own
	 * problems explain them; a link to one is not reported as broken as well.
	 */
	invalidSlugs: Map<string, EntryFile['kind']>;
	/** Every problem found; an empty list means the content can be built. */
	problems: ContentProblem[];
}

/**
 * The problems that keep one article or runbook out of the build, as `loadContent`
 * finds them for every file: its frontmatter against its schema, and `related` slugs
 * no file in `slugs` has. `npm run link` checks the page it edited with it.
 */
export function entryProblems(
	source: string,
	page: { file: string; slug: string; kind: EntryFile['kind']; slugs: Iterable<string> },
	schema: ArticleSchema | typeof runbookSchema,
): ContentProblem[] {
	const validate: Validate<ContentEntry['data']> = (data, file, lineOf) =>
		parseWithProblems(schema, data, { file, lineOf });
	const { entry, problems } = readEntrySource(source, page.file, parseSource, validate);
	if (!entry) return problems;
	const known = new Map([...page.slugs].map((slug) => [slug, page.kind]));
	return [...problems, ...crossCheck([{ ...entry, slug: page.slug, kind: page.kind } as ContentEntry], known)];
}

/**
 * Problems that only show when all entries are read together: duplicate slugs and
 * dangling `related`, with the nearest slug as the hint. A slug in `invalidSlugs`
 * exists, so naming it is not dangling.
 */
export function crossCheck(
	entries: ContentEntry[],
	invalidSlugs: ReadonlyMap<string, unknown> = new Map(),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const bySlug = new Map<string, ContentEntry>();
	for (const entry of entries) {
		const first = bySlug.get(entry.slug);
		if (first) {
			problems.push({
				file: entry.file,
				message: `duplicate slug "${entry.slug}": ${first.file} has the same file name`,
				hint: 'slugs come from file names and must be unique across articles and runbooks; rename one file',
			});
		} else bySlug.set(entry.slug, entry);
	}
	const slugs = [...bySlug.keys(), ...invalidSlugs.keys()];
	for (const entry of entries) {
		entry.data.related.forEach((slug, index) => {
			if (!bySlug.has(slug) && !invalidSlugs.has(slug)) {
				const hint = didYouMean(slug, slugs);
				problems.push({
					file: entry.file,
					line: entry.lineOf(['related', index]),
					field: `related.${index}`,
					message: `no article or runbook has the slug "${slug}"`,
					...(hint ? { hint } : {}),
				});
			}
		});
	}
	return problems;
}

/**
 * Problems that depend on the build: a public page must not point customers at a
 * page the public site does not have.
 */
export function checkAudienceLinks(
	content: Pick<LoadedContent, 'articles' | 'runbooks'>,
	audience: Audience,
): ContentProblem[] {
	if (audience === 'internal') return [];
	const hidden = new Map<string, string>();
	for (const runbook of content.runbooks) hidden.set(runbook.slug, 'a runbook');
	for (const article of content.articles) {
		if (article.data.audience === 'internal') hidden.set(article.slug, 'an internal article');
	}
	const problems: ContentProblem[] = [];
	for (const article of content.articles) {
		if (!isArticleVisible(article.data, audience)) continue;
		article.data.related.forEach((slug, index) => {
			const kind = hidden.get(slug);
			if (kind) {
				problems.push({
					file: article.file,
					line: article.lineOf(['related', index]),
					field: `related.${index}`,
					message: `public article names ${kind}, "${slug}", which customers cannot open`,
					hint: 'remove it from `related`, or link a public article instead',
				});
			}
		});
	}
	return problems;
}

/**
 * A public article may name a draft in `related` while both are being written; the
 * public build leaves the link out until the draft is published, and says so.
 */
export function draftLinkWarnings(content: Pick<LoadedContent, 'articles'>, audience: Audience): ContentProblem[] {
	if (audience === 'internal') return [];
	const drafts = new Set(content.articles.filter((article) => article.data.draft).map((article) => article.slug));
	return content.articles
		.filter((article) => isArticleVisible(article.data, audience))
		.flatMap((article) =>
			article.data.related.flatMap((slug, index) =>
				drafts.has(slug)
					? [
							{
								file: article.file,
								line: article.lineOf(['related', index]),
								field: `related.${index}`,
								message: `names the draft "${slug}", so the public site leaves this link out until it is published`,
							},
						]
					: [],
			),
		);
}

/**
 * Reads every article and runbook straight from the content folder, validated with
 * the same schemas the site uses. Commands call this; no site build is needed.
 * Builds pass `cacheDir` to keep parsed frontmatter between runs.
 */
export function loadContent(contentDir = resolveContentDir(), options: { cacheDir?: string } = {}): LoadedContent {
	const taxonomy = loadTaxonomy(contentDir);
	const config = loadConfig(contentDir);
	const articleSchema = createArticleSchema(taxonomy);
	const cache = options.cacheDir === undefined ? undefined : openFrontmatterCache(options.cacheDir);
	const parse = cache?.parse ?? parseSource;
	const scan = scanEntryFiles(contentDir);
	const filesOf = (kind: EntryFile['kind']) => scan.files.filter((file) => file.kind === kind);
	const articles = readEntries(filesOf('article'), parse, (data, file, lineOf) =>
		parseWithProblems(articleSchema, data, { file, lineOf }),
	);
	const runbooks = readEntries(filesOf('runbook'), parse, (data, file, lineOf) =>
		parseWithProblems(runbookSchema, data, { file, lineOf }),
	);
	cache?.save();
	const articleEntries = articles.entries.map((entry): ArticleEntry => ({ ...entry, kind: 'article' }));
	const runbookEntries = runbooks.entries.map((entry): RunbookEntry => ({ ...entry, kind: 'runbook' }));
	const invalidSlugs = new Map<string, EntryFile['kind']>([
		...articles.invalidSlugs.map((slug) => [slug, 'article'] as const),
		...runbooks.invalidSlugs.map((slug) => [slug, 'runbook'] as const),
	]);
	return {
		contentDir,
		taxonomy,
		config,
		articles: articleEntries,
		runbooks: runbookEntries,
		invalidSlugs,
		problems: [
			...scan.problems,
			...articles.problems,
			...runbooks.problems,
			...crossCheck([...articleEntries, ...runbookEntries], invalidSlugs),
		],
	};
}

/** The entries a build for `audience` publishes. */
export function publishedEntries(
	content: Pick<LoadedContent, 'articles' | 'runbooks'>,
	audience: Audience,
): ContentEntry[] {
	return [
		...content.articles.filter((article) => isArticleVisible(article.data, audience)),
		...(areRunbooksVisible(audience) ? content.runbooks : []),
	];
}

/**
 * One line for each kind of page a build has none of. Astro warns, on every page that
 * reads an empty collection, to "check your content config file for errors"; for a
 * team that has only just cleared the demo or written no runbook yet there is none, so
 * the build says once what the emptiness means.
 */
export function nothingPublishedNotes(
	content: Pick<LoadedContent, 'articles' | 'runbooks' | 'contentDir'>,
	audience: Audience,
): string[] {
	const notes: string[] = [];
	const where = (kind: EntryFile['kind']) => `${displayPath(entryDir(content.contentDir, kind))}/`;
	const articles = content.articles.filter((article) => isArticleVisible(article.data, audience));
	if (articles.length === 0) {
		const written = content.articles.length;
		const unpublished =
			written === 1 ? 'the one written is a draft or internal' : `the ${written} written are drafts or internal`;
		const none =
			written === 0
				? `No article in ${where('article')} yet`
				: `No article in ${where('article')} is published yet (${unpublished})`;
		notes.push(
			`${none}: the home page says nothing is published here yet. Astro's warning that the collection "articles" is empty means this, not a mistake in the content config.`,
		);
	}
	if (areRunbooksVisible(audience) && content.runbooks.length === 0) {
		notes.push(
			`No runbook in ${where('runbook')} yet: the handbook lists none. Astro's warning that the collection "runbooks" is empty means this, not a mistake in the content config.`,
		);
	}
	return notes;
}

/**
 * The files a build for `audience` loads into Astro's content layer, as absolute
 * paths: the published entries of one kind and nothing else, so the images, imports
 * and headings of internal pages and drafts are never even processed.
 */
export function publishedFiles(
	content: Pick<LoadedContent, 'articles' | 'runbooks'>,
	audience: Audience,
	kind: ContentEntry['kind'],
): string[] {
	return publishedEntries(content, audience)
		.filter((entry) => entry.kind === kind)
		.map((entry) => path.resolve(entry.file));
}
