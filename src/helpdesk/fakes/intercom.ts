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
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const conversationId = (ticket: FakeTicket) => String(100_000 + ticket.number);

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
	};
}

const intercomTicketId = (ticket: FakeTicket) => String(200_000 + ticket.number);
const ticketState = (ticket: FakeTicket) => (ticket.status === 'closed' ? 'resolved' : 'in_progress');

function renderTicket(ticket: FakeTicket, options: IntercomFakeOptions) {
	const state = ticketState(ticket);
	return {
		type: 'ticket',
		id: intercomTicketId(ticket),
		ticket_id: String(ticket.number),
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
		const searched =
			pathname === '/conversations/search'
				? { kind: 'conversation' as const, data: dataset, key: 'conversations' }
				: pathname === '/tickets/search' && options.tickets
					? { kind: 'ticket' as const, data: options.tickets, key: 'tickets' }
					: undefined;
		if (request.method === 'POST' && searched) {
			const { kind, data } = searched;
			const draw = (ticket: FakeTicket) =>
				kind === 'ticket' ? renderTicket(ticket, options) : render(ticket, options);
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
			while (position < data.tickets.length && found.length < perPage) {
				const ticket = data.tickets[position] as FakeTicket;
				position++;
				if (matches(ticket, body.query, kind)) found.push(draw(ticket));
			}
			let more = false;
			for (let index = position; index < data.tickets.length && !more; index++)
				more = matches(data.tickets[index] as FakeTicket, body.query, kind);
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
			const ticket = options.tickets.tickets[Number(oneTicket[1]) - 200_001];
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
					...renderTicket(ticket, options),
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
