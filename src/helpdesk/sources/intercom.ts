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
//
// Intercom Tickets, their own object since API 2.9, when `objects` lists them: "Search
// tickets" (POST /tickets/search, the same query and pagination, answering `tickets`),
// first `state = resolved`, then `updated_at >` as above, after the conversations. The
// team's fields are `ticket_attributes` by name, listed per ticket type by GET
// /ticket_types; `ticket_state` is a string up to 2.11 and an object from 2.12, read by
// its `category` either way; a ticket's own `category` (Customer, Back-office, Tracker)
// is Intercom's kind of ticket and never read. A ticket has no close time: its closed
// date is `updated_at`. Replies are its `ticket_parts` (GET /tickets/{id}).
//
// A ticket's row is named by its `ticket_id`, the number the Inbox and Messenger show,
// so the coverage report's ticket can be found there; its API `id` ("Do not use
// ticket_id for API queries") serves the requests only. A row an earlier pull cached
// under the API id leaves the cache when the ticket comes again (`forget`).
// A conversation converted to a customer ticket is the same request as that ticket.
// Pulling tickets too, the ticket counts, with its state and attributes: a conversation
// that carries a `ticket` (from 2.10, `null` on the others) gives no row and its row
// from an earlier pull leaves the cache; so does every row under a ticket's API id,
// which the API shares with the conversation ("the conversation or customer ticket" is
// one id). Neither that field's shape nor whether conversation search still answers
// converted conversations is documented: only the field's presence is read, and a
// conversation cached before it was converted stays only if search no longer answers
// it and its ticket has an API id of its own. With conversations alone, it stays one
// conversation.
import { z } from 'astro/zod';
import { type IntercomSource, intercomObjects } from '../config.ts';
import {
	attributesSchema,
	type Conversation,
	type IntercomTicket,
	type Part,
	partsSchema,
	type SearchPages,
	searchSchema,
	ticketPartsSchema,
	ticketSearchSchema,
	ticketTypesSchema,
} from './intercom-schemas.ts';
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

export const intercomDefaultBaseUrl = 'https://api.intercom.io';
export const intercomVersion = '2.11';

type IntercomObject = (typeof intercomObjects)[number];

