import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { ServiceError } from '../../http/errors.ts';
import { intercomRefusal } from '../../http/vendor-refusals/intercom.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { type DumpLayout, dumpLayout, dumpRecords } from './dump.ts';
import { articleOldPaths, helpCenterSource, isFilePath, parseRecord, webAddress } from './help-center.ts';
import {
	type IntercomWorkspace,
	intercomId as id,
	placedInHelpCenter,
	readIntercomWorkspace,
} from './intercom-help-centers.ts';
import { scrubSavedFolder, spoolList } from './spool.ts';
import {
	type ImportSource,
	type InvalidRecord,
	type OldTarget,
	type SourceArticle,
	SourceUnreadable,
} from './types.ts';

/** Where Intercom keeps the files and images of articles: its CDN and each workspace's attachment hosts. */
const FILE_HOST =
	/^(?:downloads\.intercomcdn\.com|uploads\.intercomcdn\.com|uploads\.intercomusercontent\.com|(?:[\w-]+\.)?intercom-attachments(?:-\d+)?\.com)$/i;

const epoch = z.number().nullish();

/** The fields of an Intercom article the import reads (Articles API, `GET /articles`). */
const articleSchema = z.object({
	id,
	title: z.string().nullish(),
	description: z.string().nullish(),
	body: z.string().nullish(),
	/** `published` or `draft`. */
	state: z.string().nullish(),
	parent_id: id.nullish(),
	parent_ids: z.array(id).nullish(),
	url: z.string().nullish(),
	updated_at: epoch,
	created_at: epoch,
	default_locale: z.string().nullish(),
	/** The article in the help center's other languages, by locale (`fr`), with a `type` entry beside them. */
	translated_content: z.record(z.string(), z.unknown()).nullish(),
	tags: z
		.union([
			z.array(z.union([z.string(), z.object({ name: z.string() })])),
			z.object({ tags: z.array(z.object({ name: z.string() })) }),
		])
		.nullish(),
});

const ARTICLE_PATH = /^(?:\/[^/]+)?(?:\/([a-z]{2}(?:-[a-z]+)?))?\/articles\/(\d+)(?:-[^/]*)?\/?$/i;
const COLLECTION_PATH = /^(?:\/[^/]+)?(?:\/[a-z]{2}(?:-[a-z]+)?)?\/collections\/(\d+)(?:-[^/]*)?\/?$/i;

function labelsOf(tags: z.output<typeof articleSchema>['tags']): string[] {
	if (!tags) return [];
	const list = Array.isArray(tags) ? tags : tags.tags;
	return list.map((tag) => (typeof tag === 'string' ? tag : tag.name));
}

/**
 * The old addresses of an article: the path of its `url`, and the id-only form.
 * On intercom.help the path starts with the workspace's name, which a help center
 * on its own domain does not have; the redirects are for that domain.
 */
export function intercomOldPaths(url: string | null | undefined, articleId: string, locale: string | undefined) {
	return articleOldPaths({
		url,
		articleId,
		locale,
		pattern: ARTICLE_PATH,
		pathOf: (parsed) => (parsed.host === 'intercom.help' ? parsed.pathname.replace(/^\/[^/]+/, '') : parsed.pathname),
		idPath: (pageLocale, id) => (pageLocale ? `/${pageLocale}/articles/${id}` : `/articles/${id}`),
	});
}

/** One language of an article in `translated_content`. */
const translationSchema = z.object({
	title: z.string().nullish(),
	description: z.string().nullish(),
	body: z.string().nullish(),
	state: z.string().nullish(),
	url: z.string().nullish(),
	updated_at: epoch,
	created_at: epoch,
});

type Translated = z.output<typeof translationSchema> & { locale: string };

/** The article's other languages that have words: `translated_content` minus its `type` and empty entries. */
function translationsOf(article: z.output<typeof articleSchema>): Translated[] {
	const entries = Object.entries(article.translated_content ?? {}).filter(([locale]) => locale !== 'type');
	return entries.flatMap(([locale, value]) => {
		const parsed = translationSchema.safeParse(value);
		if (!parsed.success || !parsed.data?.title?.trim()) return [];
		return [{ ...parsed.data, locale }];
	});
}

/**
 * An Intercom article, in `locale` when it has a published translation in that
 * language, else in its default one. Its other languages are not imported: their
 * old addresses lead to it and a note names them.
 */
