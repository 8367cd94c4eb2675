// A stand-in for Intercom's REST API (version 2.11) as documented: "Search
// conversations" (POST /conversations/search with a field/operator/value query and
// `pagination: { per_page <= 150, starting_after }`, answering `conversations` and
// `pages.next.starting_after`), "List data attributes" (GET /data_attributes), and
// "Retrieve a conversation" (GET /conversations/{id} with its conversation parts).
// With a second dataset, Intercom tickets too (API 2.9 on): "Search tickets" (POST
// /tickets/search, the same query and pagination, answering `tickets`), "Retrieve a
// ticket" (GET /tickets/{id} with its `ticket_parts`) and "List all ticket types"
// (GET /ticket_types, each with its `ticket_type_attributes`). A ticket's
// `ticket_state` is a string up to API 2.11 and an object from 2.12 (`stateObjects`).
// A ticket's `id` is its API id and `ticket_id` the number the Inbox shows ("Do not use
// ticket_id for API queries"). Conversations named in `converted` became customer
// tickets: ticket search answers them too, under the conversation's id (the API takes
// "the conversation or customer ticket" by one id; `ticketIdsOwn` gives them ids of
// their own, which the documentation does not rule out), and the conversation carries
// a `ticket` reference, `null` on every other conversation as the API's examples from
// 2.10 on show. That reference's shape is not in the schema, so the fake writes the
// ticket's `type`, `id` and `ticket_id`. Whether conversation search still answers a
// converted conversation is not documented either: `searchOmitsTickets` says it does not.
// A bad token is a 401 `error.list`.

import { bearer, decodeCursor, encodeCursor, type FakeHandler } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

export interface IntercomFakeOptions {
	token: string;
	siteUrl: string;
	/** Intercom tickets (the separate object), answered by ticket search. */
	tickets?: FakeDataset;
	/** Render `ticket_state` as API 2.12 does, an object with its `category`. */
	stateObjects?: boolean;
	/** Numbers of conversations converted to customer tickets (read when asked, so a test can convert one later). */
	converted?: number[];
	/** Conversation search leaves converted conversations out. */
	searchOmitsTickets?: boolean;
	/** A converted conversation's ticket has an API id of its own, which its `ticket` reference gives. */
	ticketIdsOwn?: boolean;
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const conversationId = (ticket: FakeTicket) => String(100_000 + ticket.number);
/** The number the Inbox shows for a converted conversation's ticket. */
const convertedTicketId = (ticket: FakeTicket) => String(1000 + ticket.number);
const isConverted = (ticket: FakeTicket, options: IntercomFakeOptions) =>
	options.converted?.includes(ticket.number) === true;
/** The API id of the ticket a conversation became. */
const convertedApiId = (ticket: FakeTicket, options: IntercomFakeOptions) =>
	options.ticketIdsOwn ? String(300_000 + ticket.number) : conversationId(ticket);

function render(ticket: FakeTicket, options: IntercomFakeOptions) {
	const closed = ticket.status === 'closed';
	return {
		type: 'conversation',
		id: conversationId(ticket),
		title: ticket.subject,
		created_at: seconds(ticket.createdAt),
		updated_at: seconds(ticket.updatedAt),
		state: closed ? 'closed' : 'open',
		open: !closed,
		source: {
			type: 'conversation',
			delivered_as: 'customer_initiated',
			subject: '',
			body: `<p>${ticket.subject}</p>`,
			author: { type: 'user', id: `contact_${ticket.requester}`, email: `jane.doe${ticket.requester}@example.com` },
		},
		contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: `contact_${ticket.requester}` }] },
		custom_attributes: {
			Category: ticket.category,
			'Product area': ticket.productArea,
			'KB article': ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		},
		tags: { type: 'tag.list', tags: [{ type: 'tag', id: '7', name: `area:${ticket.productArea}` }] },
		statistics: { type: 'conversation_statistics', last_close_at: closed ? seconds(ticket.closedAt) : null },
		ticket: isConverted(ticket, options)
			? { type: 'ticket', id: convertedApiId(ticket, options), ticket_id: convertedTicketId(ticket) }
			: null,
	};
}

const intercomTicketId = (ticket: FakeTicket) => String(200_000 + ticket.number);
const ticketState = (ticket: FakeTicket) => (ticket.status === 'closed' ? 'resolved' : 'in_progress');

