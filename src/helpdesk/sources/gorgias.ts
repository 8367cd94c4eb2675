// Gorgias, through the REST API's "List tickets" (GET /api/tickets): `{ data, meta: {
// next_cursor } }`, at most 100 tickets a page (`limit`), the next page by `cursor`. The
// list cannot be filtered by time or status, only ordered: every pull reads it by
// `updated_datetime:desc`, newest change first, and stops at the first ticket updated
// before the last pull's start less ten minutes (the first pull at `startDate`, or at the
// end). So a reopened, trashed or spam ticket leaves the cache. A ticket is closed when
// its `status` is `closed`, it is not spam, not in the trash, and not snoozed (Gorgias
// closes a snoozed ticket until `snooze_datetime`, then opens it again); the closed date
// is `closed_datetime`. Times are ISO 8601 without an offset, in UTC.
//
// Ticket fields are `custom_fields: { "<id>": { id, value } }`, mapped by the field's
// label as GET /api/custom-fields?object_type=Ticket lists them; tags are `tags: [{ name
// }]`. The list carries no messages: reading the team's costs one GET
// /api/messages?ticket_id= per closed ticket, so it is opt-in.
import { z } from 'astro/zod';
import { ServiceError } from '../../http/errors.ts';
import type { GorgiasSource } from '../config.ts';
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
	status: z.string(),
	subject: z.string().nullish(),
	spam: z.boolean().nullish(),
	customer: z.object({ id: z.number().nullish(), email: z.string().nullish() }).nullish(),
	tags: z.array(z.object({ name: z.string() })).nullish(),
	custom_fields: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullish(),
	updated_datetime: z.string(),
	closed_datetime: z.string().nullish(),
	snooze_datetime: z.string().nullish(),
	trashed_datetime: z.string().nullish(),
});
type GorgiasTicket = z.output<typeof ticketSchema>;

const meta = z.object({ next_cursor: z.string().nullish() }).nullish();
const listSchema = z.object({ data: z.array(ticketSchema), meta });
const fieldsSchema = z.object({
	data: z.array(z.object({ id: z.number(), label: z.string(), deactivated_datetime: z.string().nullish() })),
	meta,
});
const messagesSchema = z.object({
	data: z.array(
		z.object({
			from_agent: z.boolean().nullish(),
			public: z.boolean().nullish(),
			channel: z.string().nullish(),
			body_html: z.string().nullish(),
			body_text: z.string().nullish(),
		}),
	),
});

