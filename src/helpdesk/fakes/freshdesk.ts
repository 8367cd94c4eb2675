// A stand-in for Freshdesk's API v2 as documented: "List All Tickets" (GET
// /api/v2/tickets with updated_since, order_by, order_type, per_page up to 100, page up
// to 300, include=stats, filter; without updated_since only tickets created in the
// last 30 days), "List All Ticket Fields" and "List All Conversations of a Ticket".
// Authentication is Basic with the API key as user and `X` as password; anything else
// is a 401 `{ "code": "invalid_credentials", ... }`. Statuses are numbers (2 open, 4
// resolved, 5 closed); custom fields are `custom_fields: { cf_*: value }`.

import type { FakeHandler, FakeRequest } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The custom ticket fields this fake helpdesk has, by API name. */
export const freshdeskFakeFields = {
	category: 'cf_category',
	productArea: 'cf_product_area',
	article: 'cf_kb_article',
};
const maxPage = 300;
const maxPerPage = 100;

export interface FreshdeskFakeOptions {
	apiKey: string;
	siteUrl: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Freshdesk keeps times to the second. */
const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;

function authorized(request: FakeRequest, options: FreshdeskFakeOptions): boolean {
	return request.headers.authorization === `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;
}

const invalid = (field: string, message: string) => ({
	status: 400,
	body: { description: 'Validation failed', errors: [{ field, message, code: 'invalid_value' }] },
});

function render(ticket: FakeTicket, options: FreshdeskFakeOptions, stats: boolean) {
	const closed = ticket.status === 'closed';
	const status = closed ? (ticket.number % 2 === 0 ? 4 : 5) : 2;
	return {
		id: ticket.number,
		subject: ticket.subject,
		status,
		priority: 1,
		source: 1,
		type: ticket.category.charAt(0).toUpperCase() + ticket.category.slice(1),
		requester_id: ticket.requester,
		responder_id: 42,
		group_id: null,
		company_id: null,
		spam: false,
		is_escalated: false,
		fr_escalated: false,
		email_config_id: null,
		product_id: null,
		to_emails: null,
		cc_emails: [],
		fwd_emails: [],
		reply_cc_emails: [],
		tags: [`area-${ticket.productArea}`, ...(ticket.article ? [`kb-${ticket.article}`] : [])],
		custom_fields: {
			[freshdeskFakeFields.category]: ticket.category,
			[freshdeskFakeFields.productArea]: ticket.productArea,
			[freshdeskFakeFields.article]: ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		},
		created_at: iso(ticket.createdAt),
		updated_at: iso(ticket.updatedAt),
		due_by: iso(ticket.createdAt + 86_400_000),
		fr_due_by: iso(ticket.createdAt + 3_600_000),
		...(stats
			? {
					stats: {
						agent_responded_at: iso(ticket.createdAt + 600_000),
						requester_responded_at: null,
						first_responded_at: iso(ticket.createdAt + 600_000),
						status_updated_at: iso(ticket.updatedAt),
						reopened_at: null,
						resolved_at: closed ? iso(ticket.closedAt) : null,
						closed_at: status === 5 ? iso(ticket.closedAt) : null,
						pending_since: null,
					},
				}
			: {}),
	};
}

function conversations(ticket: FakeTicket, options: FreshdeskFakeOptions) {
	const link = ticket.replyArticle
		? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
		: ticket.replyOldLink
			? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
			: '';
	const at = iso(ticket.createdAt + 600_000);
	return [
		{
			id: 1,
			body: `<div>${ticket.subject}</div>`,
			body_text: ticket.subject,
			incoming: true,
			private: false,
			source: 0,
			user_id: ticket.requester,
			created_at: at,
		},
		{
			id: 2,
			body: `<div>Internal note: ${options.siteUrl}/articles/internal-only/</div>`,
			body_text: `Internal note: ${options.siteUrl}/articles/internal-only/`,
			incoming: false,
			private: true,
			source: 2,
			user_id: 42,
			created_at: at,
		},
		{
			id: 3,
			body: `<div>Thanks!${link}</div>`,
			body_text: `Thanks!${link.replace(/<[^>]+>/g, '')}`,
			incoming: false,
			private: false,
			source: 0,
			user_id: 42,
			created_at: at,
		},
	];
}

export function createFreshdeskFake(dataset: FakeDataset, options: FreshdeskFakeOptions): FakeHandler {
	const sorted: { version: number; tickets: FakeTicket[] } = { version: -1, tickets: [] };
	return (request) => {
		if (!authorized(request, options)) {
			return {
				status: 401,
				body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' },
			};
		}
		const { pathname, searchParams } = request.url;
		if (pathname === '/api/v2/tickets') {
			const perPage = Number(searchParams.get('per_page') ?? 30);
			const page = Number(searchParams.get('page') ?? 1);
			if (!Number.isInteger(perPage) || perPage < 1 || perPage > maxPerPage)
				return invalid('per_page', 'Has to be greater than 0 and less than or equal to 100');
			if (!Number.isInteger(page) || page < 1) return invalid('page', 'It should be a Positive Number');
			if (page > maxPage)
				return invalid(
					'page',
					'You cannot access tickets beyond the 300th page. Please provide a smaller page number.',
				);
			const sinceText = searchParams.get('updated_since');
			const since = sinceText === null ? undefined : Date.parse(sinceText);
			if (since !== undefined && Number.isNaN(since))
				return invalid('updated_since', "It should be in the 'YYYY-MM-DDTHH:MM:SSZ' format");
			const filter = searchParams.get('filter');
			if (filter !== null && !['new_and_my_open', 'watching', 'spam', 'deleted'].includes(filter))
				return invalid('filter', "It should be one of these values: 'new_and_my_open,watching,spam,deleted'");
			// The fake's tickets are never spam or deleted; a test that needs one answers for the fake.
			if (filter === 'spam' || filter === 'deleted') return { body: [] };
			const ascending = searchParams.get('order_type') === 'asc';
			const byUpdate = searchParams.get('order_by') === 'updated_at';
			let list: FakeTicket[];
			if (since === undefined) {
				const monthAgo = Date.now() - 30 * 86_400_000;
				list = dataset.tickets.filter((ticket) => ticket.createdAt >= monthAgo);
			} else {
				// Sorted by update once per change to the dataset; each request finds its window by bisection.
				if (sorted.version !== dataset.logLength) {
					sorted.tickets = [...dataset.tickets].sort(
						(a, b) => seconds(a.updatedAt) - seconds(b.updatedAt) || a.number - b.number,
					);
					sorted.version = dataset.logLength;
				}
				const all = sorted.tickets;
				let low = 0;
				let high = all.length;
				while (low < high) {
					const middle = (low + high) >> 1;
					if (seconds((all[middle] as FakeTicket).updatedAt) < since) low = middle + 1;
					else high = middle;
				}
				list = byUpdate && ascending ? all.slice(low, low + page * perPage) : all.slice(low);
			}
			if (!(byUpdate && ascending)) {
				const time = (ticket: FakeTicket) => (byUpdate ? seconds(ticket.updatedAt) : ticket.createdAt);
				list = [...list].sort((a, b) => (time(a) - time(b) || a.number - b.number) * (ascending ? 1 : -1));
			}
			const stats = (searchParams.get('include') ?? '').split(',').includes('stats');
			return {
				body: list.slice((page - 1) * perPage, page * perPage).map((ticket) => render(ticket, options, stats)),
			};
		}
		if (pathname === '/api/v2/ticket_fields') {
			return {
				body: [
					{ id: 1, name: 'requester', label: 'Search a requester', type: 'default_requester', default: true },
					{ id: 2, name: 'subject', label: 'Subject', type: 'default_subject', default: true },
					{ id: 3, name: 'ticket_type', label: 'Type', type: 'default_ticket_type', default: true },
					{ id: 4, name: 'status', label: 'Status', type: 'default_status', default: true },
					{ id: 80001, name: freshdeskFakeFields.category, label: 'Category', type: 'custom_dropdown', default: false },
					{
						id: 80002,
						name: freshdeskFakeFields.productArea,
						label: 'Product area',
						type: 'custom_dropdown',
						default: false,
					},
					{ id: 80003, name: freshdeskFakeFields.article, label: 'KB article', type: 'custom_text', default: false },
				],
			};
		}
		const thread = /^\/api\/v2\/tickets\/(\d+)\/conversations$/.exec(pathname);
		if (thread) {
			const ticket = dataset.tickets[Number(thread[1]) - 1];
			if (!ticket) return { status: 404, body: {} };
			return { body: Number(searchParams.get('page') ?? 1) === 1 ? conversations(ticket, options) : [] };
		}
		return { status: 404, body: {} };
	};
}
