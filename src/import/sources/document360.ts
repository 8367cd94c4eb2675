import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import type { HelpCenterOptions } from './api-client.ts';
import {
	classifyDocument360,
	type Document360Slugs,
	document360OldAddress,
	document360OldPaths,
} from './document360-addresses.ts';
import { document360Markdown } from './document360-markdown.ts';
import { type DumpLayout, dumpLayout, dumpList, dumpRecords } from './dump.ts';
import { firstDate, helpCenterSource, hostOf, parseRecord } from './help-center.ts';
import type { ImportSource, InvalidRecord, SourceArticle, SourceBody, SourceGroup } from './types.ts';

const id = z.union([z.string().regex(/^[\w-]+$/), z.number().int().nonnegative()]).transform(String);
const time = z.string().nullish();

/**
 * The fields of a Document360 article the import reads: the article as
 * `GET /v2/Articles/{articleId}/{langCode}` gives it, with its `settings`
 * (`GET /v2/Articles/{articleId}/{langCode}/settings`) and its `language_code`.
 */
const articleSchema = z.object({
	id,
	title: z.string().nullish(),
	/** The Markdown, when the article is written in the Markdown editor. */
	content: z.string().nullish(),
	/** The HTML, from the WYSIWYG editor (read-only HTML for a Markdown article). */
	html_content: z.string().nullish(),
	/** 0 Markdown, 1 WYSIWYG (HTML), 2 Advanced WYSIWYG. */
	content_type: z.number().int().nullish(),
	category_id: id.nullish(),
	/** 0 draft, 3 published. */
	status: z.number().int().nullish(),
	/** Not shown on the knowledge base site. */
	hidden: z.boolean().nullish(),
	public_version: z.number().int().nullish(),
	slug: z.string().nullish(),
	url: z.string().nullish(),
	description: z.string().nullish(),
	language_code: z.string().nullish(),
	/** The language asked for has no translation: the text is the default language's. */
	is_fall_back_content: z.boolean().nullish(),
	created_at: time,
	modified_at: time,
	settings: z
		.object({
			slug: z.string().nullish(),
			/** The SEO description. */
			description: z.string().nullish(),
			tags: z.array(z.string()).nullish(),
		})
		.partial()
		.nullish(),
	/** The text of a Page category, an article of the category itself (written by `document360Api`). */
	page_category: z.boolean().nullish(),
	/** Why the API gave no article behind the list's entry (written by `document360Api`). */
	unavailable: z.string().nullish(),
});

const categorySchema = z.object({
	id,
	name: z.string().nullish(),
	parent_category_id: id.nullish(),
	/** Hidden on the site, and everything in it with it. */
	hidden: z.boolean().nullish(),
	slug: z.string().nullish(),
	/** 0 Folder, 1 Page (a category with its own text), 2 Index. */
	category_type: z.number().int().nullish(),
});

/** A reader group (`GET /v2/Readers/groups`): the categories its access scope names are not for everyone. */
const readerGroupSchema = z.object({
	title: z.string().nullish(),
	access_scope: z
		.object({ categories: z.array(z.object({ category_id: id.nullish() }).partial()).nullish() })
		.partial()
		.nullish(),
});

/** The workspace (project version) imported, and its languages' site access. */
const workspaceSchema = z.object({
	id: id.nullish(),
	language_versions: z
		.array(z.object({ code: z.string().nullish(), site_protection_level: z.number().int().nullish() }).partial())
		.nullish(),
	/** The language the import downloaded (written by `document360Api`). */
	imported_language: z.string().nullish(),
});

const HTML_PRIVATE_NOTES =
	"written in Document360's HTML editor, whose private notes the import cannot tell from the text: read it for a note meant only for the team before it is published";

/** The article's body: Markdown as Markdown (its callouts and private notes read), the editors' HTML as HTML. */
function bodyOf(article: z.output<typeof articleSchema>): { body: SourceBody; notes: SourceArticle['notes'] } {
	const markdown = article.content_type === 0 || (article.content_type == null && article.content);
	// The HTML editors' private notes have no documented markup, so none can be taken out
	// here: a person reads the article for one before customers can.
	if (!markdown) {
		const html = article.html_content || article.content || '';
		return {
			body: { kind: 'html', html },
			notes: html.trim() ? [{ level: 'review', message: HTML_PRIVATE_NOTES }] : [],
		};
	}
	const plain = document360Markdown(article.content ?? '');
	return { body: { kind: 'markdown', text: plain.text, mdx: false }, notes: plain.notes };
}

