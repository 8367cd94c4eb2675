import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { ServiceError } from '../../http/errors.ts';
import { freshdeskRefusal } from '../../http/vendor-refusals/freshdesk.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { dumpLayout } from './dump.ts';
import { freshdeskSource } from './freshdesk.ts';
import { type ApiListing, scrubSavedFolder, spoolListing } from './spool.ts';
import { type ImportSource, SourceUnreadable } from './types.ts';

/** The most records Freshdesk returns a page. */
const PER_PAGE = 100;

export interface FreshdeskApiSettings {
	/** `https://<domain>.freshdesk.com`, or the address in FRESHDESK_URL. */
	baseUrl: string;
	/** The API key itself, never to be shown. */
	apiKey: string;
}

/** Reads the Freshdesk settings from the environment, naming the variable that is missing. */
export function freshdeskSettings(env: Record<string, string | undefined>): FreshdeskApiSettings {
	const domain = env.FRESHDESK_DOMAIN?.trim().replace(/\.freshdesk\.com$/i, '');
	const baseUrl = env.FRESHDESK_URL?.trim() || (domain ? `https://${domain}.freshdesk.com` : undefined);
	if (!baseUrl || !/^https?:\/\/[^/]/i.test(baseUrl)) {
		throw new SourceUnreadable(
			baseUrl ? 'Freshdesk: FRESHDESK_URL is no web address' : 'Freshdesk: FRESHDESK_DOMAIN is not set',
			'set FRESHDESK_DOMAIN (acme for acme.freshdesk.com) and FRESHDESK_API_KEY, or pass --dump <folder>',
		);
	}
	const apiKey = env.FRESHDESK_API_KEY?.trim();
	if (!apiKey) {
		throw new SourceUnreadable(
			'Freshdesk: FRESHDESK_API_KEY is not set',
			'set FRESHDESK_API_KEY to the API key of an agent who can see every solution article (Profile settings › View API key)',
		);
	}
	return { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey };
}

/** The next page of a Freshdesk list: the next page number while a page comes back full. */
export function freshdeskNextPage(body: unknown, url: string): string | undefined {
	if (!Array.isArray(body)) return undefined;
	const current = new URL(url);
	const perPage = Number(current.searchParams.get('per_page') ?? 30);
	if (body.length < perPage) return undefined;
	current.searchParams.set('page', String(Number(current.searchParams.get('page') ?? 1) + 1));
	return current.href;
}

/** The records of a downloaded list, each given the fields that say where it sits. */
function recordsOf(file: string, fields: Record<string, string>): string[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const record = JSON.parse(line) as Record<string, unknown>;
			for (const [field, value] of Object.entries(fields)) record[field] ??= value;
			return JSON.stringify(record);
		});
}

type Listing = ApiListing;

/** Downloads one list (every page of it) to `lists/<name>.jsonl`; returns the file. */
function list(listing: Listing, name: string, what: string, apiPath: string): Promise<string> {
	return spoolListing(listing, name, {
		service: 'Freshdesk',
		list: what,
		first: `${listing.baseUrl}${apiPath}?per_page=${PER_PAGE}`,
		next: freshdeskNextPage,
	});
}

/** A folder's subfolders; none when the account has no subfolders (the API answers 404). */
async function subfolders(listing: Listing, folderId: string): Promise<string | undefined> {
	try {
		return await list(
			listing,
			`subfolders-${folderId}`,
			'subfolders',
			`/api/v2/solutions/folders/${folderId}/subfolders`,
		);
	} catch (error) {
		if (error instanceof ServiceError && error.status === 404) return undefined;
		throw error;
	}
}

function idsIn(lines: string[]): string[] {
	return lines.map((line) => String((JSON.parse(line) as { id?: unknown }).id ?? '')).filter((id) => /^\d+$/.test(id));
}

/**
 * Freshdesk Solutions from API v2 (basic auth: the API key as user, `X` as password):
 * the categories, each category's folders, each folder's subfolders, and each
 * folder's articles, page by page, downloaded to `.tryblock/import/` as they arrive.
 * The lists are then joined into `categories`, `folders` and `articles` files that say
 * where each record sits, which `--dump` reads too. The key goes to the API's host only.
 */
export async function freshdeskApi(
	settings: FreshdeskApiSettings,
	options: HelpCenterOptions & { portal?: string },
): Promise<ImportSource> {
	const http = helpCenterClient('Freshdesk', options, {
		baseUrl: settings.baseUrl,
		headers: { authorization: `Basic ${Buffer.from(`${settings.apiKey}:X`).toString('base64')}` },
		hint: 'check FRESHDESK_API_KEY: the API key of an agent who can see every solution article',
		secrets: [settings.apiKey],
		permission: "give the key's agent a role that can see every solution article, or use an admin's key",
		classifyRefusal: freshdeskRefusal,
	});
	const host = new URL(settings.baseUrl).host;
	const dir = path.join(options.spoolDir, `freshdesk-${host.replace(/[^a-z0-9.-]/gi, '_')}`);
	const listing: Listing = { http, baseUrl: settings.baseUrl, dir, notice: options.notice };

	const categories = recordsOf(await list(listing, 'categories', 'categories', '/api/v2/solutions/categories'), {});
	const folders: string[] = [];
	const articles: string[] = [];
	const queue: { id: string; fields: Record<string, string> }[] = [];
	for (const categoryId of idsIn(categories)) {
		const file = await list(
			listing,
			`folders-${categoryId}`,
			'folders',
			`/api/v2/solutions/categories/${categoryId}/folders`,
		);
		const records = recordsOf(file, { category_id: categoryId });
		folders.push(...records);
		for (const folderId of idsIn(records)) queue.push({ id: folderId, fields: { category_id: categoryId } });
	}
	const seen = new Set<string>();
	for (let next = queue.shift(); next; next = queue.shift()) {
		if (seen.has(next.id)) continue;
		seen.add(next.id);
		const articleFile = await list(
			listing,
			`articles-${next.id}`,
			'articles',
			`/api/v2/solutions/folders/${next.id}/articles`,
		);
		articles.push(...recordsOf(articleFile, { folder_id: next.id }));
		const inner = await subfolders(listing, next.id);
		if (!inner) continue;
		const records = recordsOf(inner, { ...next.fields, parent_folder_id: next.id });
		folders.push(...records);
		for (const folderId of idsIn(records)) queue.push({ id: folderId, fields: next.fields });
	}
	for (const [name, lines] of [
		['categories', categories],
		['folders', folders],
		['articles', articles],
	] as const) {
		rmSync(path.join(dir, `${name}.json`), { force: true });
		writeFileAtomic(path.join(dir, `${name}.jsonl`), lines.map((line) => `${line}\n`).join(''));
	}
	scrubSavedFolder(dir, (text) => http.redact(text));
	return freshdeskSource(
		dumpLayout(dir),
		`Freshdesk ${host}`,
		{ ...options, portal: options.portal ?? settings.baseUrl },
		http,
	);
}
