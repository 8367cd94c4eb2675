import path from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../content-model/cache-files.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { document360Source } from './document360.ts';
import { type Listing, pageCategories, wholeArticles } from './document360-whole.ts';
import { dumpLayout } from './dump.ts';
import { scrubSavedFolder, spooledRecords, spoolListing } from './spool.ts';
import { type ImportSource, SourceUnreadable } from './types.ts';

/** Document360's API hubs by data center, as its API reference lists its servers. */
export const document360Hosts: Record<string, string> = {
	eu: 'https://apihub.document360.io',
	us: 'https://apihub.us.document360.io',
};

/** Reader groups come five to a page (the API reference's `offSet`). */
const READER_GROUPS_PER_PAGE = 5;

export interface Document360Settings {
	/** The API hub of the project's data center, or DOCUMENT360_API_URL. */
	baseUrl: string;
	/** The API token itself, never to be shown. */
	token: string;
	/** The workspace (project version) to import, by id, slug or name; else the main one. */
	workspace?: string;
}

/** Reads the Document360 settings from the environment, naming the variable that is wrong or missing. */
export function document360Settings(env: Record<string, string | undefined>): Document360Settings {
	const token = env.DOCUMENT360_API_TOKEN?.trim();
	if (!token) {
		throw new SourceUnreadable(
			'Document360: DOCUMENT360_API_TOKEN is not set',
			'set DOCUMENT360_API_TOKEN to an API token with GET allowed (Settings › Knowledge base portal › API tokens), or pass --dump <folder>',
		);
	}
	const center = env.DOCUMENT360_DATA_CENTER?.trim().toLowerCase() || 'eu';
	const given = env.DOCUMENT360_API_URL?.trim();
	const baseUrl = given || document360Hosts[center];
	if (!baseUrl || !/^https?:\/\/[^/]/i.test(baseUrl)) {
		throw new SourceUnreadable(
			given
				? 'Document360: DOCUMENT360_API_URL is no web address'
				: `Document360: DOCUMENT360_DATA_CENTER must be ${Object.keys(document360Hosts).join(' or ')}, received "${center.slice(0, 40)}"`,
			'a private-hosting project sets DOCUMENT360_API_URL=https://apihub.<name>.document360.io',
		);
	}
	const workspace = env.DOCUMENT360_WORKSPACE?.trim();
	return { baseUrl: baseUrl.replace(/\/+$/, ''), token, ...(workspace ? { workspace } : {}) };
}

/** The next page of reader groups while a page comes back full. */
export function document360NextReaderGroups(body: unknown, url: string): string | undefined {
	const list = (body as { result?: unknown } | null)?.result;
	if (!Array.isArray(list) || list.length < READER_GROUPS_PER_PAGE) return undefined;
	const next = new URL(url);
	next.searchParams.set('offSet', String(Number(next.searchParams.get('offSet') ?? 1) + 1));
	return next.href;
}

const workspaceSchema = z.looseObject({
	id: z.string(),
	slug: z.string().nullish(),
	version_code_name: z.string().nullish(),
	is_main_version: z.boolean().nullish(),
	/** 0 a knowledge base, 1 API reference. */
	version_type: z.number().nullish(),
	language_versions: z
		.array(
			z.looseObject({
				code: z.string().nullish(),
				set_as_default: z.boolean().nullish(),
				site_protection_level: z.number().nullish(),
			}),
		)
		.nullish(),
});
type Workspace = z.output<typeof workspaceSchema>;

/** The workspace asked for (by id, slug or name), else the main knowledge base. */
export function chooseWorkspace(records: unknown[], wanted: string | undefined): Workspace {
	const workspaces = records.flatMap((record) => {
		const parsed = workspaceSchema.safeParse(record);
		return parsed.success ? [parsed.data] : [];
	});
	const names = (workspace: Workspace) =>
		[workspace.id, workspace.slug, workspace.version_code_name].filter(Boolean).map((name) => String(name));
	if (wanted) {
		const found = workspaces.find((workspace) =>
			names(workspace).some((name) => name.toLowerCase() === wanted.toLowerCase()),
		);
		if (found) return found;
		throw new SourceUnreadable(
			`Document360: no workspace "${wanted.slice(0, 80)}" in the project`,
			`set DOCUMENT360_WORKSPACE to one of ${workspaces.map((workspace) => names(workspace)[1] ?? workspace.id).join(', ') || '(none)'}`,
		);
	}
	const knowledgeBases = workspaces.filter((workspace) => (workspace.version_type ?? 0) === 0);
	const chosen = knowledgeBases.find((workspace) => workspace.is_main_version) ?? knowledgeBases[0];
	if (!chosen) throw new SourceUnreadable('Document360: the project has no knowledge base workspace');
	return chosen;
}

