import type { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { type HelpCenterOptions, helpCenterClient } from './api-client.ts';
import { type DumpLayout, fetchDumpAsset } from './dump.ts';
import {
	type GroupType,
	type ImportSource,
	type InvalidRecord,
	type ListedAttachment,
	type OldTarget,
	type SourceArticle,
	type SourceGroup,
	type SourceSystem,
	SourceUnreadable,
} from './types.ts';
import { skippingUnreachableHosts } from './unreachable-hosts.ts';

/** The host of an address, if it has one. */
export function hostOf(url: string | null | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).host;
	} catch {
		return undefined;
	}
}

/**
 * A record of the source read through its schema, or why it is no article: the
 * field zod refused, and the record's id when it has one, for the report.
 */
export function parseRecord<Schema extends z.ZodType>(
	schema: Schema,
	record: unknown,
	noun: string,
): { data: z.output<Schema> } | InvalidRecord {
	const parsed = schema.safeParse(record);
	if (parsed.success) return { data: parsed.data };
	const rawId = (record as { id?: unknown } | null)?.id;
	const issue = parsed.error.issues[0];
	return {
		invalid: `not ${noun}: ${issue?.path.join('.') || 'record'} ${issue?.message ?? ''}`.trim(),
		id: rawId === undefined ? undefined : String(rawId),
	};
}

/**
 * A link of an article as an address on the web: `relative` when it named no host
 * (`/hc/en-us/articles/1`), so it can only be the old help center's own. Undefined for
 * what is no web address (`mailto:`, a malformed URL).
 */
export function webAddress(url: string): { parsed: URL; relative: boolean } | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url, 'https://old-help-center.invalid');
	} catch {
		return undefined;
	}
	if (!/^https?:$/.test(parsed.protocol)) return undefined;
	return { parsed, relative: parsed.host === 'old-help-center.invalid' };
}

/**
 * The old addresses of an article: its page's path as the help center served it
 * (when the address is one of the article's, by `pattern`: group 1 the locale, group
 * 2 the id), and the id-only form the help center also answered, in the page's locale.
 */
export function articleOldPaths(options: {
	/** The article's page, as the source gives it. */
	url: string | null | undefined;
	articleId: string;
	locale: string | undefined;
	pattern: RegExp;
	/** The path as redirects match it (a workspace prefix dropped...). */
	pathOf?: (url: URL) => string;
	idPath: (locale: string | undefined, id: string) => string;
}): string[] {
	const paths = new Set<string>();
	let pageLocale = options.locale;
	if (options.url) {
		try {
			const parsed = new URL(options.url);
			const pathname = (options.pathOf?.(parsed) ?? parsed.pathname).replace(/\/$/, '');
			const match = options.pattern.exec(pathname);
			if (match?.[2] === options.articleId) {
				paths.add(pathname);
				pageLocale = match[1] ?? pageLocale;
			}
		} catch {
			// An unusable address only costs its redirect; the id form still works.
		}
	}
	paths.add(options.idPath(pageLocale, options.articleId));
	return [...paths];
}

/** A category or a group inside one, as a help center's API lists it (each source reads its own field names). */
export interface ListedGroup {
	id: string;
	name?: string | null;
	/** The group of the same kind it sits in (a subsection, a subfolder). */
	parentId?: string | null;
	categoryId?: string | null;
}

/**
 * A help center's categories and the groups under them (Zendesk's sections,
 * Freshdesk's folders), each group in its parent group, else in its category.
 */
export function categoryTree(
	categories: readonly ListedGroup[],
	groups: readonly ListedGroup[],
	groupType: GroupType,
): SourceGroup[] {
	return [
		...categories.map((category): SourceGroup => ({ type: 'categories', id: category.id, name: category.name ?? '' })),
		...groups.map(
			(group): SourceGroup => ({
				type: groupType,
				id: group.id,
				name: group.name ?? '',
				parent: group.parentId
					? { type: groupType, id: group.parentId }
					: group.categoryId
						? { type: 'categories', id: group.categoryId }
						: undefined,
			}),
		),
	];
}

/** The first of a record's dates that is one (an API gives `updated_at`, else `created_at`). */
export function firstDate(...values: (string | null | undefined)[]): Date | undefined {
	for (const value of values) {
		if (!value) continue;
		const date = new Date(value);
		if (!Number.isNaN(date.getTime())) return date;
	}
	return undefined;
}

/** The records a schema accepts, read through it; the others are left out. */
export function acceptedRecords<Schema extends z.ZodType>(
	schema: Schema,
	records: readonly unknown[],
): z.output<Schema>[] {
	return records.flatMap((record) => {
		const parsed = schema.safeParse(record);
		return parsed.success ? [parsed.data] : [];
	});
}

/** A path that names a file (`/hc/guides/setup.pdf`) rather than a page. */
export function isFilePath(pathname: string): boolean {
	const last = pathname.split('/').at(-1) ?? '';
	return /\.[A-Za-z0-9]{1,8}$/.test(last) && !/\.(?:html?|php|aspx?|jsp)$/i.test(last);
}

interface Translation {
	locale: string;
	oldPaths: string[];
}
interface Choice {
	/** Which record of the list is imported. */
	ordinal: number;
	rank: number;
	locale: string | undefined;
	oldPaths: string[];
	/** The article's other languages, not imported. */
	others: Translation[];
}

