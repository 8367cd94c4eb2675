// Freshdesk, through API v2's "List All Tickets" (GET /api/v2/tickets): a JSON array
// per page, at most 100 tickets (`per_page`), filtered by `updated_since` and sorted
// with `order_by=updated_at&order_type=asc`. Without `updated_since` the list holds
// only tickets created in the last 30 days, so every request names one.
//
// Paging by page number alone would skip tickets: one updated while the pull runs
// moves to the end of the list and every later ticket one place up, so a ticket slips
// onto a page already read. And the list refuses pages past the 300th (400 "You
// cannot access tickets beyond the 300th page"). So each page starts a new window:
// `updated_since` the last ticket's `updated_at` less a second (tickets share seconds),
// page 1 again, the tickets already read in that second left out. Only when a whole
// page shares one second (a bulk update) does it page by number within the window, up
// to the 300th page.
//
// `include=stats` adds `stats.resolved_at` and `stats.closed_at` (two more API credits
// a page). Statuses are numbers: 2 open, 3 pending, 4 resolved, 5 closed, higher ones
// the account's own. Spam and deleted tickets are only listed with `filter=spam` and
// `filter=deleted`: a pull of changes reads those two lists too, so such tickets leave
// the cache. Custom fields are `custom_fields: { cf_<name>: value }`, listed by
// GET /api/v2/ticket_fields; `type` is the ticket type; tags are strings. The list
// carries no replies: reading them costs one GET /api/v2/tickets/{id}/conversations
// per closed ticket, so it is opt-in.
import { z } from 'astro/zod';
import { ServiceError } from '../../http/errors.ts';
import type { FreshdeskSource } from '../config.ts';
import {
	checkMappedFields,
	createMappedColumns,
	createReplyScanner,
	isoTime,
	mapLimit,
	mappedFields,
	mergeArticles,
} from './mapping.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

const ticketSchema = z.object({
	id: z.number(),
	status: z.number(),
	subject: z.string().nullish(),
	type: z.string().nullish(),
	tags: z.array(z.string()).nullish(),
	custom_fields: z.record(z.string(), z.unknown()).nullish(),
	requester_id: z.number().nullish(),
	spam: z.boolean().nullish(),
	deleted: z.boolean().nullish(),
	updated_at: z.iso.datetime({ offset: true }),
	stats: z.object({ resolved_at: z.string().nullish(), closed_at: z.string().nullish() }).nullish(),
});
type FreshdeskTicket = z.output<typeof ticketSchema>;

const listSchema = z.array(ticketSchema);

const fieldsSchema = z.array(
	z.object({ id: z.number(), name: z.string(), label: z.string().nullish(), default: z.boolean().nullish() }),
);

const conversationsSchema = z.array(
	z.object({
		incoming: z.boolean().nullish(),
		private: z.boolean().nullish(),
		body: z.string().nullish(),
		body_text: z.string().nullish(),
	}),
);

/** The lists a pull reads: every ticket, then (pulling changes) the spam and the deleted ones. */
const lists = ['tickets', 'spam', 'deleted'] as const;

const followingList: Record<(typeof lists)[number], (typeof lists)[number] | undefined> = {
	tickets: 'spam',
	spam: 'deleted',
	deleted: undefined,
};

