import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { displayPath } from '../content-model/paths.ts';
import { isLatinScript, isValidSlug, slugFromTitle } from '../content-model/slugs.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { collectIds, convertArticle, htmlHoldsNothing, indexHtmlArticle } from './convert/article.ts';
import { descriptionCandidates, shorten } from './convert/body.ts';
import { mdastHoldsNothing } from './convert/holds-nothing.ts';
import type { OutputFormat } from './convert/types.ts';
import { type DerivedDescription, htmlOpening, settleDescriptions, sharedOpenings } from './descriptions.ts';
import type { ExistingContent } from './existing.ts';
import { formerSourceIds, knownArticle } from './former-ids.ts';
import type { Planned } from './import-article.ts';
import type { LinkIndex } from './links.ts';
import { articleMapping, groupNames, type ImportMap, resolveMapping } from './map.ts';
import { withOneLineNames } from './one-line-names.ts';
import { type ArticleReport, skippedReport } from './report.ts';
import { type EmptySection, firstInSection } from './section-redirects.ts';
import { sourceIdOf } from './source-id.ts';
import type { ImportSource, InvalidRecord, SourceArticle, SourceGroup } from './sources/types.ts';
import { disambiguateTitles, folderPageNames, pageFolderNames, pageName, type TitledArticle } from './titles.ts';

export type Decision = { planned: Planned } | { skipped: ArticleReport };

export function isInvalid(item: SourceArticle | InvalidRecord): item is InvalidRecord {
	return 'invalid' in item;
}

/** What pass one learns of every article, for pass two to write them with every link resolved. */
export interface ImportPlan {
	/** Each article's file, slug and mapping, or why it is skipped, by its `source`. */
	decisions: Map<string, Decision>;
	/** The source's own id of each article, by its `source`. */
	itemIds: Map<string, string>;
	groupOf: Map<string, NonNullable<SourceArticle['group']>>;
	/** Each article's section in the old site's navigation, when the source has one. */
	navSectionOf: Map<string, NonNullable<SourceArticle['navSection']>>;
	/** Each article's name in the old site's navigation, when it has one. */
	navLabels: Map<string, string>;
	/** Records the source could not give as articles, in the order met. */
	invalid: ArticleReport[];
	/** Sections' own pages skipped for having nothing of their own, whose addresses still lead somewhere. */
	sections: { skipped: ArticleReport; section: EmptySection; id?: string }[];
	/** Articles per group (`type:id`). */
	counts: Map<string, number>;
	/** Which ids of which article other articles link to, for explicit anchors. */
	linkedIds: Map<string, Set<string>>;
	/** Old addresses of each article that only links give (an older title after its number), for the redirects. */
	linkedAs: Map<string, Set<string>>;
	/** Each planned article's description as it will be written, and its place among its section's pages, for section lists. */
	listing: Map<string, { description?: string; order?: number }>;
}

export interface PlanContext {
	map: ImportMap;
	groups: ReadonlyMap<string, SourceGroup>;
	existing: ExistingContent;
	articlesDir: string;
	/** The format of new articles; an article already there keeps its own. */
	format: OutputFormat;
	progress?: (line: string) => void;
}

const addTo = (sets: Map<string, Set<string>>, key: string, value: string) =>
	sets.set(key, (sets.get(key) ?? new Set<string>()).add(value));

/**
 * Pass one: every article's file and mapping, or why it is skipped, and what other
 * articles link to in it. Each article is converted once to learn its anchors.
 */
