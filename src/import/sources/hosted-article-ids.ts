import { numberedArticlePath } from '../../redirects/old-addresses.ts';
import { encodeOldPath, normalizeOldPath } from '../../redirects/old-path.ts';
import { onOldSite } from './site-paths.ts';

/**
 * A hosted help center's article number in a page's frontmatter (`id: 360017090920`),
 * as tools that keep a Zendesk, Intercom or Freshdesk help center in git write it.
 * Short numbers are an order or a version, not an article number.
 */
const ARTICLE_NUMBER = /^\d{6,}$/;

/** A link to a numbered article of a hosted help center: `/hc/en-us/articles/360017090920-Title`. */
const NUMBERED_LINK = /\/articles\/(\d{6,})(?=[-/?#)\s"'\]]|$)/g;

/** A base path that is a hosted help center's: Zendesk's `/hc` or `/hc/en-us`, Freshdesk's `/support/solutions`. */
const HOSTED_BASE = /^\/(?:hc(?:\/[a-z]{2}(?:-[a-z0-9]+)?)?|support\/solutions)$/i;

/** The page's article number, when its frontmatter holds one. */
export function articleNumberOf(data: Record<string, unknown>): string | undefined {
	const id = typeof data.id === 'number' && Number.isSafeInteger(data.id) ? String(data.id) : data.id;
	return typeof id === 'string' && ARTICLE_NUMBER.test(id.trim()) ? id.trim() : undefined;
}

/** The article numbers a page's text links to (`…/articles/4406856349970-Select-board`). */
export function linkedArticleNumbers(text: string): string[] {
	return [...text.matchAll(NUMBERED_LINK)].map((match) => match[1] as string);
}

/**
 * Whether the folder's frontmatter numbers are its old help center's article numbers:
 * its pages link each other by them, or the base path is a hosted help center's. A
 * vault's `id: 202301011230` (a note's timestamp) is neither.
 */
export function numbersAreArticleNumbers(
	numbers: ReadonlySet<string>,
	linked: ReadonlySet<string>,
	basePath: string,
): boolean {
	if (numbers.size === 0) return false;
	if (HOSTED_BASE.test(basePath.replace(/\/+$/, ''))) return true;
	for (const number of linked) if (numbers.has(number)) return true;
	return false;
}

/**
 * The title part of a numbered article's address as the hosted help center writes it:
 * every run of characters other than letters and digits is one `-`
 * ("If your sketch doesn't upload" → `If-your-sketch-doesn-t-upload`).
 */
export function hostedTitleSlug(title: string): string {
	return title.trim().replace(/[^\p{L}\p{N}]+/gu, '-');
}

/**
 * The old addresses of a page by its article number: the number alone, which the old
 * help center answered, and the number with the title, as its links were copied.
 */
export function numberedArticlePaths(number: string, title: string | undefined, basePath: string): string[] {
	const base = normalizeOldPath(basePath.replace(/\/+$/, ''));
	const bare = `${base}/articles/${number}`;
	const slug = title ? hostedTitleSlug(title) : '';
	return slug === '' ? [bare] : [bare, `${base}/articles/${number}-${encodeOldPath(slug)}`];
}

/** Frontmatter fields in which archives of a hosted help center keep each article's address there. */
const ADDRESS_FIELDS = ['link', 'html_url', 'url', 'canonical_url', 'canonical'] as const;

/**
 * The page's own address on the old help center, as an archive of it writes it in
 * frontmatter (`link: https://help.example.com/hc/en-us/articles/4409159214605-Find-your-backup`):
 * a full address on the old site, or, when that is not given, any numbered article's
 * address. Its path is an old address of the page.
 */
export function ownAddressOf(
	data: Record<string, unknown>,
	oldSite: URL | undefined,
): { field: string; path: string } | undefined {
	for (const { field, url } of absoluteAddresses(data)) {
		const path = url.pathname.replace(/(.)\/+$/, '$1');
		if (oldSite ? onOldSite(url, oldSite) : numberedArticlePath(path) !== undefined)
			return { field, path: normalizeOldPath(path) };
	}
	return undefined;
}

/** The web addresses a page's frontmatter gives in the fields that archives keep an article's address in. */
function absoluteAddresses(data: Record<string, unknown>): { field: string; url: URL }[] {
	return ADDRESS_FIELDS.flatMap((field) => {
		const value = data[field];
		if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return [];
		try {
			return [{ field, url: new URL(value.trim()) }];
		} catch {
			return [];
		}
	});
}

/**
 * The old help center's address, when the archive names it without being told: most
 * pages give their own address in frontmatter (`link: https://help.example.com/hc/…`)
 * and more than half of those that do give it on one host. A page or two that point
 * elsewhere (a video, a status page) do not stop it; a folder whose addresses are spread
 * over hosts, or that only one page gives, names none.
 */
export function archivedSiteOf(pages: readonly Record<string, unknown>[]): { site: URL; field: string } | undefined {
	const byHost = new Map<string, { site: URL; field: string; pages: number }>();
	let addressed = 0;
	for (const data of pages) {
		const first = absoluteAddresses(data)[0];
		if (!first) continue;
		addressed++;
		const host = first.url.host.toLowerCase().replace(/^www\./, '');
		const entry = byHost.get(host) ?? { site: new URL(first.url.origin), field: first.field, pages: 0 };
		entry.pages++;
		byHost.set(host, entry);
	}
	if (addressed * 2 <= pages.length) return undefined;
	const [top] = [...byHost.values()].sort((a, b) => b.pages - a.pages);
	return top && top.pages >= 2 && top.pages * 2 > addressed ? { site: top.site, field: top.field } : undefined;
}

/** A locale segment before `/articles/` in a hosted help center's address (`en`, `en-us`, `pt-BR`). */
const LOCALE_BEFORE_ARTICLES = /\/[a-z]{2}(?:-[a-z0-9]{2,4})?(\/articles\/\d+)$/i;

/**
 * A Freshdesk article address under one of the portal's languages (`/en/support/solutions/articles/…`,
 * `/pt-BR/…`), or in its agent view (`/a/solutions/articles/…`, as agents copy it): the article it serves
 * at `/support/solutions/articles/…`.
 */
const FRESHDESK_ALSO = /^\/(?:[a-z]{2}(?:-[a-z0-9]{2,4})?\/support|a)(\/solutions\/articles\/\d+)$/i;

/**
 * A number-only article address without its locale (`/hc/articles/360001234` for
 * `/hc/en-us/articles/360001234`, `/articles/8551755` for `/en/articles/8551755`):
 * Zendesk and Intercom answer it in the reader's language, and links are copied so.
 */
export function withoutLocale(numberOnlyPath: string): string | undefined {
	const match = LOCALE_BEFORE_ARTICLES.exec(numberOnlyPath);
	return match ? `${numberOnlyPath.slice(0, match.index)}${match[1]}` : undefined;
}

/**
 * The pages whose old address is a hosted help center's numbered article, by that
 * address's number-only form (`/en/articles/8551755`) and by the same without its
 * locale (`/articles/8551755`). A number two pages claim names neither.
 */
export class NumberedArticles {
	private readonly byNumber = new Map<string, string | null>();
	private readonly byNumberAnyLocale = new Map<string, string | null>();

	add(address: string, id: string): void {
		const numberOnly = numberedArticlePath(address);
		if (numberOnly === undefined) return;
		claim(this.byNumber, numberOnly, id);
		const anyLocale = withoutLocale(numberOnly);
		if (anyLocale !== undefined) claim(this.byNumberAnyLocale, anyLocale, id);
	}

	/**
	 * The page a number-only address names, under the same path or, for one without a locale, in any one
	 * language; a Freshdesk address under one of its portal's languages (`/en/support/solutions/articles/…`)
	 * or in its agent view (`/a/solutions/articles/…`) names the article it serves at `/support/solutions/…`.
	 */
	pageOf(numberOnly: string): string | undefined {
		const solutions = FRESHDESK_ALSO.exec(numberOnly)?.[1];
		const unprefixed = solutions === undefined ? undefined : `/support${solutions}`;
		return (
			this.byNumber.get(numberOnly) ??
			this.byNumberAnyLocale.get(numberOnly) ??
			(unprefixed === undefined ? undefined : this.byNumber.get(unprefixed)) ??
			undefined
		);
	}

	/** Whether `id` alone holds the number-only address, under exactly that path. */
	holds(numberOnly: string, id: string): boolean {
		return this.byNumber.get(numberOnly) === id;
	}
}

function claim(map: Map<string, string | null>, key: string, id: string): void {
	const known = map.get(key);
	map.set(key, known === undefined || known === id ? id : null);
}

/** A hosted help center's article address: Zendesk's `/hc/en-us/articles/…`, Intercom's `/en/articles/…`, Freshdesk's. */
const HOSTED_ARTICLE =
	/^\/(?:hc(?:\/[a-z]{2}(?:-[a-z0-9]+)?)?|[a-z]{2}(?:-[a-z0-9]+)?|(?:[a-z]{2}(?:-[a-z0-9]+)?\/)?support\/solutions)\/articles\/(\d{6,})(?:-[^/]*)?\/?$/i;

/**
 * The article number an absolute address names on a hosted help center
 * (`https://support.example.com/hc/en-us/articles/360017090920-Delete-your-account`),
 * whatever its host: a folder kept by those numbers links its articles by the old
 * help center's addresses, whose host the import need not be told.
 */
export function hostedArticleNumber(url: URL): string | undefined {
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	// Intercom's own host serves a help center under its identifier (`intercom.help/acme/en/articles/…`).
	const pathname =
		url.hostname.toLowerCase() === 'intercom.help' ? url.pathname.replace(/^\/[^/]+(?=\/)/, '') : url.pathname;
	return HOSTED_ARTICLE.exec(pathname)?.[1];
}
