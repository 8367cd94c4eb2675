import { hostedTitleSlug } from './hosted-article-ids.ts';

/**
 * A crawler saves one article under every address it met it by: a Freshdesk article at
 * `/support/solutions/articles/155000001234`, at `…/155000001234-the-title`, at a title it
 * had before, under a language (`/en/support/…`), or followed from a sentence with the
 * comma after it (`…/155000001234,`). The help center answers them all with one article,
 * by its number; a page that names its canonical address says which one it is.
 */

/** Frontmatter fields in which a crawler or an archive keeps the canonical address of a page. */
const CANONICAL_FIELDS = ['canonical', 'canonical_url', 'canonicalUrl', 'canonicalURL'] as const;

/** A `<link rel="canonical" href="…">` a crawler kept in the page. */
const CANONICAL_LINK = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** A language before a path: `en`, `en-us`, `pt-BR`. */
const LOCALE = '[a-z]{2}(?:-[a-z0-9]{2,4})?';
/** What may follow an article number in its address: its title (`-the-title`), or a mark a link was copied with (`,`). */
const AFTER_NUMBER = '(?:[^\\d/][^/]*)?';
/**
 * Freshdesk: `/support/solutions/articles/<n>`, under a language, or in the agent view (`/a/solutions/…`),
 * and its editor's `/edit`, which the portal answers with the article.
 */
const FRESHDESK = new RegExp(
	`^(?:/(${LOCALE}))?/(?:support|a)/solutions/articles/(\\d+)${AFTER_NUMBER}(?:/edit)?$`,
	'i',
);
/** Zendesk: `/hc/<locale>/articles/<n>-title`, and any help center under a path, `/hc/articles/<n>`. */
const ZENDESK = new RegExp(`^(.*?/hc)(?:/(${LOCALE}))?/articles/(\\d+)${AFTER_NUMBER}$`, 'i');
/** Intercom and others by number: `/<locale>/articles/<n>-title`, under a workspace's path on intercom.help too. */
const NUMBERED = new RegExp(`^(.*?)(?:/(${LOCALE}))?/articles/(\\d{6,})${AFTER_NUMBER}$`, 'i');
/** Help Scout Docs: `/article/<n>-slug`, and `/article/<n>` alone, which it answers with the same article. */
const HELPSCOUT = new RegExp(`^(.*?)/article/(\\d+)${AFTER_NUMBER}$`, 'i');

/**
 * Intercom's hosted help centers: `intercom.help/<workspace>/…`, the language after the
 * workspace (`/<workspace>/en/articles/…`). The workspace is a name of any length (`ab`),
 * never a language.
 */
const INTERCOM_HOSTED = /^(\/[^/]+)(\/.+)$/;

/** The article number an address names, the path before it, and the language it names, if it does. */
function numberedArticle(path: string, host = ''): { base: string; number: string; language?: string } | undefined {
	const workspace = host === 'intercom.help' ? INTERCOM_HOSTED.exec(path) : null;
	if (workspace) {
		const inner = numberedArticle(workspace[2] as string);
		return inner && { ...inner, base: `${(workspace[1] as string).toLowerCase()}${inner.base}` };
	}
	const freshdesk = FRESHDESK.exec(path);
	if (freshdesk) return withLanguage('/support/solutions', freshdesk[2] as string, freshdesk[1]);
	const numbered = ZENDESK.exec(path) ?? NUMBERED.exec(path);
	if (numbered) return withLanguage((numbered[1] ?? '').toLowerCase(), numbered[3] as string, numbered[2]);
	const helpScout = HELPSCOUT.exec(path);
	if (helpScout) return { base: `${(helpScout[1] ?? '').toLowerCase()}/article`, number: helpScout[2] as string };
	return undefined;
}

function withLanguage(base: string, number: string, language: string | undefined) {
	return { base: `${base}/articles`, number, ...(language ? { language: language.toLowerCase() } : {}) };
}

/** An address's host and path, without `www.` and a trailing slash. */
function hostAndPath(address: URL): { host: string; path: string } {
	return { host: address.host.toLowerCase().replace(/^www\./, ''), path: address.pathname.replace(/\/+$/, '') || '/' };
}

