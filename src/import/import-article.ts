import { displayPath } from '../content-model/paths.ts';
import type { createArticleSchema } from '../content-model/schemas/article.ts';
import { type RedirectEntry, redirectEntrySchema } from '../redirects/file.ts';
import { articlePageSlug, isArticlePage, normalizeOldPath } from '../redirects/old-path.ts';
import { bringAssets } from './article-assets.ts';
import { convertArticle, emptyAnchorIds } from './convert/article.ts';
import { describeFromBody, shorten, stringifyBody } from './convert/body.ts';
import { ensureCompiles } from './convert/mdx-safety.ts';
import type { ConversionNote, OutputFormat } from './convert/types.ts';
import { removeUnsafeAddresses } from './convert/unsafe-addresses.ts';
import { redactedLines } from './credentials.ts';
import { keywordsAsAliases, labelAlias } from './label-alias.ts';
import { anchorIn, createLinkResolver, type LinkIndex, type LinkTally, type LinkTarget } from './links.ts';
import { groupName, type Mapping } from './map.ts';
import { type ArticleReport, type ComponentUse, skippedReport } from './report.ts';
import type { ImportOptions } from './run-import.ts';
import { type listedPages, sectionListFor } from './section-list.ts';
import type { ImportSource, SourceArticle, SourceGroup } from './sources/types.ts';
import type { openImportState } from './state.ts';
import { TITLE_LIMIT } from './titles.ts';
import { writeArticle } from './writer.ts';