export async function planArticles(source: ImportSource, context: PlanContext): Promise<ImportPlan> {
	const { map, groups, existing } = context;
	const plan: ImportPlan = {
		decisions: new Map(),
		itemIds: new Map(),
		groupOf: new Map(),
		navSectionOf: new Map(),
		navLabels: new Map(),
		invalid: [],
		sections: [],
		counts: new Map(),
		linkedIds: new Map(),
		linkedAs: new Map(),
		listing: new Map(),
	};
	/** What each article without a description of its own offers as one, by its `source`. */
	const derived = new Map<string, DerivedDescription>();
	/** The opening of each HTML article without a description, converted only where it shares a paragraph. */
	const openings = new Map<
		string,
		{ lines: string[]; body: string; article: SourceArticle & { body: { kind: 'html' } }; format: OutputFormat }
	>();
	const claimed = new Set<string>();
	/** Files of articles already here that a page of this import updates. */
	const claimedFiles = new Set<string>();
	let position = 0;
	for await (const record of source.articles()) {
		position++;
		if (isInvalid(record)) {
			const skippedId = record.id ? sourceIdOf(source.system, record.id) : undefined;
			// An earlier import wrote an article of it (before it was read as a copy of another page, say): that file stays.
			const earlier = skippedId === undefined ? undefined : existing.bySource.get(skippedId);
			const skipped = skippedReport(
				skippedId ?? `record ${position}`,
				'',
				earlier
					? `an earlier import wrote it as ${displayPath(earlier.file)}, which stays until you delete it and the redirects.yaml entries leading to it; now skipped: ${record.invalid}`
					: record.invalid,
				{ skipWanted: record.wanted === true && !earlier },
			);
			plan.invalid.push(skipped);
			if (record.section) plan.sections.push({ skipped, section: record.section, id: record.id });
			continue;
		}
		const item = withOneLineNames(record);
		const sourceId = sourceIdOf(source.system, item.id);
		if (plan.decisions.has(sourceId)) continue;
		plan.itemIds.set(sourceId, item.id);
		if (item.navLabel) plan.navLabels.set(sourceId, item.navLabel);
		if (item.group) plan.groupOf.set(sourceId, item.group);
		if (item.navSection) plan.navSectionOf.set(sourceId, item.navSection);
		// The group the map is asked about first, its navigation section, else its folder, counted
		// for the sections the map does not list yet: not the section when a map written for
		// folders (before sections were read) already places the page by its folder, and not the
		// folder when the map places the page by its section (the starter map names a folder
		// around it for a page the navigation leaves out) or skips that section (a page in a
		// folder of its own, `install/index.md`, goes with its section, whatever its folder).
		const placedByFolder =
			item.navSection !== undefined &&
			item.group !== undefined &&
			resolveMapping(map, source.system, undefined, groups, item.navSection).kind === 'unmapped' &&
			resolveMapping(map, source.system, item.group, groups).kind === 'mapped';
		const counted = placedByFolder ? item.group : (item.navSection ?? item.group);
		const countKey = counted ? `${counted.type}:${counted.id}` : undefined;
		if (countKey) plan.counts.set(countKey, (plan.counts.get(countKey) ?? 0) + 1);
		/** A page skipped for holding no text is no article its section brings. */
		const uncount = () => {
			if (countKey) plan.counts.set(countKey, (plan.counts.get(countKey) ?? 1) - 1);
		};
		const mapping = articleMapping(map, source.system, item, groups);
		if (mapping.kind === 'skip') {
			plan.decisions.set(sourceId, {
				skipped: skippedReport(sourceId, item.title, `the import map skips "${mapping.group}"`, {
					skipWanted: true,
				}),
			});
			continue;
		}
		const known = knownArticle(
			existing.bySource,
			sourceId,
			formerSourceIds(source.system, item.id, source.pagesFolder),
			claimedFiles,
		);
		// A placeholder with nothing in it would publish an empty page; one already here is the team's to decide.
		if (!known && item.body.kind === 'html' && htmlHoldsNothing(item.body.html)) {
			uncount();
			plan.decisions.set(sourceId, { skipped: skippedReport(sourceId, item.title, 'the article holds no text') });
			continue;
		}
		const place = known ?? newFile(item, sourceId, source.system, claimed, context);
		if ('skipped' in place) {
			plan.decisions.set(sourceId, place);
			continue;
		}
		claimed.add(place.slug);
		if (known) claimedFiles.add(known.file);
		const format: OutputFormat = place.file.endsWith('.md') ? 'md' : 'mdx';
		const recordLink = (href: string) => {
			const target = href.startsWith('#')
				? { kind: 'article' as const, id: item.id, fragment: href.slice(1) }
				: source.classify(href);
			if (target.kind !== 'article') return;
			if (target.fragment) addTo(plan.linkedIds, target.id, target.fragment);
			if (target.linkedAs) addTo(plan.linkedAs, target.id, target.linkedAs);
		};
		let listsSection = false;
		const converted =
			item.body.kind === 'html'
				? indexHtmlArticle(item as SourceArticle & { body: { kind: 'html' } }, recordLink)
				: convertArticle(item, {
						format,
						link: (href) => {
							recordLink(href);
							return { kind: 'kept', href };
						},
						// The lists of a section's pages are made once the plan is known: the page will show one.
						sectionList: () => {
							listsSection = true;
							return undefined;
						},
					});
		// What the conversion left may be nothing to read (a page that was one theme component showing nothing it can read).
		if (
			!known &&
			!listsSection &&
			item.body.kind === 'markdown' &&
			'tree' in converted &&
			mdastHoldsNothing(converted.tree as Root)
		) {
			claimed.delete(place.slug);
			uncount();
			plan.decisions.set(sourceId, { skipped: skippedReport(sourceId, item.title, 'the article holds no text') });
			continue;
		}
		// As the article will describe itself: its own description, else a paragraph of its own, settled once all are planned.
		if (item.description === undefined && 'tree' in converted) {
			const tree = converted.tree as Root;
			derived.set(sourceId, {
				candidates: descriptionCandidates(tree, item.locale ?? item.sourceLocale),
				body: bodyDigest(tree),
			});
		} else if (item.description === undefined && item.body.kind === 'html') {
			// A helpdesk's HTML is only indexed above: its opening is kept, to convert should it share a paragraph.
			const { head, lines } = htmlOpening(item.body.html);
			openings.set(sourceId, {
				lines,
				body: createHash('sha256').update(item.body.html).digest('hex'),
				article: { ...item, body: { kind: 'html', html: head } },
				format,
			});
		}
		plan.listing.set(sourceId, {
			...(item.description ? { description: shorten(item.description, 200) } : {}),
			...(item.navOrder !== undefined ? { order: item.navOrder } : {}),
		});
		const visible = isArticleVisible(
			{ audience: item.restricted ? 'internal' : 'public', draft: item.draft },
			'public',
		);
		plan.decisions.set(sourceId, {
			planned: {
				sourceId,
				title: item.title,
				slug: place.slug,
				file: place.file,
				exists: known !== undefined,
				...(known?.formerSourceId ? { formerSourceId: known.formerSourceId } : {}),
				format,
				mapping,
				ids: collectIds(item),
				target: {
					slug: place.slug,
					title: item.title,
					visible,
					anchors: converted.anchors,
					slugs: converted.slugs,
					ids: collectIds(item),
				},
			},
		});
		context.progress?.(`planned ${sourceId}`);
	}
	for (const sourceId of sharedOpenings(openings)) {
		const opening = openings.get(sourceId);
		if (!opening) continue;
		const { tree } = convertArticle(opening.article, {
			format: opening.format,
			link: (href) => ({ kind: 'kept', href }),
		});
		derived.set(sourceId, {
			candidates: descriptionCandidates(tree as Root, opening.article.locale ?? opening.article.sourceLocale),
			body: opening.body,
		});
	}
	for (const [sourceId, description] of settleDescriptions(derived)) {
		const decision = plan.decisions.get(sourceId);
		if (!decision || !('planned' in decision)) continue;
		decision.planned.description = description;
		plan.listing.set(sourceId, { ...plan.listing.get(sourceId), description });
	}
	return plan;
}

