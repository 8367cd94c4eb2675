// A stand-in for Zoho Desk's REST API as its documentation and the clients written
// against it describe it: "Search tickets" (GET
// /api/v1/tickets/search with `from` 0 to 4999, `limit` 1 to 100, `sortBy` modifiedTime
// (a leading `-` for newest first) and `modifiedTimeRange=<from>,<to>`; `{ data, count }`,
// a 204 with no body when nothing matches, 422 for a parameter it does not know), "Get
// ticket" (GET /api/v1/tickets/{id}, with `cf`, the custom fields by API name), the
// ticket's tags (GET /api/v1/tickets/{id}/tags), "Get organization fields" (GET
// /api/v1/organizationFields?module=tickets), "List all threads" (GET
// /api/v1/tickets/{id}/threads, each thread's `summary` only) and "Get a thread" (its
// `content`). Every request needs `Authorization: Zoho-oauthtoken <token>` and the
// `orgId` header; errors are `{ errorCode, message }`. Times are ISO 8601 in UTC to the
// millisecond. The same server plays the accounts host: POST /oauth/v2/token with the
// refresh-token grant answers `{ access_token, expires_in, api_domain }`, and a refused
// refresh token a 200 with `{ error }`, as clients report Zoho's accounts server does.
//
// What the documentation reached does not show is this fake's own choice: the search's
// tickets carry no `cf` and the thread list no `content` (the harder case for a source,
// which must then read the ticket or the thread), the wrong-orgId answer is a 422, and a
// 429 names its wait in Retry-After.

import type { FakeHandler, FakeRequest } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The custom ticket fields this fake organization has, by API name and label. */
export const zohodeskFakeFields = {
	productArea: { apiName: 'cf_product_area', label: 'Product area' },
	article: { apiName: 'cf_kb_article', label: 'KB article' },
};
const standardFields = [
	['subject', 'Subject'],
	['status', 'Status'],
	['priority', 'Priority'],
	['category', 'Category'],
	['subCategory', 'Sub Category'],
	['classification', 'Classification'],
] as const;
const maxLimit = 100;
const maxFrom = 4999;

export interface ZohodeskFakeOptions {
	orgId: string;
	clientId: string;
	clientSecret: string;
	refreshToken: string;
	siteUrl: string;
	/** What the token endpoint says the API domain is (Zoho names one; a source must not follow it). */
	apiDomain?: string;
}

export interface ZohodeskFake {
	handler: FakeHandler;
	/** Access tokens handed out, in order. */
	issued: string[];
	/** Makes every access token handed out so far invalid, as an hour does. */
	expireTokens(): void;
	/** The access token the next refresh hands out. */
	nextToken(): string;
}

/** The API id of a fake ticket (long, as Zoho's are), and the number agents see. */
export const zohodeskTicketId = (ticket: FakeTicket) => String(900_000_000_000 + ticket.number);
export const zohodeskTicketNumber = (ticket: FakeTicket) => String(100 + ticket.number);
const iso = (ms: number) => new Date(ms).toISOString();
const error = (status: number, errorCode: string, message: string) => ({ status, body: { errorCode, message } });

function summary(ticket: FakeTicket) {
	const closed = ticket.status === 'closed';
	return {
		id: zohodeskTicketId(ticket),
		ticketNumber: zohodeskTicketNumber(ticket),
		subject: ticket.subject,
		status: closed ? (ticket.number % 6 === 0 ? 'Resolved' : 'Closed') : 'Open',
		statusType: closed ? 'Closed' : 'Open',
		email: `jane.doe${ticket.requester}@example.com`,
		contactId: String(700_000 + ticket.requester),
		departmentId: '1892000000006907',
		channel: 'Email',
		priority: 'High',
		category: ticket.category,
		subCategory: null,
		isSpam: false,
		createdTime: iso(ticket.createdAt),
		modifiedTime: iso(ticket.updatedAt),
		closedTime: closed ? iso(ticket.closedAt) : null,
		customerResponseTime: iso(ticket.createdAt),
		threadCount: '3',
		commentCount: '0',
		webUrl: `https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/${zohodeskTicketId(ticket)}`,
	};
}