/** What the site hides or keeps from the public, by category: found once from the category tree. */
export interface Document360Access {
	/** Categories hidden on the site, themselves or by one around them, by id: the outermost hidden one's name. */
	hidden: ReadonlyMap<string, string>;
	/** Categories only some readers may read, by id: why. */
	restricted: ReadonlyMap<string, string>;
	/** The whole knowledge base is private: why. */
	privateSite?: string;
}

export function emptyAccess(): Document360Access {
	return { hidden: new Map(), restricted: new Map() };
}

/**
 * Which categories are hidden, and which a reader group's access scope names (in a
 * private or mixed project, content given to reader groups is not for everyone),
 * each passing it on to the categories inside it.
 */
export function document360Access(
	categories: unknown[],
	readerGroups: unknown[],
	privateSite?: string,
): Document360Access {
	const parsed = new Map<string, z.output<typeof categorySchema>>();
	for (const record of categories) {
		const category = categorySchema.safeParse(record);
		if (category.success) parsed.set(category.data.id, category.data);
	}
	const granted = new Map<string, string>();
	for (const record of readerGroups) {
		const group = readerGroupSchema.safeParse(record);
		if (!group.success) continue;
		for (const scope of group.data.access_scope?.categories ?? [])
			if (scope.category_id && !granted.has(scope.category_id))
				granted.set(scope.category_id, group.data.title ?? 'a reader group');
	}
	const hidden = new Map<string, string>();
	const restricted = new Map<string, string>();
	for (const category of parsed.values()) {
		const seen = new Set<string>();
		for (let current: typeof category | undefined = category; current && !seen.has(current.id); ) {
			seen.add(current.id);
			const name = current.name ?? current.id;
			if (current.hidden) hidden.set(category.id, name);
			const group = granted.get(current.id);
			if (group && !restricted.has(category.id))
				restricted.set(category.id, `readable only by reader group "${group}" (category "${name}")`);
			current = current.parent_category_id ? parsed.get(current.parent_category_id) : undefined;
		}
	}
	return { hidden, restricted, ...(privateSite ? { privateSite } : {}) };
}

/** A Document360 article; unpublished or hidden on the site is a draft, a restricted category's internal. */
export function document360Article(
	record: unknown,
	access: Document360Access = emptyAccess(),
	defaultLocale?: string,
): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'a Document360 article');
	if ('invalid' in parsed) return parsed;
	const article = parsed.data;
	if (article.unavailable) return { invalid: `Document360 gave no article: ${article.unavailable}`, id: article.id };
	const title = (article.title ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	const slug = article.settings?.slug || article.slug || '';
	const locale = article.language_code ?? undefined;
	const hiddenBy = article.category_id ? access.hidden.get(article.category_id) : undefined;
	const { body, notes } = bodyOf(article);
	if (article.is_fall_back_content)
		notes.push({
			level: 'review',
			message: `not translated into ${locale ?? 'this language'}: Document360 gave the default language's text`,
		});
	if (article.hidden) notes.push({ level: 'info', message: 'hidden on the Document360 site: imported as a draft' });
	else if (hiddenBy)
		notes.push({
			level: 'info',
			message: `in hidden category "${hiddenBy}" on the Document360 site: imported as a draft`,
		});
	return {
		id: article.id,
		title,
		description: article.settings?.description?.trim() || article.description?.trim() || undefined,
		body,
		group: article.category_id ? { type: 'categories', id: article.category_id } : undefined,
		labels: article.settings?.tags ?? [],
		draft: article.status !== 3 || article.hidden === true || hiddenBy !== undefined,
		restricted: access.privateSite ?? (article.category_id ? access.restricted.get(article.category_id) : undefined),
		updated: firstDate(article.modified_at, article.created_at),
		oldPaths: slug ? document360OldPaths(article.url, slug, locale) : [],
		base: article.url ?? undefined,
		notes,
		...(locale ? { locale } : {}),
		...(defaultLocale ? { sourceLocale: defaultLocale } : {}),
	};
}

