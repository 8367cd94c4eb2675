import path from 'node:path';
import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { zendeskRefusal } from '../../http/vendor-refusals/zendesk.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { type DumpLayout, dumpLayout, dumpRecords } from './dump.ts';
import {
	acceptedRecords,
	articleOldPaths,
	categoryTree,
	firstDate,
	helpCenterSource,
	hostOf,
	isFilePath,
	parseRecord,
	webAddress,
} from './help-center.ts';
import { scrubSavedFolder, spoolList } from './spool.ts';
import {
	type ImportSource,
	type InvalidRecord,
	type OldTarget,
	type SourceArticle,
	type SourceGroup,
	SourceUnreadable,
} from './types.ts';
import { apiAttachments, dumpAttachments } from './zendesk-attachments.ts';

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const optionalId = id.nullish();
const time = z.string().nullish();

/** The fields of a Help Center article the import reads (Help Center API, `articles` endpoint). */
const articleSchema = z.object({
	id,
	title: z.string().nullish(),
	name: z.string().nullish(),
	body: z.string().nullish(),
	html_url: z.string().nullish(),
	locale: z.string().nullish(),
	section_id: optionalId,
	draft: z.boolean().nullish(),
	label_names: z.array(z.string()).nullish(),
	source_locale: z.string().nullish(),
	/** null: everyone may read it; any segment (signed-in users, agents, a group) restricts it. */
	user_segment_id: optionalId,
	user_segment_ids: z.array(id).nullish(),
	edited_at: time,
	updated_at: time,
	created_at: time,
});

const sectionSchema = z.object({
	id,
	name: z.string().nullish(),
	category_id: optionalId,
	parent_section_id: optionalId,
	html_url: z.string().nullish(),
});
const categorySchema = z.object({ id, name: z.string().nullish(), html_url: z.string().nullish() });

const ARTICLE_PATH = /^\/hc(?:\/([a-z]{2,3}(?:-[a-z0-9]+)*))?\/articles\/(\d+)(?:-[^/]*)?\/?$/i;
/** `/hc/article_attachments/<id>/<name>`, with or without a locale: a file Zendesk keeps for an article. */
const ATTACHMENT_PATH = /^\/hc(?:\/[a-z]{2,3}(?:-[a-z0-9]+)*)?\/article_attachments\/(\d+)(?:\/|$)/i;
const GROUP_PATH = /^\/hc(?:\/[a-z]{2,3}(?:-[a-z0-9]+)*)?\/(sections|categories)\/(\d+)(?:-[^/]*)?\/?$/i;

/** The old addresses of an article: its page as Zendesk served it, and the id-only form Zendesk also answers. */
export function zendeskOldPaths(htmlUrl: string | null | undefined, articleId: string, locale: string | undefined) {
	return articleOldPaths({
		url: htmlUrl,
		articleId,
		locale,
		pattern: ARTICLE_PATH,
		idPath: (pageLocale, id) => (pageLocale ? `/hc/${pageLocale}/articles/${id}` : `/hc/articles/${id}`),
	});
}

function restriction(article: z.output<typeof articleSchema>): string | undefined {
	if (article.user_segment_id) return `visible only to user segment ${article.user_segment_id}`;
	if (article.user_segment_ids && article.user_segment_ids.length > 0)
		return `visible only to user segments ${article.user_segment_ids.join(', ')}`;
	return undefined;
}

export function zendeskArticle(record: unknown): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'a Help Center article');
	if ('invalid' in parsed) return parsed;
	const article = parsed.data;
	const title = (article.title ?? article.name ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	return {
		id: article.id,
		title,
		body: { kind: 'html', html: article.body ?? '' },
		group: article.section_id ? { type: 'sections', id: article.section_id } : undefined,
		labels: article.label_names ?? [],
		draft: article.draft === true,
		restricted: restriction(article),
		updated: firstDate(article.edited_at, article.updated_at, article.created_at),
		oldPaths: zendeskOldPaths(article.html_url, article.id, article.locale ?? undefined),
		base: article.html_url ?? undefined,
		notes: [],
		locale: article.locale ?? undefined,
		sourceLocale: article.source_locale ?? undefined,
	};
}

export function zendeskGroups(sections: unknown[], categories: unknown[]): SourceGroup[] {
	return categoryTree(
		acceptedRecords(categorySchema, categories),
		acceptedRecords(sectionSchema, sections).map((section) => ({
			...section,
			parentId: section.parent_section_id,
			categoryId: section.category_id,
		})),
		'sections',
	);
}

/** Reads an old Zendesk address: an article (with its anchor), a section or category, a file, or another page. */
export function classifyZendesk(url: string, hosts: ReadonlySet<string>): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (!relative && !hosts.has(parsed.host) && !parsed.host.endsWith('.zendesk.com')) return { kind: 'elsewhere' };
	const article = ARTICLE_PATH.exec(parsed.pathname);
	if (article?.[2]) return { kind: 'article', id: article[2], fragment: parsed.hash.slice(1) };
	const group = GROUP_PATH.exec(parsed.pathname);
	if (group?.[1] && group[2]) {
		return { kind: 'group', group: { type: group[1].toLowerCase() as 'sections' | 'categories', id: group[2] } };
	}
	const attachment = ATTACHMENT_PATH.exec(parsed.pathname);
	if (attachment?.[1]) return { kind: 'file', key: `zendesk-attachment:${attachment[1]}` };
	if (relative && !parsed.pathname.startsWith('/hc/')) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}