/** The language to import: `--locale`, else the workspace's default, refused when the workspace lacks it. */
export function chooseLanguage(workspace: Workspace, wanted: string | undefined): string {
	const codes = (workspace.language_versions ?? []).flatMap((language) => (language.code ? [language.code] : []));
	if (wanted) {
		const found = codes.find((code) => code.toLowerCase() === wanted.toLowerCase());
		if (found) return found;
		throw new SourceUnreadable(
			`Document360: the workspace has no language "${wanted.slice(0, 40)}"`,
			`pass --locale ${codes.join(', --locale ') || 'en'}`,
		);
	}
	return workspace.language_versions?.find((language) => language.set_as_default)?.code ?? codes[0] ?? 'en';
}

/** Downloads one list to `lists/<name>.jsonl`; returns its records. */
async function list(
	listing: Listing,
	name: string,
	what: string,
	url: string,
	key: string,
	next: (body: unknown, url: string) => string | undefined = () => undefined,
): Promise<unknown[]> {
	return spooledRecords(
		await spoolListing(listing, name, { service: 'Document360', list: what, first: url, key, next }),
	);
}

/** The category tree made flat: each category with its parent's id, without its children. */
export function flattenCategories(tree: unknown[], parent?: string): Record<string, unknown>[] {
	return tree.flatMap((record) => {
		if (record === null || typeof record !== 'object') return [];
		const { child_categories: children, articles: _articles, ...own } = record as Record<string, unknown>;
		const category = { ...own, parent_category_id: own.parent_category_id ?? parent ?? null };
		const inner = Array.isArray(children) ? flattenCategories(children, String(own.id ?? '')) : [];
		return [category, ...inner];
	});
}

/**
 * Document360 from its API v2 (the token in the `api_token` header, to the API hub
 * only): the project's workspaces, the chosen one's category tree and article list
 * in one language, each article whole with its settings, and, when the language's
 * site is not public, the reader groups and the categories their access names.
 * Saved under `.tryblock/import/` and joined into the files `--dump` reads too.
 */
export async function document360Api(
	settings: Document360Settings,
	options: HelpCenterOptions & { site?: string },
): Promise<ImportSource> {
	const http = helpCenterClient('Document360', options, {
		baseUrl: settings.baseUrl,
		headers: { api_token: settings.token },
		hint: 'check DOCUMENT360_API_TOKEN (an API token with GET allowed) and DOCUMENT360_DATA_CENTER (eu or us)',
		secrets: [settings.token],
	});
	const host = new URL(settings.baseUrl).host;
	const dir = path.join(options.spoolDir, `document360-${host.replace(/[^a-z0-9.-]/gi, '_')}`);
	const listing: Listing = { http, baseUrl: settings.baseUrl, dir, notice: options.notice };
	const base = settings.baseUrl;
	const workspaces = await list(listing, 'workspaces', 'workspaces', `${base}/v2/ProjectVersions`, 'data');
	const workspace = chooseWorkspace(workspaces, settings.workspace);
	const language = chooseLanguage(workspace, options.locale);
	const inWorkspace = `${base}/v2/ProjectVersions/${encodeURIComponent(workspace.id)}`;
	const query = `langCode=${encodeURIComponent(language)}`;
	const tree = await list(
		listing,
		`categories-${language}`,
		'categories',
		`${inWorkspace}/categories?${query}&excludeArticles=true`,
		'data',
	);
	const refs = await list(listing, `articles-${language}`, 'articles', `${inWorkspace}/articles?${query}`, 'data');
	const protection = workspace.language_versions?.find((item) => item.code === language)?.site_protection_level;
	const readerGroups =
		protection !== undefined && protection !== null && protection !== 0
			? await list(
					listing,
					'reader-groups',
					'reader groups',
					`${base}/v2/Readers/groups?excludeReaders=true&offSet=1`,
					'result',
					document360NextReaderGroups,
				)
			: [];
	const flat = flattenCategories(tree);
	const articles = [
		...(await pageCategories(listing, flat, language)),
		...(await wholeArticles(listing, refs, language)),
	];
	for (const [name, lines] of [
		['workspace', [JSON.stringify({ ...workspace, imported_language: language })]],
		['categories', flat.map((record) => JSON.stringify(record))],
		['reader_groups', readerGroups.map((record) => JSON.stringify(record))],
		['articles', articles],
	] as const) {
		writeFileAtomic(path.join(dir, `${name}.jsonl`), lines.map((line) => `${line}\n`).join(''));
	}
	scrubSavedFolder(dir, (text) => http.redact(text));
	return document360Source(dumpLayout(dir), `Document360 ${host}`, options, http);
}