export function document360Groups(categories: unknown[]): SourceGroup[] {
	return categories.flatMap((record): SourceGroup[] => {
		const category = categorySchema.safeParse(record);
		if (!category.success) return [];
		const { data } = category;
		return [
			{
				type: 'categories',
				id: data.id,
				name: data.name ?? '',
				...(data.parent_category_id ? { parent: { type: 'categories', id: data.parent_category_id } } : {}),
			},
		];
	});
}

/** The site access of the imported language, when it is not public. Document360 documents the field, not its values. */
function privateSite(workspaces: unknown[]): string | undefined {
	for (const record of workspaces) {
		const workspace = workspaceSchema.safeParse(record);
		if (!workspace.success) continue;
		const language = workspace.data.imported_language?.toLowerCase();
		const version = workspace.data.language_versions?.find((item) => item.code?.toLowerCase() === language);
		if (version?.site_protection_level === 1) return 'the knowledge base is private: readers sign in';
	}
	return undefined;
}

/**
 * Document360 from a folder of its lists: `categories` (each with its
 * `parent_category_id`), `articles` (whole, each with its `settings` and
 * `language_code`), and if the project is not public, `workspace` (the project
 * version with its `language_versions`) and `reader_groups`, as `document360Api`
 * saves them or as a team saved them itself.
 */
export function document360Source(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions & { site?: string },
	http?: ServiceClient,
): ImportSource {
	const slugs: Document360Slugs = { articles: new Map(), categories: new Map() };
	let access: Promise<Document360Access> | undefined;
	let defaultLocale: string | undefined;
	const readAll = (list: string) => dumpList(layout, list);
	const pages: string[] = [];
	/** Page categories, whose text the saved lists should hold as an article of the category itself. */
	const pageNames = new Map<string, string>();
	const learn = (hosts: Set<string>) => {
		access ??= (async () => {
			if (options.site) hosts.add(new URL(options.site).host);
			const workspaces = await readAll('workspace');
			defaultLocale =
				workspaces.map((record) => workspaceSchema.safeParse(record)).find((parsed) => parsed.success)?.data
					?.imported_language ?? undefined;
			const categories = await readAll('categories');
			for (const record of categories) {
				const category = categorySchema.safeParse(record);
				if (!category.success) continue;
				if (category.data.slug) slugs.categories.set(category.data.slug.toLowerCase(), category.data.id);
				if (category.data.category_type === 1) pageNames.set(category.data.id, category.data.name ?? category.data.id);
			}
			for await (const record of dumpRecords(layout, 'articles')) {
				const article = articleSchema.safeParse(record);
				if (!article.success) continue;
				if (article.data.page_category) pageNames.delete(article.data.id);
				const slug = article.data.settings?.slug || article.data.slug;
				if (slug) slugs.articles.set(slug.toLowerCase(), article.data.id);
				const host = hostOf(article.data.url);
				if (host) hosts.add(host);
			}
			for (const name of pageNames.values())
				pages.push(
					`Document360 category "${name}" is a page with text of its own, which the saved lists do not hold: copy it into an article`,
				);
			return document360Access(categories, await readAll('reader_groups'), privateSite(workspaces));
		})();
		return access;
	};
	let hostsSeen = new Set<string>();
	const source = helpCenterSource({
		system: 'document360',
		label,
		layout,
		options,
		service: 'Document360',
		api: http,
		groups: async (_layout, hosts) => {
			hostsSeen = hosts;
			await learn(hosts);
			return document360Groups(await readAll('categories'));
		},
		articles: async function* (dump) {
			const known = await learn(hostsSeen);
			for await (const record of dumpRecords(dump, 'articles')) yield document360Article(record, known, defaultLocale);
		},
		classify: (url, hosts) => classifyDocument360(url, hosts, slugs),
	});
	return { ...source, oldAddress: document360OldAddress, review: () => pages };
}

/** Document360 from a folder of saved lists (`--dump`). */
export function document360Dump(target: string, options: HelpCenterOptions & { site?: string }): ImportSource {
	return document360Source(dumpLayout(target), `Document360 dump ${target}`, options);
}
