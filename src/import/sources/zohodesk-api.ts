import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { contentPath } from '../../content-model/paths.ts';
import type { ZohodeskSource } from '../../helpdesk/config.ts';
import { zohodeskRefusal } from '../../http/vendor-refusals/zohodesk.ts';
import { type ZohoDataCenter, zohoAccountsUrl, zohoDataCenters, zohodeskBaseUrl } from '../../zoho/data-centers.ts';
import { createZohoToken } from '../../zoho/token.ts';
import { scrubDeep } from '../credentials.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { dumpLayout } from './dump.ts';
import { type ApiListing, scrubSavedFolder, spooledRecords, spoolListing } from './spool.ts';
import { type ImportSource, SourceUnreadable } from './types.ts';
import { zohodeskSource } from './zohodesk.ts';

/** Records a list page asks for: Zoho Desk's lists take `from` (the first record's number, from 1) and `limit`. */
const LIMIT = 50;

export interface ZohodeskApiSettings {
	/** The Desk API origin of the data center, or ZOHO_DESK_URL. */
	baseUrl: string;
	/** The accounts server of the data center, or ZOHO_DESK_ACCOUNTS_URL. */
	accountsUrl: string;
	/** Sent as the `orgId` header with every request. */
	orgId: string;
	/** The Self Client's credentials, exchanged for an access token; or an access token sent as it is. */
	auth: { clientId: string; clientSecret: string; refreshToken: string } | { accessToken: string };
	/** The variables that hold them, for messages. */
	credentials: string;
	secrets: string[];
}

const dataCenterNames = Object.keys(zohoDataCenters) as ZohoDataCenter[];
const scopeHint =
	'a Self Client of your data center whose refresh token was generated with the scope Desk.articles.READ, by a user who sees every department';

/** A variable's value, or one line naming it. */
function variable(env: Record<string, string | undefined>, name: string, what: string): string {
	const value = env[name]?.trim();
	if (!value)
		throw new SourceUnreadable(`Zoho Desk: ${name} is not set`, `set ${name} to ${what}, or pass --dump <folder>`);
	return value;
}

/**
 * Reads the Zoho Desk settings: the ticket pull's (`tickets.source` in
 * content/tryblock.yaml, when it is Zoho Desk: organization, data center, the
 * variables of the credentials), else the environment (`ZOHO_DESK_ORG_ID`,
 * `ZOHO_DESK_DATA_CENTER`), with the pull's credential variables; a variable set wins.
 */