export function intercomArticle(record: unknown, internal: boolean, locale?: string): SourceArticle | InvalidRecord {
	const parsed = parseRecord(articleSchema, record, 'an Intercom article');
	if ('invalid' in parsed) return parsed;
	const original = parsed.data;
	const defaultLocale = original.default_locale ?? undefined;
	const translations = translationsOf(original).filter((entry) => entry.locale !== defaultLocale);
	const wanted = translations.find(
		(entry) => locale && entry.locale.toLowerCase() === locale.toLowerCase() && entry.state === 'published',
	);
	const article = wanted ? { ...original, ...wanted, default_locale: wanted.locale } : original;
	const others = [
		...(wanted ? [{ locale: defaultLocale ?? 'default', url: original.url }] : []),
		...translations.filter((entry) => entry !== wanted),
	];
	const title = (article.title ?? '').trim();
	if (title === '') return { invalid: 'the article has no title', id: article.id };
	const parent = article.parent_id ?? article.parent_ids?.at(-1);
	// An article shared by several help centers sits in a collection of each.
	const alsoIn = [...new Set(article.parent_ids ?? [])]
		.filter((other) => other !== parent)
		.map((other) => ({ type: 'collections' as const, id: other }));
	const seconds = article.updated_at ?? article.created_at;
	let restricted: string | undefined;
	if (internal) restricted = 'an Intercom internal article';
	else if (!parent && article.state === 'published')
		restricted = 'in no help-center collection, so Intercom did not show it in the help center';
	return {
		id: article.id,
		title,
		description: article.description?.trim() || undefined,
		body: { kind: 'html', html: article.body ?? '' },
		group: parent ? { type: 'collections', id: parent } : undefined,
		...(parent && alsoIn.length > 0 ? { alsoIn } : {}),
		labels: labelsOf(article.tags),
		draft: !internal && article.state !== 'published',
		restricted,
		updated: seconds ? new Date(seconds * 1000) : undefined,
		oldPaths: internal
			? []
			: [
					...intercomOldPaths(article.url, article.id, article.default_locale ?? undefined),
					...others.flatMap((other) => intercomOldPaths(other.url, article.id, other.locale)),
				],
		base: article.url ?? undefined,
		notes:
			others.length === 0
				? []
				: [
						{
							level: 'info',
							message: `imported in ${article.default_locale ?? 'its default language'}; its translations (${others.map((other) => other.locale).join(', ')}) were not (--locale chooses the language), and their old addresses lead here`,
						},
					],
		locale: article.default_locale ?? undefined,
	};
}

/** Reads an old Intercom address: an article (with its anchor), a collection, a file, or another page. */
export function classifyIntercom(url: string, hosts: ReadonlySet<string>): OldTarget {
	const address = webAddress(url);
	if (!address) return { kind: 'elsewhere' };
	const { parsed, relative } = address;
	if (FILE_HOST.test(parsed.host)) return { kind: 'file' };
	if (!relative && !hosts.has(parsed.host) && parsed.host !== 'intercom.help') return { kind: 'elsewhere' };
	const article = ARTICLE_PATH.exec(parsed.pathname);
	if (article?.[2]) return { kind: 'article', id: article[2], fragment: parsed.hash.slice(1) };
	const collection = COLLECTION_PATH.exec(parsed.pathname);
	if (collection?.[1]) return { kind: 'group', group: { type: 'collections', id: collection[1] } };
	if (relative) return { kind: 'elsewhere' };
	return isFilePath(parsed.pathname) ? { kind: 'file' } : { kind: 'old-site' };
}

function intercomSource(
	layout: DumpLayout,
	label: string,
	options: HelpCenterOptions,
	http?: ServiceClient,
): ImportSource {
	let workspace: Promise<IntercomWorkspace> | undefined;
	const workspaceOf = (dump: DumpLayout) => {
		workspace ??= readIntercomWorkspace(dump);
		return workspace;
	};
	return helpCenterSource({
		system: 'intercom',
		label,
		layout,
		options,
		service: 'Intercom',
		api: http,
		groups: async (dump, hosts) => {
			const { groups, hosts: centers } = await workspaceOf(dump);
			for (const host of centers) hosts.add(host);
			return groups;
		},
		articles: async function* (dump) {
			const workspace = await workspaceOf(dump);
			for (const [list, internal] of [
				['articles', false],
				['internal_articles', true],
			] as const) {
				// An API page keeps its records under `data`; a combined dump under the list's name.
				const combined = list !== 'articles' && dump.file(list) === dump.file('articles');
				for await (const record of dumpRecords(dump, list, combined ? [list] : ['data', list]))
					yield placedInHelpCenter(intercomArticle(record, internal, options.locale), internal, workspace);
			}
		},
		classify: classifyIntercom,
	});
}

