import { z } from 'astro/zod';
import { type DumpLayout, dumpRecords } from './dump.ts';
import { hostOf } from './help-center.ts';
import type { InvalidRecord, SourceArticle, SourceGroup } from './types.ts';

/** An Intercom id: a number, or a string of one (the API gives both). */
export const intercomId = z.union([z.number().int().nonnegative(), z.string().regex(/^\w+$/)]).transform(String);

/** The fields of a collection the import reads (`GET /help_center/collections`). */
const collectionSchema = z.object({
	id: intercomId,
	name: z.string().nullish(),
	parent_id: intercomId.nullish(),
	/** The help center the collection is in. */
	help_center_id: intercomId.nullish(),
});

/** The fields of a help center the import reads (`GET /help_center/help_centers`). */
const helpCenterSchema = z.object({
	id: intercomId,
	/** The name teammates see; unique in the workspace. */
	display_name: z.string().nullish(),
	/** Its name in its intercom.help address (`intercom.help/<identifier>`). */
	identifier: z.string().nullish(),
	/** Its address: on its custom domain when it has one. */
	url: z.string().nullish(),
	custom_domain: z.string().nullish(),
});

type HelpCenter = z.output<typeof helpCenterSchema>;

/** An Intercom workspace's collections and the help centers they are in. */
export interface IntercomWorkspace {
	/** The collections and, when the workspace has several help centers, the help centers around them. */
	groups: SourceGroup[];
	/** The hosts the help centers are served on, so links to any of them are known as the old help center's. */
	hosts: string[];
	/** More than one help center is known (listed, or named by a collection). */
	several: boolean;
	/** The help center an article's address is on, by its domain or its intercom.help name. */
	helpCenterAt: (url: string | undefined) => string | undefined;
}

function parsed<Schema extends z.ZodType>(schema: Schema, records: unknown[]): z.output<Schema>[] {
	return records.flatMap((record) => {
		const result = schema.safeParse(record);
		return result.success ? [result.data] : [];
	});
}

/**
 * The workspace's collections, and its help centers (`help_centers`, optional). With one
 * help center, the collections alone, as before help centers were read. With several
 * (listed, or named by the collections' `help_center_id`), each top-level collection sits
 * in its help center, so two "Getting started" collections are told apart and the import
 * map can place or skip a whole help center. A help center a collection names that the
 * list lacks is named by its id.
 */
export function intercomWorkspace(collectionRecords: unknown[], helpCenterRecords: unknown[]): IntercomWorkspace {
	const collections = parsed(collectionSchema, collectionRecords);
	const listed = new Map(parsed(helpCenterSchema, helpCenterRecords).map((center) => [center.id, center]));
	const ids = new Set([
		...listed.keys(),
		...collections.flatMap((collection) => (collection.help_center_id ? [collection.help_center_id] : [])),
	]);
	const several = ids.size > 1;
	const centers: SourceGroup[] = several
		? [...ids].map((id) => ({ type: 'help_centers', id, name: helpCenterName(id, listed) }))
		: [];
	const groups: SourceGroup[] = collections.map(({ id, name, parent_id, help_center_id }) => {
		const parent = parent_id
			? { type: 'collections' as const, id: parent_id }
			: several && help_center_id
				? { type: 'help_centers' as const, id: help_center_id }
				: undefined;
		return { type: 'collections', id, name: name ?? '', ...(parent ? { parent } : {}) };
	});
	const hosts = [...listed.values()].flatMap((center) =>
		[hostOf(center.url), center.custom_domain?.trim().toLowerCase()].filter((host): host is string => !!host),
	);
	return {
		groups: [...groups, ...centers],
		hosts: [...new Set(hosts)],
		several,
		helpCenterAt: (url) => helpCenterAt(url, [...listed.values()]),
	};
}

function helpCenterName(id: string, listed: ReadonlyMap<string, HelpCenter>): string {
	const center = listed.get(id);
	const name = center?.display_name?.trim() || center?.identifier?.trim();
	if (name) return name;
	return listed.size > 0 ? `help center ${id} (not among the workspace's help centers)` : `help center ${id}`;
}

function helpCenterAt(url: string | undefined, centers: readonly HelpCenter[]): string | undefined {
	if (!url) return undefined;
	let address: URL;
	try {
		address = new URL(url);
	} catch {
		return undefined;
	}
	const host = address.host.toLowerCase();
	if (host === 'intercom.help') {
		const name = address.pathname.split('/')[1]?.toLowerCase();
		return centers.find((center) => center.identifier?.toLowerCase() === name)?.id;
	}
	return centers.find(
		(center) => hostOf(center.url)?.toLowerCase() === host || center.custom_domain?.trim().toLowerCase() === host,
	)?.id;
}

/** The collections (and sections, as older dumps call them) and help centers of a dump or of the lists saved from the API. */
export async function readIntercomWorkspace(dump: DumpLayout): Promise<IntercomWorkspace> {
	const collections: unknown[] = [];
	for await (const record of dumpRecords(dump, 'collections', ['data', 'collections'])) collections.push(record);
	if (dump.file('sections') !== dump.file('collections')) {
		for await (const record of dumpRecords(dump, 'sections', ['data', 'sections'])) collections.push(record);
	}
	const helpCenters: unknown[] = [];
	// In one file of every list, only a list under its own name is the help centers.
	const keys = dump.file('help_centers') === dump.file('articles') ? ['help_centers'] : ['data', 'help_centers'];
	for await (const record of dumpRecords(dump, 'help_centers', keys)) helpCenters.push(record);
	return intercomWorkspace(collections, helpCenters);
}

/** What the report says of an article in no collection whose address is on none of the help centers. */
export const UNPLACED = 'no collection, and its address names none of the help centers';

/**
 * A help-center article in no collection of a workspace with several help centers sits
 * in the help center its address is on, so the map's entry for that help center places
 * it; on none, it is listed as unmapped. Internal articles belong to no help center.
 */
export function placedInHelpCenter(
	article: SourceArticle | InvalidRecord,
	internal: boolean,
	workspace: IntercomWorkspace,
): SourceArticle | InvalidRecord {
	if ('invalid' in article || internal || !workspace.several || article.group) return article;
	const center = workspace.helpCenterAt(article.base);
	return center ? { ...article, group: { type: 'help_centers', id: center } } : { ...article, unplaced: UNPLACED };
}
