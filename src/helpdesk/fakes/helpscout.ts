// A stand-in for Help Scout's Inbox API 2.0 as documented: the OAuth2 client-credentials
// token (POST /v2/oauth2/token), "List Conversations" (GET /v2/conversations with
// status, modifiedSince, sortField, sortOrder, page, mailbox and embed=threads; HAL
// `_embedded.conversations` and `page: { size, totalElements, totalPages, number }`,
// 25 per page), "List Mailboxes" and "List Mailbox Custom Fields". Rate limits answer
// 429 with `X-RateLimit-Retry-After`.

import { bearer, type FakeHandler } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

export const helpscoutFakeFields = { category: 101, productArea: 102, article: 103 };
const pageSize = 25;

export interface HelpscoutFakeOptions {
	appId: string;
	appSecret: string;
	siteUrl: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function render(ticket: FakeTicket, options: HelpscoutFakeOptions, embedThreads: boolean) {
	const closed = ticket.status === 'closed';
	const reply = ticket.replyArticle
		? `<p>Hi Jane, <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">this guide</a> walks through it.</p>`
		: ticket.replyOldLink
			? `<p>Hi Jane, <a href="${ticket.replyOldLink}">this guide</a> walks through it.</p>`
			: '<p>Hi Jane, glad it works now.</p>';
	return {
		id: 200_000 + ticket.number,
		number: ticket.number,
		threads: 3,
		type: 'email',
		folderId: 1,
		status: closed ? 'closed' : 'active',
		state: 'published',
		subject: ticket.subject,
		preview: ticket.subject,
		mailboxId: 1,
		createdAt: iso(ticket.createdAt),
		closedAt: closed ? iso(ticket.closedAt) : null,
		userUpdatedAt: iso(ticket.updatedAt),
		primaryCustomer: {
			id: ticket.requester,
			type: 'customer',
			first: 'Jane',
			last: 'Doe',
			email: `jane.doe${ticket.requester}@example.com`,
		},
		tags: [{ id: 9, color: '#929499', tag: `area-${ticket.productArea}` }],
		customFields: [
			{ id: helpscoutFakeFields.category, name: 'Category', value: '7', text: ticket.category },
			{ id: helpscoutFakeFields.productArea, name: 'Product area', value: '8', text: ticket.productArea },
			...(ticket.article
				? [{ id: helpscoutFakeFields.article, name: 'KB article', value: ticket.article, text: ticket.article }]
				: []),
		],
		...(embedThreads
			? {
					_embedded: {
						threads: [
							{ id: 1, type: 'customer', body: `<p>${ticket.subject}</p>`, createdBy: { type: 'customer' } },
							{
								id: 2,
								type: 'note',
								body: `<p>Internal: ${options.siteUrl}/articles/internal-note/</p>`,
								createdBy: { type: 'user' },
							},
							{ id: 3, type: 'reply', body: reply, createdBy: { type: 'user' } },
						],
					},
				}
			: {}),
	};
}

export function createHelpscoutFake(dataset: FakeDataset, options: HelpscoutFakeOptions): FakeHandler {
	const token = `fake-access-${options.appId}`;
	const lists = new Map<string, FakeTicket[]>();
	return (request) => {
		const { pathname, searchParams } = request.url;
		if (request.method === 'POST' && pathname === '/v2/oauth2/token') {
			const form = new URLSearchParams(request.body);
			if (
				form.get('grant_type') !== 'client_credentials' ||
				form.get('client_id') !== options.appId ||
				form.get('client_secret') !== options.appSecret
			) {
				return { status: 401, body: { error: 'invalid_client', error_description: 'Invalid client credentials' } };
			}
			return { body: { token_type: 'bearer', access_token: token, expires_in: 172_800 } };
		}
		if (bearer(request) !== token) return { status: 401, body: { message: 'Unauthorized', logRef: 'fake' } };
		if (pathname === '/v2/conversations') {
			const status = searchParams.get('status') ?? 'active';
			const since = searchParams.get('modifiedSince');
			if (since !== null && Number.isNaN(Date.parse(since))) {
				return {
					status: 400,
					body: { message: 'Bad request', _embedded: { errors: [{ path: 'modifiedSince', message: 'Invalid date' }] } },
				};
			}
			const key = `${status}|${since}|${dataset.logLength}`;
			let list = lists.get(key);
			if (!list) {
				const after = since === null ? undefined : Date.parse(since);
				list = dataset.tickets.filter((ticket) => {
					const listed =
						status === 'all' || (status === 'closed' ? ticket.status === 'closed' : ticket.status !== 'closed');
					return listed && (after === undefined || ticket.updatedAt >= after);
				});
				if (searchParams.get('sortOrder') === 'desc') list = [...list].reverse();
				lists.set(key, list);
			}
			const page = Number(searchParams.get('page') ?? 1);
			const totalPages = Math.max(1, Math.ceil(list.length / pageSize));
			const embed = searchParams.get('embed') === 'threads';
			return {
				body: {
					_embedded: {
						conversations: list
							.slice((page - 1) * pageSize, page * pageSize)
							.map((ticket) => render(ticket, options, embed)),
					},
					_links: { self: { href: request.url.pathname } },
					page: { size: pageSize, totalElements: list.length, totalPages, number: page },
				},
			};
		}
		if (pathname === '/v2/mailboxes') {
			return {
				body: {
					_embedded: { mailboxes: [{ id: 1, name: 'Support', email: 'support@example.com' }] },
					page: { size: 50, totalElements: 1, totalPages: 1, number: 1 },
				},
			};
		}
		if (pathname === '/v2/mailboxes/1/fields') {
			return {
				body: {
					_embedded: {
						fields: [
							{
								id: helpscoutFakeFields.category,
								name: 'Category',
								type: 'DROPDOWN',
								required: false,
								order: 1,
								options: [],
							},
							{
								id: helpscoutFakeFields.productArea,
								name: 'Product area',
								type: 'DROPDOWN',
								required: false,
								order: 2,
								options: [],
							},
							{ id: helpscoutFakeFields.article, name: 'KB article', type: 'SINGLE_LINE', required: false, order: 3 },
						],
					},
				},
			};
		}
		return { status: 404, body: { message: 'Not found' } };
	};
}
