import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { readDataFile } from '../content-model/data-file.ts';
import type { Taxonomy, TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import type { GroupType, SourceArticle, SourceGroup, SourceSystem } from './sources/types.ts';

/** Where the import map lives in the content folder. */
export const IMPORT_MAP_FILE = 'import-map.yaml';

function termId(terms: TaxonomyTerm[]) {
	const ids = terms.map((term) => term.id);
	return z.string().refine((value) => ids.includes(value), { error: `one of ${ids.join(', ')}` });
}

/** Which group types each system's section of the map holds. */
export const groupTypes: Record<SourceSystem, GroupType[]> = {
	zendesk: ['sections', 'categories'],
	intercom: ['collections', 'help_centers'],
	freshdesk: ['folders', 'categories'],
	'helpscout-docs': ['categories', 'collections'],
	zohodesk: ['sections', 'categories'],
	document360: ['categories'],
	folder: ['sections', 'folders'],
};

/**
 * `content/import-map.yaml`: which product area (and category) the articles of each
 * section, collection or folder of the old help center get. Built from the
 * taxonomy, so an id that is not in it fails with the ids that are.
 */
export function createImportMapSchema(taxonomy: Taxonomy) {
	const entry = z
		.strictObject({
			/** The product area its articles get. Without one they get the default and are listed for review. */
			productArea: termId(taxonomy.productAreas).optional(),
			/** The category its articles get instead of the default. */
			category: termId(taxonomy.categories).optional(),
			/** Leave its articles out of the import (announcements, a retired product). */
			skip: z.boolean().optional(),
		})
		.nullable()
		.transform((value) => value ?? {});
	// A key left with nothing under it (`folder:` once its entries are deleted) reads as YAML null: no entries.
	const groups = z
		.record(z.string(), entry)
		.nullish()
		.transform((value) => value ?? {});
	const system = <T extends z.ZodRawShape>(shape: T) =>
		z
			.strictObject(shape)
			.nullable()
			.optional()
			.transform((value) => value ?? undefined);
	return z.strictObject({
		/** What an article gets when its section says nothing. */
		defaults: z.strictObject({
			category: termId(taxonomy.categories),
			productArea: termId(taxonomy.productAreas),
		}),
		zendesk: system({ sections: groups, categories: groups }),
		/** Intercom: collections (sub-collections too, by their own id), and, in a workspace with several, the help centers around them. */
		intercom: system({ collections: groups, help_centers: groups }),
		/** Freshdesk Solutions: folders (subfolders too, by their own id) and the categories around them. */
		freshdesk: system({ folders: groups, categories: groups }),
		/** Help Scout Docs: categories, and the collections around them (an article in none of a collection's categories). */
		'helpscout-docs': system({ categories: groups, collections: groups }),
		/** Zoho Desk's knowledge base: sections (sub-sections too, by their own id) and the root categories around them. */
		zohodesk: system({ sections: groups, categories: groups }),
		/** Document360: categories by id, subcategories too (an article takes its own category's entry, else the one around it). */
		document360: system({ categories: groups }),
		/** A docs folder: the sections of the old site's navigation (its sidebar), then its folders. */
		folder: system({ sections: groups, folders: groups }),
	});
}

export type ImportMap = z.output<ReturnType<typeof createImportMapSchema>>;
type MapEntry = { productArea?: string; category?: string; skip?: boolean };

export function importMapPath(contentDir: string): string {
	return path.join(contentDir, IMPORT_MAP_FILE);
}

/** Reads and validates the map; undefined when there is none yet. */
export function loadImportMap(contentDir: string, taxonomy: Taxonomy): ImportMap | undefined {
	const file = importMapPath(contentDir);
	if (!existsSync(file)) return undefined;
	return readDataFile(file, createImportMapSchema(taxonomy));
}

export type Mapping =
	| { kind: 'skip'; group: string }
	| { kind: 'mapped'; category: string; productArea: string }
	/** The article's groups do not say which product area: the default applies, and the report lists it for review. */
	| { kind: 'unmapped'; category: string; productArea: string };

function entryOf(map: ImportMap, system: SourceSystem, type: GroupType, id: string): MapEntry | undefined {
	const section = map[system] as Record<string, Record<string, MapEntry>> | undefined;
	return section?.[type]?.[id];
}

/** A group and every group around it, innermost first. */
export function groupChain(
	group: { type: GroupType; id: string } | undefined,
	groups: ReadonlyMap<string, SourceGroup>,
): { type: GroupType; id: string }[] {
	const chain: { type: GroupType; id: string }[] = [];
	const seen = new Set<string>();
	for (let current = group; current && !seen.has(`${current.type}:${current.id}`); ) {
		seen.add(`${current.type}:${current.id}`);
		chain.push(current);
		current = groups.get(`${current.type}:${current.id}`)?.parent;
	}
	return chain;
}

/**
 * Looks the article's group up in the map, then the group around it, and so on outwards;
 * for a page of a docs folder, the section of the old site's navigation it sat in and
 * those around it come first (`navSection`), then its folders, so a map written for
 * either applies. An article in no group at all (a docs folder's top level, a folder
 * without subfolders, outside any sidebar section) has nothing the map could name: the
 * map's defaults are its mapping, not a gap to review.
 */
export function resolveMapping(
	map: ImportMap,
	system: SourceSystem,
	group: { type: GroupType; id: string } | undefined,
	groups: ReadonlyMap<string, SourceGroup>,
	navSection?: { type: GroupType; id: string },
): Mapping {
	let category: string | undefined;
	let productArea: string | undefined;
	for (const current of [...groupChain(navSection, groups), ...groupChain(group, groups)]) {
		const entry = entryOf(map, system, current.type, current.id);
		if (entry?.skip) return { kind: 'skip', group: groupName(groups, current) };
		category ??= entry?.category;
		productArea ??= entry?.productArea;
	}
	if (productArea === undefined) {
		if (!group && !navSection)
			return { kind: 'mapped', category: map.defaults.category, productArea: map.defaults.productArea };
		return { kind: 'unmapped', category: category ?? map.defaults.category, productArea: map.defaults.productArea };
	}
	return { kind: 'mapped', category: category ?? map.defaults.category, productArea };
}

/**
 * The mapping of an article: its groups' (see `resolveMapping`). One whose place the
 * source cannot tell (`unplaced`) is listed as unmapped, where an article in no group at
 * all takes the defaults quietly.
 */
export function articleMapping(
	map: ImportMap,
	system: SourceSystem,
	item: Pick<SourceArticle, 'group' | 'navSection' | 'unplaced'>,
	groups: ReadonlyMap<string, SourceGroup>,
): Mapping {
	const mapping = resolveMapping(map, system, item.group, groups, item.navSection);
	if (item.unplaced !== undefined && !item.group && !item.navSection && mapping.kind === 'mapped')
		return { ...mapping, kind: 'unmapped' };
	return mapping;
}

/**
 * The article in the first of its groups that the map does not skip: its own `group`,
 * else one of those it also sits in (`alsoIn`), so an article several sections share
 * comes once, placed by one the map keeps. When the map skips them all, it stays in its own.
 */
export function placedArticle<Item extends Pick<SourceArticle, 'group' | 'alsoIn'>>(
	map: ImportMap,
	system: SourceSystem,
	item: Item,
	groups: ReadonlyMap<string, SourceGroup>,
): Item {
	if (!item.group || !item.alsoIn?.length) return item;
	if (resolveMapping(map, system, item.group, groups).kind !== 'skip') return item;
	const kept = item.alsoIn.find((group) => resolveMapping(map, system, group, groups).kind !== 'skip');
	return kept ? { ...item, group: kept } : item;
}

/** A group as people know it: "Getting started › Domains". */
export function groupName(groups: ReadonlyMap<string, SourceGroup>, ref: { type: GroupType; id: string }): string {
	return groupNames(groups, ref).join(' › ');
}

/** The names of a group and the groups around it, outermost first. */
export function groupNames(groups: ReadonlyMap<string, SourceGroup>, ref: { type: GroupType; id: string }): string[] {
	const names: string[] = [];
	let current: { type: GroupType; id: string } | undefined = ref;
	const seen = new Set<string>();
	while (current && !seen.has(`${current.type}:${current.id}`)) {
		seen.add(`${current.type}:${current.id}`);
		const group = groups.get(`${current.type}:${current.id}`);
		names.unshift(group?.name ?? `${current.type} ${current.id}`);
		current = group?.parent;
	}
	return names;
}
