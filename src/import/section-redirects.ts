import { type RedirectEntry, redirectEntrySchema } from '../redirects/file.ts';
import { normalizeOldPath } from '../redirects/old-path.ts';
import { productAreaTarget } from '../redirects/targets.ts';
import type { Mapping } from './map.ts';
import type { GroupType, SourceGroup } from './sources/types.ts';

/**
 * A section's own page the import skips (a Hugo `_index.md` with nothing but its
 * heading) still had an address that links and bookmarks lead to. It leads where
 * a customer would look for the section now: the page of the product area the map
 * gives the section's articles, else the section's first article.
 */

type GroupRef = { type: GroupType; id: string };

export interface EmptySection {
	group: GroupRef;
	/** Where the old site served the section's page. */
	oldPaths: string[];
	/** The page's title, which names its section, when it has one. */
	title?: string;
}

/** An article the import plans to write, with the section it came from, in the source's order. */
export interface PlannedInSection {
	sourceId: string;
	title: string;
	group?: GroupRef;
	/** The section of the old site's navigation it sat in, when that is not its folder. */
	navSection?: GroupRef;
	/** Its place among its section's entries in the old site's navigation (0 first), when known. */
	order?: number;
}

/** Whether the article sat in `section`, by its folder or by the old site's navigation. */
export function isInSection(
	article: { group?: GroupRef; navSection?: GroupRef },
	section: GroupRef,
	groups: ReadonlyMap<string, SourceGroup>,
): boolean {
	return isWithin(article.group, section, groups) || isWithin(article.navSection, section, groups);
}

/** Whether `group` is `section` or a section inside it. */
export function isWithin(
	group: GroupRef | undefined,
	section: GroupRef,
	groups: ReadonlyMap<string, SourceGroup>,
): boolean {
	const seen = new Set<string>();
	for (let current = group; current && !seen.has(`${current.type}:${current.id}`); ) {
		if (current.type === section.type && current.id === section.id) return true;
		seen.add(`${current.type}:${current.id}`);
		current = groups.get(`${current.type}:${current.id}`)?.parent;
	}
	return false;
}

/**
 * Where the section's old address leads: its product area's page when the map names
 * one for it (or for a section around it) and the import writes an article there;
 * else its first article; nothing when the section's articles are skipped or none
 * are written.
 */
export function sectionTarget(
	section: EmptySection,
	mapping: Mapping,
	planned: readonly PlannedInSection[],
	groups: ReadonlyMap<string, SourceGroup>,
): { to: string; what: string } | undefined {
	if (mapping.kind === 'skip') return undefined;
	const first = firstInSection(planned, section.group, groups);
	if (!first) return undefined;
	if (mapping.kind === 'mapped')
		return { to: productAreaTarget(mapping.productArea), what: `the page of its product area, ${mapping.productArea}` };
	return { to: first.sourceId, what: `its first article, "${first.title}"` };
}

/**
 * A section's first article: the first of the section's own entries as the old site's
 * navigation listed them (a Nextra `_meta` file's order, a sidebar position); else the
 * first of the section the source holds, as for a site whose navigation gives no order.
 */
export function firstInSection<Article extends Omit<PlannedInSection, 'sourceId' | 'title'>>(
	planned: readonly Article[],
	section: GroupRef,
	groups: ReadonlyMap<string, SourceGroup>,
): Article | undefined {
	const inSection = planned.filter((article) => isInSection(article, section, groups));
	const same = (group: GroupRef | undefined) => group?.type === section.type && group.id === section.id;
	let first: Article | undefined;
	for (const article of inSection) {
		if (article.order === undefined || !(same(article.group) || same(article.navSection))) continue;
		if (first?.order === undefined || article.order < first.order) first = article;
	}
	return first ?? inSection[0];
}

/** The section's redirects, and the words the report adds to its skip. */
export function sectionRedirects(
	section: EmptySection,
	target: { to: string; what: string } | undefined,
): { entries: RedirectEntry[]; note: string } {
	if (!target) return { entries: [], note: 'its old address leads nowhere: none of its articles are imported' };
	const entries = section.oldPaths.flatMap((from) => {
		const entry = redirectEntrySchema.safeParse({ from: normalizeOldPath(from), to: target.to });
		return entry.success ? [entry.data] : [];
	});
	if (entries.length === 0) return { entries, note: 'its old address is no path a static host can match' };
	return {
		entries,
		note: `${entries.map((entry) => entry.from).join(' and ')} now lead${entries.length === 1 ? 's' : ''} to ${target.what}`,
	};
}