const positionSchema = z.strictObject({
	/** What is being searched; absent for conversations (as positions saved before tickets were pulled). */
	object: z.literal('tickets').optional(),
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

	/** What a conversation or ticket holds for the mapping: its tags and its attributes by name. */
	type Mappable = {
		tags?: { tags: { name: string }[] } | null;
		attributes?: Record<string, unknown> | null;
	};
	const tagsOf = (record: Mappable) => (record.tags?.tags ?? []).map((tag) => tag.name);
	const mappedColumns = createMappedColumns(source, {
		tags: tagsOf,
		field: (record, mapping) => record.attributes?.[mapping.attribute as string],
	});

	function toTicket(conversation: Conversation): PulledTicket {
		const status = conversation.state.toLowerCase();
		return {
			id: conversation.id,
			status,
			closed: status === 'closed',
			...mappedColumns({ tags: conversation.tags, attributes: conversation.custom_attributes }),
			closedAt: isoTime(conversation.statistics?.last_close_at ?? conversation.updated_at),
			requester: conversation.contacts?.contacts[0]?.id ?? '',
			subject: conversation.title ?? conversation.source?.subject ?? '',
		};
	}

	function fromTicket(ticket: IntercomTicket): PulledTicket {
		const state = ticket.ticket_state;
		const status = (typeof state === 'string' ? state : (state?.category ?? '')).toLowerCase();
		const title = ticket.ticket_attributes?._default_title_;
		return {
			id: ticket.ticket_id || ticket.id,
			status,
			closed: status === 'resolved',
			...mappedColumns({ tags: ticket.tags, attributes: ticket.ticket_attributes }),
			closedAt: isoTime(ticket.updated_at),
			requester: ticket.contacts?.contacts[0]?.id ?? '',
			subject: typeof title === 'string' ? title : '',
		};
	}

	const teamReplies = (parts: Part[]) =>
		mergeArticles(
			...parts
				.filter((part) => teamAuthors.has(part.author?.type ?? '') && part.part_type !== 'note')
				.map((part) => scanReplies(part.body ?? '')),
		);

	async function replyArticles(id: string, object: IntercomObject): Promise<string[]> {
		const url = `/${object}/${encodeURIComponent(id)}`;
		if (object === 'tickets') {
			const body = await client.json({ method: 'GET', url }, ticketPartsSchema);
			return teamReplies(body.ticket_parts?.ticket_parts ?? []);
		}
		const body = await client.json({ method: 'GET', url }, partsSchema);
		return teamReplies(body.conversation_parts?.conversation_parts ?? []);
	}

	/** The team's names for the object's fields: conversation data attributes, or every ticket type's attributes. */
	async function attributeNames(object: IntercomObject): Promise<string[]> {
		if (object === 'tickets') {
			const body = await client.json({ method: 'GET', url: '/ticket_types' }, ticketTypesSchema);
			return body.data.flatMap((type) =>
				(type.ticket_type_attributes?.ticket_type_attributes ?? []).map((attribute) => attribute.name),
			);
		}
		const body = await client.json({ method: 'GET', url: '/data_attributes?model=conversation' }, attributesSchema);
		return body.data.map((attribute) => attribute.name);
	}

	// Conversations before tickets, however the settings list them: a ticket's row, written last, wins.
	const objects: IntercomObject[] = intercomObjects.filter((object) => source.objects.includes(object));
	const objectOf = (position: Position): IntercomObject => position.object ?? 'conversations';
	const searchedFor = (object: IntercomObject) => (object === 'tickets' ? 'resolved' : 'closed');

	return {
		vendor: 'Intercom',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'attribute');
			if (wanted.length === 0) return;
			const names = new Set<string>();
			for (const object of objects) for (const name of await attributeNames(object)) names.add(name);
			const kinds = objects.map((object) => (object === 'tickets' ? 'ticket' : 'conversation'));
			const places = objects.map((object) =>
				object === 'tickets' ? 'a ticket type' : 'Settings > Data > Conversation data',
			);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Intercom',
				kind: `${kinds.join(' or ')} attribute`,
				key: 'attribute',
				wanted,
				known: [...names].map((name) => ({ id: name, name })),
				hint: `use the attribute name as ${places.join(' or ')} lists it, or map tags with \`tagPrefix\``,
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = Math.floor(context.now.getTime() / 1000);
			const object = objects[0] === 'tickets' ? { object: 'tickets' as const } : {};
			return parsed.success ? { ...object, since: parsed.data.since, startedAt } : { ...object, startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const object = objectOf(position);
			const closedState = { field: 'state', operator: '=', value: searchedFor(object) };
			const startDate = source.startDate ? Math.floor(Date.parse(`${source.startDate}T00:00:00Z`) / 1000) : undefined;
			const query =
				position.since !== undefined
					? { field: 'updated_at', operator: '>', value: position.since }
					: startDate !== undefined
						? {
								operator: 'AND',
								value: [closedState, { field: 'updated_at', operator: '>', value: startDate - 1 }],
							}
						: closedState;
			const request = {
				method: 'POST' as const,
				url: `/${object}/search`,
				json: {
					query,
					pagination: {
						per_page: perPage,
						...(position.startingAfter ? { starting_after: position.startingAfter } : {}),
					},
				},
			};
			// Each row with the API id its replies are read by; and the ids whose rows go (see the header).
			const read: { ticket: PulledTicket; apiId: string }[] = [];
			const forget: string[] = [];
			let pages: SearchPages;
			if (object === 'tickets') {
				const page = await client.json(request, ticketSearchSchema);
				pages = page.pages;
				for (const found of page.tickets) {
					const ticket = fromTicket(found);
					if (ticket.id !== found.id) forget.push(found.id);
					read.push({ ticket, apiId: found.id });
				}
			} else {
				const page = await client.json(request, searchSchema);
				pages = page.pages;
				for (const found of page.conversations) {
					if (found.ticket && objects.includes('tickets')) forget.push(found.id);
					else read.push({ ticket: toTicket(found), apiId: found.id });
				}
			}
			const tickets = read.map((entry) => entry.ticket);
			if (source.replies) {
				const closed = read.filter((entry) => entry.ticket.closed);
				const found = await mapLimit(closed, 4, (entry) => replyArticles(entry.apiId, object));
				closed.forEach(({ ticket }, index) => {
					ticket.articles = mergeArticles(ticket.articles, found[index] ?? []);
				});
			}
			const cursor = pages?.next?.starting_after;
			if (cursor && (read.length > 0 || forget.length > 0))
				return { tickets, forget, next: { ...position, startingAfter: cursor } };
			// Conversations done: the tickets next, from the same time, when the team pulls them.
			const following = objects[objects.indexOf(object) + 1];
			if (following === 'tickets') {
				const { startingAfter: _, ...rest } = position;
				return { tickets, forget, next: { ...rest, object: 'tickets' } };
			}
			return { tickets, forget, resume: { since: position.startedAt - overlapSeconds } };
		},
	};
}
