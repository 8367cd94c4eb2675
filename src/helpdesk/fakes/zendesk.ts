// A stand-in for Zendesk's API as documented: the cursor-based incremental ticket
// export (`start_time`, then `cursor`; `after_cursor`, `end_of_stream`, sideloaded
// `metric_sets` with `solved_at`), GET /api/v2/ticket_fields.json, and
// GET /api/v2/tickets/{id}/comments.json. Authentication is `email/token:<token>` in
// Basic auth or a bearer token; anything else is a 401 `{ "error": "Couldn't authenticate you" }`.

import { decodeCursor, encodeCursor, type FakeHandler, type FakeRequest } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The custom ticket fields this fake helpdesk has. */
export const zendeskFakeFields = { category: 360001, productArea: 360002, article: 360003 };

export interface ZendeskFakeOptions {
	token: string;
	/** With it, API-token authentication (`email/token`); without, a bearer token. */
	email?: string;
	siteUrl: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function authorized(request: FakeRequest, options: ZendeskFakeOptions): boolean {
	const header = request.headers.authorization ?? '';
	if (options.email)
		return header === `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
	return header === `Bearer ${options.token}`;
}

function render(ticket: FakeTicket, options: ZendeskFakeOptions) {
	const closed = ticket.status === 'closed';
	return {
		url: `https://example.zendesk.com/api/v2/tickets/${ticket.number}.json`,
		id: ticket.number,
		external_id: null,
		created_at: iso(ticket.createdAt),
		updated_at: iso(ticket.updatedAt),
		generated_timestamp: Math.floor(ticket.updatedAt / 1000),
		type: 'question',
		subject: ticket.subject,
		raw_subject: ticket.subject,
		description: `${ticket.subject}: the customer's first message, with their email jane.doe${ticket.requester}@example.com.`,
		priority: 'normal',
		status: closed ? (ticket.number % 2 === 0 ? 'solved' : 'closed') : 'open',
		requester_id: ticket.requester,
		submitter_id: ticket.requester,
		assignee_id: 42,
		tags: [`area_${ticket.productArea}`, ...(ticket.article ? [`kb_${ticket.article}`] : [])],
		custom_fields: [
			{ id: zendeskFakeFields.category, value: ticket.category },
			{ id: zendeskFakeFields.productArea, value: ticket.productArea },
			{
				id: zendeskFakeFields.article,
				value: ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
			},
		],
	};
}

export function createZendeskFake(dataset: FakeDataset, options: ZendeskFakeOptions): FakeHandler {
	return (request) => {
		if (!authorized(request, options)) return { status: 401, body: { error: "Couldn't authenticate you" } };
		const { pathname, searchParams } = request.url;
		if (pathname === '/api/v2/incremental/tickets/cursor.json') {
			const perPage = Math.min(Number(searchParams.get('per_page') ?? 1000), 1000);
			const cursor = searchParams.get('cursor');
			let position = 0;
			let since = 0;
			if (cursor) {
				const decoded = decodeCursor(cursor);
				if (decoded === undefined)
					return { status: 400, body: { error: 'InvalidPaginationParameter', description: 'cursor is invalid' } };
				position = decoded;
			} else {
				const startTime = searchParams.get('start_time');
				if (startTime === null || !/^\d+$/.test(startTime)) {
					return { status: 400, body: { error: 'InvalidValue', description: 'start_time is required' } };
				}
				since = Number(startTime) * 1000;
			}
			const tickets: FakeTicket[] = [];
			while (tickets.length < perPage) {
				const page = dataset.changesAfter(position, perPage - tickets.length);
				tickets.push(...page.tickets.filter((ticket) => ticket.updatedAt >= since));
				if (page.next === position) break;
				position = page.next;
			}
			const afterCursor = encodeCursor(position);
			const sideload = (searchParams.get('include') ?? '').split(',').includes('metric_sets');
			return {
				body: {
					tickets: tickets.map((ticket) => render(ticket, options)),
					after_url: `https://example.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}`,
					after_cursor: afterCursor,
					before_url: null,
					before_cursor: null,
					end_of_stream: position >= dataset.logLength,
					...(sideload
						? {
								metric_sets: tickets.map((ticket) => ({
									id: 900_000 + ticket.number,
									ticket_id: ticket.number,
									solved_at: ticket.status === 'closed' ? iso(ticket.closedAt) : null,
									reopens: 0,
								})),
							}
						: {}),
				},
			};
		}
		if (pathname === '/api/v2/ticket_fields.json') {
			return {
				body: {
					ticket_fields: [
						{ id: 1, title: 'Subject', type: 'subject', active: true },
						{ id: zendeskFakeFields.category, title: 'Ticket category', type: 'tagger', active: true },
						{ id: zendeskFakeFields.productArea, title: 'Product area', type: 'tagger', active: true },
						{ id: zendeskFakeFields.article, title: 'Knowledge base article', type: 'text', active: true },
					],
					next_page: null,
					previous_page: null,
					count: 4,
				},
			};
		}
		const comments = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(pathname);
		if (comments) {
			const ticket = dataset.tickets[Number(comments[1]) - 1];
			if (!ticket) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
			const link = ticket.replyArticle
				? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
				: ticket.replyOldLink
					? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
					: '';
			return {
				body: {
					comments: [
						{
							id: 1,
							public: true,
							author_id: ticket.requester,
							body: ticket.subject,
							html_body: `<p>${ticket.subject}</p>`,
						},
						{
							id: 2,
							public: false,
							author_id: 42,
							body: `Internal note: ${options.siteUrl}/articles/internal-only/`,
							html_body: '',
						},
						{ id: 3, public: true, author_id: 42, body: `Thanks!${link}`, html_body: `<p>Thanks!${link}</p>` },
					],
					next_page: null,
					previous_page: null,
					count: 3,
				},
			};
		}
		return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
	};
}
