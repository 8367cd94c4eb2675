// The addresses of a Zoho Desk help center: an article's page is
// `/portal/<portal>/<locale>/kb/articles/<permalink>` on desk.zoho.com (the portal's name
// and the language each optional: `/portal/<locale>/kb/articles/<permalink>` on a custom
// domain), or with the category's and sections' permalinks before `articles/`
// (`/portal/en/kb/<category>/<section>/articles/<permalink>`). Pages are named by
// permalink, not id, so links are read through the permalinks the records give.
import { z } from 'astro/zod';
import { isFilePath, webAddress } from './help-center.ts';
import type { GroupType, OldTarget } from './types.ts';

const id = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

/** A root category or a section, as the category tree gives it (`GET /api/v1/kbRootCategories/{id}/categoryTree`). */
const categorySchema = z.object({
	id,
	name: z.string().nullish(),
	parentCategoryId: id.nullish(),
	rootCategoryId: id.nullish(),
	/** `ALL_USERS`, `NONE`, `AGENTS`, `GROUP_USERS`, ... */
	visibility: z.string().nullish(),
	permalink: z.string().nullish(),
	translations: z.array(z.object({ permalink: z.string().nullish() }).partial()).nullish(),
	children: z.array(z.unknown()).nullish(),
});

export interface ZohoCategory {
	id: string;
	name?: string | null;
	parentCategoryId?: string;
	visibility?: string | null;
	permalink?: string | null;
}

/**
 * The categories of a saved list, flat: root categories with the sections of their
 * `children` (as the category tree nests them), or a flat list with `parentCategoryId`,
 * each once. Records that are no category are left out.
 */
export function flatCategories(records: readonly unknown[]): ZohoCategory[] {
	const found = new Map<string, ZohoCategory>();
	const visit = (record: unknown, parent: string | undefined) => {
		const parsed = categorySchema.safeParse(record);
		if (!parsed.success) return;
		const category = parsed.data;
		if (!found.has(category.id)) {
			const parentCategoryId = category.parentCategoryId ?? parent;
			found.set(category.id, {
				id: category.id,
				name: category.name,
				...(parentCategoryId && parentCategoryId !== category.id ? { parentCategoryId } : {}),
				visibility: category.visibility,
				permalink: category.permalink ?? category.translations?.find((entry) => entry.permalink)?.permalink,
			});
		}
		for (const child of category.children ?? []) visit(child, category.id);
	};
	for (const record of records) visit(record, undefined);
	return [...found.values()];
}

/** A permalink as addresses are compared: decoded, lower case, no slashes around it. */
export function zohoPermalink(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	let decoded = value;
	try {
		decoded = decodeURIComponent(value);
	} catch {
		// Kept as written.
	}
	const permalink = decoded
		.trim()
		.replace(/^\/+|\/+$/g, '')
		.toLowerCase();
	return permalink === '' ? undefined : permalink;
}

/** The help center's article page: up to two parts (portal, language) before `kb`, the category path after. */
const ARTICLE_PATH = /^\/portal\/(?:[^/]+\/){0,2}kb\/(?:[^/]+\/)*articles\/([^/]+)$/i;
/** A category's or section's page: its permalink last. */
const GROUP_PATH = /^\/portal\/(?:[^/]+\/){0,2}kb\/(?:[^/]+\/)*([^/]+)$/i;
/** Article attachments, in the help center's API and the agents' API. */
const ATTACHMENT_PATH = /^\/(?:portal\/api\/kbArticles|api\/v1\/articles)\/\d+\/attachments\/(\d+)(?:\/content)?$/i;
/** Images and files Zoho Desk keeps for articles: the editor's gallery, the help center's uploads. */
const FILE_PATH = /^\/(?:galleryDocuments\/|portal\/api\/(?:publicImages|uploads)\/)/i;
/** Zoho Desk's own hosts, in every data center. */
const DESK_HOST = /^desk\.zoho(?:cloud)?\.(?:com|eu|in|com\.au|jp|ca|sa|com\.cn|uk|sg|ae)$/i;

/**
 * The addresses the help center served an article at: its page as Zoho gives it
 * (`portalUrl`), and the same page on a custom domain, which has no portal name
 * (`/portal/<locale>/kb/articles/<permalink>`).
 */
export function zohodeskOldPaths(
	portalUrl: string | null | undefined,
	permalink: string | null | undefined,
	locale: string | null | undefined,
): string[] {
	const paths = new Set<string>();
	const own = zohoPermalink(permalink);
	try {
		const pathname = portalUrl ? new URL(portalUrl).pathname.replace(/\/+$/, '') : undefined;
		const match = pathname ? ARTICLE_PATH.exec(pathname) : null;
		if (pathname && match?.[1] && (!own || zohoPermalink(match[1]) === own)) paths.add(pathname);
	} catch {
		// An unusable address only costs its redirect.
	}
	if (permalink && own && locale && /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(locale))
		paths.add(`/portal/${locale.toLowerCase()}/kb/articles/${encodeURIComponent(own)}`);
	return [...paths];
}

/** Articles and categories by the permalinks their addresses use. */
export interface ZohoPermalinks {
	articles: Map<string, string>;
	categories: Map<string, { type: GroupType; id: string }>;
}

/** Reads an old Zoho Desk address: an article (by its permalink), a category or section, a file, or another page. */
export function classifyZohodesk(url: string, hosts: ReadonlySet<string>, permalinks: ZohoPermalinks): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (!relative && !hosts.has(parsed.host) && !DESK_HOST.test(parsed.hostname)) return { kind: 'elsewhere' };
	const pathname = parsed.pathname.replace(/\/+$/, '');
	const attachment = ATTACHMENT_PATH.exec(pathname);
	if (attachment?.[1]) return { kind: 'file', key: `zohodesk-attachment:${attachment[1]}` };
	if (FILE_PATH.test(pathname)) return { kind: 'file' };
	const article = ARTICLE_PATH.exec(pathname);
	if (article?.[1]) {
		const articleId = permalinks.articles.get(zohoPermalink(article[1]) ?? '');
		if (articleId) return { kind: 'article', id: articleId, fragment: parsed.hash.slice(1), linkedAs: pathname };
		return { kind: 'old-site' };
	}
	const group = GROUP_PATH.exec(pathname);
	const groupTarget = group?.[1] ? permalinks.categories.get(zohoPermalink(group[1]) ?? '') : undefined;
	if (groupTarget) return { kind: 'group', group: groupTarget };
	if (relative && !/^\/portal\//i.test(pathname)) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}