/** How well a record fits: the language asked for, else the one the article was written in. */
function rankOf(article: SourceArticle, wanted: string | undefined): number {
	const locale = article.locale?.toLowerCase();
	if (wanted && locale === wanted.toLowerCase()) return 2;
	return locale === undefined || locale === article.sourceLocale?.toLowerCase() ? 1 : 0;
}

/**
 * A dump may hold an article once per language (each locale's list, saved
 * together). Tryblock keeps one language, so one record of each article is
 * imported: the one in `--locale`, else the one in the language it was written
 * in, else the first. The others are not dropped in silence: their old addresses
 * lead to the article and its report names their languages.
 */
async function chooseTranslations(
	records: AsyncIterable<SourceArticle | InvalidRecord>,
	wanted: string | undefined,
): Promise<Map<string, Choice>> {
	const choice = new Map<string, Choice>();
	let ordinal = 0;
	for await (const record of records) {
		const at = ordinal++;
		if ('invalid' in record) continue;
		const rank = rankOf(record, wanted);
		const mine = { locale: record.locale ?? '?', oldPaths: record.oldPaths };
		const known = choice.get(record.id);
		if (!known)
			choice.set(record.id, { ordinal: at, rank, locale: record.locale, oldPaths: record.oldPaths, others: [] });
		else if (rank > known.rank) {
			known.others.push({ locale: known.locale ?? '?', oldPaths: known.oldPaths });
			Object.assign(known, { ordinal: at, rank, locale: record.locale, oldPaths: record.oldPaths });
		} else known.others.push(mine);
	}
	return choice;
}

/** The chosen record, with its other languages' old addresses and a note naming them. */
function withTranslations(article: SourceArticle, others: Translation[]): SourceArticle {
	const locales = [...new Set(others.map((other) => other.locale))].join(', ');
	return {
		...article,
		oldPaths: [...new Set([...article.oldPaths, ...others.flatMap((other) => other.oldPaths)])],
		notes: [
			...article.notes,
			{
				level: 'info',
				message: `imported in ${article.locale ?? 'its own language'}; its translations (${locales}) were not (--locale chooses the language), and their old addresses lead here`,
			},
		],
	};
}

/** What sets one hosted help center (Zendesk Guide, Intercom Articles) apart from another. */
export interface HelpCenterSpec {
	system: Exclude<SourceSystem, 'folder'>;
	/** How the report names it. */
	label: string;
	layout: DumpLayout;
	options: HelpCenterOptions;
	/** The helpdesk's name, for the client that downloads a dump's images (with no credentials). */
	service: string;
	/**
	 * The API client when the records came from the API (the token goes to its origin
	 * only). Without it the records are a dump, whose folder is where images and files
	 * saved beside it are found first.
	 */
	api?: ServiceClient;
	/** The sections, categories or collections of the dump; `hosts` learns the help center's addresses. */
	groups: (layout: DumpLayout, hosts: Set<string>) => Promise<SourceGroup[]>;
	/** Every article record of the dump, converted. */
	articles: (layout: DumpLayout) => AsyncIterable<SourceArticle | InvalidRecord>;
	/** Reads an address of the old help center, knowing its hosts. */
	classify: (url: string, hosts: ReadonlySet<string>) => OldTarget;
	listedAttachments?: (article: SourceArticle) => Promise<ListedAttachment[]>;
}

/**
 * An import source over a downloaded help center (a dump, or the API's lists saved
 * under `.tryblock/import/`): read twice, once to index and once to convert. The
 * help center's own hosts are learned from its records, so links to its pages are
 * recognised whatever domain it was served on. Images and files are read from beside
 * a dump when saved there, else downloaded (unless offline).
 */
export function helpCenterSource(spec: HelpCenterSpec): ImportSource {
	const { layout, label, options } = spec;
	const client = spec.api ?? (options.offline ? undefined : helpCenterClient(spec.service, options));
	const http = client && { download: skippingUnreachableHosts(client.download) };
	const localDir = spec.api ? undefined : layout.dir;
	const hosts = new Set<string>();
	let groups: Promise<SourceGroup[]> | undefined;
	let choice: Map<string, Choice> | undefined;
	return {
		system: spec.system,
		label,
		groups: () => {
			groups ??= spec.groups(layout, hosts);
			return groups;
		},
		async *articles() {
			if (layout.file('articles') === undefined)
				throw new SourceUnreadable(`${label}: no articles.json or articles.jsonl in the dump`);
			choice ??= await chooseTranslations(spec.articles(layout), options.locale);
			let ordinal = 0;
			for await (const article of spec.articles(layout)) {
				const at = ordinal++;
				const host = 'base' in article ? hostOf(article.base) : undefined;
				if (host) hosts.add(host);
				if ('invalid' in article) {
					yield article;
					continue;
				}
				const chosen = choice.get(article.id);
				if (chosen && chosen.ordinal !== at) continue;
				yield chosen && chosen.others.length > 0 ? withTranslations(article, chosen.others) : article;
			}
		},
		classify: (url) => spec.classify(url, hosts),
		fetchAsset: (url, maxBytes) => fetchDumpAsset(url, { dir: localDir, offline: options.offline, http, maxBytes }),
		listedAttachments: spec.listedAttachments,
	};
}
