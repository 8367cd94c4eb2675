import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import type { HelpCenterOptions } from './api-client.ts';
import { type DumpLayout, dumpLayout, dumpList, dumpRecords } from './dump.ts';
import {
	acceptedRecords,
	categoryTree,
	firstDate,
	helpCenterSource,
	isFilePath,
	parseRecord,
	webAddress,
} from './help-center.ts';
import type { ImportSource, InvalidRecord, ListedAttachment, OldTarget, SourceArticle, SourceGroup } from './types.ts';

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const time = z.string().nullish();

/** The fields of a Freshdesk solution article the import reads (API v2, `GET /api/v2/solutions/folders/{id}/articles`). */
const articleSchema = z.object({
	id,
	title: z.string().nullish(),
	/** The body, as HTML. */
	description: z.string().nullish(),
	/** 1 draft, 2 published. */
	status: z.number().int().nullish(),
	folder_id: id.nullish(),
	category_id: id.nullish(),
	tags: z.array(z.string()).nullish(),
	seo_data: z.object({ meta_title: z.string().nullish(), meta_description: z.string().nullish() }).partial().nullish(),
	attachments: z
		.array(z.object({ name: z.string().nullish(), attachment_url: z.string().nullish() }).partial())
		.nullish(),
	created_at: time,
	updated_at: time,
});

const categorySchema = z.object({ id, name: z.string().nullish() });
const folderSchema = z.object({
	id,
	name: z.string().nullish(),
	category_id: id.nullish(),
	parent_folder_id: id.nullish(),
	/** Who may read its articles: 1 everyone, others a restriction. */
	visibility: z.number().int().nullish(),
});

/** Freshdesk's folder visibilities besides 1 (all users), as its API documents them. */
const visibilityNames: Record<number, string> = {
	2: 'logged-in users',
	3: 'agents',
	4: 'selected companies',
	5: 'bots',
	6: 'selected contact segments',
	7: 'selected company segments',
};

const LOCALE = '(?:\\/[a-z]{2,3}(?:-[a-z0-9]+)*)?';
/** `/support/solutions/articles/<id>-<slug>`, with a portal language before it; the agent view's `/a/solutions/articles/<id>`. */
const ARTICLE_PATH = new RegExp(
	`^(?:${LOCALE}\\/support\\/solutions|\\/a\\/solutions)\\/articles\\/(\\d+)(?:-[^/]*)?\\/?$`,
	'i',
);
const FOLDER_PATH = new RegExp(
	`^(?:${LOCALE}\\/support\\/solutions|\\/a\\/solutions(?:\\/categories\\/\\d+)?)\\/folders\\/(\\d+)(?:-[^/]*)?\\/?$`,
	'i',
);
const CATEGORY_PATH = new RegExp(
	`^(?:${LOCALE}\\/support\\/solutions|\\/a\\/solutions\\/categories)\\/(\\d+)(?:-[^/]*)?\\/?$`,
	'i',
);
/** Files Freshdesk keeps for articles: `/helpdesk/attachments/<id>` on the portal, and its attachment hosts. */
const ATTACHMENT_PATH = /^\/helpdesk\/attachments\/(\d+)(?:\/|$)/i;
const FILE_HOST = /^(?:attachment\.freshdesk\.com|[\w-]+\.freshdesk\.com\.s3\.amazonaws\.com|s3\.amazonaws\.com)$/i;

/** The words of a title as Freshdesk puts them in an article's address: `Reset your password!` → `reset-your-password`. */
export function freshdeskSlug(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The addresses the portal served an article at: with its title's words, by number alone, and in the agent view. */
export function freshdeskOldPaths(articleId: string, title: string): string[] {
	const slug = freshdeskSlug(title);
	return [
		...(slug ? [`/support/solutions/articles/${articleId}-${slug}`] : []),
		`/support/solutions/articles/${articleId}`,
		`/a/solutions/articles/${articleId}`,
	];
}

/** Who may read the articles of each folder when not everyone may: a folder's own restriction, else its parent's. */
export type FolderRestrictions = ReadonlyMap<string, string>;

export function folderRestrictions(folders: unknown[]): FolderRestrictions {
	const parsed = new Map<string, z.output<typeof folderSchema>>();
	for (const record of folders) {
		const folder = folderSchema.safeParse(record);
		if (folder.success) parsed.set(folder.data.id, folder.data);
	}
	const restrictions = new Map<string, string>();
	for (const folder of parsed.values()) {
		const seen = new Set<string>();
		for (let current: typeof folder | undefined = folder; current && !seen.has(current.id); ) {
			seen.add(current.id);
			const visibility = current.visibility ?? 1;
			if (visibility !== 1) {
				const who = visibilityNames[visibility] ?? `folder visibility ${visibility}`;
				restrictions.set(folder.id, `visible only to ${who} (folder "${current.name ?? current.id}")`);
				break;
			}
			current = current.parent_folder_id ? parsed.get(current.parent_folder_id) : undefined;
		}
	}
	return restrictions;
}

/** A Freshdesk solution article; `portal` is the help center's address, for its old page and relative links. */
export function freshdeskArticle(
	record: unknown,
	portal: string,
	restrictions: FolderRestrictions = new Map(),
): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'a Freshdesk solution article');
	if ('invalid' in parsed) return parsed;
	const article = parsed.data;
	const title = (article.title ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	const oldPaths = freshdeskOldPaths(article.id, title);
	return {
		id: article.id,
		title,
		description: article.seo_data?.meta_description?.trim() || undefined,
		body: { kind: 'html', html: article.description ?? '' },
		group: article.folder_id
			? { type: 'folders', id: article.folder_id }
			: article.category_id
				? { type: 'categories', id: article.category_id }
				: undefined,
		labels: article.tags ?? [],
		draft: article.status === 1,
		restricted: article.folder_id ? restrictions.get(article.folder_id) : undefined,
		updated: firstDate(article.updated_at, article.created_at),
		oldPaths,
		base: `${portal}${oldPaths[0]}`,
		notes: [],
	};
}