const positionSchema = z.strictObject({
	list: z.enum(lists),
	/** The window's start: tickets updated at or after this time (ISO, whole seconds). */
	since: z.string(),
	page: z.number().int().positive(),
	/** Tickets already read at or after `since` (`<id>@<updated_at>`), left out when read again. */
	overlap: z.array(z.string()),
	/** Where the first window started: the spam and deleted lists start there too. */
	from: z.string(),
	/** Whether the spam and deleted lists follow (a pull of changes; a first pull has nothing to remove). */
	removals: z.boolean(),
	/** When the pull started (ISO): the next pull looks back from here at the latest. */
	startedAt: z.string(),
	/** The latest `updated_at` in the ticket list so far (ISO). */
	latest: z.string().optional(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

export const freshdeskStatuses: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const closedStatuses = new Set([4, 5]);

/** The last page the ticket list serves; past it, the window moves on. */
export const freshdeskPageCap = 300;
const maxPerPage = 100;
/** Conversations per request, and how many pages of them a ticket's replies are read from. */
const conversationsPerPage = 100;
const maxConversationPages = 5;
/** The list can lag behind writes; the next pull looks back this far from the pull's start. */
const overlapMs = 10 * 60 * 1000;
/** A first pull without `startDate`: every ticket the account ever updated. */
const beginning = '1970-01-01T00:00:00Z';

export function freshdeskBaseUrl(source: FreshdeskSource): string {
	return source.baseUrl ?? `https://${source.domain}.freshdesk.com`;
}

/** An ISO time in the form Freshdesk's filters take: whole seconds, `Z`. */
function filterTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds of a ticket's last update, to the second as Freshdesk keeps it. */
function updatedMs(ticket: { updated_at: string }): number {
	return Math.floor(Date.parse(ticket.updated_at) / 1000) * 1000;
}

const overlapKey = (id: number, updated: number) => `${id}@${updated}`;
/** At most this many tickets of a window's first second are remembered; past it, a repeat is merely read twice. */
const maxOverlap = 1000;

/** The tickets remembered and on this page (`updated`: each one's time) that were updated at or after `since`. */
function overlapFrom(
	remembered: readonly string[],
	page: readonly FreshdeskTicket[],
	updated: readonly number[],
	since: number,
): string[] {
	const kept = remembered.filter((key) => Number(key.slice(key.indexOf('@') + 1)) >= since);
	page.forEach((ticket, index) => {
		const time = updated[index] as number;
		if (time >= since) kept.push(overlapKey(ticket.id, time));
	});
	return kept.slice(-maxOverlap);
}

export function createFreshdeskSource(source: FreshdeskSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const perPage = Math.min(source.pageSize ?? maxPerPage, maxPerPage);
	const domainHint = source.domain
		? `check tickets.source.domain "${source.domain}": the helpdesk's address is https://${source.domain}.freshdesk.com`
		: 'check tickets.source.baseUrl: the helpdesk address the API answers at (https://<domain>.freshdesk.com)';

	/** A 404 on the ticket list or the field list means no helpdesk at that address: say where to look. */
	async function withAddressHint<T>(request: () => Promise<T>): Promise<T> {
		try {
			return await request();
		} catch (error) {
			if (error instanceof ServiceError && error.status === 404 && error.hint === undefined) {
				throw new ServiceError(error.message, { hint: domainHint, status: 404 });
			}
			throw error;
		}
	}

	const mappedColumns = createMappedColumns(source, {
		tags: (ticket: FreshdeskTicket) => ticket.tags ?? [],
		field: (ticket, mapping) =>
			mapping.field === 'type' ? ticket.type : ticket.custom_fields?.[mapping.field as string],
	});

	function isClosed(ticket: FreshdeskTicket): boolean {
		return closedStatuses.has(ticket.status) && ticket.spam !== true && ticket.deleted !== true;
	}

	function toTicket(ticket: FreshdeskTicket): PulledTicket {
		const { category, productArea, articles } = mappedColumns(ticket);
		const closedAt =
			ticket.status === 5 ? (ticket.stats?.closed_at ?? ticket.stats?.resolved_at) : ticket.stats?.resolved_at;
		return {
			id: String(ticket.id),
			status: freshdeskStatuses[ticket.status] ?? String(ticket.status),
			closed: isClosed(ticket),
			category,
			productArea,
			closedAt: isoTime(closedAt ?? ticket.updated_at),
			articles,
			requester: ticket.requester_id === null || ticket.requester_id === undefined ? '' : String(ticket.requester_id),
			subject: ticket.subject ?? '',
		};
	}

	/** Article URLs in the replies the team sent the customer (not notes, not the customer's messages). */
	async function replyArticles(id: string): Promise<string[]> {
		const found: string[][] = [];
		for (let page = 1; page <= maxConversationPages; page++) {
			const conversations = await client.json(
				{
					method: 'GET',
					url: `/api/v2/tickets/${id}/conversations?per_page=${conversationsPerPage}&page=${page}`,
				},
				conversationsSchema,
			);
			for (const conversation of conversations) {
				if (conversation.incoming !== false || conversation.private !== false) continue;
				found.push(scanReplies(`${conversation.body ?? ''} ${conversation.body_text ?? ''}`));
			}
			if (conversations.length < conversationsPerPage) break;
		}
		return mergeArticles(...found);
	}

	/** Where the next pull starts: the last ticket seen, or the pull's start less the overlap if that is earlier. */
	function resumeFrom(position: Position): { since: string } {
		const startedAt = Date.parse(position.startedAt) - overlapMs;
		const latest = position.latest === undefined ? Date.parse(position.from) : Date.parse(position.latest) - 1000;
		return { since: filterTime(Math.min(startedAt, latest)) };
	}

	return {
		vendor: 'Freshdesk',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const fields = await withAddressHint(() =>
				client.json({ method: 'GET', url: '/api/v2/ticket_fields' }, fieldsSchema),
			);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Freshdesk',
				kind: 'ticket field',
				key: 'field',
				wanted,
				known: [
					{ id: 'type', name: 'type' },
					...fields
						.filter((field) => field.name.startsWith('cf_'))
						.map((field) => ({ id: field.name, name: field.label ?? field.name })),
				],
				hint: 'use the field\'s API name (cf_...) as GET /api/v2/ticket_fields lists it, "type" for the ticket type, or map tags with `tagPrefix`',
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const since = parsed.success ? parsed.data.since : source.startDate ? `${source.startDate}T00:00:00Z` : beginning;
			return {
				list: 'tickets',
				since,
				page: 1,
				overlap: [],
				from: since,
				removals: parsed.success,
				startedAt: context.now.toISOString(),
			};
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const query = new URLSearchParams({
				updated_since: position.since,
				order_by: 'updated_at',
				order_type: 'asc',
				...(position.list === 'tickets' ? { include: 'stats' } : { filter: position.list }),
				per_page: String(perPage),
				page: String(position.page),
			});
			const request = { method: 'GET', url: `/api/v2/tickets?${query}` } as const;
			const page = await withAddressHint(() => client.json(request, listSchema));
			const updated = page.map(updatedMs);
			const known = new Set(position.overlap);
			const fresh =
				known.size === 0
					? page
					: page.filter((ticket, index) => !known.has(overlapKey(ticket.id, updated[index] as number)));
			const tickets = fresh.map((ticket) => {
				const pulled = toTicket(ticket);
				// Listed as spam or deleted: whatever its status, it leaves the cache.
				if (position.list !== 'tickets') pulled.closed = false;
				return pulled;
			});
			if (source.replies) {
				const closed = tickets.filter((ticket) => ticket.closed);
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(ticket.id));
				closed.forEach((ticket, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			const latest = position.list === 'tickets' ? Math.max(...updated) : Number.NEGATIVE_INFINITY;
			const seen: Position =
				Number.isFinite(latest) && (position.latest === undefined || latest > Date.parse(position.latest))
					? { ...position, latest: filterTime(latest) }
					: position;

			if (page.length < perPage) {
				// This list is done: the next one from the first window's start, or the end of the pull.
				const next = position.removals ? followingList[position.list] : undefined;
				if (next) return { tickets, next: { ...seen, list: next, since: position.from, page: 1, overlap: [] } };
				return { tickets, resume: resumeFrom(seen) };
			}
			const since = (updated.at(-1) as number) - 1000;
			if (since > Date.parse(position.since)) {
				const overlap = overlapFrom(position.overlap, page, updated, since);
				return { tickets, next: { ...seen, since: filterTime(since), page: 1, overlap } };
			}
			// A whole page within one second of the window's start: page by number, as far as the list goes.
			if (position.page < freshdeskPageCap) {
				return {
					tickets,
					next: {
						...seen,
						page: position.page + 1,
						overlap: overlapFrom(position.overlap, page, updated, Date.parse(position.since)),
					},
				};
			}
			throw new ServiceError(
				`${client.labelOf(request)}: more than ${(freshdeskPageCap * perPage).toLocaleString('en')} tickets were updated within a second of ${position.since}, and the list serves ${freshdeskPageCap} pages at most`,
				{
					hint: 'raise tickets.source.pageSize to 100 if it is lower, or set tickets.source.startDate after that time',
				},
			);
		},
	};
}
