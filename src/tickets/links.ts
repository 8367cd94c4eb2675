import type { ContentEntry, LoadedContent } from '../content-model/content.ts';
import type { RedirectEntry } from '../redirects/file.ts';
import { OldAddresses } from '../redirects/old-addresses.ts';
import { articlePageSlug } from '../redirects/old-path.ts';
import { articleAndSection, isPagePath } from '../redirects/targets.ts';
import { withoutZeroWidth } from '../text/control-characters.ts';
import { parseArticleReferences, type ReferenceLookups, titleKey, unreadableKeys } from './references.ts';

/** Why a closed ticket counts as unlinked. */
export type UnlinkedReason = 'no-article' | 'broken-link' | 'draft-only';

/** Link state of a ticket, compact: 0 linked, then one code per reason. */
export const LinkState = { linked: 0, noArticle: 1, brokenLink: 2, draftOnly: 3 } as const;
export type LinkState = (typeof LinkState)[keyof typeof LinkState];

export const reasonOfState: Record<Exclude<LinkState, 0>, UnlinkedReason> = {
	1: 'no-article',
	2: 'broken-link',
	3: 'draft-only',
};

/** Drafts are not published; internal articles and runbooks are. */
export function isPublishedEntry(entry: ContentEntry): boolean {
	return entry.kind === 'runbook' || !entry.data.draft;
}

interface TicketLinks {
	published: string[];
	drafts: string[];
}

/** What a worker thread needs of a `LinkIndex`: plain data that survives `postMessage`. */
export interface LinkSnapshot {
	/** Slug and whether it is published, for every article and runbook. */
	slugs: [string, boolean][];
	byTicket: [string, TicketLinks][];
	/** Each old address and the slug it leads to. */
	oldAddresses: [string, string][];
	/** Each title (`titleKey`) and its slug. */
	titles: [string, string][];
}

/** What the links are read from: the articles and runbooks, and the old addresses that lead to articles. */
export type LinkContent = Pick<LoadedContent, 'articles' | 'runbooks'> & { redirects?: readonly RedirectEntry[] };

/**
 * Each old address with the slug of its article. An entry naming a `source` no article
 * has is left out (`npm run check` reports it); one naming a missing slug keeps it, so
 * a ticket linking that address is a broken link to the slug, with its nearest.
 */
function oldAddressEntries(content: LinkContent): [string, string][] {
	const bySource = new Map(
		content.articles.flatMap((article) => (article.data.source ? [[article.data.source, article.slug]] : [])),
	);
	return (content.redirects ?? []).flatMap((entry): [string, string][] => {
		// An old section's address leads to a product area's page, which answers no ticket.
		if (isPagePath(entry.to)) return [];
		// A redirect to a section of an article (`verify-domain#records`) counts for the article.
		const { ref } = articleAndSection(entry.to, (to) => bySource.has(to));
		const slug = ref.includes(':') ? bySource.get(ref) : ref;
		return slug === undefined ? [] : [[entry.from, slug]];
	});
}

/** The slugs one articles cell names, split by what they point at. */
export interface ReferenceSet {
	published: string[];
	drafts: string[];
	/** Slugs no article or runbook has. */
	broken: string[];
	/** The keys of each object in a JSON export's articles value that names no article (`unreadableReference`). */
	unreadable: string[][];
}

/**
 * Who links what, from the content: every article and runbook by slug, and the
 * tickets each lists in its `tickets` frontmatter. Articles cells repeat a lot, so
 * each distinct set of slugs is stored once and tickets keep its index.
 */
export class LinkIndex {
	/** Every article and runbook by slug (empty in a worker thread, which only has a snapshot). */
	readonly entries = new Map<string, ContentEntry>();
	/** Whether each slug is published. */
	private readonly publishedBySlug = new Map<string, boolean>();
	readonly byTicket = new Map<string, TicketLinks>();
	readonly referenceSets: ReferenceSet[] = [{ published: [], drafts: [], broken: [], unreadable: [] }];
	/** The slugs of each reference set, as one key. */
	readonly referenceKeys: string[] = [''];
	private readonly setByKey = new Map<string, number>([['', 0]]);
	private readonly cellCache = new Map<string, number>();
	/** Links to the old help center the team moved from, which tickets closed before the move hold. */
	private readonly oldAddressList: [string, string][];
	private readonly oldAddresses: OldAddresses<string>;
	/** Titles an articles cell may name instead of a slug; one two entries share names neither. */
	private readonly titles = new Map<string, string | null>();
	private readonly lookups: ReferenceLookups;

