import { plainLine } from '../../cli/untrusted-text.ts';
import { contentPath } from '../../content-model/paths.ts';
import { taggedValues } from '../../tickets/tags.ts';
import { HelpdeskError } from '../errors.ts';
import type { PulledTicket } from './types.ts';

// Every value here arrives from a helpdesk and is untrusted: `plainLine` makes it one
// plain line (no escape sequences, controls, bidi overrides or invisible characters)
// before it is stored in the cache or printed.

/** A helpdesk value for the cache: any JSON scalar as one plain line; anything else is empty. */
function fieldText(value: unknown, maxLength = 200): string {
	if (typeof value === 'string') return plainLine(value, maxLength);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

/** The columns a source fills from the helpdesk's fields or tags. */
export const mappedColumns = ['category', 'productArea', 'articles'] as const;
export type MappedColumn = (typeof mappedColumns)[number];

/** The value of the first tag (or label) that starts with `prefix`, the prefix cut off. Case is ignored. */
export function tagValue(tags: readonly string[], prefix: string): string {
	return fieldText(taggedValues(tags, prefix)[0] ?? '');
}

/** Every tag's value that starts with `prefix`: the articles a ticket's tags name. */
export function tagValues(tags: readonly string[], prefix: string): string[] {
	return taggedValues(tags, prefix)
		.map((value) => fieldText(value))
		.filter((value) => value !== '');
}

/** A field's value as article references: text (one or more slugs or URLs) or a list of them. */
export function referenceValues(value: unknown): string[] {
	const values = Array.isArray(value) ? value : [value];
	return values.map((item) => fieldText(item, 500)).filter((item) => item !== '');
}

/** A category or product-area value: the text of a scalar, or of a list's first item (multi-select fields). */
export function termValue(value: unknown): string {
	return fieldText(Array.isArray(value) ? value[0] : value);
}

/** One column's mapping: a field of the helpdesk's, or the tags (Plain's and Jira's labels) that start with a prefix. */
type ColumnMapping = { tagPrefix?: string; labelPrefix?: string };

/** How a source's tickets hold what a mapping names. */
interface MappableParts<Ticket, Mapping> {
	/** The ticket's tags (or labels), by name. */
	tags: (ticket: Ticket) => readonly string[];
	/** The value of the field `mapping` names, as the helpdesk holds it. */
	field: (ticket: Ticket, mapping: Mapping) => unknown;
}

/**
 * Reads a ticket's category, product area and article references as the team mapped
 * them in `tickets.source`: each from a field, or from the tags that start with a prefix
 * (a category from the first such tag, articles from every one). A source says only how
 * its tickets hold tags and fields, so every helpdesk applies the mapping the same way.
 */
export function createMappedColumns<Ticket, Mapping extends ColumnMapping>(
	source: { category: Mapping; productArea: Mapping; articles?: Mapping | undefined },
	parts: MappableParts<Ticket, Mapping>,
): (ticket: Ticket) => Pick<PulledTicket, MappedColumn> {
	const prefixOf = (mapping: Mapping) => mapping.tagPrefix ?? mapping.labelPrefix;
	const term = (ticket: Ticket, mapping: Mapping) => {
		const prefix = prefixOf(mapping);
		return termValue(prefix !== undefined ? tagValue(parts.tags(ticket), prefix) : parts.field(ticket, mapping));
	};
	const articles = (ticket: Ticket, mapping: Mapping | undefined) => {
		if (mapping === undefined) return [];
		const prefix = prefixOf(mapping);
		return prefix !== undefined ? tagValues(parts.tags(ticket), prefix) : referenceValues(parts.field(ticket, mapping));
	};
	return (ticket) => ({
		category: term(ticket, source.category),
		productArea: term(ticket, source.productArea),
		articles: articles(ticket, source.articles),
	});
}

/** At most this many article references per ticket are kept. */
const maxArticles = 20;

/** A URL in a reply's text, up to the first character that cannot be in one unescaped. */
const anyUrl = /https?:\/\/[^\s"'<>()[\]\\`]+/gi;

/** An old address as an articles reference: its path, with the characters that separate references escaped. */
function oldAddressReference(url: string): string | undefined {
	try {
		const path = new URL(url.replace(/[.,;:!?]+$/, '')).pathname;
		return plainLine(
			path.replace(/[,;]/g, (character) => (character === ',' ? '%2C' : '%3B')),
			500,
		);
	} catch {
		return undefined;
	}
}

/**
 * Finds the help center's article URLs in the text of a reply (plain text, HTML or
 * Markdown): `<site.url>/articles/<slug>`, either scheme, the slug as it is in the URL.
 * With `isOldAddress`, links to the old help center the team moved from count too, on
 * any host (a Zendesk subdomain or the custom domain it was served at), kept as their
 * path for the gate to resolve through `content/redirects.yaml`: replies sent before
 * the move link those.
 */
export function createReplyScanner(
	siteUrl: string,
	isOldAddress?: (path: string) => boolean,
): (text: string) => string[] {
	const origin = siteUrl.replace(/\/+$/, '').replace(/^https?:\/\//i, '');
	const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`https?://${escaped}/articles/([^\\s/?#"'<>()\\[\\]\\\\]+)`, 'gi');
	return (text) => {
		const slugs: string[] = [];
		for (const match of text.matchAll(pattern)) {
			let slug = match[1] as string;
			try {
				slug = decodeURIComponent(slug);
			} catch {
				// Kept as written: the gate reports a slug no article has as a broken link.
			}
			slug = plainLine(slug, 120).toLowerCase();
			if (slug !== '' && !slugs.includes(slug)) slugs.push(slug);
			if (slugs.length >= maxArticles) break;
		}
		if (!isOldAddress) return slugs;
		for (const [url] of text.matchAll(anyUrl)) {
			if (slugs.length >= maxArticles) break;
			const reference = oldAddressReference(url);
			if (reference === undefined || !isOldAddress(reference) || slugs.includes(reference)) continue;
			slugs.push(reference);
		}
		return slugs;
	};
}

/** The article references of a ticket, without repeats, capped. */
export function mergeArticles(...lists: readonly string[][]): string[] {
	const merged: string[] = [];
	for (const list of lists) {
		for (const item of list) if (!merged.includes(item) && merged.length < maxArticles) merged.push(item);
	}
	return merged;
}

/** The field ids (or names) a source's mapping names under `key`, per column: what `checkMappedFields` checks. */
export function mappedFields<Key extends string>(
	source: Partial<Record<MappedColumn, Partial<Record<Key, string | number>> | undefined>>,
	key: Key,
): { column: MappedColumn; id: string | number }[] {
	return mappedColumns.flatMap((column) => {
		const id = source[column]?.[key];
		return id !== undefined ? [{ column, id }] : [];
	});
}

/**
 * The mapped field ids or names the helpdesk does not have: exit 2, listing the ones it
 * has (their names are the helpdesk's text, so made plain) so the setting can be fixed.
 */
export function checkMappedFields(options: {
	vendor: string;
	/** "ticket field", "thread field", "conversation attribute", "custom field". */
	kind: string;
	/** Setting key of the field in each mapping: `field` or `attribute`. */
	key: string;
	wanted: { column: MappedColumn; id: string | number }[];
	/** The settings file as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
	settingsFile?: string;
	known: { id: string | number; name: string }[];
	hint: string;
}): void {
	const knownIds = new Set(options.known.map((field) => String(field.id)));
	const missing = options.wanted.filter((want) => !knownIds.has(String(want.id)));
	if (missing.length === 0) return;
	const listed = options.known
		.slice(0, 40)
		.map((field) => (String(field.id) === field.name ? field.name : `${field.id} "${plainLine(field.name, 60)}"`))
		.join(', ');
	const more = options.known.length > 40 ? `, and ${options.known.length - 40} more` : '';
	const settings = missing
		.map((want) => `tickets.source.${want.column}.${options.key} ${JSON.stringify(want.id)}`)
		.join(' and ');
	const has =
		options.known.length > 0 ? `; the ${options.kind}s it has: ${listed}${more}` : `; it has no ${options.kind}s`;
	throw new HelpdeskError(
		`${options.settingsFile ?? contentPath('config')}: ${settings}: ${options.vendor} has no such ${options.kind}${has}`,
		{
			hint: options.hint,
		},
	);
}

/**
 * Runs `task` over `items`, at most `limit` at a time, keeping the order of the results.
 * Once one fails, the others take no new item: the failure is what the caller reports,
 * and the rest of a page's requests (each with its retries) would only keep the command
 * running, and asking the helpdesk, after it has said why it stopped.
 */
export async function mapLimit<Item, Result>(
	items: readonly Item[],
	limit: number,
	task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
	const results: Result[] = new Array(items.length);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < items.length && !failed) {
			const index = next++;
			try {
				results[index] = await task(items[index] as Item);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** An epoch-seconds or ISO time as ISO 8601; empty when missing or unreadable. */
export function isoTime(value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value) && value > 0) return new Date(value * 1000).toISOString();
	if (typeof value === 'string' && value.trim() !== '') {
		const time = Date.parse(value);
		return Number.isNaN(time) ? '' : plainLine(value, 40);
	}
	return '';
}
