import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import type { HelpCenterOptions } from './api-client.ts';
import { type DumpLayout, dumpLayout, dumpList, dumpRecords } from './dump.ts';
import { firstDate, helpCenterSource, hostOf, isFilePath, parseRecord, webAddress } from './help-center.ts';
import type { GroupType, ImportSource, InvalidRecord, OldTarget, SourceArticle, SourceGroup } from './types.ts';

const id = z.union([z.string().regex(/^\w+$/), z.number().int().nonnegative()]).transform(String);
const number = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const time = z.string().nullish();

/** The fields of a Help Scout Docs article the import reads (Docs API v1, `GET /v1/articles/{id}`). */
const articleSchema = z.object({
	id,
	number: number.nullish(),
	collectionId: id.nullish(),
	/** `published`, or `notpublished`: only viewable in the admin. */
	status: z.string().nullish(),
	name: z.string().nullish(),
	/** The body, as HTML. */
	text: z.string().nullish(),
	categories: z.array(id).nullish(),
	keywords: z.array(z.string()).nullish(),
	publicUrl: z.string().nullish(),
	createdAt: time,
	updatedAt: time,
	lastPublishedAt: time,
});

/** A collection or a category: both have an id, a number for their address, and a visibility. */
const groupSchema = z.object({
	id,
	number: number.nullish(),
	name: z.string().nullish(),
	collectionId: id.nullish(),
	/** `public`, or `private`: viewable only in the admin. */
	visibility: z.string().nullish(),
	publicUrl: z.string().nullish(),
});

const ARTICLE_PATH = /^\/article\/(\d+)(?:-[^/]*)?\/?$/i;
const GROUP_PATH = /^\/(category|collection)\/(\d+)(?:-[^/]*)?\/?$/i;

/** The numbers the site's addresses use, by the ids records use. */
export interface DocsNumbers {
	articles: Map<string, string>;
	categories: Map<string, string>;
	collections: Map<string, string>;
}

export function emptyNumbers(): DocsNumbers {
	return { articles: new Map(), categories: new Map(), collections: new Map() };
}

/** The addresses the site served an article at: its public page (`/article/12-verify-your-domain`), and its number alone. */
export function helpScoutDocsOldPaths(publicUrl: string | null | undefined, articleNumber: string): string[] {
	const paths = new Set<string>();
	let pathname: string | undefined;
	try {
		pathname = publicUrl ? new URL(publicUrl).pathname.replace(/\/+$/, '') : undefined;
	} catch {
		// An unusable address only costs its redirect; the number form still works.
	}
	if (pathname && ARTICLE_PATH.exec(pathname)?.[1] === articleNumber) paths.add(pathname);
	paths.add(`/article/${articleNumber}`);
	return [...paths];
}

/**
 * A Help Scout Docs article. `privateCollections` names the collections only the
 * team sees: their articles stay internal.
 */
export function helpScoutDocsArticle(
	record: unknown,
	privateCollections: ReadonlySet<string> = new Set(),
	knownCategories: ReadonlySet<string> = new Set(),
): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'a Help Scout Docs article');
	if ('invalid' in parsed) return parsed;
	const article = parsed.data;
	const title = (article.name ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	const category = article.categories?.find((categoryId) => knownCategories.has(categoryId)) ?? article.categories?.[0];
	const collection = article.collectionId ?? undefined;
	return {
		id: article.id,
		title,
		body: { kind: 'html', html: article.text ?? '' },
		group: category
			? { type: 'categories', id: category }
			: collection
				? { type: 'collections', id: collection }
				: undefined,
		labels: article.keywords ?? [],
		draft: article.status !== 'published',
		restricted: collection && privateCollections.has(collection) ? 'in a private collection' : undefined,
		updated: firstDate(article.updatedAt, article.lastPublishedAt, article.createdAt),
		oldPaths: article.number ? helpScoutDocsOldPaths(article.publicUrl, article.number) : [],
		base: article.publicUrl ?? undefined,
		notes: [],
	};
}

