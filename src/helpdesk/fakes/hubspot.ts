// A stand-in for HubSpot's CRM API v3 as documented: ticket search (POST
// /crm/v3/objects/tickets/search with filterGroups of EQ/IN/GTE filters, sorts, limit
// up to 200 and an `after` offset; a 400 past 10,000 results), the ticket pipelines and
// properties, associations v4 batch reads (tickets to contacts and emails), the emails'
// batch read and the list of archived tickets. Authentication is a private app's
// bearer token; anything else is a 401 with HubSpot's error body. Stages follow
// HubSpot's default pipeline: 1 New, 2 Waiting on contact, 3 Waiting on us, 4 Closed.

import { bearer, type FakeHandler, type FakeRequest } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The ticket properties this fake account added, by internal name. */
export const hubspotFakeProperties = {
	category: 'tb_category',
	productArea: 'product_area',
	article: 'kb_article',
};

export interface HubspotFakeOptions {
	token: string;
	siteUrl: string;
	/** Tickets deleted (archived), by number: no longer searchable, listed with `archived=true`. */
	archived?: Map<number, number>;
}

const iso = (ms: number) => new Date(ms).toISOString();
const categories = ['usability', 'reliability', 'functional', 'deliverability'];
/** Drop-down options' internal values differ from their labels, as HubSpot makes them. */
const categoryValue = (category: string) => `option_${categories.indexOf(category) + 1}`;

interface Filter {
	propertyName: string;
	operator: string;
	value?: string;
	values?: string[];
}

function properties(ticket: FakeTicket): Record<string, string | null> {
	return {
		hs_object_id: String(ticket.number),
		subject: ticket.subject,
		hs_pipeline: '0',
		hs_pipeline_stage: ticket.status === 'closed' ? '4' : '1',
		closed_date: ticket.status === 'closed' ? iso(ticket.closedAt) : null,
		createdate: iso(ticket.createdAt),
		hs_lastmodifieddate: iso(ticket.updatedAt),
		[hubspotFakeProperties.category]: categoryValue(ticket.category),
		[hubspotFakeProperties.productArea]: ticket.productArea,
		[hubspotFakeProperties.article]: ticket.article ?? null,
		content: `Hello, ${ticket.subject}. Jane Doe, jane.doe${ticket.requester}@example.com`,
	};
}

function matches(ticket: FakeTicket, filter: Filter): boolean {
	const value = properties(ticket)[filter.propertyName] ?? '';
	if (filter.operator === 'EQ') return value === filter.value;
	if (filter.operator === 'IN') return (filter.values ?? []).includes(value);
	if (filter.operator === 'GTE') {
		const at = filter.propertyName === 'hs_lastmodifieddate' ? Date.parse(value) : Number(value);
		return at >= Number(filter.value);
	}
	throw new Error(`the fake does not know the operator ${filter.operator}`);
}

const error = (status: number, message: string, category: string) => ({
	status,
	body: { status: 'error', message, correlationId: '7e2c6f0a-0000-4000-8000-000000000000', category },
});

function emailsOf(ticket: FakeTicket, siteUrl: string) {
	const team = ticket.replyArticle
		? `<p>Hi Jane, <a href="${siteUrl}/articles/${ticket.replyArticle}/">this guide</a> walks through it.</p>`
		: ticket.replyOldLink
			? `<p>Hi Jane, <a href="${ticket.replyOldLink}">this guide</a> walks through it.</p>`
			: '<p>Hi Jane, glad it works now.</p>';
	return [
		{
			id: `${ticket.number}01`,
			direction: 'INCOMING_EMAIL',
			html: `<p>${ticket.subject}: ${siteUrl}/articles/customer-guess/</p>`,
		},
		{ id: `${ticket.number}02`, direction: 'EMAIL', html: team },
	];
}

