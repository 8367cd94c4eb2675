import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { paths } from '../site/urls.ts';
import { importNote } from './convert/notes.ts';
import type { ConversionNote, OutputFormat } from './convert/types.ts';
import type { ImportPlan } from './plan.ts';
import type { GroupType, SourceGroup } from './sources/types.ts';

/**
 * A section's landing page on many docs sites shows a component that lists the section's
 * pages (Docusaurus' `<DocCardList />`, vuepress-theme-hope's `<AutoCatalog />`, Hugo's
 * `{{% children %}}`). Each generator's reader only recognises its component; what the
 * list holds is decided here, once, from the import's plan: the imported articles of the
 * page's section, in the site's order, each a link to its new address.
 */

type GroupRef = { type: GroupType; id: string };

/** An imported article as a section list needs it, in the order the source gave them. */
export interface ListedPage {
	/** The source's id of the page. */
	id: string;
	/** Its section as the list reads sections (see `ListedBy`). */
	section?: GroupRef;
	title: string;
	slug: string;
	description?: string;
	/** Public and published: only those are listed. */
	visible: boolean;
	/** Its place among its section's pages on the old site (`sidebar_position`, `order`, `weight`), when it gave one. */
	order?: number;
}

/**
 * What a component lists: the pages of the page's section in the old site's navigation
 * (Docusaurus' category), else of its folder (`navigation`), or those of its folder and
 * the folders in it, as the generator's file structure holds them (`folder`: VuePress'
 * catalog, Hugo's children).
 */
export type ListedBy = 'navigation' | 'folder';

/** One line of the list. */
export interface SectionListEntry {
	title: string;
	slug: string;
	description?: string;
}

const key = (group: GroupRef | undefined) => (group ? `${group.type}:${group.id}` : '');

/** Whether the page is its folder's own page (`guides/index.md`, `guides/README.md`, a folder's id). */
function isSectionPage(page: ListedPage): boolean {
	const last = page.id.split('/').at(-1) ?? '';
	return /^(?:_?index|readme)$/i.test(last) || (page.section?.type === 'folders' && page.section.id === page.id);
}

/**
 * The entries of the list shown on the page `self` (its source id and section, none for
 * a page at the top of the site, which lists the top's pages and sections): the
 * other listed pages of the section, then, where a section inside it begins, one entry
 * for that section (its own page's title and address, else the section's name and its
 * first page's address). Pages are in the site's order: those that give one by it,
 * then the rest as the source gave them. Drafts and internal articles are left out.
 */
export function sectionListEntries(
	self: { id: string; section: GroupRef | undefined },
	pages: readonly ListedPage[],
	groups: ReadonlyMap<string, SourceGroup>,
	sectionTitles: ReadonlyMap<string, string> = new Map(),
): SectionListEntry[] {
	const section = self.section;
	/** The section directly inside `section` (the site's top, when it is undefined) that holds `group`, when one does. */
	const childOf = (group: GroupRef | undefined): GroupRef | undefined => {
		const seen = new Set<string>();
		for (let current = group; current && !seen.has(key(current)); ) {
			seen.add(key(current));
			const parent = groups.get(key(current))?.parent;
			if (key(parent) === key(section)) return current;
			current = parent;
		}
		return undefined;
	};
	const ordered = pages
		.map((page, index) => ({ page, index }))
		.filter(({ page }) => page.visible && page.id !== self.id)
		.sort(
			(a, b) =>
				(a.page.order ?? Number.POSITIVE_INFINITY) - (b.page.order ?? Number.POSITIVE_INFINITY) || a.index - b.index,
		)
		.map(({ page }) => page);
	const entries: SectionListEntry[] = [];
	const placed = new Set<string>();
	for (const page of ordered) {
		if (key(page.section) === key(section)) {
			if (!isSectionPage(page)) entries.push(entryOf(page));
			continue;
		}
		const child = childOf(page.section);
		if (!child || placed.has(key(child))) continue;
		placed.add(key(child));
		const inChild = ordered.filter((other) => key(childOf(other.section)) === key(child));
		const own = inChild.find((other) => key(other.section) === key(child) && isSectionPage(other));
		const landing = own ?? inChild[0] ?? page;
		entries.push({
			title: own?.title ?? sectionTitles.get(key(child)) ?? groups.get(key(child))?.name ?? landing.title,
			slug: landing.slug,
			...(own?.description ? { description: own.description } : {}),
		});
	}
	return entries;
}