/** A digest of an article's words, to tell copies of one article from articles that only open alike. */
function bodyDigest(tree: Root): string {
	return createHash('sha256')
		.update(mdastText(tree, { includeImageAlt: false }).replace(/\s+/g, ' ').trim())
		.digest('hex');
}

/**
 * The last part of a docs folder's page id (its folder's, for an index page), without
 * the number a hosted help center puts before the name (`en/articles/4670277-topic-board-settings`
 * → `topic-board-settings`); nothing for an id that is a number (Zendesk's, Intercom's).
 */
function fileNameOf(id: string): string {
	const parts = id.split('/');
	// A folder's own page is named by its folder.
	const name = /^(?:_?index|readme)$/i.test(parts.at(-1) ?? '') ? parts.at(-2) : parts.at(-1);
	return (name ?? '').replace(/^\d+(?:-|$)/, '');
}

/**
 * A new article's slug and file: from its title, else its file's name, else its source id, numbered past the
 * slugs this import and the content folder already use. A slug a person's own article
 * has is never taken over.
 */
function newFile(
	item: SourceArticle,
	sourceId: string,
	system: ImportSource['system'],
	claimed: ReadonlySet<string>,
	context: PlanContext,
): { slug: string; file: string } | { skipped: ArticleReport } {
	const base = [
		isLatinScript(item.title) ? slugFromTitle(item.title) : '',
		// A title in another script (トピックボード設定) is best named by a docs folder's file name
		// (`topic-board-settings.md`), which its team chose, else spelt in Latin letters.
		slugFromTitle(fileNameOf(item.id)),
		slugFromTitle(item.title),
		`${system}-${item.id}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
		// A title of nothing but emoji or punctuation, its file named alike: a name made from the id, the same each import.
		`${system}-${createHash('sha256').update(item.id).digest('hex').slice(0, 10)}`,
	].find(isValidSlug);
	if (!base) return { skipped: skippedReport(sourceId, item.title, 'no file name can be made from its title or id') };
	const personal = context.existing.slugs.get(base);
	if (personal)
		return {
			skipped: skippedReport(
				sourceId,
				item.title,
				`${displayPath(personal)} already has the slug "${base}" and was not imported; add \`source: ${sourceId}\` to its frontmatter to let the import update it, or rename it`,
			),
		};
	let slug = base;
	for (let n = 2; claimed.has(slug) || context.existing.slugs.has(slug); n++) slug = `${base}-${n}`;
	return { slug, file: path.join(context.articlesDir, `${slug}.${context.format}`) };
}