export function createHubspotFake(dataset: FakeDataset, options: HubspotFakeOptions): FakeHandler {
	// HubSpot's own cap: no search reaches past its 10,000th result.
	const cap = 10_000;
	const byNumber = (id: string) => dataset.tickets[Number(id) - 1];
	const live = (ticket: FakeTicket) => !options.archived?.has(ticket.number);
	return (request: FakeRequest) => {
		if (bearer(request) !== options.token) {
			return error(
				401,
				'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
				'INVALID_AUTHENTICATION',
			);
		}
		const { pathname, searchParams } = request.url;
		const body = request.method === 'POST' ? (JSON.parse(request.body || '{}') as Record<string, unknown>) : {};
		if (request.method === 'POST' && pathname === '/crm/v3/objects/tickets/search') {
			const limit = Number(body.limit ?? 10);
			const after = Number(body.after ?? 0);
			if (limit > 200) return error(400, 'limit must be at most 200', 'VALIDATION_ERROR');
			if (after + limit > cap) return error(400, `Search results are limited to ${cap} per query`, 'VALIDATION_ERROR');
			const groups = (body.filterGroups ?? []) as { filters: Filter[] }[];
			const sort = (body.sorts as { propertyName: string; direction: string }[] | undefined)?.[0];
			const list = dataset.memo(`hubspot ${JSON.stringify([groups, sort, options.archived?.size])}`, () => {
				let found = dataset.tickets.filter(
					(ticket) =>
						live(ticket) &&
						(groups.length === 0 || groups.some((group) => group.filters.every((filter) => matches(ticket, filter)))),
				);
				if (sort?.propertyName === 'hs_lastmodifieddate') {
					found = found.sort((a, b) => a.updatedAt - b.updatedAt || a.number - b.number);
					if (sort.direction === 'DESCENDING') found.reverse();
				}
				return found;
			});
			const wanted = (body.properties as string[] | undefined) ?? ['hs_object_id', 'subject', 'createdate'];
			const page = list.slice(after, after + limit);
			return {
				body: {
					total: list.length,
					results: page.map((ticket) => {
						const all = properties(ticket);
						return {
							id: String(ticket.number),
							properties: Object.fromEntries(wanted.map((name) => [name, all[name] ?? null])),
							createdAt: iso(ticket.createdAt),
							updatedAt: iso(ticket.updatedAt),
							archived: false,
						};
					}),
					...(after + limit < list.length ? { paging: { next: { after: String(after + limit) } } } : {}),
				},
			};
		}
		if (request.method === 'GET' && pathname === '/crm/v3/objects/tickets' && searchParams.get('archived') === 'true') {
			const limit = Number(searchParams.get('limit') ?? 10);
			const after = Number(searchParams.get('after') ?? 0);
			const list = [...(options.archived ?? [])];
			return {
				body: {
					results: list.slice(after, after + limit).map(([number, at]) => ({
						id: String(number),
						properties: { hs_lastmodifieddate: iso(at) },
						archived: true,
						archivedAt: iso(at),
					})),
					...(after + limit < list.length ? { paging: { next: { after: String(after + limit) } } } : {}),
				},
			};
		}
		if (request.method === 'GET' && pathname === '/crm/v3/pipelines/tickets') {
			const stage = (id: string, label: string, state: string) => ({
				id,
				label,
				displayOrder: Number(id),
				metadata: { ticketState: state },
				archived: false,
			});
			return {
				body: {
					results: [
						{
							id: '0',
							label: 'Support Pipeline',
							displayOrder: 0,
							stages: [
								stage('1', 'New', 'OPEN'),
								stage('2', 'Waiting on contact', 'OPEN'),
								stage('3', 'Waiting on us', 'OPEN'),
								stage('4', 'Closed', 'CLOSED'),
							],
						},
					],
				},
			};
		}
		if (request.method === 'GET' && pathname === '/crm/v3/properties/tickets') {
			return {
				body: {
					results: [
						{ name: 'subject', label: 'Ticket name', type: 'string', fieldType: 'text' },
						{
							name: 'hs_ticket_category',
							label: 'Category',
							type: 'enumeration',
							fieldType: 'checkbox',
							options: [{ label: 'Product issue', value: 'PRODUCT_ISSUE' }],
						},
						{
							name: hubspotFakeProperties.category,
							label: 'Category (support)',
							type: 'enumeration',
							fieldType: 'select',
							options: categories.map((category) => ({ label: category, value: categoryValue(category) })),
						},
						{ name: hubspotFakeProperties.productArea, label: 'Product area', type: 'string', fieldType: 'text' },
						{ name: hubspotFakeProperties.article, label: 'KB article', type: 'string', fieldType: 'text' },
					],
				},
			};
		}
		const association = /^\/crm\/v4\/associations\/tickets\/(contacts|emails)\/batch\/read$/.exec(pathname);
		if (request.method === 'POST' && association) {
			const inputs = (body.inputs ?? []) as { id: string }[];
			if (inputs.length > 1000) return error(400, 'at most 1000 inputs', 'VALIDATION_ERROR');
			const results = inputs.flatMap(({ id }) => {
				const ticket = byNumber(id);
				if (!ticket) return [];
				const to =
					association[1] === 'contacts'
						? [String(ticket.requester)]
						: emailsOf(ticket, options.siteUrl).map((email) => email.id);
				return [
					{
						from: { id },
						to: to.map((toObjectId) => ({
							toObjectId: Number(toObjectId),
							associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: null }],
						})),
					},
				];
			});
			return {
				status: 207,
				body: { status: 'COMPLETE', results, startedAt: iso(Date.now()), completedAt: iso(Date.now()) },
			};
		}
		if (request.method === 'POST' && pathname === '/crm/v3/objects/emails/batch/read') {
			const inputs = (body.inputs ?? []) as { id: string }[];
			if (inputs.length > 100) return error(400, 'at most 100 inputs', 'VALIDATION_ERROR');
			const results = inputs.flatMap(({ id }) => {
				const ticket = byNumber(id.slice(0, -2));
				const email = ticket && emailsOf(ticket, options.siteUrl).find((item) => item.id === id);
				return email
					? [
							{
								id,
								properties: { hs_email_direction: email.direction, hs_email_html: email.html, hs_email_text: null },
							},
						]
					: [];
			});
			return { body: { status: 'COMPLETE', results } };
		}
		return error(404, `no such endpoint: ${request.method} ${pathname}`, 'OBJECT_NOT_FOUND');
	};
}