/** Intercom Articles from a JSON dump of its articles and collections. */
export function intercomDump(target: string, options: HelpCenterOptions): ImportSource {
	return intercomSource(dumpLayout(target), `Intercom dump ${target}`, options);
}

/** The next page of an Intercom list: a `pages.next` link, a `starting_after` cursor, or the next page number. */
export function intercomNextPage(body: unknown, url: string): string | undefined {
	const pages = (body as { pages?: Record<string, unknown> | null } | null)?.pages;
	if (!pages) return undefined;
	const next = pages.next as string | { starting_after?: string; page?: number } | null | undefined;
	if (typeof next === 'string' && next !== '') return next;
	const current = new URL(url);
	if (next && typeof next === 'object' && next.starting_after) {
		current.searchParams.set('starting_after', next.starting_after);
		return current.href;
	}
	const page = Number(pages.page);
	const total = Number(pages.total_pages);
	if (Number.isInteger(page) && Number.isInteger(total) && page < total) {
		current.searchParams.set('page', String(page + 1));
		return current.href;
	}
	return undefined;
}

/**
 * Intercom Articles from the API (`INTERCOM_TOKEN`; `INTERCOM_API_URL` for the EU
 * or Australian region): help centers, collections, articles and, where the workspace
 * has them, internal articles, spooled to `.tryblock/import/` as they arrive.
 */
export async function intercomApi(
	env: Record<string, string | undefined>,
	options: HelpCenterOptions,
): Promise<ImportSource> {
	const token = (env.INTERCOM_TOKEN ?? env.INTERCOM_ACCESS_TOKEN)?.trim();
	if (!token) {
		throw new SourceUnreadable(
			'Intercom: INTERCOM_TOKEN is not set',
			'set INTERCOM_TOKEN to an access token with the read articles scope, or pass --dump <file>',
		);
	}
	const baseUrl = (env.INTERCOM_API_URL?.trim() || 'https://api.intercom.io').replace(/\/+$/, '');
	const http = helpCenterClient('Intercom', options, {
		baseUrl,
		headers: { authorization: `Bearer ${token}`, 'intercom-version': '2.11' },
		hint: 'check INTERCOM_TOKEN: an access token of your Intercom app with permission to read articles',
		secrets: [token],
		permission: 'give the Intercom app permission to read articles',
		classifyRefusal: intercomRefusal,
	});
	const dir = path.join(options.spoolDir, `intercom-${new URL(baseUrl).host.replace(/[^a-z0-9.-]/gi, '_')}`);
	const spool = (list: string, first: string) =>
		spoolList({
			client: http,
			service: 'Intercom',
			list: list.replace('_', ' '),
			first: `${baseUrl}${first}`,
			key: 'data',
			next: intercomNextPage,
			file: path.join(dir, `${list}.jsonl`),
			notice: options.notice,
		});
	/** A list the workspace may not have: 404 (none, or an API version before it) or 403 (a token without its scope) leaves it out. */
	const optional = async (list: string, first: string) => {
		try {
			await spool(list, first);
		} catch (error) {
			if (!(error instanceof ServiceError) || (error.status !== 404 && error.status !== 403)) throw error;
			// An older download of it must not be read.
			rmSync(path.join(dir, `${list}.jsonl`), { force: true });
		}
	};
	// The help centers: one list, which tells a workspace's several apart (their collections name theirs).
	await optional('help_centers', '/help_center/help_centers?per_page=100');
	await spool('collections', '/help_center/collections?per_page=100');
	await spool('articles', '/articles?per_page=100');
	await optional('internal_articles', '/internal_articles?per_page=100');
	scrubSavedFolder(dir, (text) => http.redact(text));
	return intercomSource(dumpLayout(dir), `Intercom ${new URL(baseUrl).host}`, options, http);
}