export function zohodeskSettings(
	env: Record<string, string | undefined>,
	pull: ZohodeskSource | undefined,
	settingsFile = contentPath('config'),
): ZohodeskApiSettings {
	const orgId = env.ZOHO_DESK_ORG_ID?.trim() || pull?.orgId;
	if (!orgId) {
		throw new SourceUnreadable(
			'Zoho Desk: ZOHO_DESK_ORG_ID is not set',
			`set ZOHO_DESK_ORG_ID to the organization id (Setup › Developer Space › API), or set tickets.source (type: zohodesk) in ${settingsFile} as the ticket pull reads it, or pass --dump <folder>`,
		);
	}
	if (!/^\d{1,30}$/.test(orgId))
		throw new SourceUnreadable(
			'Zoho Desk: ZOHO_DESK_ORG_ID is not an organization id (digits only, such as 648392013)',
		);
	const dataCenter = (env.ZOHO_DESK_DATA_CENTER?.trim().toLowerCase() || pull?.dataCenter || 'us') as ZohoDataCenter;
	if (!dataCenterNames.includes(dataCenter)) {
		throw new SourceUnreadable(
			`Zoho Desk: ZOHO_DESK_DATA_CENTER must be one of ${dataCenterNames.join(', ')}`,
			'us is desk.zoho.com, eu desk.zoho.eu, in desk.zoho.in …: the host your Desk is on',
		);
	}
	const place = {
		dataCenter,
		baseUrl: env.ZOHO_DESK_URL?.trim() || pull?.baseUrl,
		accountsUrl: env.ZOHO_DESK_ACCOUNTS_URL?.trim() || pull?.accountsUrl,
	};
	for (const [name, value] of [
		['ZOHO_DESK_URL', place.baseUrl],
		['ZOHO_DESK_ACCOUNTS_URL', place.accountsUrl],
	] as const) {
		if (value !== undefined && !/^https?:\/\/[^/]/i.test(value))
			throw new SourceUnreadable(`Zoho Desk: ${name} is no web address`);
	}
	const baseUrl = zohodeskBaseUrl(place).replace(/\/+$/, '');
	const accountsUrl = zohoAccountsUrl(place).replace(/\/+$/, '');
	if (pull?.tokenEnv) {
		const accessToken = variable(env, pull.tokenEnv, 'a Zoho Desk access token');
		return { baseUrl, accountsUrl, orgId, auth: { accessToken }, credentials: pull.tokenEnv, secrets: [accessToken] };
	}
	const names = {
		clientId: pull?.clientIdEnv ?? 'ZOHO_DESK_CLIENT_ID',
		clientSecret: pull?.clientSecretEnv ?? 'ZOHO_DESK_CLIENT_SECRET',
		refreshToken: pull?.refreshTokenEnv ?? 'ZOHO_DESK_REFRESH_TOKEN',
	};
	const auth = {
		clientId: variable(env, names.clientId, `the client id of ${scopeHint}`),
		clientSecret: variable(env, names.clientSecret, `the client secret of ${scopeHint}`),
		refreshToken: variable(env, names.refreshToken, `the refresh token of ${scopeHint}`),
	};
	return {
		baseUrl,
		accountsUrl,
		orgId,
		auth,
		credentials: `${names.clientId}, ${names.clientSecret} and ${names.refreshToken}`,
		secrets: [auth.clientId, auth.clientSecret, auth.refreshToken],
	};
}

/** The next page of a Zoho Desk list: `from` moved past this page while a page comes back full. */
export function zohodeskNextPage(body: unknown, url: string): string | undefined {
	const data = (body as { data?: unknown } | null)?.data;
	if (!Array.isArray(data)) return undefined;
	const current = new URL(url);
	const limit = Number(current.searchParams.get('limit') ?? LIMIT);
	if (data.length === 0 || data.length < limit) return undefined;
	current.searchParams.set('from', String(Number(current.searchParams.get('from') ?? 1) + data.length));
	return current.href;
}

type Listing = ApiListing;

/** Downloads one list (every page of it) to `lists/<name>.jsonl`; returns its records. */
async function list(listing: Listing, name: string, what: string, apiPath: string, query = ''): Promise<unknown[]> {
	const file = await spoolListing(listing, name, {
		service: 'Zoho Desk',
		list: what,
		first: `${listing.baseUrl}${apiPath}?from=1&limit=${LIMIT}${query}`,
		key: 'data',
		next: zohodeskNextPage,
		noContent: { data: [] },
	});
	return spooledRecords(file);
}

const idOf = (record: unknown) => String((record as { id?: unknown } | null)?.id ?? '');
const treeSchema = z.looseObject({ id: z.union([z.string(), z.number()]) });
const articleRefSchema = z.looseObject({
	id: z.union([z.string(), z.number()]).transform(String),
	modifiedTime: z.string().nullish(),
});
const articleSchema = z.looseObject({ id: z.union([z.string(), z.number()]) });

/**
 * Each article whole (the list holds no `answer`): asked of the API once per article,
 * kept under `articles/` by its last edit, so an import run again (or interrupted)
 * asks only for the articles edited since.
 */
