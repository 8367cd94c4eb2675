// A stand-in for Gorgias' REST API as documented: "List tickets" (GET /api/tickets with
// `limit` up to 100, `cursor` and `order_by`, `updated_datetime:desc` among its orders;
// no filter by time or status; `{ data, meta: { next_cursor, prev_cursor } }`), "List
// custom fields" (GET /api/custom-fields?object_type=Ticket) and "List messages" (GET
// /api/messages?ticket_id=). Authentication is HTTP Basic with a user's email and API
// key; errors are `{ error: { msg } }`. Times are ISO 8601 without an offset (UTC), to
// the microsecond. A ticket's custom fields are keyed by the field's id:
// `custom_fields: { "<id>": { id, value } }`; tags are `tags: [{ id, name }]`.

import { decodeCursor, encodeCursor, type FakeHandler, type FakeRequest } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The ticket fields this fake account has: label and id. */
export const gorgiasFakeFields = {
	category: { label: 'Category', id: 7001 },
	productArea: { label: 'Product area', id: 7002 },
	article: { label: 'KB article', id: 7003 },
};
const maxLimit = 100;

export interface GorgiasFakeOptions {
	email: string;
	apiKey: string;
	siteUrl: string;
}

export const gorgiasTicketId = (ticket: FakeTicket) => 40_000 + ticket.number;
/** Gorgias' times: ISO 8601 with microseconds and no offset. */
const datetime = (ms: number) => new Date(ms).toISOString().replace('Z', '000');
const error = (status: number, msg: string) => ({ status, body: { error: { msg } } });

function authorized(request: FakeRequest, options: GorgiasFakeOptions): boolean {
	const expected = `Basic ${Buffer.from(`${options.email}:${options.apiKey}`).toString('base64')}`;
	return request.headers.authorization === expected;
}

function render(ticket: FakeTicket, options: GorgiasFakeOptions) {
	const closed = ticket.status === 'closed';
	const field = (id: number, value: unknown) => ({ [String(id)]: { id, value } });
	return {
		id: gorgiasTicketId(ticket),
		uri: `/api/tickets/${gorgiasTicketId(ticket)}/`,
		external_id: null,
		status: closed ? 'closed' : 'open',
		priority: 'normal',
		channel: 'email',
		via: 'email',
		from_agent: false,
		spam: false,
		customer: {
			id: ticket.requester,
			email: `jane.doe${ticket.requester}@example.com`,
			name: 'Jane Doe',
			firstname: 'Jane',
			lastname: 'Doe',
		},
		assignee_user: { id: 12, email: 'agent@example.com', name: 'Sam Agent' },
		assignee_team: null,
		language: 'en',
		subject: ticket.subject,
		excerpt: 'Customer question',
		meta: null,
		tags: [{ id: 300 + (ticket.number % 7), name: `area:${ticket.productArea}`, decoration: null }],
		custom_fields: {
			...field(gorgiasFakeFields.category.id, ticket.category),
			...field(gorgiasFakeFields.productArea.id, ticket.productArea),
			...(ticket.article ? field(gorgiasFakeFields.article.id, `${options.siteUrl}/articles/${ticket.article}/`) : {}),
		},
		messages_count: 3,
		created_datetime: datetime(ticket.createdAt),
		opened_datetime: datetime(ticket.createdAt),
		last_received_message_datetime: datetime(ticket.createdAt),
		last_message_datetime: datetime(ticket.createdAt + 600_000),
		updated_datetime: datetime(ticket.updatedAt),
		closed_datetime: closed ? datetime(ticket.closedAt) : null,
		snooze_datetime: null,
		trashed_datetime: null,
		integrations: [],
	};
}

function messages(ticket: FakeTicket, options: GorgiasFakeOptions) {
	const link = ticket.replyArticle
		? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
		: ticket.replyOldLink
			? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
			: '';
	const at = datetime(ticket.createdAt + 600_000);
	const message = (id: number, fields: Record<string, unknown>) => ({
		id,
		uri: `/api/tickets/${gorgiasTicketId(ticket)}/messages/${id}/`,
		ticket_id: gorgiasTicketId(ticket),
		channel: 'email',
		via: 'helpdesk',
		created_datetime: at,
		sent_datetime: at,
		...fields,
	});
	// Newest first, as the list orders them by default.
	return [
		message(3, {
			from_agent: true,
			public: true,
			body_html: `<p>Thanks!${link}</p>`,
			body_text: `Thanks!${link.replace(/<[^>]+>/g, '')}`,
		}),
		message(2, {
			channel: 'internal-note',
			via: 'helpdesk',
			from_agent: true,
			public: false,
			body_html: `<p>Note: ${options.siteUrl}/articles/internal-only/</p>`,
			body_text: `Note: ${options.siteUrl}/articles/internal-only/`,
		}),
		message(1, {
			from_agent: false,
			public: true,
			body_html: `<p>${ticket.subject} ${options.siteUrl}/articles/customer-pasted/</p>`,
			body_text: ticket.subject,
		}),
	];
}

/** Every ticket by last update, newest first: the list's `updated_datetime:desc`. */
function byUpdate(dataset: FakeDataset): FakeTicket[] {
	return dataset.memo('gorgias|updated', () =>
		[...dataset.tickets].sort((a, b) => b.updatedAt - a.updatedAt || b.number - a.number),
	);
}

export function createGorgiasFake(dataset: FakeDataset, options: GorgiasFakeOptions): FakeHandler {
	return (request) => {
		if (!authorized(request, options)) return error(401, '401 Unauthorized: Invalid email or API key.');
		const { pathname, searchParams } = request.url;
		const limit = Number(searchParams.get('limit') ?? 30);
		if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit)
			return error(400, 'limit: Must be greater than or equal to 1 and less than or equal to 100.');
		const cursor = searchParams.get('cursor');
		const offset = cursor === null ? 0 : decodeCursor(cursor);
		if (offset === undefined) return error(400, 'cursor: Invalid cursor.');
		const page = <T>(list: T[], map: (item: T) => unknown) => ({
			body: {
				object: 'list',
				uri: `${pathname}${request.url.search}`,
				data: list.slice(offset, offset + limit).map(map),
				meta: {
					prev_cursor: offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null,
					next_cursor: offset + limit < list.length ? encodeCursor(offset + limit) : null,
				},
			},
		});
		if (pathname === '/api/tickets') {
			const order = searchParams.get('order_by') ?? 'created_datetime:desc';
			if (order !== 'updated_datetime:desc') return error(400, `order_by: the fake only knows updated_datetime:desc`);
			return page(byUpdate(dataset), (ticket) => render(ticket, options));
		}
		if (pathname === '/api/custom-fields') {
			if (searchParams.get('object_type') !== 'Ticket')
				return error(400, 'object_type: Missing data for required field.');
			const fields = Object.values(gorgiasFakeFields).map((field) => ({
				id: field.id,
				object_type: 'Ticket',
				label: field.label,
				description: null,
				priority: 0,
				required: false,
				managed_type: null,
				definition: { data_type: 'text', input_settings: { input_type: 'input' } },
				deactivated_datetime: null,
			}));
			return page(fields, (field) => field);
		}
		if (pathname === '/api/messages') {
			const id = Number(searchParams.get('ticket_id'));
			const ticket = dataset.tickets.find((item) => gorgiasTicketId(item) === id);
			if (!ticket) return error(404, 'Resource not found.');
			return page(messages(ticket, options), (message) => message);
		}
		return error(404, 'Resource not found.');
	};
}