/**
 * The article an address names, as one string for every address of it: an article number's
 * address without its title, language or trailing marks (`help.example.com/support/solutions/articles/155000001234`),
 * else the address itself without its query, `#section` and trailing slash. The language is
 * not part of it: `articleLanguageOf` tells a translation from a copy.
 */
export function articleKeyOf(address: URL): string {
	const { host, path } = hostAndPath(address);
	const article = numberedArticle(path, host);
	return article ? `${host}${article.base}/${article.number}` : `${host}${path}`;
}

/**
 * The language a help center's article address names (`de` of `/hc/de/articles/360001`,
 * `fr` of `/fr/articles/8551755-…`, `pt-br` of `/pt-BR/support/solutions/articles/…`), in
 * lower case; undefined for an address without one, which a help center answers in its
 * default language, and for any address that names no article by number.
 */
export function articleLanguageOf(address: URL): string | undefined {
	const { host, path } = hostAndPath(address);
	return numberedArticle(path, host)?.language;
}

/** Frontmatter fields in which a crawler keeps the language of a page (its `<html lang>`, or `og:locale`). */
const LANGUAGE_FIELDS = ['lang', 'language', 'locale', 'ogLocale', 'og:locale', 'og_locale'] as const;
/** A language tag: `de`, `en-US`, `fr_FR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;
/** The `<html lang="…">` of a page a crawler kept it in. */
const HTML_LANG = /<html\b[^>]*\blang\s*=\s*["']?([a-z]{2,3}(?:[-_][a-z0-9]{2,8})*)/i;

/** The language a saved page says it is in (a frontmatter field, or a kept `<html lang>`), in lower case with `-`. */
export function pageLanguageOf(data: Record<string, unknown>, body: string): string | undefined {
	const field = LANGUAGE_FIELDS.map((name) => data[name]).find(
		(value): value is string => typeof value === 'string' && LANGUAGE_TAG.test(value.trim()),
	);
	const tag = field?.trim() ?? HTML_LANG.exec(body)?.[1];
	return tag?.toLowerCase().replaceAll('_', '-');
}

/** A web address written in a frontmatter field, if it is one. */
export function absoluteAddress(value: unknown): URL | undefined {
	if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return undefined;
	try {
		return new URL(value.trim());
	} catch {
		return undefined;
	}
}

/** The address a page names as its canonical one, in its frontmatter or in a `<link rel="canonical">` it kept. */
export function canonicalAddressOf(data: Record<string, unknown>, body: string): URL | undefined {
	const written =
		CANONICAL_FIELDS.map((field) => data[field]).find((value): value is string => typeof value === 'string') ??
		(() => {
			const link = CANONICAL_LINK.exec(body)?.[0];
			const href = link === undefined ? undefined : HREF.exec(link);
			return href ? (href[1] ?? href[2] ?? href[3]) : undefined;
		})();
	return absoluteAddress(written);
}

/** One saved copy of an article: its page, the address it was saved at, and the article's words in it. */
export interface SavedCopy {
	/** The page's id in the folder. */
	id: string;
	/** Its file, as the report names it. */
	file: string;
	/** The address it was saved at. */
	address: URL;
	/** The article's title on the page. */
	title: string;
	/** The article's words, as the import reads them from the page. */
	text: string;
	/** When the page says the article was last modified (a theme's `Modified on:` line), if it says so. */
	modified?: Date;
}

/** How the copies of one article were settled: the one kept, and each other with how its words differ, if they do. */
export interface SettledCopies {
	kept: SavedCopy;
	/** Why this copy was kept, when the copies' words differ: said in the report. */
	why: string;
	others: { copy: SavedCopy; difference?: string }[];
}

/** The copy's words with every copy's own address made one, so that links to the page itself do not set copies apart, and blank lines in a row one, as Markdown reads them. */
function comparable(copy: SavedCopy, all: readonly SavedCopy[]): string {
	const addresses = [...new Set(all.map((each) => each.address.href.replace(/\/+$/, '')))].sort(
		(a, b) => b.length - a.length,
	);
	let text = copy.text;
	for (const address of addresses) text = text.split(address).join('\u0000');
	return text
		.replace(/[ \t]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Where two texts first differ, for the report: a few words around the first place each says otherwise. */
function firstDifference(kept: string, other: string): string {
	const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
	const a = lines(kept);
	const b = lines(other);
	let line = 0;
	while (line < a.length && line < b.length && a[line] === b[line]) line++;
	const [here, there] = [a[line], b[line]];
	let same = 0;
	while (here !== undefined && there !== undefined && same < here.length && here[same] === there[same]) same++;
	const from = Math.max(0, same - 15);
	const shown = (text: string | undefined) =>
		text === undefined
			? 'nothing'
			: `"${from > 0 ? '…' : ''}${text
					.slice(from, from + 45)
					.replaceAll('\u0000', '…')
					.trim()}${text.length > from + 45 ? '…' : ''}"`;
	return `${shown(here)} here, ${shown(there)} there`;
}

/** How well the address names the article: by its title's words (2), by some title (1), by its number alone (0). */
function addressRank(copy: SavedCopy): number {
	const last = decodeURIComponent(copy.address.pathname.replace(/\/+$/, '').split('/').at(-1) ?? '');
	const slug = /^\d+-(.+)$/.exec(last)?.[1];
	if (slug === undefined) return 0;
	return slug.toLowerCase() === hostedTitleSlug(copy.title).toLowerCase() ? 2 : 1;
}

/**
 * Settles the saved copies of one article (in the folder's order): the one kept is the copy
 * the page says was modified last, else the one with the most words, else the one saved at
 * the address that names its title, else the first. Each other copy says how its words
 * differ from the kept one's, when they do, for a person to compare.
 */
export function settleCopies(copies: readonly SavedCopy[]): SettledCopies {
	const texts = new Map(copies.map((copy) => [copy, comparable(copy, copies)]));
	const time = (copy: SavedCopy) => copy.modified?.getTime() ?? Number.NEGATIVE_INFINITY;
	const ranked = [...copies].sort(
		(a, b) =>
			time(b) - time(a) || (texts.get(b)?.length ?? 0) - (texts.get(a)?.length ?? 0) || addressRank(b) - addressRank(a),
	);
	const kept = ranked[0] as SavedCopy;
	const keptText = texts.get(kept) ?? '';
	const others = copies
		.filter((copy) => copy !== kept)
		.map((copy) => {
			const text = texts.get(copy) ?? '';
			return text === keptText ? { copy } : { copy, difference: firstDifference(keptText, text) };
		});
	const second = ranked[1];
	const why =
		second && time(kept) > time(second)
			? 'modified last'
			: second && (texts.get(kept)?.length ?? 0) > (texts.get(second)?.length ?? 0)
				? 'the longer'
				: 'saved at the address naming its title';
	return { kept, why, others };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date a theme's date line gives (`Modified on: Tue, 3 Mar, 2026 at 9:15 AM`, `Updated March 3, 2026 10:00`),
 * read as UTC, since pages saved from one help center share its time zone; undefined for a relative one
 * (`Updated over a week ago`), which says when the page was saved, not the article changed.
 */
export function dateLineDate(line: string): Date | undefined {
	const text = line.replace(/[*_]/g, '').toLowerCase();
	if (!/^\s*(?:last\s+)?(?:updated|modified|edited|published)(?:\s+on)?:?\s/.test(text)) return undefined;
	const day = /\b(\d{1,2})(?:st|nd|rd|th)?,?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
	const monthFirst = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
	const [dayOf, monthOf, year] = day
		? [day[1], day[2], day[3]]
		: monthFirst
			? [monthFirst[2], monthFirst[1], monthFirst[3]]
			: [undefined, undefined, undefined];
	const month = MONTHS.indexOf(monthOf ?? '');
	if (month < 0 || dayOf === undefined || year === undefined) {
		const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
		return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : undefined;
	}
	const clock = /\b(\d{1,2}):(\d{2})\s*(am|pm)?\b/.exec(text);
	const hour = !clock ? 0 : clock[3] ? (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0) : Number(clock[1]);
	return new Date(Date.UTC(Number(year), month, Number(dayOf), hour, clock ? Number(clock[2]) : 0));
}
