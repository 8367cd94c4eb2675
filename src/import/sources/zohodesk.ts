import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import type { HelpCenterOptions } from './api-client.ts';
import { type DumpLayout, dumpLayout, dumpList, dumpRecords } from './dump.ts';
import { firstDate, helpCenterSource, hostOf, parseRecord } from './help-center.ts';
import type { ImportSource, InvalidRecord, ListedAttachment, SourceArticle, SourceGroup } from './types.ts';
import {
	classifyZohodesk,
	flatCategories,
	type ZohoCategory,
	type ZohoPermalinks,
	zohodeskOldPaths,
	zohoPermalink,
} from './zohodesk-addresses.ts';

const id = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);
const time = z.string().nullish();

/** The fields of a Zoho Desk article the import reads (`GET /api/v1/articles/{id}`, Desk.articles.READ). */
const articleSchema = z.object({
	id,
	title: z.string().nullish(),
	/** The body, as HTML. */
	answer: z.string().nullish(),
	/** The innermost category (a root category, or a section) it sits in. */
	categoryId: id.nullish(),
	rootCategoryId: id.nullish(),
	/** `Draft`, `Published`, `Review`, `Expired`, ... */
	status: z.string().nullish(),
	/** Who may read it: `ALL` everyone, `REGISTEREDUSERS`, `AGENTS`, ... */
	permission: z.string().nullish(),
	/** The last part of its help-center address. */
	permalink: z.string().nullish(),
	/** Its page in the help center. */
	portalUrl: z.string().nullish(),
	/** Its page in the agents' interface. */
	webUrl: z.string().nullish(),
	summary: z.string().nullish(),
	seo: z.object({ title: z.string().nullish(), description: z.string().nullish() }).partial().nullish(),
	tags: z.array(z.union([z.string(), z.object({ name: z.string() }).transform((tag) => tag.name)])).nullish(),
	attachments: z
		.array(
			z
				.object({
					id: id.nullish(),
					name: z.string().nullish(),
					fileName: z.string().nullish(),
					href: z.string().nullish(),
					downloadUrl: z.string().nullish(),
					viewUrl: z.string().nullish(),
				})
				.partial(),
		)
		.nullish(),
	locale: z.string().nullish(),
	sourceLocale: z.string().nullish(),
	isTrashed: z.boolean().nullish(),
	createdTime: time,
	modifiedTime: time,
});

/** Zoho's article permissions besides `ALL`, in words. */
const permissionNames: Record<string, string> = {
	REGISTEREDUSERS: 'registered users',
	AGENTS: 'agents',
};

/** Category visibilities that let everyone read: `ALL_USERS`, and `NONE` (no restriction of its own). */
const OPEN_VISIBILITIES = new Set(['ALL_USERS', 'ALLUSERS', 'NONE']);
const visibilityNames: Record<string, string> = {
	AGENTS: 'agents',
	GROUP_USERS: 'selected groups of users',
	GROUPUSERS: 'selected groups of users',
	PRIVATE_IP: 'visitors from selected IP addresses',
};

/** Why only some may read an article of a category, by category id: its own visibility, else the nearest category above it. */
export function categoryRestrictions(categories: readonly ZohoCategory[]): Map<string, string> {
	const byId = new Map(categories.map((category) => [category.id, category]));
	const restrictions = new Map<string, string>();
	for (const category of categories) {
		const seen = new Set<string>();
		for (let current: ZohoCategory | undefined = category; current && !seen.has(current.id); ) {
			seen.add(current.id);
			const visibility = (current.visibility ?? 'NONE').toUpperCase();
			if (!OPEN_VISIBILITIES.has(visibility)) {
				const who = visibilityNames[visibility] ?? `category visibility ${visibility}`;
				restrictions.set(category.id, `visible only to ${who} (category "${current.name ?? current.id}")`);
				break;
			}
			current = current.parentCategoryId ? byId.get(current.parentCategoryId) : undefined;
		}
	}
	return restrictions;
}

/** Why an article is not for everyone: its own permission, else its category's visibility. */
function restrictionOf(
	permission: string | null | undefined,
	categoryId: string | null | undefined,
	restrictions: ReadonlyMap<string, string>,
): string | undefined {
	const value = permission?.trim().toUpperCase();
	if (value && value !== 'ALL') return `visible only to ${permissionNames[value] ?? `permission ${value}`}`;
	return categoryId ? restrictions.get(categoryId) : undefined;
}

/** What the articles sit in, by category id: the root categories are `categories`, the rest `sections`. */
export interface ZohoTree {
	roots: ReadonlySet<string>;
	restrictions: ReadonlyMap<string, string>;
}

/**
 * A Zoho Desk article. `portal` is the help center's own address (`--old-site-url`),
 * when its readers used one other than the one Zoho gives the article.
 */
