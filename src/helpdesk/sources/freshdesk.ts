// Freshdesk, through API v2's "List All Tickets" (GET /api/v2/tickets): a JSON array
// per page, at most 100 tickets (`per_page`), filtered by `updated_since` and sorted
// with `order_by=updated_at&order_type=asc`. Without `updated_since` the list holds
// only tickets created in the last 30 days, so every request names one. The list
// refuses pages past the 300th (400 "You cannot access tickets beyond the 300th
// page"): at that page the window moves on, `updated_since` the last ticket's
// `updated_at` (a second earlier, as tickets can share it), from page 1 again.
// `include=stats` adds `stats.resolved_at` and `stats.closed_at` (two more API credits
// a page). Statuses are numbers: 2 open, 3 pending, 4 resolved, 5 closed, higher ones
// the account's own. Custom fields are `custom_fields: { cf_<name>: value }`, listed
// by GET /api/v2/ticket_fields; `type` is the ticket type; tags are strings. The
// list carries no replies: reading them costs one
// GET /api/v2/tickets/{id}/conversations per closed ticket, so it is opt-in.
import { z } from 'astro/zod';
import { ServiceError } from '../../http/errors.ts';
import type { FreshdeskSource } from '../config.ts';
import {
	checkMappedFields,
	createReplyScanner,
	isoTime,
	mapLimit,
	mappedFields,
	mergeArticles,
	referenceValues,
	tagValue,
	tagValues,
	termValue,
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
	updated_at: z.string(),
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

const positionSchema = z.strictObject({
	/** The window's start: tickets updated at or after this time (ISO, whole seconds). */
	since: z.string(),
	page: z.number().int().positive(),
	/** When the pull started (ISO): the next pull looks back from here at the latest. */
	startedAt: z.string(),
	/** The latest `updated_at` seen so far in this pull (ISO). */
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

	function mapped(ticket: FreshdeskTicket, mapping: { field?: string; tagPrefix?: string }): unknown {
		if (mapping.tagPrefix !== undefined) return tagValue(ticket.tags ?? [], mapping.tagPrefix);
		if (mapping.field === 'type') return ticket.type;
		return ticket.custom_fields?.[mapping.field as string];
	}

	function isClosed(ticket: FreshdeskTicket): boolean {
		return closedStatuses.has(ticket.status) && ticket.spam !== true && ticket.deleted !== true;
	}

	function toTicket(ticket: FreshdeskTicket): PulledTicket {
		const articles = source.articles
			? source.articles.tagPrefix !== undefined
				? tagValues(ticket.tags ?? [], source.articles.tagPrefix)
				: referenceValues(mapped(ticket, source.articles))
			: [];
		const closedAt =
			ticket.status === 5 ? (ticket.stats?.closed_at ?? ticket.stats?.resolved_at) : ticket.stats?.resolved_at;
		return {
			id: String(ticket.id),
			status: freshdeskStatuses[ticket.status] ?? String(ticket.status),
			closed: isClosed(ticket),
			category: termValue(mapped(ticket, source.category)),
			productArea: termValue(mapped(ticket, source.productArea)),
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
		const latest = position.latest === undefined ? Date.parse(position.since) : Date.parse(position.latest) - 1000;
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
			const startedAt = context.now.toISOString();
			const since = parsed.success ? parsed.data.since : source.startDate ? `${source.startDate}T00:00:00Z` : beginning;
			return { since, page: 1, startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const query = new URLSearchParams({
				updated_since: position.since,
				order_by: 'updated_at',
				order_type: 'asc',
				include: 'stats',
				per_page: String(perPage),
				page: String(position.page),
			});
			const page = await withAddressHint(() =>
				client.json({ method: 'GET', url: `/api/v2/tickets?${query}` }, listSchema),
			);
			const tickets = page.map(toTicket);
			if (source.replies) {
				const closed = tickets.filter((ticket) => ticket.closed);
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(ticket.id));
				closed.forEach((ticket, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			let latest = position.latest;
			for (const ticket of page) {
				const time = Date.parse(ticket.updated_at);
				if (!Number.isNaN(time) && (latest === undefined || time > Date.parse(latest))) latest = filterTime(time);
			}
			const seen: Position = { ...position, ...(latest === undefined ? {} : { latest }) };
			if (page.length < perPage) return { tickets, resume: resumeFrom(seen) };
			if (position.page < freshdeskPageCap) return { tickets, next: { ...seen, page: position.page + 1 } };
			// The 300th page, full: the same list goes on from the last ticket's update.
			const last = Date.parse(page.at(-1)?.updated_at ?? '');
			const since = Number.isNaN(last) ? Number.NaN : last - 1000;
			if (Number.isNaN(since) || since <= Date.parse(position.since)) {
				throw new ServiceError(
					`${client.labelOf({ method: 'GET', url: `/api/v2/tickets?${query}` })}: ${freshdeskPageCap} pages of tickets updated within one second of ${position.since}; the list cannot page past them`,
					{ hint: 'set tickets.source.startDate after that time, or export these tickets instead' },
				);
			}
			return { tickets, next: { ...seen, since: filterTime(since), page: 1 } };
		},
	};
}
