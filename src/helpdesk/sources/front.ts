// Front, through the Core API's "Search conversations" (GET
// /conversations/search/{query}): `_results` by last activity, newest first, at most
// 100 a page (`limit`), the next page in `_pagination.next`. The first pull searches
// `is:archived` (from `startDate` on, `after:`); later ones every conversation with
// activity `after:` the last pull's start, so a reopened or trashed one leaves the cache.
// Archived conversations are closed, as are those whose ticket status is in the
// `resolved` category (accounts with ticketing). Front keeps no archive time: the
// closed date is `updated_at`. Times are Unix seconds with milliseconds.
//
// Front's `_pagination.next` names the company's own API domain
// (https://<company>.api.frontapp.com), whichever host was asked: a next page on a Front
// host is asked of the configured origin, path and page token as given, so the token is
// only ever sent there; a next page on any other host stops the pull.
//
// Custom fields are `custom_fields: { <name>: value }`, listed by GET
// /conversations/custom_fields; tags are `tags: [{ name }]`; Front Links are `links: [{
// external_url }]`, read for the help center's article URLs. The search carries no
// messages: reading the team's costs one GET /conversations/{id}/messages per
// archived conversation, so it is opt-in.
import { z } from 'astro/zod';
import { plainLine } from '../../cli/untrusted-text.ts';
import { ServiceError } from '../../http/errors.ts';
import type { FrontSource } from '../config.ts';
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

export const frontDefaultBaseUrl = 'https://api2.frontapp.com';

const conversationSchema = z.object({
	id: z.string().min(1),
	status: z.string(),
	status_category: z.string().nullish(),
	subject: z.string().nullish(),
	updated_at: z.number().nullish(),
	recipient: z
		.object({
			handle: z.string().nullish(),
			_links: z.object({ related: z.object({ contact: z.string().nullish() }).nullish() }).nullish(),
		})
		.nullish(),
	tags: z.array(z.object({ name: z.string() })).nullish(),
	links: z.array(z.object({ external_url: z.string().nullish() })).nullish(),
	custom_fields: z.record(z.string(), z.unknown()).nullish(),
});
type Conversation = z.output<typeof conversationSchema>;

const pagination = z.object({ next: z.string().nullish() }).nullish();
const listSchema = z.object({ _pagination: pagination, _results: z.array(conversationSchema) });
const messagesSchema = z.object({
	_results: z.array(
		z.object({
			is_inbound: z.boolean().nullish(),
			draft_mode: z.string().nullish(),
			body: z.string().nullish(),
			text: z.string().nullish(),
		}),
	),
});
const fieldsSchema = z.object({ _results: z.array(z.object({ id: z.string(), name: z.string() })) });