/**
 * Titles two planned articles (or a planned one and one already here) share get their
 * section's name, so no two pages of the help center read alike.
 */
export function settleTitles(
	plan: ImportPlan,
	system: ImportSource['system'],
	groups: ReadonlyMap<string, SourceGroup>,
	existing: ExistingContent,
): void {
	const titled = new Map<Planned, TitledArticle>();
	// Every page's title, a folder's page left out for holding nothing but its heading too.
	const pageTitles = new Map<string, string>();
	for (const { section, id } of plan.sections) if (id && section.title) pageTitles.set(id, section.title);
	for (const [sourceId, decision] of plan.decisions)
		if ('planned' in decision) pageTitles.set(plan.itemIds.get(sourceId) ?? sourceId, decision.planned.title);
	// A folder named by its file name is told apart by its own page's title, as the old site named it.
	const named = folderPageNames(groups, pageTitles);
	for (const [sourceId, decision] of plan.decisions) {
		if (!('planned' in decision)) continue;
		// Readers knew a page by the navigation section it sat in, more than by its folder (often one flat folder).
		const group = plan.navSectionOf.get(sourceId) ?? plan.groupOf.get(sourceId);
		titled.set(decision.planned, {
			title: decision.planned.title,
			group: group ? named.get(`${group.type}:${group.id}`)?.name : undefined,
			outerGroups: group ? groupNames(named, group).slice(0, -1) : undefined,
			label: plan.navLabels.get(sourceId),
			name: pageName(system, plan.itemIds.get(sourceId)),
			folders: pageFolderNames(system, plan.itemIds.get(sourceId), pageTitles),
			file: decision.planned.file,
		});
	}
	const plannedFiles = new Set([...titled.keys()].map((planned) => planned.file));
	disambiguateTitles([...titled.values()], new Map([...existing.titles].filter(([, file]) => !plannedFiles.has(file))));
	const originalTitles = new Map([...titled.keys()].map((planned) => [planned, planned.title]));
	for (const [planned, article] of titled) {
		planned.title = article.title;
		planned.target.title = article.title;
		planned.titleClash = article.clash;
		planned.titleRenamed = article.renamed;
	}
	renameNumberedSlugs(originalTitles, existing);
}