/** A ticket of the tickets dataset, or (`converted`) the ticket a conversation became. */
function renderTicket(ticket: FakeTicket, options: IntercomFakeOptions, converted = false) {
	const state = ticketState(ticket);
	return {
		type: 'ticket',
		id: converted ? convertedApiId(ticket, options) : intercomTicketId(ticket),
		ticket_id: converted ? convertedTicketId(ticket) : String(ticket.number),
		// Intercom's kind of ticket, never the team's category.
		category: 'Customer',
		ticket_attributes: {
			_default_title_: ticket.subject,
			_default_description_: `<p>${ticket.subject}</p>`,
			Category: ticket.category,
			'Product area': ticket.productArea,
			'KB article': ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		},
		ticket_state: options.stateObjects
			? {
					type: 'ticket_state',
					id: state === 'resolved' ? '4' : '2',
					category: state,
					internal_label: state === 'resolved' ? 'Fixed and shipped' : 'With the team',
					external_label: state === 'resolved' ? 'Done' : 'In progress',
				}
			: state,
		ticket_type: { type: 'ticket_type', id: '9', category: 'Customer', name: 'Question' },
		contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: `contact_${ticket.requester}` }] },
		created_at: seconds(ticket.createdAt),
		updated_at: seconds(ticket.updatedAt),
		open: state !== 'resolved',
		is_shared: true,
	};
}

type Query = { field?: string; operator?: string; value?: unknown };

function matches(ticket: FakeTicket, query: Query, kind: 'conversation' | 'ticket' = 'conversation'): boolean {
	if (query.operator === 'AND' || query.operator === 'OR') {
		const parts = Array.isArray(query.value) ? (query.value as Query[]) : [];
		return query.operator === 'AND'
			? parts.every((part) => matches(ticket, part, kind))
			: parts.some((part) => matches(ticket, part, kind));
	}
	const actual: unknown =
		query.field === 'state'
			? kind === 'ticket'
				? ticketState(ticket)
				: ticket.status === 'closed'
					? 'closed'
					: 'open'
			: query.field === 'open' && kind === 'ticket'
				? ticket.status !== 'closed'
				: query.field === 'updated_at'
					? seconds(ticket.updatedAt)
					: undefined;
	if (query.operator === '=') return actual === query.value;
	if (query.operator === '>') return typeof actual === 'number' && actual > Number(query.value);
	if (query.operator === '<') return typeof actual === 'number' && actual < Number(query.value);
	return false;
}