const positionSchema = z.strictObject({
	/** The page to ask for: a path and query on the configured origin. */
	url: z.string().startsWith('/'),
	/** When the pull started (ISO): the next pull asks for activity since then, less the overlap. */
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

const maxLimit = 100;
/** Search can lag behind writes; the next pull looks back this far from the pull's start. */
const overlapMs = 10 * 60 * 1000;

/** Front's own API hosts: `api2.frontapp.com` and each company's `<company>.api.frontapp.com`. */
const frontHost = /^(api2\.frontapp\.com|[a-z0-9-]+\.api\.frontapp\.com)$/i;

/** A time as the search's `after:` filter takes it: Unix seconds. */
const unixSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * The next page's path and query on the configured origin: a link on that origin or on
 * one of Front's own API hosts. Undefined for a link to any other host.
 */
export function frontNextPage(next: string, baseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(next, baseUrl);
	} catch {
		return undefined;
	}
	const sameOrigin = url.origin === new URL(baseUrl).origin;
	if (!sameOrigin && !(url.protocol === 'https:' && frontHost.test(url.hostname))) return undefined;
	return `${url.pathname}${url.search}`;
}

export function createFrontSource(source: FrontSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const baseUrl = source.baseUrl ?? frontDefaultBaseUrl;
	const scanLinks = createReplyScanner(context.siteUrl, context.isOldAddress);
	const limit = Math.min(source.pageSize ?? maxLimit, maxLimit);

	const tagsOf = (conversation: Conversation) => (conversation.tags ?? []).map((tag) => tag.name);
	const mappedColumns = createMappedColumns(source, {
		tags: tagsOf,
		field: (conversation, mapping) =>
			mapping.field === undefined ? undefined : conversation.custom_fields?.[mapping.field],
	});

	function requesterOf(conversation: Conversation): string {
		const contact = /\/contacts\/([^/?#]+)$/.exec(conversation.recipient?._links?.related?.contact ?? '')?.[1];
		return contact ?? conversation.recipient?.handle ?? '';
	}

	function toTicket(conversation: Conversation): PulledTicket {
		const archived = conversation.status.toLowerCase() === 'archived';
		const resolved = conversation.status_category?.toLowerCase() === 'resolved';
		const { category, productArea, articles } = mappedColumns(conversation);
		// A Front Link to one of the help center's articles: the team tied the conversation to it.
		const links = (conversation.links ?? []).map((link) => scanLinks(link.external_url ?? ''));
		return {
			id: plainLine(conversation.id, 80),
			status: archived || !resolved ? conversation.status.toLowerCase() : 'resolved',
			closed: archived || resolved,
			category,
			productArea,
			closedAt: isoTime(conversation.updated_at),
			articles: mergeArticles(articles, ...links),
			requester: requesterOf(conversation),
			subject: conversation.subject ?? '',
		};
	}

	/** The article URLs in the messages the team sent (not drafts, not the customer's), the newest 100. */
	async function replyArticles(id: string): Promise<string[]> {
		const body = await client.json(
			{ method: 'GET', url: `/conversations/${encodeURIComponent(id)}/messages?limit=${maxLimit}` },
			messagesSchema,
		);
		return mergeArticles(
			...body._results
				.filter((message) => message.is_inbound === false && !message.draft_mode)
				.map((message) => scanLinks(message.body ?? message.text ?? '')),
		);
	}

	function searchUrl(query: string): string {
		return `/conversations/search/${encodeURIComponent(query)}?limit=${limit}`;
	}

	return {
		vendor: 'Front',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const body = await client.json({ method: 'GET', url: '/conversations/custom_fields' }, fieldsSchema);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Front',
				kind: 'conversation custom field',
				key: 'field',
				wanted,
				known: body._results.map((field) => ({ id: field.name, name: field.name })),
				hint: "use a conversation custom field's name as GET /conversations/custom_fields lists it, or map tags with `tagPrefix`",
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.toISOString();
			if (parsed.success) return { url: searchUrl(`after:${unixSeconds(parsed.data.since)}`), startedAt };
			const from = source.startDate ? ` after:${unixSeconds(`${source.startDate}T00:00:00Z`)}` : '';
			return { url: searchUrl(`is:archived${from}`), startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const request = { method: 'GET', url: position.url } as const;
			const body = await client.json(request, listSchema);
			const tickets = body._results.map(toTicket);
			if (source.replies) {
				const closed = tickets.filter((ticket) => ticket.closed);
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(ticket.id));
				closed.forEach((ticket, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			const next = body._pagination?.next;
			if (next) {
				const url = frontNextPage(next, baseUrl);
				if (url === undefined) {
					const where = URL.canParse(next) ? new URL(next).origin : next;
					throw new ServiceError(
						client.redact(
							`${client.labelOf(request)}: Front pointed the next page at ${plainLine(where, 120)}, not ${new URL(baseUrl).origin} or a Front API host: refusing to send the credentials there`,
						),
						{ hint: 'check tickets.source.baseUrl and any proxy on the way' },
					);
				}
				return { tickets, next: { ...position, url } };
			}
			return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
		},
	};
}