const positionSchema = z.strictObject({
	/** The page to ask for; absent for the list's first page. */
	cursor: z.string().optional(),
	/** Tickets updated before this time (ISO) were read by an earlier pull: the list ends there. */
	until: z.string().optional(),
	/** When the pull started (ISO): the next pull reads back to here, less the overlap. */
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

const maxLimit = 100;
/** The list can lag behind writes; the next pull reads back this far past the pull's start. */
const overlapMs = 10 * 60 * 1000;
/** Pages of ticket fields read at most (100 each). */
const maxFieldPages = 20;

export function gorgiasBaseUrl(source: GorgiasSource): string {
	return source.baseUrl ?? `https://${source.domain}.gorgias.com`;
}

/** Milliseconds of a Gorgias time; one without an offset is UTC, as Gorgias writes them. NaN when unreadable. */
export function gorgiasTime(text: string): number {
	const trimmed = text.trim();
	const zoned = /(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/.test(trimmed) || !/\d[T ]\d/.test(trimmed);
	return Date.parse(zoned ? trimmed : `${trimmed}Z`);
}

/** A ticket field's value in `custom_fields`: keyed by the field's id, `{ id, value }` or the bare value. */
function fieldValue(fields: GorgiasTicket['custom_fields'], id: number | undefined): unknown {
	if (id === undefined || !fields) return undefined;
	const entry = Array.isArray(fields)
		? fields.find((item) => (item as { id?: unknown } | null)?.id === id)
		: fields[String(id)];
	return entry !== null && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry
		? (entry as { value: unknown }).value
		: entry;
}

export function createGorgiasSource(source: GorgiasSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const limit = Math.min(source.pageSize ?? maxLimit, maxLimit);
	/** Ticket field ids by label, from `prepare`. */
	const fieldIds = new Map<string, number>();
	const addressHint = source.domain
		? `check tickets.source.domain "${source.domain}": the helpdesk's address is https://${source.domain}.gorgias.com`
		: 'check tickets.source.baseUrl: the helpdesk address the API answers at (https://<domain>.gorgias.com)';

	/** A 404 on a list means no helpdesk at that address: say where to look. */
	async function withAddressHint<T>(request: () => Promise<T>): Promise<T> {
		try {
			return await request();
		} catch (error) {
			if (error instanceof ServiceError && error.status === 404 && error.hint === undefined) {
				throw new ServiceError(error.message, { hint: addressHint, status: 404 });
			}
			throw error;
		}
	}

	const tagsOf = (ticket: GorgiasTicket) => (ticket.tags ?? []).map((tag) => tag.name);
	const mappedColumns = createMappedColumns(source, {
		tags: tagsOf,
		field: (ticket, mapping) =>
			mapping.field === undefined ? undefined : fieldValue(ticket.custom_fields, fieldIds.get(mapping.field)),
	});

	function isClosed(ticket: GorgiasTicket): boolean {
		const snoozedUntil = ticket.snooze_datetime ? gorgiasTime(ticket.snooze_datetime) : Number.NaN;
		return (
			ticket.status.toLowerCase() === 'closed' &&
			ticket.spam !== true &&
			!ticket.trashed_datetime &&
			!(snoozedUntil > context.now.getTime())
		);
	}

	function toTicket(ticket: GorgiasTicket): PulledTicket {
		const { category, productArea, articles } = mappedColumns(ticket);
		const closed = ticket.closed_datetime ? gorgiasTime(ticket.closed_datetime) : Number.NaN;
		const customer = ticket.customer;
		return {
			id: String(ticket.id),
			status: ticket.status.toLowerCase(),
			closed: isClosed(ticket),
			category,
			productArea,
			closedAt: Number.isNaN(closed) ? isoTime(ticket.closed_datetime) : new Date(closed).toISOString(),
			articles,
			requester: customer?.id !== null && customer?.id !== undefined ? String(customer.id) : (customer?.email ?? ''),
			subject: ticket.subject ?? '',
		};
	}

	/** Article URLs in the messages the team sent the customer (not internal notes, not the customer's), the newest 100. */
	async function replyArticles(id: string): Promise<string[]> {
		const body = await client.json(
			{ method: 'GET', url: `/api/messages?ticket_id=${encodeURIComponent(id)}&limit=${maxLimit}` },
			messagesSchema,
		);
		return mergeArticles(
			...body.data
				.filter(
					(message) => message.from_agent === true && message.public !== false && message.channel !== 'internal-note',
				)
				.map((message) => scanReplies(`${message.body_html ?? ''} ${message.body_text ?? ''}`)),
		);
	}

	return {
		vendor: 'Gorgias',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const known: { id: string; name: string }[] = [];
			let cursor: string | undefined;
			for (let page = 0; page < maxFieldPages; page++) {
				const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
				const url = `/api/custom-fields?object_type=Ticket&limit=${maxLimit}${after}`;
				const body = await withAddressHint(() => client.json({ method: 'GET', url }, fieldsSchema));
				for (const field of body.data) {
					if (field.deactivated_datetime || fieldIds.has(field.label)) continue;
					fieldIds.set(field.label, field.id);
					known.push({ id: field.label, name: field.label });
				}
				cursor = body.meta?.next_cursor ?? undefined;
				if (!cursor) break;
			}
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Gorgias',
				kind: 'ticket field',
				key: 'field',
				wanted,
				known,
				hint: "use a ticket field's name as Settings > Ticket Fields shows it (GET /api/custom-fields?object_type=Ticket), or map tags with `tagPrefix`",
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.toISOString();
			if (parsed.success) return { until: parsed.data.since, startedAt };
			return source.startDate ? { until: `${source.startDate}T00:00:00.000Z`, startedAt } : { startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const after = position.cursor ? `&cursor=${encodeURIComponent(position.cursor)}` : '';
			const url = `/api/tickets?limit=${limit}&order_by=updated_datetime%3Adesc${after}`;
			const body = await withAddressHint(() => client.json({ method: 'GET', url }, listSchema));
			const until = position.until === undefined ? Number.NEGATIVE_INFINITY : Date.parse(position.until);
			// Newest change first: the first ticket updated before `until` ends the list.
			const end = body.data.findIndex((ticket) => gorgiasTime(ticket.updated_datetime) < until);
			const fresh = end === -1 ? body.data : body.data.slice(0, end);
			const tickets = fresh.map(toTicket);
			if (source.replies) {
				const closed = tickets.filter((ticket) => ticket.closed);
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(ticket.id));
				closed.forEach((ticket, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			const next = body.meta?.next_cursor;
			if (next && end === -1) return { tickets, next: { ...position, cursor: next } };
			return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
		},
	};
}