function zendeskSource(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions,
	api?: { http: ServiceClient; baseUrl: string; locale: string },
): ImportSource {
	return helpCenterSource({
		system: 'zendesk',
		label,
		layout,
		options,
		service: 'Zendesk',
		api: api?.http,
		groups: async (dump, hosts) => {
			const sections: unknown[] = [];
			const categories: unknown[] = [];
			for await (const record of dumpRecords(dump, 'sections')) {
				sections.push(record);
				const host = hostOf((record as { html_url?: string }).html_url);
				if (host) hosts.add(host);
			}
			for await (const record of dumpRecords(dump, 'categories')) categories.push(record);
			return zendeskGroups(sections, categories);
		},
		articles: async function* (dump) {
			for await (const record of dumpRecords(dump, 'articles')) yield zendeskArticle(record);
		},
		classify: classifyZendesk,
		listedAttachments: api ? apiAttachments(api.http, api.baseUrl, api.locale) : dumpAttachments(layout),
	});
}

/** Zendesk Guide from a JSON dump of its `articles`, `sections` and `categories` endpoints. */
export function zendeskDump(target: string, options: HelpCenterOptions): ImportSource {
	return zendeskSource(dumpLayout(target), `Zendesk dump ${target}`, options);
}

export interface ZendeskApiSettings {
	/** `https://<subdomain>.zendesk.com`, or the address in ZENDESK_URL. */
	baseUrl: string;
	authorization: string;
	/** The token (or OAuth token) itself, never to be shown. */
	token: string;
	locale?: string;
}

/** Reads the Zendesk settings from the environment, naming the variable that is missing. */
export function zendeskSettings(env: Record<string, string | undefined>, locale?: string): ZendeskApiSettings {
	const subdomain = env.ZENDESK_SUBDOMAIN?.trim();
	const baseUrl = env.ZENDESK_URL?.trim() || (subdomain ? `https://${subdomain}.zendesk.com` : undefined);
	if (!baseUrl) {
		throw new SourceUnreadable(
			'Zendesk: ZENDESK_SUBDOMAIN is not set',
			'set ZENDESK_SUBDOMAIN (acme for acme.zendesk.com) and ZENDESK_EMAIL with ZENDESK_API_TOKEN, or pass --dump <file>',
		);
	}
	const oauth = env.ZENDESK_OAUTH_TOKEN?.trim();
	const email = env.ZENDESK_EMAIL?.trim();
	const token = env.ZENDESK_API_TOKEN?.trim();
	let authorization: string;
	if (oauth) authorization = `Bearer ${oauth}`;
	else if (email && token) authorization = `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
	else {
		throw new SourceUnreadable(
			`Zendesk: ${email ? 'ZENDESK_API_TOKEN' : 'ZENDESK_EMAIL'} is not set`,
			'set ZENDESK_EMAIL and ZENDESK_API_TOKEN (an API token of an agent who can see every article), or ZENDESK_OAUTH_TOKEN',
		);
	}
	return { baseUrl: baseUrl.replace(/\/+$/, ''), authorization, token: (oauth || token) as string, locale };
}

/** The address of the next page: the cursor link while `meta.has_more`, else the offset `next_page`. */
export function zendeskNextPage(body: unknown): string | undefined {
	const page = body as { meta?: { has_more?: boolean }; links?: { next?: string | null }; next_page?: string | null };
	if (page?.meta && typeof page.meta.has_more === 'boolean')
		return page.meta.has_more ? (page.links?.next ?? undefined) : undefined;
	return page?.next_page ?? undefined;
}

/**
 * Zendesk Guide from the Help Center API: sections and categories, then every
 * article page by cursor, downloaded to `.tryblock/import/` so both passes of the
 * import read them once (an interrupted download picks up where it stopped). The
 * token is sent to the Zendesk host only.
 */
export async function zendeskApi(settings: ZendeskApiSettings, options: HelpCenterOptions): Promise<ImportSource> {
	const http = helpCenterClient('Zendesk', options, {
		baseUrl: settings.baseUrl,
		headers: { authorization: settings.authorization },
		hint: 'check ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN): the token must belong to an agent who can see every article',
		secrets: [settings.token],
		permission: "use the token of an agent whose role can see every article, or an admin's",
		classifyRefusal: zendeskRefusal,
	});
	const locale = settings.locale ? `/${encodeURIComponent(settings.locale)}` : '';
	const dir = path.join(options.spoolDir, `zendesk-${new URL(settings.baseUrl).host.replace(/[^a-z0-9.-]/gi, '_')}`);
	for (const list of ['categories', 'sections', 'articles'] as const) {
		await spoolList({
			client: http,
			service: 'Zendesk',
			list,
			first: `${settings.baseUrl}/api/v2/help_center${locale}/${list}.json?page[size]=100`,
			key: list,
			next: zendeskNextPage,
			file: path.join(dir, `${list}.jsonl`),
			notice: options.notice,
		});
	}
	scrubSavedFolder(dir, (text) => http.redact(text));
	return zendeskSource(dumpLayout(dir), `Zendesk ${new URL(settings.baseUrl).host}`, options, {
		http,
		baseUrl: settings.baseUrl,
		locale,
	});
}