export function createIntercomFake(dataset: FakeDataset, options: IntercomFakeOptions): FakeHandler {
	return (request) => {
		if (bearer(request) !== options.token) {
			return {
				status: 401,
				body: {
					type: 'error.list',
					request_id: 'req_fake',
					errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
				},
			};
		}
		const { pathname } = request.url;
		const converted = dataset.tickets.filter((ticket) => isConverted(ticket, options));
		const searched =
			pathname === '/conversations/search'
				? {
						kind: 'conversation' as const,
						records: dataset.tickets
							.filter((ticket) => !options.searchOmitsTickets || !isConverted(ticket, options))
							.map((ticket) => ({ ticket, draw: () => render(ticket, options) })),
						key: 'conversations',
					}
				: pathname === '/tickets/search' && options.tickets
					? {
							kind: 'ticket' as const,
							records: [
								...options.tickets.tickets.map((ticket) => ({ ticket, draw: () => renderTicket(ticket, options) })),
								...converted.map((ticket) => ({ ticket, draw: () => renderTicket(ticket, options, true) })),
							],
							key: 'tickets',
						}
					: undefined;
		if (request.method === 'POST' && searched) {
			const { kind, records } = searched;
			const body = JSON.parse(request.body) as {
				query: Query;
				pagination?: { per_page?: number; starting_after?: string };
			};
			const perPage = body.pagination?.per_page ?? 20;
			if (perPage > 150) {
				return {
					status: 400,
					body: {
						type: 'error.list',
						errors: [{ code: 'parameter_invalid', message: 'per_page must be at most 150' }],
					},
				};
			}
			let position = decodeCursor(body.pagination?.starting_after) ?? 0;
			const found = [];
			while (position < records.length && found.length < perPage) {
				const record = records[position] as (typeof records)[number];
				position++;
				if (matches(record.ticket, body.query, kind)) found.push(record.draw());
			}
			let more = false;
			for (let index = position; index < records.length && !more; index++)
				more = matches((records[index] as (typeof records)[number]).ticket, body.query, kind);
			return {
				body: {
					type: `${kind}.list`,
					[searched.key]: found,
					total_count: found.length,
					pages: {
						type: 'pages',
						page: 1,
						per_page: perPage,
						total_pages: more ? 2 : 1,
						...(more ? { next: { page: 2, starting_after: encodeCursor(position) } } : {}),
					},
				},
			};
		}
		if (request.method === 'GET' && pathname === '/data_attributes') {
			const attribute = (name: string) => ({
				type: 'data_attribute',
				name,
				full_name: `custom_attributes.${name}`,
				label: name,
				model: 'conversation',
				data_type: 'string',
				custom: true,
			});
			return {
				body: { type: 'list', data: [attribute('Category'), attribute('Product area'), attribute('KB article')] },
			};
		}
		if (request.method === 'GET' && pathname === '/ticket_types' && options.tickets) {
			const attribute = (name: string, id: number) => ({
				type: 'ticket_type_attribute',
				id: String(id),
				name,
				data_type: 'string',
				required_to_create: false,
				visible_to_contacts: false,
			});
			return {
				body: {
					type: 'list',
					data: [
						{
							type: 'ticket_type',
							id: '9',
							category: 'Customer',
							name: 'Question',
							ticket_type_attributes: {
								type: 'list',
								ticket_type_attributes: [
									attribute('_default_title_', 1),
									attribute('_default_description_', 2),
									attribute('Category', 3),
									attribute('Product area', 4),
									attribute('KB article', 5),
								],
							},
							archived: false,
						},
					],
				},
			};
		}
		const oneTicket = /^\/tickets\/(\d+)$/.exec(pathname);
		if (request.method === 'GET' && oneTicket && options.tickets) {
			const id = Number(oneTicket[1]);
			const asConverted = converted.find((ticket) => convertedApiId(ticket, options) === String(id));
			const ticket = asConverted ?? options.tickets.tickets[id - 200_001];
			if (!ticket)
				return {
					status: 404,
					body: { type: 'error.list', errors: [{ code: 'ticket_not_found', message: 'Ticket not found' }] },
				};
			const link = ticket.replyArticle
				? ` <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">See this article</a>.`
				: '';
			const part = (id: string, partType: string, body: string | null, author: string) => ({
				type: 'ticket_part',
				id,
				part_type: partType,
				body,
				ticket_state: ticketState(ticket),
				created_at: seconds(ticket.createdAt),
				author: { type: author, id: author === 'user' ? `contact_${ticket.requester}` : '1' },
			});
			return {
				body: {
					...renderTicket(ticket, options, asConverted !== undefined),
					ticket_parts: {
						type: 'ticket_part.list',
						ticket_parts: [
							part('1', 'note', `<p>${options.siteUrl}/articles/ticket-note/</p>`, 'admin'),
							part('2', 'comment', `<p>Hello again.${link}</p>`, 'admin'),
							part('3', 'comment', '<p>Got it</p>', 'user'),
							part('4', 'ticket_state_updated_by_admin', null, 'admin'),
						],
						total_count: 4,
					},
				},
			};
		}
		const single = /^\/conversations\/(\d+)$/.exec(pathname);
		if (request.method === 'GET' && single) {
			const ticket = dataset.tickets[Number(single[1]) - 100_001];
			if (!ticket)
				return {
					status: 404,
					body: { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] },
				};
			const link = ticket.replyArticle
				? ` <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">Here is how</a>.`
				: ticket.replyOldLink
					? ` <a href="${ticket.replyOldLink}">Here is how</a>.`
					: '';
			return {
				body: {
					...render(ticket, options),
					conversation_parts: {
						type: 'conversation_part.list',
						conversation_parts: [
							{
								type: 'conversation_part',
								part_type: 'note',
								body: `<p>${options.siteUrl}/articles/internal-note/</p>`,
								author: { type: 'admin', id: '1' },
							},
							{
								type: 'conversation_part',
								part_type: 'comment',
								body: `<p>Hi!${link}</p>`,
								author: { type: 'admin', id: '1' },
							},
							{
								type: 'conversation_part',
								part_type: 'comment',
								body: '<p>Thanks</p>',
								author: { type: 'user', id: 'contact' },
							},
						],
						total_count: 3,
					},
				},
			};
		}
		return {
			status: 404,
			body: { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] },
		};
	};
}
