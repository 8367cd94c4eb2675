// A stand-in for Front's Core API as documented: "Search conversations" (GET
// /conversations/search/{query} with `limit` up to 100 and `page_token`; filters
// `is:archived` and `after:<Unix seconds>`; results by last activity, newest first, as
// `_results` with `_total` and `_pagination.next`, a link on the company's own API
// domain, https://<company>.api.frontapp.com, whatever host was asked), "List
// conversation messages" (GET /conversations/{id}/messages, newest first) and "List
// conversation's custom fields" (GET /conversations/custom_fields). Times are Unix
// seconds with milliseconds; custom fields are `custom_fields: { <name>: value }`; tags
// are `tags: [{ id, name }]`. Errors are `{ _error: { status, title, message } }`.

import { bearer, decodeCursor, encodeCursor, type FakeHandler } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The conversation custom fields this fake company has, by name. */
export const frontFakeFields = { category: 'Category', productArea: 'Product area', article: 'KB article' };
/** Where `_pagination.next` points, as Front's own links do: the company's API domain. */
export const frontFakeCompanyOrigin = 'https://acme.api.frontapp.com';
const maxLimit = 100;

export interface FrontFakeOptions {
	token: string;
	siteUrl: string;
}

export const frontConversationId = (ticket: FakeTicket) => `cnv_${(1_000_000 + ticket.number).toString(36)}`;
/** Front's times: Unix seconds, to the millisecond. */
const seconds = (ms: number) => ms / 1000;
const error = (status: number, title: string, message: string) => ({
	status,
	body: { _error: { status, title, message } },
});

function render(ticket: FakeTicket, options: FrontFakeOptions) {
	const closed = ticket.status === 'closed';
	const id = frontConversationId(ticket);
	const self = `${frontFakeCompanyOrigin}/conversations/${id}`;
	return {
		_links: { self, related: { messages: `${self}/messages`, events: `${self}/events` } },
		id,
		subject: ticket.subject,
		status: closed ? 'archived' : 'assigned',
		ticket_ids: [],
		assignee: { id: 'tea_1', email: 'agent@example.com', first_name: 'Sam', last_name: 'Agent' },
		recipient: {
			_links: { related: { contact: `${frontFakeCompanyOrigin}/contacts/crd_${ticket.requester}` } },
			name: 'Jane Doe',
			handle: `jane.doe${ticket.requester}@example.com`,
			role: 'from',
		},
		tags: [{ id: 'tag_1', name: `area:${ticket.productArea}`, is_private: false }],
		links:
			ticket.number % 5 === 0
				? [
						{
							id: 'top_1',
							name: `SUP-${ticket.number}`,
							type: 'jira',
							external_url: `https://acme.atlassian.net/browse/SUP-${ticket.number}`,
							custom_fields: {},
						},
					]
				: [],
		custom_fields: {
			[frontFakeFields.category]: ticket.category,
			[frontFakeFields.productArea]: ticket.productArea,
			...(ticket.article ? { [frontFakeFields.article]: `${options.siteUrl}/articles/${ticket.article}/` } : {}),
		},
		created_at: seconds(ticket.createdAt),
		updated_at: seconds(ticket.updatedAt),
		waiting_since: seconds(ticket.createdAt),
		is_private: false,
		scheduled_reminders: [],
		metadata: {},
	};
}

function messages(ticket: FakeTicket, options: FrontFakeOptions) {
	const link = ticket.replyArticle
		? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
		: ticket.replyOldLink
			? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
			: '';
	const at = seconds(ticket.createdAt + 600_000);
	const message = (id: number, fields: Record<string, unknown>) => ({
		_links: { self: `${frontFakeCompanyOrigin}/messages/msg_${id}` },
		id: `msg_${id}`,
		type: 'email',
		created_at: at,
		draft_mode: null,
		...fields,
	});
	// Newest first, as the API lists them.
	return [
		message(3, {
			is_inbound: false,
			draft_mode: 'shared',
			body: `<p>Draft: ${options.siteUrl}/articles/unsent-draft/</p>`,
			text: 'Draft',
		}),
		message(2, { is_inbound: false, body: `<p>Thanks!${link}</p>`, text: `Thanks!${link.replace(/<[^>]+>/g, '')}` }),
		message(1, { is_inbound: true, body: `<p>${ticket.subject}</p>`, text: ticket.subject }),
	];
}

/** The conversations a search query finds, by last activity, newest first; undefined for a query the fake does not know. */
function search(dataset: FakeDataset, query: string): FakeTicket[] | undefined {
	let archived = false;
	let after: number | undefined;
	for (const term of query.split(' ').filter((part) => part !== '')) {
		if (term === 'is:archived') archived = true;
		else if (/^after:\d+(\.\d+)?$/.test(term)) after = Number(term.slice(6)) * 1000;
		else return undefined;
	}
	return dataset.memo(`front|${query}`, () =>
		dataset.tickets
			.filter(
				(ticket) => (!archived || ticket.status === 'closed') && (after === undefined || ticket.updatedAt > after),
			)
			.sort((a, b) => b.updatedAt - a.updatedAt || b.number - a.number),
	);
}

export function createFrontFake(dataset: FakeDataset, options: FrontFakeOptions): FakeHandler {
	return (request) => {
		if (bearer(request) !== options.token) return error(401, 'Unauthorized', 'Invalid API token');
		const { pathname, searchParams } = request.url;
		const found = /^\/conversations\/search\/(.+)$/.exec(pathname);
		if (found) {
			const query = decodeURIComponent(found[1] as string);
			const limit = Number(searchParams.get('limit') ?? 25);
			if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit)
				return error(400, 'Bad request', 'limit must be between 1 and 100');
			const token = searchParams.get('page_token');
			const offset = token === null ? 0 : decodeCursor(token);
			if (offset === undefined) return error(400, 'Bad request', 'Invalid page token');
			const list = search(dataset, query);
			if (!list) return error(400, 'Bad request', `Invalid search query: ${query}`);
			const more = offset + limit < list.length;
			const self = `${frontFakeCompanyOrigin}/conversations/search/${encodeURIComponent(query)}`;
			return {
				body: {
					_pagination: { next: more ? `${self}?limit=${limit}&page_token=${encodeCursor(offset + limit)}` : null },
					_links: { self },
					_total: list.length,
					_results: list.slice(offset, offset + limit).map((ticket) => render(ticket, options)),
				},
			};
		}
		if (pathname === '/conversations/custom_fields') {
			return {
				body: {
					_links: { self: `${frontFakeCompanyOrigin}/conversations/custom_fields` },
					_results: Object.values(frontFakeFields).map((name, index) => ({
						_links: { self: `${frontFakeCompanyOrigin}/custom_fields/fld_${index + 1}` },
						id: `fld_${index + 1}`,
						name,
						description: '',
						type: name === frontFakeFields.article ? 'string' : 'enum',
					})),
				},
			};
		}
		const thread = /^\/conversations\/(cnv_[a-z0-9]+)\/messages$/.exec(pathname);
		if (thread) {
			const ticket = dataset.tickets.find((item) => frontConversationId(item) === thread[1]);
			if (!ticket) return error(404, 'Not found', 'Conversation not found');
			return { body: { _pagination: { next: null }, _links: {}, _results: messages(ticket, options) } };
		}
		return error(404, 'Not found', 'Route not found');
	};
}