export function zohodeskArticle(
	record: unknown,
	tree: ZohoTree = { roots: new Set(), restrictions: new Map() },
	portal?: string,
): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'a Zoho Desk article');
	if ('invalid' in parsed) return parsed;
	const article = parsed.data;
	if (article.isTrashed) return { invalid: 'in the trash in Zoho Desk', id: article.id, wanted: true };
	const title = (article.title ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	const oldPaths = zohodeskOldPaths(article.portalUrl, article.permalink, article.locale);
	const categoryId = article.categoryId ?? undefined;
	const isRoot = categoryId !== undefined && (tree.roots.has(categoryId) || categoryId === article.rootCategoryId);
	return {
		id: article.id,
		title,
		description: article.seo?.description?.trim() || article.summary?.trim() || undefined,
		body: { kind: 'html', html: article.answer ?? '' },
		group: categoryId ? { type: isRoot ? 'categories' : 'sections', id: categoryId } : undefined,
		labels: article.tags ?? [],
		draft: (article.status ?? '').toLowerCase() !== 'published',
		restricted: restrictionOf(article.permission, categoryId, tree.restrictions),
		updated: firstDate(article.modifiedTime, article.createdTime),
		oldPaths,
		// On a custom domain the page has no portal name: the last of its old paths.
		base: portal && oldPaths.length > 0 ? `${portal}${oldPaths.at(-1)}` : (article.portalUrl ?? undefined),
		notes: [],
		...(article.locale ? { locale: article.locale } : {}),
		...(article.sourceLocale ? { sourceLocale: article.sourceLocale } : {}),
	};
}

/** The files an article lists under its body (its `attachments`), whether or not the body links them. */
export function zohodeskAttachments(record: unknown): ListedAttachment[] {
	const parsed = articleSchema.safeParse(record);
	if (!parsed.success) return [];
	return (parsed.data.attachments ?? []).flatMap((attachment) => {
		const url = attachment.href ?? attachment.downloadUrl ?? attachment.viewUrl;
		if (!url) return [];
		const fromUrl = url.split(/[?#]/)[0]?.split('/').at(-1) ?? '';
		return [{ url, name: (attachment.name ?? attachment.fileName)?.trim() || fromUrl, inline: false }];
	});
}

/** The root categories (`categories`) and the sections under them, each in its parent. */
export function zohodeskGroups(categories: readonly ZohoCategory[]): SourceGroup[] {
	const roots = new Set(categories.filter((category) => !category.parentCategoryId).map((category) => category.id));
	return categories.map((category): SourceGroup => {
		if (!category.parentCategoryId) return { type: 'categories', id: category.id, name: category.name ?? '' };
		const parentType = roots.has(category.parentCategoryId) ? 'categories' : 'sections';
		return {
			type: 'sections',
			id: category.id,
			name: category.name ?? '',
			parent: { type: parentType, id: category.parentCategoryId },
		};
	});
}

/**
 * Zoho Desk's knowledge base from a folder of its lists: `categories` (root categories
 * and sections, each with its `parentCategoryId`, or root categories with their
 * `children` as the category tree gives them) and `articles` (whole articles, with
 * `answer`), as `zohodeskApi` saves them or as a team saved them itself.
 */
export function zohodeskSource(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions & { portal?: string },
	http?: ServiceClient,
): ImportSource {
	const permalinks: ZohoPermalinks = { articles: new Map(), categories: new Map() };
	const attachments = new Map<string, ListedAttachment[]>();
	let tree: Promise<ZohoTree> | undefined;
	let learned: Promise<void> | undefined;
	const hostsSeen = new Set<string>();
	const readTree = () => {
		tree ??= dumpList(layout, 'categories').then((records) => {
			const categories = flatCategories(records);
			for (const category of categories) {
				const permalink = zohoPermalink(category.permalink);
				if (permalink)
					permalinks.categories.set(permalink, {
						type: category.parentCategoryId ? 'sections' : 'categories',
						id: category.id,
					});
			}
			return {
				roots: new Set(categories.filter((category) => !category.parentCategoryId).map((category) => category.id)),
				restrictions: categoryRestrictions(categories),
			};
		});
		return tree;
	};
	// The permalinks links use, read before any article is converted.
	const learn = () => {
		learned ??= (async () => {
			for await (const record of dumpRecords(layout, 'articles')) {
				const article = articleSchema.safeParse(record);
				if (!article.success) continue;
				const permalink = zohoPermalink(article.data.permalink);
				if (permalink && !permalinks.articles.has(permalink)) permalinks.articles.set(permalink, article.data.id);
				const host = hostOf(article.data.portalUrl);
				if (host) hostsSeen.add(host);
			}
		})();
		return learned;
	};
	let hosts: Set<string> = hostsSeen;
	return helpCenterSource({
		system: 'zohodesk',
		label,
		layout,
		options,
		service: 'Zoho Desk',
		api: http,
		groups: async (_layout, known) => {
			hosts = known;
			if (options.portal) known.add(new URL(options.portal).host);
			await readTree();
			await learn();
			for (const host of hostsSeen) known.add(host);
			return zohodeskGroups(flatCategories(await dumpList(layout, 'categories')));
		},
		articles: async function* (dump) {
			const known = await readTree();
			await learn();
			for (const host of hostsSeen) hosts.add(host);
			for await (const record of dumpRecords(dump, 'articles')) {
				const article = zohodeskArticle(record, known, options.portal);
				if (!('invalid' in article)) attachments.set(article.id, zohodeskAttachments(record));
				yield article;
			}
		},
		classify: (url, known) => classifyZohodesk(url, known, permalinks),
		listedAttachments: async (article) => attachments.get(article.id) ?? [],
	});
}

/** Zoho Desk's knowledge base from a folder of saved lists (`--dump`). */
export function zohodeskDump(target: string, options: HelpCenterOptions & { portal?: string }): ImportSource {
	return zohodeskSource(dumpLayout(target), `Zoho Desk dump ${target}`, options);
}
