import { titleKey as checkTitleKey } from '../authoring/check/checks/titles.ts';
import { withoutZeroWidth } from '../text/control-characters.ts';

/** Words helpdesk agents type into an empty articles field. */
const emptyMarkers = new Set(['-', '--', 'n/a', 'na', 'none', 'null', 'nil']);

/** The slug of the article an old help center's address leads to now (`content/redirects.yaml`), if any. */
export type OldAddressLookup = (path: string) => string | undefined;

/**
 * The article slug one reference stands for: a slug (`verify-domain`), a site path
 * (`/articles/verify-domain/`), a full URL whose last path segment is the slug
 * (`https://help.example.com/articles/verify-domain/`), a content file
 * (`content/articles/verify-domain.md`), or, through `oldAddress`, a link to the old
 * help center the team moved from (`https://help.example.com/hc/en-us/articles/360001234-Verify`).
 * Query strings and anchors are ignored.
 */
export function slugFromReference(reference: string, oldAddress?: OldAddressLookup): string | undefined {
	let text = reference.trim();
	if (text === '' || emptyMarkers.has(text.toLowerCase())) return undefined;
	if (text.includes('://')) {
		try {
			text = new URL(text).pathname;
		} catch {
			return text.toLowerCase();
		}
	}
	text = text.replace(/[?#].*$/, '');
	if (oldAddress && text.startsWith('/')) {
		const moved = oldAddress(withoutZeroWidth(text));
		if (moved !== undefined) return moved;
	}
	const segments = text.split('/').filter((segment) => segment !== '');
	const last = segments.at(-1);
	if (last === undefined) return undefined;
	let slug = last.replace(/\.(mdx?|html?)$/i, '');
	if (slug === 'index' && segments.length > 1) slug = (segments.at(-2) as string).replace(/\.(mdx?|html?)$/i, '');
	try {
		slug = decodeURIComponent(slug);
	} catch {
		// A stray % stays as written; the slug will not exist and is reported as a broken link.
	}
	return slug.toLowerCase();
}

/**
 * What an agent wrote that names no page at all (`???`, `#`, `/`, a help center's home
 * page): kept as written, so the ticket is reported with a broken link that quotes it,
 * not as linking nothing, which would hide that someone filled the field in.
 */
function garbled(part: string): string | undefined {
	const text = part.trim();
	return text === '' || emptyMarkers.has(text.toLowerCase()) ? undefined : text.toLowerCase();
}

/**
 * Starts what a JSON export's articles value held that the reader could not read (an
 * object with no key it takes a link from, `{"foo": 1}`): a NUL, which no cell's text
 * holds once read, then the object's keys, encoded so that the token has no separator
 * in it. It stays one reference, reported as a broken link that names those keys,
 * never read as "no article".
 */
const UNREADABLE = '\u0000';

/** The token for an articles value that is an object with these keys and none the reader understands. */
export function unreadableReference(keys: readonly string[]): string {
	return `${UNREADABLE}${encodeURIComponent(JSON.stringify(keys))}`;
}

/** The keys an `unreadableReference` token was made of; undefined for any other reference. */
export function unreadableKeys(reference: string): string[] | undefined {
	if (!reference.startsWith(UNREADABLE)) return undefined;
	try {
		const keys: unknown = JSON.parse(decodeURIComponent(reference.slice(UNREADABLE.length)));
		return Array.isArray(keys) && keys.every((key) => typeof key === 'string') ? keys : undefined;
	} catch {
		return undefined;
	}
}

/** Separators between references in one cell: commas, semicolons, whitespace and line breaks (NEL too). */
const separators = /[\s\u0085,;]+/;

/** Separators between titles: a title holds spaces, so only commas, semicolons and line breaks part two. */
const titleSeparators = /[\r\n\u0085,;]+/;

/**
 * A title as an agent may paste it into the articles field, compared as `npm run check`
 * compares titles (case and runs of white space do not count), and also without the
 * quotes or full stop around it, curly quotes read as straight ones, zero-width
 * characters left out (as a pulled ticket's values are).
 */
export function titleKey(text: string): string {
	return checkTitleKey(
		withoutZeroWidth(text)
			.normalize('NFKC')
			.replace(/[\u2018\u2019]/g, "'")
			.replace(/[\u201C\u201D]/g, '"')
			.replace(/^["'\s]+|["'\s.!?]+$/g, ''),
	);
}

/** How a cell's references are read beyond slugs, paths and URLs. */
export interface ReferenceLookups {
	oldAddress?: OldAddressLookup;
	/** The slug of the article or runbook whose title this is (`titleKey`), if any. */
	title?: (key: string) => string | undefined;
}

/**
 * Every article slug an export's articles cell names, in order, without repeats. A
 * cell, or a part between commas, semicolons or line breaks, that is the title of an
 * article or runbook names it (helpdesk drop-downs often list titles); the rest is
 * read as references separated by white space too. Only titles of several words
 * count: one word is read as a slug, as it always was.
 */
export function parseArticleReferences(cell: string, lookups: ReferenceLookups = {}): string[] {
	const slugs: string[] = [];
	const add = (slug: string | undefined) => {
		if (slug !== undefined && !slugs.includes(slug)) slugs.push(slug);
	};
	const { oldAddress } = lookups;
	const title = (text: string) => {
		const key = titleKey(text);
		return key.includes(' ') ? lookups.title?.(key) : undefined;
	};
	const whole = title(cell);
	if (whole !== undefined) return [whole];
	for (const chunk of lookups.title ? cell.split(titleSeparators) : [cell]) {
		const named = title(chunk);
		if (named !== undefined) add(named);
		else
			for (const part of chunk.split(separators))
				add(unreadableKeys(part) ? part : (slugFromReference(part, oldAddress) ?? garbled(part)));
	}
	return slugs;
}