function full(ticket: FakeTicket, options: ZohodeskFakeOptions) {
	return {
		...summary(ticket),
		description: `<div>${ticket.subject}</div>`,
		cf: {
			[zohodeskFakeFields.productArea.apiName]: ticket.productArea,
			[zohodeskFakeFields.article.apiName]: ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		},
		customFields: {
			[zohodeskFakeFields.productArea.label]: ticket.productArea,
			[zohodeskFakeFields.article.label]: ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		},
	};
}

/** Threads newest first: the team's reply, a private one, the customer's first message. */
function threads(ticket: FakeTicket, options: ZohodeskFakeOptions) {
	const link = ticket.replyArticle
		? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
		: ticket.replyOldLink
			? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
			: '';
	const thread = (id: number, fields: Record<string, unknown>) => ({
		id: `${zohodeskTicketId(ticket)}${id}`,
		channel: 'EMAIL',
		status: 'SUCCESS',
		createdTime: iso(ticket.createdAt + id * 60_000),
		isDescriptionThread: id === 1,
		...fields,
	});
	// The list's summary is the opening words, too short for the link further on.
	const padding = 'Thanks for writing in, we looked into this for you and here is what we found.';
	return [
		thread(3, {
			direction: 'out',
			visibility: 'public',
			author: { type: 'AGENT', name: 'Sam Agent' },
			summary: padding.slice(0, 60),
			content: `<div>${padding}${link}</div>`,
		}),
		thread(2, {
			direction: 'out',
			visibility: 'private',
			author: { type: 'AGENT', name: 'Sam Agent' },
			summary: 'Forwarded to engineering',
			content: `<div>Forwarded: ${options.siteUrl}/articles/internal-only/</div>`,
		}),
		thread(1, {
			direction: 'in',
			visibility: 'public',
			author: { type: 'END_USER', name: 'Jane Doe' },
			summary: ticket.subject,
			content: `<div>${ticket.subject} ${options.siteUrl}/articles/customer-pasted/</div>`,
		}),
	];
}

/** Every ticket changed within the range (both ends included), oldest change first, or newest with `-`. */
function search(dataset: FakeDataset, range: [number, number] | undefined, descending: boolean): FakeTicket[] {
	const sorted = dataset.memo('zohodesk|modified', () =>
		[...dataset.tickets].sort((a, b) => a.updatedAt - b.updatedAt || a.number - b.number),
	);
	const within = range
		? sorted.filter((ticket) => ticket.updatedAt >= range[0] && ticket.updatedAt <= range[1])
		: sorted;
	return descending ? [...within].reverse() : within;
}

/** The parameters this fake serves; Zoho knows more (status, createdTimeRange...), which no source sends. */
const searchParams = new Set(['from', 'limit', 'sortBy', 'modifiedTimeRange']);