export function helpScoutDocsGroups(
	collections: unknown[],
	categories: unknown[],
	numbers: DocsNumbers,
): SourceGroup[] {
	const groups: SourceGroup[] = [];
	for (const [type, records] of [
		['collections', collections],
		['categories', categories],
	] as const) {
		for (const record of records) {
			const group = groupSchema.safeParse(record);
			if (!group.success) continue;
			if (group.data.number) numbers[type].set(group.data.number, group.data.id);
			groups.push({
				type,
				id: group.data.id,
				name: group.data.name ?? '',
				parent:
					type === 'categories' && group.data.collectionId
						? { type: 'collections', id: group.data.collectionId }
						: undefined,
			});
		}
	}
	return groups;
}

/** Reads an old Help Scout Docs address: an article (by its number), a category or collection, a file, or another page. */
export function classifyHelpScoutDocs(url: string, hosts: ReadonlySet<string>, numbers: DocsNumbers): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (!relative && !hosts.has(parsed.host) && !parsed.host.endsWith('.helpscoutdocs.com')) return { kind: 'elsewhere' };
	const pathname = parsed.pathname.replace(/\/+$/, '');
	const article = ARTICLE_PATH.exec(pathname);
	const articleId = article?.[1] ? numbers.articles.get(article[1]) : undefined;
	if (articleId) return { kind: 'article', id: articleId, fragment: parsed.hash.slice(1), linkedAs: pathname };
	const group = GROUP_PATH.exec(pathname);
	if (group?.[1] && group[2]) {
		const type: GroupType = group[1].toLowerCase() === 'category' ? 'categories' : 'collections';
		const groupId = numbers[type === 'categories' ? 'categories' : 'collections'].get(group[2]);
		if (groupId) return { kind: 'group', group: { type, id: groupId } };
	}
	if (relative && !article && !group) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}

/**
 * Help Scout Docs from a folder of its lists: `collections`, `categories` (each with
 * its `collectionId`) and `articles` (whole articles, with `text`), as
 * `helpScoutDocsApi` saves them or as a team saved them itself.
 */
export function helpScoutDocsSource(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions,
	http?: ServiceClient,
): ImportSource {
	const numbers = emptyNumbers();
	const privateCollections = new Set<string>();
	const knownCategories = new Set<string>();
	const readAll = (list: string) => dumpList(layout, list);
	let known: Promise<void> | undefined;
	// The numbers links use, read before any article is converted.
	const learn = (hosts: Set<string>) => {
		known ??= (async () => {
			for await (const record of dumpRecords(layout, 'articles')) {
				const article = articleSchema.safeParse(record);
				if (!article.success) continue;
				if (article.data.number) numbers.articles.set(article.data.number, article.data.id);
				const host = hostOf(article.data.publicUrl);
				if (host) hosts.add(host);
			}
		})();
		return known;
	};
	let hostsSeen: Set<string> | undefined;
	return helpCenterSource({
		system: 'helpscout-docs',
		label,
		layout,
		options,
		service: 'Help Scout Docs',
		api: http,
		groups: async (_layout, hosts) => {
			hostsSeen = hosts;
			const collections = await readAll('collections');
			const categories = await readAll('categories');
			for (const record of collections) {
				const collection = groupSchema.safeParse(record);
				if (collection.success && collection.data.visibility === 'private') privateCollections.add(collection.data.id);
				const host = collection.success ? hostOf(collection.data.publicUrl) : undefined;
				if (host) hosts.add(host);
			}
			const groups = helpScoutDocsGroups(collections, categories, numbers);
			for (const group of groups) if (group.type === 'categories') knownCategories.add(group.id);
			await learn(hosts);
			return groups;
		},
		articles: async function* (dump) {
			await learn(hostsSeen ?? new Set());
			for await (const record of dumpRecords(dump, 'articles'))
				yield helpScoutDocsArticle(record, privateCollections, knownCategories);
		},
		classify: (url, hosts) => classifyHelpScoutDocs(url, hosts, numbers),
	});
}

/** Help Scout Docs from a folder of saved lists (`--dump`). */
export function helpScoutDocsDump(target: string, options: HelpCenterOptions): ImportSource {
	return helpScoutDocsSource(dumpLayout(target), `Help Scout Docs dump ${target}`, options);
}
