// Zoho Desk, through the REST API's "Search tickets" (GET /api/v1/tickets/search):
// `{ data, count }`, at most 100 tickets a page (`limit`), by offset (`from`, at most
// 4999), `sortBy=modifiedTime` oldest change first, `modifiedTimeRange=<from>,<to>`
// (ISO times); no match is a 204 with no body. Every page asks from the last page's
// last change on, so a ticket changed while the pull runs moves behind the place being
// read instead of pushing an unread one off a page, and the offset stays far below its
// cap; tickets read at that very millisecond are left out. The first pull reads every
// ticket (from `startDate`, if set), later ones every ticket changed since the last
// pull started, less ten minutes, so a reopened ticket leaves the cache. A ticket is
// closed when its status type (`statusType`, which custom statuses share) is Closed
// and it is not spam; the closed date is `closedTime`.
//
// Every request carries `Authorization: Zoho-oauthtoken <token>` and the `orgId`
// header, to the data center's Desk host only. The token is refreshed at the same data
// center's accounts host (`src/zoho/token.ts`). Ticket fields are mapped by API name: a custom
// field's (`cf_product_area`) is read from `cf`, a standard one's (`category`) from the
// ticket; GET /api/v1/organizationFields?module=tickets lists them. Tags (GET
// /api/v1/tickets/{id}/tags), a ticket without `cf` in the search (GET
// /api/v1/tickets/{id}) and the team's replies (GET /api/v1/tickets/{id}/threads, then
// each thread the team sent, whose full text the list does not carry) cost requests
// per closed ticket.
import { z } from 'astro/zod';
import { plainLine } from '../../cli/untrusted-text.ts';
import { ServiceError } from '../../http/errors.ts';
import { zohodeskBaseUrl } from '../../zoho/data-centers.ts';
import type { ZohodeskSource } from '../config.ts';
import { HelpdeskError } from '../errors.ts';
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

const idText = z.union([z.string().min(1), z.number()]).transform(String);

const ticketSchema = z.looseObject({
	id: idText,
	ticketNumber: idText.nullish(),
	status: z.string().nullish(),
	statusType: z.string().nullish(),
	subject: z.string().nullish(),
	contactId: idText.nullish(),
	isSpam: z.boolean().nullish(),
	closedTime: z.string().nullish(),
	modifiedTime: z.string(),
	cf: z.record(z.string(), z.unknown()).nullish(),
});
type ZohoTicket = z.output<typeof ticketSchema>;
/** A ticket with what its own requests added: its tags, its custom fields. */
type ReadTicket = ZohoTicket & { tagNames?: string[] };

const searchSchema = z.object({ data: z.array(ticketSchema) });
const fieldsSchema = z.object({
	data: z.array(z.object({ apiName: z.string(), displayLabel: z.string().nullish() })),
});
const tagsSchema = z.object({ data: z.array(z.object({ name: z.string() })) });
const threadSchema = z.object({
	id: idText,
	direction: z.string().nullish(),
	visibility: z.string().nullish(),
	status: z.string().nullish(),
	content: z.string().nullish(),
});
const threadsSchema = z.object({ data: z.array(threadSchema) });

