// A stand-in for Intercom's REST API (version 2.11) as documented: "Search
// conversations" (POST /conversations/search with a field/operator/value query and
// `pagination: { per_page <= 150, starting_after }`, answering `conversations` and
// `pages.next.starting_after`), "List data attributes" (GET /data_attributes), and
// "Retrieve a conversation" (GET /conversations/{id} with its conversation parts).
// A bad token is a 401 `error.list`.

import { bearer, decodeCursor, encodeCursor, type FakeHandler } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

export interface IntercomFakeOptions {
	token: string;
	siteUrl: string;
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

type Query = { field?: string; operator?: string; value?: unknown };

function matches(ticket: FakeTicket, query: Query): boolean {
	if (query.operator === 'AND' || query.operator === 'OR') {
		const parts = Array.isArray(query.value) ? (query.value as Query[]) : [];
		return query.operator === 'AND'
			? parts.every((part) => matches(ticket, part))
			: parts.some((part) => matches(ticket, part));
	}
	const actual: unknown =
		query.field === 'state'
			? ticket.status === 'closed'
				? 'closed'
				: 'open'
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
		if (request.method === 'POST' && pathname === '/conversations/search') {
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
			const conversations = [];
			while (position < dataset.tickets.length && conversations.length < perPage) {
				const ticket = dataset.tickets[position] as FakeTicket;
				position++;
				if (matches(ticket, body.query)) conversations.push(render(ticket, options));
			}
			let more = false;
			for (let index = position; index < dataset.tickets.length && !more; index++)
				more = matches(dataset.tickets[index] as FakeTicket, body.query);
			return {
				body: {
					type: 'conversation.list',
					conversations,
					total_count: conversations.length,
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
