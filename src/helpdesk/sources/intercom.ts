// Intercom, through "Search conversations" (POST /conversations/search, API version
// 2.11): a `query` of field/operator/value filters and `pagination: { per_page (at
// most 150), starting_after }`; each response's `pages.next.starting_after` is the
// cursor of the next page, absent on the last. The first pull searches `state =
// closed`; later ones `updated_at >` the last pull's start, whatever the state, so a
// reopened conversation leaves the cache. Conversation attributes are
// `custom_attributes` by name, listed by GET /data_attributes?model=conversation;
// tags are `tags.tags[].name`; the closed date is `statistics.last_close_at`.
// Search results carry no conversation parts: reading replies costs one
// GET /conversations/{id} per closed conversation, so it is opt-in (`replies: true`).
import { z } from 'astro/zod';
import type { IntercomSource } from '../config.ts';
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

export const intercomDefaultBaseUrl = 'https://api.intercom.io';
export const intercomVersion = '2.11';

const conversationSchema = z.object({
	id: z.union([z.string(), z.number()]).transform(String),
	state: z.string(),
	title: z.string().nullish(),
	source: z.object({ subject: z.string().nullish() }).nullish(),
	custom_attributes: z.record(z.string(), z.unknown()).nullish(),
	tags: z.object({ tags: z.array(z.object({ name: z.string() })) }).nullish(),
	statistics: z.object({ last_close_at: z.number().nullish() }).nullish(),
	contacts: z.object({ contacts: z.array(z.object({ id: z.string() })) }).nullish(),
	updated_at: z.number().nullish(),
});
type Conversation = z.output<typeof conversationSchema>;

const searchSchema = z.object({
	conversations: z.array(conversationSchema),
	pages: z.object({ next: z.object({ starting_after: z.string().nullish() }).nullish() }).nullish(),
});

const attributesSchema = z.object({
	data: z.array(z.object({ name: z.string(), label: z.string().nullish() })),
});

const partsSchema = z.object({
	conversation_parts: z
		.looseObject({
			conversation_parts: z.array(
				z.object({
					part_type: z.string().nullish(),
					body: z.string().nullish(),
					author: z.object({ type: z.string().nullish() }).nullish(),
				}),
			),
		})
		.nullish(),
});

const positionSchema = z.strictObject({
	/** Epoch seconds: changes after this; absent on a first pull, which reads closed conversations. */
	since: z.number().int().optional(),
	startingAfter: z.string().optional(),
	startedAt: z.number().int(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.number().int() });

/** Parts the customer received from the team; notes stay internal. */
const teamAuthors = new Set(['admin', 'bot']);

/** Search results can lag behind writes by a few minutes; the next pull looks back this far. */
const overlapSeconds = 15 * 60;

export function createIntercomSource(source: IntercomSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const perPage = Math.min(source.pageSize ?? 150, 150);

	const tagsOf = (conversation: Conversation) => (conversation.tags?.tags ?? []).map((tag) => tag.name);
	function mapped(conversation: Conversation, mapping: { attribute?: string; tagPrefix?: string }): unknown {
		if (mapping.tagPrefix !== undefined) return tagValue(tagsOf(conversation), mapping.tagPrefix);
		return conversation.custom_attributes?.[mapping.attribute as string];
	}

	function toTicket(conversation: Conversation): PulledTicket {
		const status = conversation.state.toLowerCase();
		const articles = source.articles
			? source.articles.tagPrefix !== undefined
				? tagValues(tagsOf(conversation), source.articles.tagPrefix)
				: referenceValues(mapped(conversation, source.articles))
			: [];
		return {
			id: conversation.id,
			status,
			closed: status === 'closed',
			category: termValue(mapped(conversation, source.category)),
			productArea: termValue(mapped(conversation, source.productArea)),
			closedAt: isoTime(conversation.statistics?.last_close_at ?? conversation.updated_at),
			articles,
			requester: conversation.contacts?.contacts[0]?.id ?? '',
			subject: conversation.title ?? conversation.source?.subject ?? '',
		};
	}

	async function replyArticles(id: string): Promise<string[]> {
		const body = await client.json({ method: 'GET', url: `/conversations/${encodeURIComponent(id)}` }, partsSchema);
		return mergeArticles(
			...(body.conversation_parts?.conversation_parts ?? [])
				.filter((part) => teamAuthors.has(part.author?.type ?? '') && part.part_type !== 'note')
				.map((part) => scanReplies(part.body ?? '')),
		);
	}

	return {
		vendor: 'Intercom',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'attribute');
			if (wanted.length === 0) return;
			const body = await client.json({ method: 'GET', url: '/data_attributes?model=conversation' }, attributesSchema);
			checkMappedFields({
				vendor: 'Intercom',
				kind: 'conversation attribute',
				key: 'attribute',
				wanted,
				known: body.data.map((attribute) => ({ id: attribute.name, name: attribute.name })),
				hint: 'use the attribute name as Settings > Data > Conversation data lists it, or map tags with `tagPrefix`',
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = Math.floor(context.now.getTime() / 1000);
			return parsed.success ? { since: parsed.data.since, startedAt } : { startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const startDate = source.startDate ? Math.floor(Date.parse(`${source.startDate}T00:00:00Z`) / 1000) : undefined;
			const query =
				position.since !== undefined
					? { field: 'updated_at', operator: '>', value: position.since }
					: startDate !== undefined
						? {
								operator: 'AND',
								value: [
									{ field: 'state', operator: '=', value: 'closed' },
									{ field: 'updated_at', operator: '>', value: startDate - 1 },
								],
							}
						: { field: 'state', operator: '=', value: 'closed' };
			const body = await client.json(
				{
					method: 'POST',
					url: '/conversations/search',
					json: {
						query,
						pagination: {
							per_page: perPage,
							...(position.startingAfter ? { starting_after: position.startingAfter } : {}),
						},
					},
				},
				searchSchema,
			);
			const tickets = body.conversations.map(toTicket);
			if (source.replies) {
				const closed = tickets.filter((ticket) => ticket.closed);
				const found = await mapLimit(closed, 4, (ticket) => replyArticles(ticket.id));
				closed.forEach((ticket, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			const cursor = body.pages?.next?.starting_after;
			if (cursor && body.conversations.length > 0) return { tickets, next: { ...position, startingAfter: cursor } };
			return { tickets, resume: { since: position.startedAt - overlapSeconds } };
		},
	};
}