export function createZohodeskFake(dataset: FakeDataset, options: ZohodeskFakeOptions): ZohodeskFake {
	const valid = new Set<string>();
	const issued: string[] = [];

	function token(request: FakeRequest) {
		const form = new URLSearchParams(request.body);
		if (form.get('grant_type') !== 'refresh_token') return { body: { error: 'unsupported_grant_type' } };
		if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
			return { body: { error: 'invalid_client' } };
		}
		if (form.get('refresh_token') !== options.refreshToken) return { body: { error: 'invalid_code' } };
		const accessToken = nextToken();
		issued.push(accessToken);
		valid.add(accessToken);
		return {
			body: {
				access_token: accessToken,
				api_domain: options.apiDomain ?? 'https://www.zohoapis.com',
				token_type: 'Bearer',
				expires_in: 3600,
			},
		};
	}

	const nextToken = () => `1000.fake-access-${issued.length + 1}.${options.refreshToken.length}`;

	const handler: FakeHandler = (request) => {
		const { pathname, searchParams: query } = request.url;
		if (pathname === '/oauth/v2/token' && request.method === 'POST') return token(request);
		const header = request.headers.authorization ?? '';
		const access = header.startsWith('Zoho-oauthtoken ') ? header.slice('Zoho-oauthtoken '.length) : undefined;
		if (access === undefined || !valid.has(access)) {
			return error(401, 'INVALID_OAUTH', 'The OAuth Token you provided is invalid.');
		}
		if (request.headers.orgid !== options.orgId) {
			return error(422, 'UNPROCESSABLE_ENTITY', 'The orgId header is missing or names no organization you belong to.');
		}
		if (pathname === '/api/v1/tickets/search') {
			for (const name of query.keys()) {
				if (!searchParams.has(name)) {
					return error(422, 'UNPROCESSABLE_ENTITY', `Extra query parameter '${name}' is present in the input.`);
				}
			}
			const from = Number(query.get('from') ?? 0);
			const limit = Number(query.get('limit') ?? 10);
			if (
				!Number.isInteger(from) ||
				from < 0 ||
				from > maxFrom ||
				!Number.isInteger(limit) ||
				limit < 1 ||
				limit > maxLimit
			) {
				return error(422, 'UNPROCESSABLE_ENTITY', 'from must be 0 to 4999 and limit 1 to 100.');
			}
			const sortBy = query.get('sortBy') ?? 'relevance';
			if (sortBy !== 'modifiedTime' && sortBy !== '-modifiedTime') {
				return error(422, 'UNPROCESSABLE_ENTITY', 'the fake sorts by modifiedTime only.');
			}
			let range: [number, number] | undefined;
			const rangeText = query.get('modifiedTimeRange');
			if (rangeText !== null) {
				const [start, end] = rangeText.split(',').map((part) => Date.parse(part));
				if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) || start > end) {
					return error(422, 'UNPROCESSABLE_ENTITY', 'modifiedTimeRange must be two ISO times, the earlier first.');
				}
				range = [start, end];
			}
			const found = search(dataset, range, sortBy.startsWith('-'));
			const page = found.slice(from, from + limit);
			if (page.length === 0) return { status: 204, body: '' };
			return { body: { data: page.map(summary), count: found.length } };
		}
		if (pathname === '/api/v1/organizationFields') {
			if (query.get('module') !== 'tickets') return error(422, 'UNPROCESSABLE_ENTITY', 'module is required.');
			const custom = Object.values(zohodeskFakeFields).map((field, index) => ({
				id: `4000000${index}`,
				apiName: field.apiName,
				displayLabel: field.label,
				type: 'Text',
				isCustomField: true,
			}));
			const standard = standardFields.map(([apiName, displayLabel], index) => ({
				id: `3000000${index}`,
				apiName,
				displayLabel,
				type: 'Picklist',
				isCustomField: false,
			}));
			return { body: { data: [...standard, ...custom] } };
		}
		const found = /^\/api\/v1\/tickets\/(\d+)(\/tags|\/threads(?:\/(\d+))?)?$/.exec(pathname);
		const ticket = found && dataset.tickets.find((item) => zohodeskTicketId(item) === found[1]);
		if (!found) return error(404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
		if (!ticket) return error(404, 'RESOURCE_NOT_FOUND', 'The requested resource does not exist.');
		if (found[2] === undefined) return { body: full(ticket, options) };
		if (found[2] === '/tags') {
			return { body: { data: [{ id: '5000001', name: `area-${ticket.productArea}`, tagType: 'MANUAL' }] } };
		}
		const list = threads(ticket, options);
		if (found[3] !== undefined) {
			const thread = list.find((item) => item.id === found[3]);
			return thread ? { body: thread } : error(404, 'RESOURCE_NOT_FOUND', 'The requested resource does not exist.');
		}
		// The list gives each thread's summary, not its content.
		return {
			body: {
				data: list.map((item) => {
					const { content: _content, ...rest } = item as Record<string, unknown>;
					return rest;
				}),
			},
		};
	};

	return {
		handler,
		issued,
		expireTokens() {
			valid.clear();
		},
		nextToken,
	};
}
