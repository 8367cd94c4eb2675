import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { scrubDeep } from '../credentials.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { dumpLayout } from './dump.ts';
import { helpScoutDocsSource } from './helpscout-docs.ts';
import { type ApiListing, scrubSavedFolder, spooledRecords, spoolListing } from './spool.ts';
import { type ImportSource, SourceUnreadable } from './types.ts';

/** The most records the Docs API returns a page. */
const PAGE_SIZE = 100;

export interface HelpScoutDocsSettings {
	/** `https://docsapi.helpscout.net`, or the address in HELPSCOUT_DOCS_API_URL. */
	baseUrl: string;
	/** The Docs API key itself, never to be shown. */
	apiKey: string;
}

/** Reads the Help Scout Docs settings from the environment, naming the variable that is missing. */
export function helpScoutDocsSettings(env: Record<string, string | undefined>): HelpScoutDocsSettings {
	const apiKey = env.HELPSCOUT_DOCS_API_KEY?.trim();
	if (!apiKey) {
		throw new SourceUnreadable(
			'Help Scout Docs: HELPSCOUT_DOCS_API_KEY is not set',
			'set HELPSCOUT_DOCS_API_KEY to a Docs API key (Your Profile › Authentication › API Keys), or pass --dump <folder>',
		);
	}
	const baseUrl = (env.HELPSCOUT_DOCS_API_URL?.trim() || 'https://docsapi.helpscout.net').replace(/\/+$/, '');
	return { baseUrl, apiKey };
}

/** The next page of a Docs API list: `page` + 1 while it is below `pages`. */
export function helpScoutDocsNextPage(key: string) {
	return (body: unknown, url: string): string | undefined => {
		const list = (body as Record<string, { page?: unknown; pages?: unknown } | undefined> | null)?.[key];
		const page = Number(list?.page);
		const pages = Number(list?.pages);
		if (!Number.isInteger(page) || !Number.isInteger(pages) || page >= pages) return undefined;
		const next = new URL(url);
		next.searchParams.set('page', String(page + 1));
		return next.href;
	};
}

type Listing = ApiListing;

/** Downloads one list (every page of it) to `lists/<name>.jsonl`; returns its records. */
async function list(listing: Listing, name: string, key: string, apiPath: string, query = ''): Promise<unknown[]> {
	const file = await spoolListing(listing, name, {
		service: 'Help Scout Docs',
		list: key,
		first: `${listing.baseUrl}${apiPath}?pageSize=${PAGE_SIZE}${query}`,
		key: [key, 'items'] as const,
		next: helpScoutDocsNextPage(key),
	});
	return spooledRecords(file);
}

const articleRefSchema = z.looseObject({ id: z.string(), updatedAt: z.string().nullish() });
const articleResponseSchema = z.looseObject({ article: z.looseObject({ id: z.string() }) });

/**
 * Each article whole (the lists hold no text): asked of the API once per article,
 * kept under `articles/` by its last edit, so an import run again (or interrupted)
 * asks only for the articles edited since.
 */
async function wholeArticles(listing: Listing, refs: unknown[]): Promise<string[]> {
	const dir = path.join(listing.dir, 'articles');
	mkdirSync(dir, { recursive: true });
	const lines: string[] = [];
	for (const ref of refs) {
		const parsed = articleRefSchema.safeParse(ref);
		if (!parsed.success || !/^\w+$/.test(parsed.data.id)) {
			lines.push(JSON.stringify(ref));
			continue;
		}
		const stamp = (parsed.data.updatedAt ?? '').replace(/[^0-9TZ]/g, '');
		const file = path.join(dir, `${parsed.data.id}-${stamp}.json`);
		const redact = (text: string) => listing.http.redact(text);
		if (!existsSync(file)) {
			const body = await listing.http.json(
				{ method: 'GET', url: `${listing.baseUrl}/v1/articles/${parsed.data.id}` },
				articleResponseSchema,
			);
			// Kept scrubbed of the key, as the lists are (see spoolList).
			writeFileAtomic(file, JSON.stringify(scrubDeep({ ...parsed.data, ...body.article }, redact).value));
		}
		lines.push(readFileSync(file, 'utf8'));
	}
	return lines;
}

/**
 * Help Scout Docs from the Docs API v1 (basic auth: the API key as user, `X` as
 * password): collections, each collection's categories and articles, then each
 * article whole, downloaded to `.tryblock/import/` and joined into `collections`,
 * `categories` and `articles` files, which `--dump` reads too.
 */
export async function helpScoutDocsApi(
	settings: HelpScoutDocsSettings,
	options: HelpCenterOptions,
): Promise<ImportSource> {
	const http = helpCenterClient('Help Scout Docs', options, {
		baseUrl: settings.baseUrl,
		headers: { authorization: `Basic ${Buffer.from(`${settings.apiKey}:X`).toString('base64')}` },
		hint: 'check HELPSCOUT_DOCS_API_KEY: a Docs API key of a user who can see every collection',
		secrets: [settings.apiKey],
	});
	const host = new URL(settings.baseUrl).host;
	const dir = path.join(options.spoolDir, `helpscout-docs-${host.replace(/[^a-z0-9.-]/gi, '_')}`);
	const listing: Listing = { http, baseUrl: settings.baseUrl, dir, notice: options.notice };
	const collections = await list(listing, 'collections', 'collections', '/v1/collections');
	const categories: unknown[] = [];
	const refs: unknown[] = [];
	for (const collection of collections) {
		const collectionId = String((collection as { id?: unknown }).id ?? '');
		if (!/^\w+$/.test(collectionId)) continue;
		const inCollection = `/v1/collections/${collectionId}`;
		const categoryRecords = await list(
			listing,
			`categories-${collectionId}`,
			'categories',
			`${inCollection}/categories`,
		);
		categories.push(...categoryRecords.map((record) => ({ collectionId, ...(record as object) })));
		const articleRecords = await list(
			listing,
			`articles-${collectionId}`,
			'articles',
			`${inCollection}/articles`,
			'&status=all',
		);
		refs.push(...articleRecords.map((record) => ({ collectionId, ...(record as object) })));
	}
	const articles = await wholeArticles(listing, refs);
	for (const [name, lines] of [
		['collections', collections.map((record) => JSON.stringify(record))],
		['categories', categories.map((record) => JSON.stringify(record))],
		['articles', articles],
	] as const) {
		writeFileAtomic(path.join(dir, `${name}.jsonl`), lines.map((line) => `${line}\n`).join(''));
	}
	scrubSavedFolder(dir, (text) => http.redact(text));
	return helpScoutDocsSource(dumpLayout(dir), `Help Scout Docs ${host}`, options, http);
}