function entryOf(page: ListedPage): SectionListEntry {
	return { title: page.title, slug: page.slug, ...(page.description ? { description: page.description } : {}) };
}

/**
 * The list as mdast: `[Title](/articles/<slug>/)`, then ` — description` when asked for
 * and there is one. Titles and descriptions are text nodes, escaped where they would read
 * as syntax when the article is written, as all imported text is.
 */
export function sectionListNode(entries: readonly SectionListEntry[], options: { descriptions: boolean }): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: entries.map((entry): ListItem => {
			const line: PhrasingContent[] = [
				{ type: 'link', url: paths.article(entry.slug), children: [{ type: 'text', value: entry.title }] },
			];
			if (options.descriptions && entry.description) line.push({ type: 'text', value: ` — ${entry.description}` });
			return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: line }] };
		}),
	};
}

/** The review note for a list that found no imported article in its section. */
export function emptySectionListNote(component: string, line: number | undefined): ConversionNote {
	return {
		level: 'review',
		message: `${component} listed the section's pages, and none of them is an imported public article: write the list, or remove the note`,
		line,
	};
}

/**
 * What a component that listed its section's pages (`component`, as the page wrote it)
 * becomes: the list, or where no imported article is in the section, an import note and
 * a review note. Nothing while the import is still planning (`entries` undefined).
 */
export function sectionListBlock(
	component: string,
	entries: readonly SectionListEntry[] | undefined,
	options: { descriptions: boolean; format: OutputFormat; line: number | undefined },
): { nodes: RootContent[]; note?: ConversionNote } {
	if (entries === undefined) return { nodes: [] };
	if (entries.length === 0)
		return {
			nodes: [
				importNote(
					[
						{ type: 'text', value: 'The original page listed its section’s pages here (' },
						{ type: 'inlineCode', value: component },
						{ type: 'text', value: '); none of them was imported.' },
					],
					undefined,
					options.format,
				),
			],
			note: emptySectionListNote(component, options.line),
		};
	return {
		nodes: [sectionListNode(entries, options)],
		note: {
			level: 'info',
			message: `${component} became the list of its section's articles (${entries.length})`,
		},
	};
}

/** What a section list needs of the plan: every planned article, in the source's order, and the names of sections whose own page was skipped. */
export function listedPages(plan: ImportPlan): { pages: PlannedPage[]; sectionTitles: Map<string, string> } {
	const pages = [...plan.decisions].flatMap(([sourceId, decision]): PlannedPage[] => {
		if (!('planned' in decision)) return [];
		const { target } = decision.planned;
		const listing = plan.listing.get(sourceId);
		return [
			{
				id: plan.itemIds.get(sourceId) ?? sourceId,
				folder: plan.groupOf.get(sourceId),
				navSection: plan.navSectionOf.get(sourceId),
				title: target.title,
				slug: target.slug,
				visible: target.visible,
				...(listing?.description ? { description: listing.description } : {}),
				...(listing?.order !== undefined ? { order: listing.order } : {}),
			},
		];
	});
	const sectionTitles = new Map(
		plan.sections.flatMap(({ section }) => (section.title ? [[key(section.group), section.title] as const] : [])),
	);
	return { pages, sectionTitles };
}

/** A planned article with both its places: its folder and its section in the old site's navigation. */
export type PlannedPage = Omit<ListedPage, 'section'> & { folder?: GroupRef; navSection?: GroupRef };

/** The entries of the list `by` reads on the page `self`, from the plan's articles (see `listedPages`). */
export function sectionListFor(
	self: { id: string; folder?: GroupRef; navSection?: GroupRef },
	by: ListedBy,
	listed: ReturnType<typeof listedPages>,
	groups: ReadonlyMap<string, SourceGroup>,
): SectionListEntry[] {
	const sectionOf = (page: { folder?: GroupRef; navSection?: GroupRef }) =>
		by === 'folder' ? page.folder : (page.navSection ?? page.folder);
	// Docusaurus lists a category's items: a page in none (at the top of the docs) has none to list.
	if (by === 'navigation' && sectionOf(self) === undefined) return [];
	return sectionListEntries(
		{ id: self.id, section: sectionOf(self) },
		listed.pages.map(({ folder, navSection, ...page }) => ({ ...page, section: sectionOf({ folder, navSection }) })),
		groups,
		listed.sectionTitles,
	);
}
