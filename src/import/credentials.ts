// A help center's API may echo the credentials it was sent (the token, the Basic-auth
// value) into an article's title, body or labels, a section's name or an error, and
// an imported article goes public. The import reads every text of its source through
// the HTTP clients' own `redact`, as `tickets:pull` scrubs the rows it caches, so no
// file it writes (article, frontmatter, state, redirects, import map) and no line it
// prints holds one. What it saves from the API under `.tryblock/import/` is scrubbed
// with the same `redact` as it arrives (see `spoolList`), so a later `--dump` of it,
// which knows no secret, finds none.
import type { ServiceClient } from '../http/client.ts';
import type { ImportSource, SourceArticle } from './sources/types.ts';

/** Replaces every credential a client of the import knows in a text, in any letter case. */
export type Redact = (text: string) => string;

/**
 * The import's scrubbing: every HTTP client its source makes registers itself, and
 * `redact` replaces the credentials of all of them (a client knows a token fetched or
 * sent lazily as soon as it has sent it).
 */
export function createRedactor(): {
	track: (client: ServiceClient, credentials?: boolean) => void;
	redact: Redact;
	/** Whether a client was given credentials: the source reads a help center's API, and saved its answers scrubbed. */
	credentialed: () => boolean;
} {
	const clients: ServiceClient[] = [];
	let credentialed = false;
	return {
		track: (client, credentials = false) => {
			clients.push(client);
			credentialed ||= credentials;
		},
		redact: (text) => clients.reduce((out, client) => client.redact(out), text),
		credentialed: () => credentialed,
	};
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** What stands where a credential was: `redact`'s mark. */
const MARK = '[redacted]';

/**
 * A copy of `value` with every string in it (in arrays and plain objects, keys
 * included) scrubbed; dates and other objects are kept as they are. `changed` says
 * whether any text held a credential, `marked` whether any text shows the mark after.
 */
export function scrubDeep<T>(value: T, redact: Redact): { value: T; changed: boolean; marked: boolean } {
	let changed = false;
	let marked = false;
	const visit = (item: unknown): unknown => {
		if (typeof item === 'string') {
			const out = redact(item);
			if (out !== item) changed = true;
			if (out.includes(MARK)) marked = true;
			return out;
		}
		if (Array.isArray(item)) return item.map(visit);
		if (isPlainObject(item))
			return Object.fromEntries(Object.entries(item).map(([key, inner]) => [visit(key), visit(inner)]));
		return item;
	};
	const out = visit(value) as T;
	return { value: out, changed, marked };
}

/**
 * A JSON text with every string in it scrubbed, as `JSON.stringify` writes it, still
 * JSON; the text itself when it holds no credential or is no JSON.
 */
export function scrubJsonText(text: string, redact: Redact): string {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return text;
	}
	const { value, changed } = scrubDeep(parsed, redact);
	return changed ? `${JSON.stringify(value)}${/\s*$/.exec(text)?.[0] ?? ''}` : text;
}

/**
 * The source as the import reads it: every group, article, invalid record, link
 * target and review line with the credentials scrubbed, so a title holding the token
 * names the file `…-redacted` and a body holding it is written with `[redacted]`. An
 * article that held one says so (`credentialRemoved`), for the report. The files a
 * source lists with an article keep their address for the download only.
 *
 * With `savedScrubbed` (an API import), the source reads the lists the import saved,
 * which `spoolList` already scrubbed: an article that shows `[redacted]` is the one
 * a credential was removed from.
 */
export function scrubbedSource(source: ImportSource, redact: Redact, savedScrubbed = false): ImportSource {
	const scrub = <T>(value: T): T => scrubDeep(value, redact).value;
	/** Ids that held a credential, as the article now has them, to the id the source knows it by. */
	const ids = new Map<string, string>();
	/** Addresses of listed files as the article shows them, to the address they are fetched by. */
	const addresses = new Map<string, string>();
	const { listedAttachments } = source;
	return {
		...source,
		groups: async () => scrub(await source.groups()),
		articles: async function* () {
			for await (const record of source.articles()) {
				if ('invalid' in record) {
					yield scrub(record);
					continue;
				}
				const { value, changed, marked } = scrubDeep(record, redact);
				if (value.id !== record.id) ids.set(value.id, record.id);
				yield changed || (savedScrubbed && marked) ? { ...value, credentialRemoved: true } : value;
			}
		},
		classify: (url) => scrub(source.classify(url)),
		...(source.namedPlace ? { namedPlace: (name: string) => scrub(source.namedPlace?.(name)) } : {}),
		fetchAsset: async (url, maxBytes) => {
			const fetched = await source.fetchAsset(addresses.get(url) ?? url, maxBytes);
			// Why a file could not be had goes into the article's import note.
			return fetched.ok ? fetched : { ok: false, reason: redact(fetched.reason) };
		},
		...(source.oldAddress
			? { oldAddress: (url: string) => redact(source.oldAddress?.(addresses.get(url) ?? url) ?? url) }
			: {}),
		...(source.review ? { review: () => scrub(source.review?.() ?? []) } : {}),
		...(listedAttachments
			? {
					listedAttachments: async (article: SourceArticle) =>
						(await listedAttachments({ ...article, id: ids.get(article.id) ?? article.id })).map((file) => {
							const url = redact(file.url);
							if (url !== file.url) addresses.set(url, file.url);
							return { ...file, url, name: redact(file.name) };
						}),
				}
			: {}),
	};
}

/** The lines of a file's text that show where a credential was removed, counted from 1. */
export function redactedLines(text: string): number[] {
	return text.split('\n').flatMap((line, index) => (/\\?\[redacted\\?\]/.test(line) ? [index + 1] : []));
}
