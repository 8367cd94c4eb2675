// Zendesk Support, through the incremental ticket export, cursor-based
// (GET /api/v2/incremental/tickets/cursor.json, documented under "Incremental
// Exports"): the first request gives `start_time`, every later one the
// `after_cursor` of the page before; `end_of_stream` marks the last page, whose
// `after_cursor` the next pull starts from. `include=metric_sets` sideloads each
// ticket's metrics, whose `solved_at` is the closed date. Custom ticket fields are
// `custom_fields: [{ id, value }]`; GET /api/v2/ticket_fields.json lists them.
import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { ServiceError } from '../../http/errors.ts';
import type { ZendeskSource } from '../config.ts';
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
	tags: z.array(z.string()).nullish(),
	custom_fields: z.array(z.object({ id: z.number(), value: z.unknown() })).nullish(),
	requester_id: z.number().nullish(),
	updated_at: z.string().nullish(),
});
type ZendeskTicket = z.output<typeof ticketSchema>;

const pageSchema = z.object({
	tickets: z.array(ticketSchema),
	after_cursor: z.string().nullish(),
	end_of_stream: z.boolean(),
	metric_sets: z.array(z.object({ ticket_id: z.number(), solved_at: z.string().nullish() })).nullish(),
});

const fieldsSchema = z.object({
	ticket_fields: z.array(z.object({ id: z.number(), title: z.string().nullish() })),
	next_page: z.string().nullish(),
});

const commentsSchema = z.object({
	comments: z.array(
		z.object({
			public: z.boolean().nullish(),
			author_id: z.number().nullish(),
			body: z.string().nullish(),
			html_body: z.string().nullish(),
		}),
	),
});

const positionSchema = z.union([
	z.strictObject({ startTime: z.number().int().nonnegative() }),
	z.strictObject({ cursor: z.string().min(1) }),
]);
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ cursor: z.string().min(1) });

/** Zendesk's statuses that count as closed; `deleted` and the open ones leave the cache. */
const closedStatuses = new Set(['solved', 'closed']);

export function zendeskBaseUrl(source: ZendeskSource): string {
	return source.baseUrl ?? `https://${source.subdomain}.zendesk.com`;
}

export function createZendeskSource(source: ZendeskSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const perPage = source.pageSize ?? 1000;
	const mappedColumns = createMappedColumns(source, {
		tags: (ticket: ZendeskTicket) => ticket.tags ?? [],
		field: (ticket, mapping) => ticket.custom_fields?.find((field) => field.id === mapping.field)?.value,
	});

	async function knownFields(): Promise<{ id: number; name: string }[]> {
		const fields: { id: number; name: string }[] = [];
		let url: string | undefined = '/api/v2/ticket_fields.json';
		for (let page = 0; url && page < 20; page++) {
			const body: z.output<typeof fieldsSchema> = await client.json({ method: 'GET', url }, fieldsSchema);
			for (const field of body.ticket_fields) fields.push({ id: field.id, name: field.title ?? '' });
			url = body.next_page ?? undefined;
		}
		return fields;
	}

	async function replyArticles(client: ServiceClient, ticket: ZendeskTicket): Promise<string[]> {
		const body = await client.json(
			{ method: 'GET', url: `/api/v2/tickets/${ticket.id}/comments.json` },
			commentsSchema,
		);
		return mergeArticles(
			...body.comments
				.filter((comment) => comment.public !== false && comment.author_id !== ticket.requester_id)
				.map((comment) => scanReplies(`${comment.html_body ?? ''} ${comment.body ?? ''}`)),
		);
	}

	function toTicket(ticket: ZendeskTicket, solvedAt: Map<number, string>): PulledTicket {
		const status = ticket.status.toLowerCase();
		const { category, productArea, articles } = mappedColumns(ticket);
		return {
			id: String(ticket.id),
			status,
			closed: closedStatuses.has(status),
			category,
			productArea,
			closedAt: isoTime(solvedAt.get(ticket.id) ?? ticket.updated_at),
			articles,
			requester: ticket.requester_id === null || ticket.requester_id === undefined ? '' : String(ticket.requester_id),
			subject: ticket.subject ?? '',
		};
	}

	return {
		vendor: 'Zendesk',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Zendesk',
				kind: 'ticket field',
				key: 'field',
				wanted,
				known: await knownFields(),
				hint: 'copy the field id from Admin Center > Objects and rules > Tickets > Fields, or map tags with `tagPrefix`',
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			if (parsed.success) return { cursor: parsed.data.cursor };
			const since = source.startDate ? Math.floor(Date.parse(`${source.startDate}T00:00:00Z`) / 1000) : 0;
			return { startTime: since };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const query =
				'cursor' in position ? `cursor=${encodeURIComponent(position.cursor)}` : `start_time=${position.startTime}`;
			const page = await client.json(
				{
					method: 'GET',
					url: `/api/v2/incremental/tickets/cursor.json?${query}&per_page=${perPage}&include=metric_sets`,
				},
				pageSchema,
			);
			const solvedAt = new Map<number, string>();
			for (const metrics of page.metric_sets ?? [])
				if (metrics.solved_at) solvedAt.set(metrics.ticket_id, metrics.solved_at);
			const tickets = page.tickets.map((ticket) => toTicket(ticket, solvedAt));
			if (source.replies) {
				const closed = page.tickets.filter((ticket) => closedStatuses.has(ticket.status.toLowerCase()));
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(client, ticket));
				const byId = new Map(closed.map((ticket, index) => [String(ticket.id), found[index] ?? []]));
				for (const ticket of tickets) {
					const links = byId.get(ticket.id);
					if (links) ticket.articles = mergeArticles(ticket.articles, links);
				}
			}
			const cursor = page.after_cursor ?? ('cursor' in position ? position.cursor : undefined);
			if (page.end_of_stream) return { tickets, resume: cursor ? { cursor } : undefined };
			if (!page.after_cursor) {
				throw new ServiceError(
					`${client.labelOf({ method: 'GET', url: '/api/v2/incremental/tickets/cursor.json' })}: a page before the end of the stream came without an after_cursor`,
				);
			}
			return { tickets, next: { cursor: page.after_cursor } };
		},
	};
}