	constructor(content: LinkContent | LinkSnapshot) {
		this.oldAddressList = 'slugs' in content ? content.oldAddresses : oldAddressEntries(content);
		this.oldAddresses = new OldAddresses(this.oldAddressList);
		this.lookups = {
			oldAddress: this.oldAddresses.size > 0 ? (path) => this.oldAddressTarget(path) : undefined,
			title: (key) => this.titles.get(key) ?? undefined,
		};
		if ('slugs' in content) {
			for (const [slug, published] of content.slugs) this.publishedBySlug.set(slug, published);
			for (const [ticket, links] of content.byTicket) this.byTicket.set(ticket, links);
			for (const [key, slug] of content.titles) this.titles.set(key, slug);
			return;
		}
		for (const entry of [...content.articles, ...content.runbooks]) {
			if (!this.entries.has(entry.slug)) this.entries.set(entry.slug, entry);
		}
		for (const entry of this.entries.values()) {
			const key = titleKey(entry.data.title);
			this.titles.set(key, this.titles.has(key) ? null : entry.slug);
		}
		for (const entry of this.entries.values()) {
			const published = isPublishedEntry(entry);
			this.publishedBySlug.set(entry.slug, published);
			for (const ticket of new Set(entry.data.tickets)) {
				let links = this.byTicket.get(ticket);
				if (!links) {
					links = { published: [], drafts: [] };
					this.byTicket.set(ticket, links);
				}
				(published ? links.published : links.drafts).push(entry.slug);
			}
		}
	}

	/** An old address's article; an article's own page here is that article, whatever the old site had there. */
	private oldAddressTarget(path: string): string | undefined {
		const pageSlug = articlePageSlug(path)?.toLowerCase();
		if (pageSlug !== undefined && this.publishedBySlug.has(pageSlug)) return undefined;
		return this.oldAddresses.lookup(path);
	}

	snapshot(): LinkSnapshot {
		return {
			slugs: [...this.publishedBySlug],
			byTicket: [...this.byTicket],
			oldAddresses: this.oldAddressList,
			titles: [...this.titles].filter((entry): entry is [string, string] => entry[1] !== null),
		};
	}

	/**
	 * The slug of the article or runbook a slug from an export names: itself, or the one
	 * it is without zero-width characters (a pulled ticket's slugs lose them). A slug no
	 * entry has either way stays as written, so a report quotes it with its escapes.
	 */
	private knownSlug(slug: string): string {
		if (this.publishedBySlug.has(slug)) return slug;
		const visible = withoutZeroWidth(slug);
		return this.publishedBySlug.has(visible) ? visible : slug;
	}

	/** Index of the reference set for a list of slugs, as `referenceKeys` holds them. */
	referenceSetForKey(key: string): number {
		let index = this.setByKey.get(key);
		if (index !== undefined) return index;
		const set: ReferenceSet = { published: [], drafts: [], broken: [], unreadable: [] };
		for (const written of key === '' ? [] : key.split(' ')) {
			const unreadable = unreadableKeys(written);
			if (unreadable) {
				set.unreadable.push(unreadable);
				continue;
			}
			const slug = this.knownSlug(written);
			const published = this.publishedBySlug.get(slug);
			const list = published === undefined ? set.broken : published ? set.published : set.drafts;
			if (!list.includes(slug)) list.push(slug);
		}
		index = this.referenceSets.length;
		this.referenceSets.push(set);
		this.referenceKeys.push(key);
		this.setByKey.set(key, index);
		return index;
	}

	/**
	 * The slugs a cell names, by slug, address, old address or title, whether or not an
	 * article has them (see `parseArticleReferences`).
	 */
	slugsOf(cell: string): string[] {
		const references = parseArticleReferences(cell, this.lookups).filter((slug) => !unreadableKeys(slug));
		return [...new Set(references.map((slug) => this.knownSlug(slug)))];
	}

	/** Index of the reference set an articles cell stands for (0: it names nothing). */
	referenceSetOf(cell: string): number {
		if (cell === '') return 0;
		const cached = this.cellCache.get(cell);
		if (cached !== undefined) return cached;
		const index = this.referenceSetForKey(parseArticleReferences(cell, this.lookups).join(' '));
		if (this.cellCache.size >= 50_000) this.cellCache.clear();
		this.cellCache.set(cell, index);
		return index;
	}

	/**
	 * Whether a published article or runbook links the ticket, through the export's
	 * articles cell or its own `tickets` frontmatter; else the one reason it is unlinked.
	 */
	stateOf(ticketId: string, referenceSet: number): LinkState {
		const cell = this.referenceSets[referenceSet] as ReferenceSet;
		const frontmatter = this.byTicket.get(ticketId);
		if (cell.published.length > 0 || (frontmatter && frontmatter.published.length > 0)) return LinkState.linked;
		if (cell.broken.length > 0 || cell.unreadable.length > 0) return LinkState.brokenLink;
		if (cell.drafts.length > 0 || (frontmatter && frontmatter.drafts.length > 0)) return LinkState.draftOnly;
		return LinkState.noArticle;
	}

	/** Slugs of the published articles and runbooks that link the ticket, without repeats. */
	publishedLinks(ticketId: string, referenceSet: number): string[] {
		const cell = (this.referenceSets[referenceSet] as ReferenceSet).published;
		const frontmatter = this.byTicket.get(ticketId)?.published ?? [];
		if (frontmatter.length === 0) return cell;
		if (cell.length === 0) return frontmatter;
		return [...new Set([...cell, ...frontmatter])];
	}

	/** Slugs of the drafts that link the ticket. */
	draftLinks(ticketId: string, referenceSet: number): string[] {
		const cell = (this.referenceSets[referenceSet] as ReferenceSet).drafts;
		return [...new Set([...cell, ...(this.byTicket.get(ticketId)?.drafts ?? [])])];
	}
}
