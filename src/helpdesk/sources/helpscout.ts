// Help Scout, through the Inbox API 2.0 ("List Conversations", GET /v2/conversations):
// HAL responses with `_embedded.conversations` and `page: { number, totalPages }`.
// `embed=threads` puts each conversation's threads in the same page, so the team's
// replies (threads of type `reply`) are read at no extra request. Pages are sorted by
// `createdAt` ascending, which keeps page numbers stable while conversations change
// during a pull. The first pull lists `status=closed`; later ones `status=all` with
// `modifiedSince` the last pull's start, so a reopened conversation leaves the cache.
// Authentication is OAuth2 client credentials (POST /v2/oauth2/token). Custom fields
// are `customFields: [{ id, name, value, text }]`, listed per inbox by
// GET /v2/mailboxes/{id}/fields; tags are `tags: [{ tag }]`.
import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import type { HelpscoutSource } from '../config.ts';
import {
	checkMappedFields,
	createMappedColumns,
	createReplyScanner,
	isoTime,
	mappedFields,
	mergeArticles,
} from './mapping.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

export const helpscoutDefaultBaseUrl = 'https://api.helpscout.net';

const conversationSchema = z.object({
	id: z.number(),
	status: z.string(),
	state: z.string().nullish(),
	subject: z.string().nullish(),
	closedAt: z.string().nullish(),
	primaryCustomer: z.object({ id: z.number().nullish() }).nullish(),
	tags: z.array(z.object({ tag: z.string() })).nullish(),
	customFields: z.array(z.object({ id: z.number(), value: z.unknown(), text: z.string().nullish() })).nullish(),
	_embedded: z
		.looseObject({
			threads: z.array(z.object({ type: z.string().nullish(), body: z.string().nullish() })).nullish(),
		})
		.nullish(),
});
type Conversation = z.output<typeof conversationSchema>;

const listSchema = z.object({
	_embedded: z.object({ conversations: z.array(conversationSchema) }).nullish(),
	page: z.object({ number: z.number(), totalPages: z.number() }),
});

const tokenSchema = z.object({ access_token: z.string().min(1) });
const mailboxesSchema = z.object({
	_embedded: z.object({ mailboxes: z.array(z.object({ id: z.number() })) }).nullish(),
	page: z.object({ number: z.number(), totalPages: z.number() }).nullish(),
});
const fieldsSchema = z.object({
	_embedded: z.looseObject({ fields: z.array(z.object({ id: z.number(), name: z.string().nullish() })) }).nullish(),
});

const positionSchema = z.strictObject({
	/** Changes since this time (ISO); absent on a first pull, which lists closed conversations. */
	since: z.string().optional(),
	page: z.number().int().positive(),
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

const overlapMs = 10 * 60 * 1000;

/**
 * Help Scout's OAuth2 client-credentials exchange: the app id and secret for an access
 * token, asked for once per pull (tokens last two days).
 */
export function createHelpscoutToken(client: () => ServiceClient, credentials: { appId: string; appSecret: string }) {
	let token: Promise<string> | undefined;
	return () => {
		token ??= client()
			.json(
				{
					method: 'POST',
					url: '/v2/oauth2/token',
					anonymous: true,
					form: {
						grant_type: 'client_credentials',
						client_id: credentials.appId,
						client_secret: credentials.appSecret,
					},
				},
				tokenSchema,
			)
			.then((body) => body.access_token);
		return token;
	};
}

function mailboxQuery(source: HelpscoutSource): string {
	return source.mailboxes ? `&mailbox=${source.mailboxes.join(',')}` : '';
}

export function createHelpscoutSource(source: HelpscoutSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);

	const tagsOf = (conversation: Conversation) => (conversation.tags ?? []).map((tag) => tag.tag);
	const mappedColumns = createMappedColumns(source, {
		tags: tagsOf,
		field: (conversation, mapping) => {
			const field = conversation.customFields?.find((item) => item.id === mapping.field);
			// Dropdown fields hold an option id in `value` and its label in `text`.
			return field ? (field.text ?? field.value) : undefined;
		},
	});

	function toTicket(conversation: Conversation): PulledTicket {
		const status = conversation.status.toLowerCase();
		const { category, productArea, articles } = mappedColumns(conversation);
		const replies = source.replies
			? (conversation._embedded?.threads ?? [])
					.filter((thread) => thread.type === 'reply')
					.map((thread) => scanReplies(thread.body ?? ''))
			: [];
		return {
			id: String(conversation.id),
			status,
			closed: status === 'closed' && (conversation.state ?? 'published') === 'published',
			category,
			productArea,
			closedAt: isoTime(conversation.closedAt),
			articles: mergeArticles(articles, ...replies),
			requester: conversation.primaryCustomer?.id ? String(conversation.primaryCustomer.id) : '',
			subject: conversation.subject ?? '',
		};
	}

	async function mailboxIds(): Promise<number[]> {
		if (source.mailboxes) return source.mailboxes;
		const ids: number[] = [];
		for (let page = 1; page <= 20; page++) {
			const body = await client.json({ method: 'GET', url: `/v2/mailboxes?page=${page}` }, mailboxesSchema);
			ids.push(...(body._embedded?.mailboxes ?? []).map((mailbox) => mailbox.id));
			if (!body.page || body.page.number >= body.page.totalPages) break;
		}
		return ids;
	}

	return {
		vendor: 'Help Scout',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const known: { id: number; name: string }[] = [];
			for (const mailbox of await mailboxIds()) {
				const body = await client.json({ method: 'GET', url: `/v2/mailboxes/${mailbox}/fields` }, fieldsSchema);
				for (const field of body._embedded?.fields ?? []) known.push({ id: field.id, name: field.name ?? '' });
			}
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Help Scout',
				kind: 'custom field',
				key: 'field',
				wanted,
				known,
				hint: 'use the id of an inbox custom field (Manage > Inbox > Custom Fields), or map tags with `tagPrefix`',
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.toISOString();
			return parsed.success ? { since: parsed.data.since, page: 1, startedAt } : { page: 1, startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const since = position.since ?? (source.startDate ? `${source.startDate}T00:00:00Z` : undefined);
			const status = position.since !== undefined ? 'all' : 'closed';
			const filter = since ? `&modifiedSince=${encodeURIComponent(since.replace(/\.\d{3}Z$/, 'Z'))}` : '';
			const embed = source.replies ? '&embed=threads' : '';
			const body = await client.json(
				{
					method: 'GET',
					url: `/v2/conversations?status=${status}&sortField=createdAt&sortOrder=asc&page=${position.page}${filter}${mailboxQuery(source)}${embed}`,
				},
				listSchema,
			);
			const tickets = (body._embedded?.conversations ?? []).map(toTicket);
			if (body.page.number < body.page.totalPages) return { tickets, next: { ...position, page: position.page + 1 } };
			return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
		},
	};
}