/** The group an unmapped article is listed under: its section of the old site's navigation, else its folder. */
function unmappedGroupName(item: SourceArticle, groups: ReadonlyMap<string, SourceGroup>): string {
	const group = item.navSection ?? item.group;
	return group ? groupName(groups, group) : (item.unplaced ?? 'no section');
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** What pass one decides about each article. */

/**
 * Where an old address leads: the article, or the section of it the old site's redirect
 * named (`/plans` → `/billing#plans`), by the id that heading has here. A section the
 * article has no heading for leads to its top, and the report says so.
 */
function redirectTo(
	planned: Planned,
	oldPath: string,
	sections: ReadonlyMap<string, string>,
	review: string[],
): string {
	const fragment = sections.get(oldPath);
	if (fragment === undefined) return planned.sourceId;
	const anchor = anchorIn(planned.target, fragment);
	// A heading's id on the built page; an id of the old page that is no heading may not be kept there.
	if (anchor && planned.target.slugs.has(anchor)) return `${planned.sourceId}#${anchor}`;
	review.push(
		`the old site's redirect from ${oldPath} led to its section #${fragment}, which has no heading here: it leads to the top of the article`,
	);
	return planned.sourceId;
}

/** Each message once, in order, with how many times it was said when more than once. */
function counted(notes: ConversionNote[]): string[] {
	const byMessage = new Map<string, { count: number; lines: number[] }>();
	for (const { message, line } of notes) {
		const entry = byMessage.get(message) ?? { count: 0, lines: [] };
		entry.count++;
		if (line !== undefined && !entry.lines.includes(line)) entry.lines.push(line);
		byMessage.set(message, entry);
	}
	return [...byMessage].map(([message, { count, lines }]) => {
		// The lines of the file it is about, so a reviewer can go to each.
		const shown = lines.length > 10 ? `${lines.slice(0, 10).join(', ')}, …` : lines.join(', ');
		const at = lines.length === 0 ? '' : `line${lines.length > 1 ? 's' : ''} ${shown}`;
		if (count > 1) return `${message} (${count} times${at ? `, ${at}` : ''})`;
		return at ? `${message} (${at})` : message;
	});
}

/** The review notes about components, one per component and message, with how often and on which lines. */
function componentUses(notes: ConversionNote[]): ComponentUse[] {
	const byKey = new Map<string, ComponentUse>();
	for (const { message, line, component } of notes) {
		const key = `${component}\u0000${message}`;
		const entry = byKey.get(key) ?? { component: component ?? '', note: message, uses: 0, lines: [] };
		entry.uses++;
		if (line !== undefined && !entry.lines.includes(line)) entry.lines.push(line);
		byKey.set(key, entry);
	}
	return [...byKey.values()];
}

/**
 * The review item of an article a credential was removed from, with the lines of its file
 * that show `[redacted]`: a person checks that the words around it still read right.
 */
function credentialNote(text: string): string {
	const lines = redactedLines(text);
	const at =
		lines.length === 0
			? ''
			: ` (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''})`;
	return `a credential the help center sent was replaced with [redacted]${at}: check that the article still reads right`;
}

/**
 * The note of an article found by the `source` an earlier import gave it, which read the
 * site's whole repository: the same words for every article of one pages folder, so the
 * report says it once with their count.
 */
function formerSourceNote(former: string, current: string): string {
	const system = current.slice(0, current.indexOf(':') + 1);
	const id = current.slice(system.length);
	const prefix = former.endsWith(`/${id}`) ? former.slice(0, -id.length) : `${former}/`;
	return `\`source: ${prefix}…\` rewritten as \`source: ${system}…\`: an earlier import read the whole repository, this one reads its pages folder`;
}

export interface Planned {
	sourceId: string;
	/** The title it gets: the source's, or with its section's name when another article has it too. */
	title: string;
	/** Why the title stays the same as another article's, when it does. */
	titleClash?: string;
	/** What the title was before another article's same title made it longer, for the report. */
	titleRenamed?: string;
	slug: string;
	file: string;
	exists: boolean;
	/**
	 * The `source` the article here has when an earlier import spelt the page's id another
	 * way (`folder:docs/tour/budget`, see `formerPageIds`): rewritten to `sourceId` as it is updated.
	 */
	formerSourceId?: string;
	format: OutputFormat;
	mapping: Exclude<Mapping, { kind: 'skip' }>;
	target: LinkTarget;
	ids: Set<string>;
	/** The description found in its body, where the source gives none: a line no other article of different content has. */
	description?: string;
}

export interface ImportContext {
	source: ImportSource;
	index: LinkIndex;
	linkedIds: Map<string, Set<string>>;
	/** Old addresses of each article that only links to it give, by the source's id. */
	linkedAs: ReadonlyMap<string, ReadonlySet<string>>;
	/** Every slug the content folder will have: this import's and those already there. */
	slugs: ReadonlySet<string>;
	options: ImportOptions;
	schema: ReturnType<typeof createArticleSchema>;
	state: ReturnType<typeof openImportState>;
	groups: ReadonlyMap<string, SourceGroup>;
	redirects: RedirectEntry[];
	/** The planned articles, for a component that listed its section's pages (see `sectionListEntries`). */
	listed?: ReturnType<typeof listedPages>;
}

/** An article whose converted body cannot be written: skipped, with why. */
function unwritable(item: SourceArticle, planned: Planned, reason: string): ArticleReport {
	return skippedReport(planned.sourceId, item.title, reason, {
		file: displayPath(planned.file),
		audience: item.restricted ? 'internal' : 'public',
		draft: item.draft,
	});
}

/**
 * Pass two for one article: converts it with every link resolved, brings its images
 * and files over, writes it (never over a person's edits) and records its old
 * addresses for the redirects.
 */
export async function importArticle(
	item: SourceArticle,
	planned: Planned,
	context: ImportContext,
): Promise<ArticleReport> {
	const { source, index, options } = context;
	const tally: LinkTally = { rewritten: 0, outside: [], review: [], unlinkedOnOldSite: [], likeOldSite: [] };
	// Ids other articles link to, and those the page placed as anchors for links from anywhere.
	const keepIds = new Set(
		[...(context.linkedIds.get(item.id) ?? []), ...emptyAnchorIds(item)].filter(
			(id) => planned.ids.has(id) && !planned.target.anchors.has(id) && !planned.target.slugs.has(id),
		),
	);
	const converted = convertArticle(item, {
		format: planned.format,
		keepIds,
		sectionList: (by) =>
			context.listed
				? sectionListFor(
						{ id: item.id, folder: item.group, navSection: item.navSection },
						by,
						context.listed,
						context.groups,
					)
				: undefined,
		link: createLinkResolver({ source, index, self: { id: item.id, visible: planned.target.visible }, tally }),
	});
	const compiles = ensureCompiles(converted.tree, planned.format);
	if ('unwritable' in compiles) return unwritable(item, planned, compiles.unwritable);
	const assets = await bringAssets(item, converted, {
		source,
		articleFile: planned.file,
		slug: planned.slug,
		dryRun: options.dryRun,
		format: planned.format,
	});
	// Again over what the import added since (the files a source lists with the article).
	const unsafe = removeUnsafeAddresses(converted.tree, planned.format);
	const review = [...tally.review, ...compiles.review, ...assets.review, ...unsafe];
	const notes = [...item.notes, ...converted.notes];
	review.push(...counted(notes.filter((note) => note.level === 'review' && note.component === undefined)));
	const components = componentUses(notes.filter((note) => note.level === 'review' && note.component !== undefined));
	const info = counted(notes.filter((note) => note.level === 'info'));
	if (planned.titleRenamed) info.push(planned.titleRenamed);
	if (planned.titleClash) review.push(planned.titleClash);
	let title = planned.title;
	if (title.length > TITLE_LIMIT) {
		review.push(`the title was shortened to ${TITLE_LIMIT} characters`);
		title = shorten(title, TITLE_LIMIT);
	}
	const description = shorten(
		item.description ??
			planned.description ??
			describeFromBody(converted.tree, item.locale ?? item.sourceLocale) ??
			title,
		200,
	);
	const audience = item.restricted ? 'internal' : undefined;
	const tags = [...new Set(item.labels.filter((label) => label !== ''))];
	// The old site's navigation named the page in words its title does not say: words customers search with.
	const alias = labelAlias(item.navLabel, title) ?? labelAlias(item.aliasLabel, title);
	// The words the old site's search found the page by (Mintlify's `keywords`), where they say what the title does not.
	const keywordAliases = keywordsAsAliases(item.searchKeywords, title, alias);
	const outcome = writeArticle(
		{
			source: planned.sourceId,
			slug: planned.slug,
			file: planned.file,
			exists: planned.exists,
			formerSource: planned.formerSourceId,
			body: stringifyBody(converted.tree, planned.format),
			fields: {
				title,
				description,
				category: planned.mapping.category,
				productArea: planned.mapping.productArea,
				updated: isoDay(item.updated ?? options.today),
				tags,
				audience,
				draft: item.draft ? true : undefined,
			},
			aliases: [...(alias === undefined ? [] : [alias]), ...keywordAliases],
		},
		{
			contentDir: options.contentDir,
			schema: context.schema,
			state: context.state,
			dryRun: options.dryRun,
			incomingDir: options.incomingDir,
		},
	);
	if (outcome.action !== 'skipped') {
		const sections = new Map((item.oldSections ?? []).map((entry) => [entry.path, entry.fragment]));
		for (const oldPath of new Set([...item.oldPaths, ...(context.linkedAs.get(item.id) ?? [])])) {
			// Sources give paths as a browser requests them; `:` or `*` there is a character, not a placeholder.
			const from = normalizeOldPath(oldPath);
			if (isArticlePage(from, planned.slug)) continue;
			const pageSlug = articlePageSlug(from);
			if (pageSlug !== undefined && context.slugs.has(pageSlug)) {
				info.push(`no redirect from ${oldPath}: it is the address of the article "${pageSlug}" here`);
				continue;
			}
			if (from === '/') {
				// The old site's own root: where the help center takes over its address, that is the home page.
				info.push(`no redirect from /: the old site's home page is the help center's home page here`);
				continue;
			}
			const entry = redirectEntrySchema.safeParse({ from, to: redirectTo(planned, oldPath, sections, review) });
			if (entry.success) context.redirects.push(entry.data);
			else
				info.push(
					`no redirect from ${oldPath}: it is not ${entry.error.issues[0]?.message ?? 'a path a static host can match'}`,
				);
		}
	}
	if (item.credentialRemoved && outcome.action !== 'skipped') review.push(credentialNote(outcome.text));
	const aliasesAdded = outcome.action === 'skipped' ? [] : outcome.aliasesAdded;
	const fromKeywords = aliasesAdded.filter((added) => keywordAliases.includes(added) && added !== alias);
	for (const added of aliasesAdded)
		if (!fromKeywords.includes(added)) info.push(`alias "${added}": the old site's navigation named the page so`);
	if (fromKeywords.length > 0)
		info.push(
			`${fromKeywords.length} alias${fromKeywords.length === 1 ? '' : 'es'} from the page's search keywords (keywords), which the old site's search found it by: ${fromKeywords.map((added) => `"${added}"`).join(', ')}`,
		);
	if (planned.formerSourceId && outcome.action !== 'skipped')
		info.push(formerSourceNote(planned.formerSourceId, planned.sourceId));
	return {
		source: planned.sourceId,
		title,
		action: outcome.action,
		reason: outcome.action === 'skipped' ? outcome.reason : undefined,
		file: displayPath(planned.file),
		unmapped: planned.mapping.kind === 'unmapped' ? unmappedGroupName(item, context.groups) : undefined,
		audience: audience ?? 'public',
		draft: item.draft,
		review: outcome.action === 'skipped' ? review : [...review, ...outcome.review],
		...(components.length > 0 && outcome.action !== 'skipped' ? { components } : {}),
		info: item.restricted ? [...info, `imported as internal: ${item.restricted}`] : info,
		...(aliasesAdded.length > fromKeywords.length
			? { aliasesFromLabels: aliasesAdded.length - fromKeywords.length }
			: {}),
		...(fromKeywords.length > 0 ? { aliasesFromKeywords: fromKeywords.length } : {}),
		imagesCopied: assets.imagesCopied,
		attachmentsCopied: assets.attachmentsCopied,
		linksRewritten: tally.rewritten,
		linksOutside: tally.outside,
		linksUnlinked: tally.unlinkedOnOldSite,
		linksLikeOldSite: tally.likeOldSite,
	};
}