/** The files an article lists under its body (its `attachments`), whether or not the body links them. */
export function freshdeskAttachments(record: unknown): ListedAttachment[] {
	const parsed = articleSchema.safeParse(record);
	if (!parsed.success) return [];
	return (parsed.data.attachments ?? []).flatMap((attachment) => {
		const url = attachment.attachment_url;
		if (!url) return [];
		const fromUrl = url.split(/[?#]/)[0]?.split('/').at(-1) ?? '';
		return [{ url, name: attachment.name?.trim() || fromUrl, inline: false }];
	});
}

export function freshdeskGroups(categories: unknown[], folders: unknown[]): SourceGroup[] {
	return categoryTree(
		acceptedRecords(categorySchema, categories),
		acceptedRecords(folderSchema, folders).map((folder) => ({
			...folder,
			parentId: folder.parent_folder_id,
			categoryId: folder.category_id,
		})),
		'folders',
	);
}

/** Reads an old Freshdesk address: an article (with its anchor), a folder or category, a file, or another page. */
export function classifyFreshdesk(url: string, hosts: ReadonlySet<string>): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (FILE_HOST.test(parsed.host) && (parsed.host !== 's3.amazonaws.com' || /\/helpdesk\//.test(parsed.pathname)))
		return { kind: 'file' };
	if (!relative && !hosts.has(parsed.host) && !parsed.host.endsWith('.freshdesk.com')) return { kind: 'elsewhere' };
	const pathname = parsed.pathname.replace(/\/+$/, '');
	const article = ARTICLE_PATH.exec(pathname);
	if (article?.[1]) return { kind: 'article', id: article[1], fragment: parsed.hash.slice(1), linkedAs: pathname };
	const folder = FOLDER_PATH.exec(pathname);
	if (folder?.[1]) return { kind: 'group', group: { type: 'folders', id: folder[1] } };
	const category = CATEGORY_PATH.exec(pathname);
	if (category?.[1]) return { kind: 'group', group: { type: 'categories', id: category[1] } };
	const attachment = ATTACHMENT_PATH.exec(pathname);
	if (attachment?.[1]) return { kind: 'file', key: `freshdesk-attachment:${attachment[1]}` };
	if (relative && !/^\/(?:support|a|helpdesk)\//.test(parsed.pathname)) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}

/**
 * Freshdesk Solutions from a folder of its lists: `categories`, `folders` (each with
 * its `category_id`, a subfolder with its `parent_folder_id`) and `articles` (each
 * with its `folder_id`), as `freshdeskApi` saves them or as a team saved them itself.
 */
export function freshdeskSource(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions & { portal: string },
	http?: ServiceClient,
): ImportSource {
	let restrictions: Promise<FolderRestrictions> | undefined;
	const attachments = new Map<string, ListedAttachment[]>();
	const readAll = (list: string) => dumpList(layout, list);
	return helpCenterSource({
		system: 'freshdesk',
		label,
		layout,
		options,
		service: 'Freshdesk',
		api: http,
		groups: async (_layout, hosts) => {
			hosts.add(new URL(options.portal).host);
			return freshdeskGroups(await readAll('categories'), await readAll('folders'));
		},
		articles: async function* (dump) {
			restrictions ??= readAll('folders').then(folderRestrictions);
			const restricted = await restrictions;
			for await (const record of dumpRecords(dump, 'articles')) {
				const article = freshdeskArticle(record, options.portal, restricted);
				if (!('invalid' in article)) attachments.set(article.id, freshdeskAttachments(record));
				yield article;
			}
		},
		classify: classifyFreshdesk,
		listedAttachments: async (article) => attachments.get(article.id) ?? [],
	});
}

/** Freshdesk Solutions from a folder of saved lists (`--dump`). */
export function freshdeskDump(target: string, options: HelpCenterOptions & { portal?: string }): ImportSource {
	const layout = dumpLayout(target);
	return freshdeskSource(layout, `Freshdesk dump ${target}`, {
		...options,
		portal: options.portal ?? 'https://support.freshdesk.invalid',
	});
}