/**
 * Past this many characters an address built from a title and its sections is no longer
 * one a person reads at a glance or types: the numbered one stays.
 */
const READABLE_SLUG_LENGTH = 60;

/**
 * A new article whose title was told apart from another's (`Frequently asked questions
 * (User guide)`) takes its address from that title, where it had a number after the
 * shared one (`frequently-asked-questions-3`), which says nothing of what is on it. One
 * that kept the shared title ("Payment Methods", beside "Payment Methods (Configure)")
 * takes the shared address from the one told apart, which moves to its own title's. An
 * article already in the content folder keeps its file, and a slug in use stays taken.
 */
function renameNumberedSlugs(originalTitles: ReadonlyMap<Planned, string>, existing: ExistingContent): void {
	const taken = new Set([...existing.slugs.keys(), ...[...originalTitles.keys()].map((article) => article.slug)]);
	const move = (article: Planned, slug: string) => {
		taken.delete(article.slug);
		taken.add(slug);
		article.slug = slug;
		article.target.slug = slug;
		article.file = path.join(path.dirname(article.file), `${slug}${path.extname(article.file)}`);
	};
	const readable = (slug: string) => slug.length <= READABLE_SLUG_LENGTH && isValidSlug(slug) && !taken.has(slug);
	const numbered = (article: Planned, original: string) =>
		!article.exists && /-\d+$/.test(article.slug) && article.slug !== slugFromTitle(original);
	for (const [article, original] of originalTitles) {
		if (article.titleRenamed === undefined || !numbered(article, original)) continue;
		const slug = slugFromTitle(article.title);
		if (readable(slug)) move(article, slug);
	}
	for (const [article, original] of originalTitles) {
		if (article.titleRenamed !== undefined || !numbered(article, original)) continue;
		const shared = slugFromTitle(original);
		const holder = [...originalTitles.keys()].find(
			(other) => other.slug === shared && !other.exists && other.titleRenamed !== undefined,
		);
		const own = holder ? slugFromTitle(holder.title) : undefined;
		if (!holder || own === undefined || !readable(own)) continue;
		move(holder, own);
		move(article, shared);
	}
}

/** Where each planned article lives now, by the source's id, and the product area of a source section. */
export function planLinkIndex(
	plan: ImportPlan,
	map: ImportMap,
	system: ImportSource['system'],
	groups: ReadonlyMap<string, SourceGroup>,
): LinkIndex {
	const planned = [...plan.decisions].flatMap(([sourceId, decision]) =>
		'planned' in decision
			? [
					{
						target: decision.planned.target,
						group: plan.groupOf.get(sourceId),
						navSection: plan.navSectionOf.get(sourceId),
						order: plan.listing.get(sourceId)?.order,
					},
				]
			: [],
	);
	return {
		articles: new Map(
			[...plan.decisions].flatMap(([sourceId, decision]) =>
				'planned' in decision ? [[plan.itemIds.get(sourceId) ?? sourceId, decision.planned.target] as const] : [],
			),
		),
		areaOf: (group) => {
			const mapping = resolveMapping(map, system, group, groups);
			return mapping.kind === 'mapped' ? mapping.productArea : undefined;
		},
		sectionPages: new Map(
			plan.sections.flatMap(({ section, id }) => {
				if (id === undefined) return [];
				const first = firstInSection(planned, section.group, groups);
				return [[id, { group: section.group, first: first?.target }] as const];
			}),
		),
	};
}