const positionSchema = z.strictObject({
	/** Tickets changed at or after this time (ISO); absent for the first page of a first pull. */
	since: z.string().optional(),
	/** Ids already read that were changed at `since` exactly: left out when they come again. */
	seen: z.array(z.string()).max(5000),
	/** Offset within `since`: only when a whole page was changed in the same millisecond. */
	from: z.number().int().min(0),
	/** When the pull started (ISO): the next pull asks for changes since then, less the overlap. */
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

const maxLimit = 100;
/** Search serves results up to this offset. */
const maxOffset = 4999;
/** Search can lag behind writes; the next pull asks from this far before the pull's start. */
const overlapMs = 10 * 60 * 1000;
/** The range needs an end: a day past the pull's start covers every change made while it runs. */
const rangeEndMs = 24 * 60 * 60 * 1000;
/** Threads the team sent, per ticket, read whole for article URLs, in the order the list gives them. */
const maxReplies = 20;

export function createZohodeskSource(source: ZohodeskSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const limit = Math.min(source.pageSize ?? maxLimit, maxLimit);
	const mappings = [source.category, source.productArea, source.articles];
	const readsTags = mappings.some((mapping) => mapping?.tagPrefix !== undefined);
	const readsCustomFields = mappings.some((mapping) => mapping?.field?.startsWith('cf_'));
	const placeHint = `check tickets.source.orgId "${source.orgId}" and dataCenter "${source.dataCenter}": the organization id is under Setup > Developer Space > API of ${new URL(zohodeskBaseUrl(source)).host}`;

	/** A request the organization or host may be wrong for: say where to look. */
	async function withPlaceHint<T>(request: () => Promise<T>): Promise<T> {
		try {
			return await request();
		} catch (error) {
			if (error instanceof ServiceError && [400, 404, 422].includes(error.status ?? 0) && error.hint === undefined) {
				throw new ServiceError(error.message, { hint: placeHint, status: error.status });
			}
			throw error;
		}
	}

	const mappedColumns = createMappedColumns(source, {
		tags: (ticket: ReadTicket) => ticket.tagNames ?? [],
		field: (ticket, mapping) => {
			if (mapping.field === undefined) return undefined;
			return mapping.field.startsWith('cf_') ? ticket.cf?.[mapping.field] : ticket[mapping.field];
		},
	});

	const isClosed = (ticket: ZohoTicket) => ticket.statusType?.toLowerCase() === 'closed' && ticket.isSpam !== true;

	function toTicket(ticket: ReadTicket): PulledTicket {
		const closed = isClosed(ticket);
		const { category, productArea, articles } = mappedColumns(ticket);
		return {
			id: plainLine(ticket.ticketNumber ?? ticket.id, 40),
			// A custom status of type Closed ("Resolved", "Duplicate") is kept as closed.
			status: closed ? 'closed' : plainLine(ticket.status ?? ticket.statusType ?? '', 60).toLowerCase(),
			closed,
			category,
			productArea,
			closedAt: isoTime(ticket.closedTime),
			articles,
			requester: ticket.contactId ?? '',
			subject: ticket.subject ?? '',
		};
	}

	const ticketPath = (id: string) => `/api/v1/tickets/${encodeURIComponent(id)}`;

	/** Article URLs in the threads the team sent the customer (not private ones, not the customer's), of the first 100 the list gives. */
	async function replyArticles(id: string): Promise<string[]> {
		const list = await client.json(
			{ method: 'GET', url: `${ticketPath(id)}/threads?from=0&limit=100`, noContent: { data: [] } },
			threadsSchema,
		);
		const sent = list.data
			.filter(
				(thread) =>
					thread.direction?.toLowerCase() === 'out' &&
					thread.visibility?.toLowerCase() !== 'private' &&
					thread.status?.toLowerCase() !== 'draft',
			)
			.slice(0, maxReplies);
		const found: string[][] = [];
		for (const thread of sent) {
			// The list carries a summary; the whole text comes with the thread itself.
			const content =
				thread.content ??
				(
					await client.json(
						{ method: 'GET', url: `${ticketPath(id)}/threads/${encodeURIComponent(thread.id)}` },
						threadSchema,
					)
				).content;
			found.push(scanReplies(content ?? ''));
		}
		return mergeArticles(...found);
	}

	/** What a closed ticket needs beyond the search: its tags, its custom fields, the team's replies. */
	async function complete(ticket: ZohoTicket): Promise<PulledTicket> {
		let read: ReadTicket = ticket;
		if (readsCustomFields && !ticket.cf) {
			read = await client.json({ method: 'GET', url: ticketPath(ticket.id) }, ticketSchema);
		}
		if (readsTags) {
			const tags = await client.json(
				{ method: 'GET', url: `${ticketPath(ticket.id)}/tags`, noContent: { data: [] } },
				tagsSchema,
			);
			read = { ...read, tagNames: tags.data.map((tag) => tag.name) };
		}
		const pulled = toTicket(read);
		if (source.replies) pulled.articles = mergeArticles(pulled.articles, await replyArticles(ticket.id));
		return pulled;
	}

	function searchUrl(position: Position): string {
		const range = position.since
			? `&modifiedTimeRange=${encodeURIComponent(`${position.since},${new Date(Date.parse(position.startedAt) + rangeEndMs).toISOString()}`)}`
			: '';
		return `/api/v1/tickets/search?sortBy=modifiedTime${range}&from=${position.from}&limit=${limit}`;
	}

	return {
		vendor: 'Zoho Desk',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const body = await withPlaceHint(() =>
				client.json({ method: 'GET', url: '/api/v1/organizationFields?module=tickets' }, fieldsSchema),
			);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Zoho Desk',
				kind: 'ticket field',
				key: 'field',
				wanted,
				known: body.data.map((field) => ({ id: field.apiName, name: field.displayLabel ?? field.apiName })),
				hint: "use a ticket field's API name as Setup > Customization > Layouts and Fields > the field shows it (`cf_` and its name for a custom field), or map tags with `tagPrefix`",
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.toISOString();
			const since = parsed.success
				? parsed.data.since
				: source.startDate
					? `${source.startDate}T00:00:00.000Z`
					: undefined;
			return { ...(since ? { since } : {}), seen: [], from: 0, startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const request = { method: 'GET', url: searchUrl(position), noContent: { data: [] } } as const;
			const body = await withPlaceHint(() => client.json(request, searchSchema));
			const seen = new Set(position.seen);
			const fresh = body.data.filter((ticket) => !seen.has(ticket.id));
			const tickets = await mapLimit(fresh, 4, (ticket) =>
				isClosed(ticket) ? complete(ticket) : Promise.resolve(toTicket(ticket)),
			);
			const last = body.data.at(-1);
			if (body.data.length < limit || last === undefined) {
				return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
			}
			const lastTime = Date.parse(last.modifiedTime);
			if (Number.isNaN(lastTime)) {
				throw new ServiceError(
					`${client.labelOf(request)}: the response is not what the API documents (data.${body.data.length - 1}.modifiedTime: not a time)`,
				);
			}
			const atLast = body.data
				.filter((ticket) => Date.parse(ticket.modifiedTime) === lastTime)
				.map((ticket) => ticket.id);
			const sinceTime = position.since === undefined ? Number.NaN : Date.parse(position.since);
			if (lastTime !== sinceTime) {
				return {
					tickets,
					next: { since: new Date(lastTime).toISOString(), seen: atLast, from: 0, startedAt: position.startedAt },
				};
			}
			// A whole page changed in the same millisecond (a bulk update): page on within it.
			const from = position.from + body.data.length;
			if (from > maxOffset) {
				throw new HelpdeskError(
					`Zoho Desk: more than ${(maxOffset + 1).toLocaleString('en')} tickets share one modification time (${plainLine(last.modifiedTime, 40)}), more than one search can reach`,
					{ hint: 'set tickets.source.startDate after that time' },
				);
			}
			return {
				tickets,
				next: {
					since: position.since as string,
					seen: [...seen, ...atLast].slice(-5000),
					from,
					startedAt: position.startedAt,
				},
			};
		},
	};
}