async function wholeArticles(listing: Listing, refs: unknown[]): Promise<string[]> {
	const dir = path.join(listing.dir, 'articles');
	mkdirSync(dir, { recursive: true });
	const redact = (text: string) => listing.http.redact(text);
	const lines: string[] = [];
	for (const ref of refs) {
		const parsed = articleRefSchema.safeParse(ref);
		if (!parsed.success || !/^\d+$/.test(parsed.data.id)) {
			lines.push(JSON.stringify(ref));
			continue;
		}
		const stamp = (parsed.data.modifiedTime ?? '').replace(/[^0-9TZ]/g, '');
		const file = path.join(dir, `${parsed.data.id}-${stamp}.json`);
		if (!existsSync(file)) {
			const body = await listing.http.json(
				{ method: 'GET', url: `${listing.baseUrl}/api/v1/articles/${parsed.data.id}` },
				articleSchema,
			);
			// Kept scrubbed of the credentials, as the lists are (see spoolList).
			writeFileAtomic(file, JSON.stringify(scrubDeep({ ...(ref as object), ...body }, redact).value));
		}
		lines.push(readFileSync(file, 'utf8'));
	}
	return lines;
}

/**
 * Zoho Desk's knowledge base from its REST API (`Authorization: Zoho-oauthtoken …` and
 * the `orgId` header, to the data center's Desk host only; the token refreshed at its
 * accounts host only): the root categories, each one's category tree, the articles,
 * then each article whole, downloaded to `.tryblock/import/` and joined into
 * `categories` and `articles` files, which `--dump` reads too.
 */
export async function zohodeskApi(
	settings: ZohodeskApiSettings,
	options: HelpCenterOptions & { portal?: string },
): Promise<ImportSource> {
	const hint = `check ${settings.credentials}: ${scopeHint}, and ZOHO_DESK_DATA_CENTER`;
	const api = { hint, secrets: settings.secrets, credentials: settings.credentials };
	const { auth } = settings;
	let token: () => Promise<string>;
	if ('accessToken' in auth) token = async () => auth.accessToken;
	else {
		// The refresh goes to the accounts host of the organization's own data center, and only there.
		const accounts = helpCenterClient('Zoho Desk', options, { ...api, baseUrl: settings.accountsUrl, headers: {} });
		token = createZohoToken(accounts, auth);
	}
	const http = helpCenterClient('Zoho Desk', options, {
		...api,
		baseUrl: settings.baseUrl,
		headers: async () => ({ authorization: `Zoho-oauthtoken ${await token()}`, orgId: settings.orgId }),
		permission:
			'generate the code with the scope Desk.articles.READ, by a user whose profile can see every department and its knowledge base',
		classifyRefusal: zohodeskRefusal,
	});
	const host = new URL(settings.baseUrl).host;
	const dir = path.join(options.spoolDir, `zohodesk-${host.replace(/[^a-z0-9.-]/gi, '_')}-${settings.orgId}`);
	const listing: Listing = { http, baseUrl: settings.baseUrl, dir, notice: options.notice };
	const redact = (text: string) => http.redact(text);

	const roots = await list(listing, 'root-categories', 'root categories', '/api/v1/kbRootCategories');
	const categories: string[] = [];
	for (const root of roots) {
		const rootId = idOf(root);
		if (!/^\d+$/.test(rootId)) continue;
		const tree = await http.json(
			{ method: 'GET', url: `${settings.baseUrl}/api/v1/kbRootCategories/${rootId}/categoryTree` },
			treeSchema,
		);
		// The root as listed (its visibility), with the tree's sections under it.
		categories.push(JSON.stringify(scrubDeep({ ...(root as object), ...tree }, redact).value));
	}
	const refs = await list(listing, 'articles', 'articles', '/api/v1/articles', '&sortBy=createdTime');
	const articles = await wholeArticles(listing, refs);
	for (const [name, lines] of [
		['categories', categories],
		['articles', articles],
	] as const) {
		writeFileAtomic(path.join(dir, `${name}.jsonl`), lines.map((line) => `${line}\n`).join(''));
	}
	scrubSavedFolder(dir, redact);
	return zohodeskSource(dumpLayout(dir), `Zoho Desk ${host}`, options, http);
}
