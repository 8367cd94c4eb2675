// A stand-in for Jira Cloud's REST API v3 as documented, for a service project SUP:
// the enhanced JQL search (POST /rest/api/3/search/jql with jql, fields, maxResults up
// to 100 and nextPageToken; the token absent and `isLast` true on the last page), the
// field list (GET /rest/api/3/field) and an issue's comments (GET
// /rest/api/3/issue/{key}/comment). It reads the JQL clauses the pull writes (project
// in, statusCategory = Done, updated >= a day or a minute read in the account's time
// zone, which GET /rest/api/3/myself gives, ORDER BY updated)
// and answers 400 with Jira's `errorMessages` to any other. Authentication is Basic
// with the account's email and an API token; comment bodies are Atlassian Document
// Format; the search returns at most the first two comments of an issue, as Jira cuts
// long comment lists short.

import type { FakeHandler, FakeRequest } from '../../http/fake-server.ts';
import { wallClock } from '../sources/jira.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

/** The custom fields this fake site has, by id. */
export const jiraFakeFields = {
	category: 'customfield_10050',
	productArea: 'components',
	article: 'customfield_10052',
};

export interface JiraFakeOptions {
	email: string;
	token: string;
	siteUrl: string;
}

/** The account's time zone: JQL times are read in it. */
export const jiraFakeTimeZone = 'Europe/Berlin';

/** The instant a wall-clock time names in a time zone (the zone's offset found by formatting). */
function zonedInstant(written: string, timeZone: string): number {
	const asUtc = Date.parse(`${written.replace(' ', 'T')}:00Z`);
	const shown = Date.parse(`${wallClock(asUtc, timeZone).replace(' ', 'T')}:00Z`);
	return asUtc - (shown - asUtc);
}

const jiraTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
const maxPerPage = 100;
const commentsInSearch = 2;

const bad = (message: string) => ({ status: 400, body: { errorMessages: [message], errors: {} } });

/** Atlassian Document Format: a paragraph of text, with a link when `href` is given. */
function adf(text: string, link?: { text: string; href: string }) {
	return {
		type: 'doc',
		version: 1,
		content: [
			{
				type: 'paragraph',
				content: [
					{ type: 'text', text },
					...(link ? [{ type: 'text', text: link.text, marks: [{ type: 'link', attrs: { href: link.href } }] }] : []),
				],
			},
		],
	};
}

function commentsOf(ticket: FakeTicket, siteUrl: string) {
	const customer = `557058:customer-${ticket.requester}`;
	const agent = '557058:agent-42';
	const href = ticket.replyArticle ? `${siteUrl}/articles/${ticket.replyArticle}/` : ticket.replyOldLink;
	return [
		{
			id: '1',
			author: { accountId: customer, displayName: 'Jane Doe' },
			body: adf(`${ticket.subject}: ${siteUrl}/articles/customer-guess/`),
			jsdPublic: true,
		},
		{
			id: '2',
			author: { accountId: agent, displayName: 'Agent' },
			body: adf('Internal: ', { text: 'note', href: `${siteUrl}/articles/internal-note/` }),
			jsdPublic: false,
		},
		{
			id: '3',
			author: { accountId: agent, displayName: 'Agent' },
			body: href
				? adf('Hi Jane, this guide walks through it: ', { text: 'the guide', href })
				: adf('Hi Jane, glad it works now.'),
			jsdPublic: true,
		},
	];
}

function fieldsOf(ticket: FakeTicket, options: JiraFakeOptions): Record<string, unknown> {
	const closed = ticket.status === 'closed';
	const comments = commentsOf(ticket, options.siteUrl);
	return {
		summary: ticket.subject,
		status: closed
			? { name: ticket.number % 2 === 0 ? 'Resolved' : 'Closed', statusCategory: { id: 3, key: 'done', name: 'Done' } }
			: { name: 'Waiting for support', statusCategory: { id: 2, key: 'new', name: 'To Do' } },
		resolutiondate: closed ? jiraTime(ticket.closedAt) : null,
		updated: jiraTime(ticket.updatedAt),
		created: jiraTime(ticket.createdAt),
		reporter: {
			accountId: `557058:customer-${ticket.requester}`,
			emailAddress: `jane.doe${ticket.requester}@example.com`,
			displayName: 'Jane Doe',
		},
		labels: [],
		[jiraFakeFields.category]: {
			self: 'https://fake/rest/api/3/customFieldOption/10020',
			value: ticket.category,
			id: '10020',
		},
		components: [{ self: 'https://fake/rest/api/3/component/10000', id: '10000', name: ticket.productArea }],
		[jiraFakeFields.article]: ticket.article ?? null,
		comment: {
			comments: comments.slice(0, commentsInSearch),
			maxResults: commentsInSearch,
			total: comments.length,
			startAt: 0,
		},
	};
}

/** The issues a JQL query the pull writes selects, in its order; an error message for any other. */
function select(dataset: FakeDataset, jql: string): FakeTicket[] | string {
	const [where = '', order] = jql.split(/ ORDER BY /i);
	let list = [...dataset.tickets];
	for (const clause of where.split(/ AND /i)) {
		const project = /^project in \((.+)\)$/i.exec(clause);
		const time = /^updated >= "(\d{4}-\d\d-\d\d)( \d\d:\d\d)?"$/.exec(clause);
		if (project) {
			if (!project[1]?.split(/,\s*/).includes('"SUP"')) list = [];
		} else if (/^statusCategory = Done$/i.test(clause)) {
			list = list.filter((ticket) => ticket.status === 'closed');
		} else if (time) {
			const from = zonedInstant(`${time[1]}${time[2] ?? ' 00:00'}`, jiraFakeTimeZone);
			list = list.filter((ticket) => ticket.updatedAt >= from);
		} else {
			return `Error in the JQL Query: the fake does not read '${clause}'.`;
		}
	}
	if (order?.trim() === 'updated ASC') list.sort((a, b) => a.updatedAt - b.updatedAt || a.number - b.number);
	return list;
}

function authorized(request: FakeRequest, options: JiraFakeOptions): boolean {
	return (
		request.headers.authorization === `Basic ${Buffer.from(`${options.email}:${options.token}`).toString('base64')}`
	);
}

export function createJiraFake(dataset: FakeDataset, options: JiraFakeOptions): FakeHandler {
	return (request) => {
		if (!authorized(request, options)) {
			return {
				status: 401,
				body: {
					errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
					errors: {},
				},
			};
		}
		const { pathname, searchParams } = request.url;
		if (request.method === 'POST' && pathname === '/rest/api/3/search/jql') {
			const body = JSON.parse(request.body || '{}') as {
				jql?: string;
				fields?: string[];
				maxResults?: number;
				nextPageToken?: string;
			};
			if (!body.jql) return bad('The JQL query is required and must be bounded.');
			const jql = body.jql;
			const selected = dataset.memo(`jira ${jql}`, () => select(dataset, jql));
			if (typeof selected === 'string') return bad(selected);
			const limit = Math.min(body.maxResults ?? 50, maxPerPage);
			let offset = 0;
			if (body.nextPageToken) {
				const [tokenJql, at] = Buffer.from(body.nextPageToken, 'base64url').toString().split('\u0000');
				if (tokenJql !== body.jql) return bad('The provided next page token is invalid or expired.');
				offset = Number(at);
			}
			const page = selected.slice(offset, offset + limit);
			const more = offset + limit < selected.length;
			const wanted = body.fields ?? ['summary'];
			return {
				body: {
					issues: page.map((ticket) => {
						const all = fieldsOf(ticket, options);
						return {
							id: String(10_000 + ticket.number),
							key: `SUP-${ticket.number}`,
							self: `https://fake/rest/api/3/issue/${10_000 + ticket.number}`,
							fields: Object.fromEntries(wanted.filter((name) => name in all).map((name) => [name, all[name]])),
						};
					}),
					...(more ? { nextPageToken: Buffer.from(`${body.jql}\u0000${offset + limit}`).toString('base64url') } : {}),
					isLast: !more,
				},
			};
		}
		const comment = /^\/rest\/api\/3\/issue\/SUP-(\d+)\/comment$/.exec(pathname);
		if (request.method === 'GET' && comment) {
			const ticket = dataset.tickets[Number(comment[1]) - 1];
			if (!ticket)
				return {
					status: 404,
					body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} },
				};
			const all = commentsOf(ticket, options.siteUrl);
			const startAt = Number(searchParams.get('startAt') ?? 0);
			const maxResults = Number(searchParams.get('maxResults') ?? 50);
			return { body: { comments: all.slice(startAt, startAt + maxResults), startAt, maxResults, total: all.length } };
		}
		if (request.method === 'GET' && pathname === '/rest/api/3/myself') {
			return {
				body: { accountId: '557058:agent-42', emailAddress: options.email, timeZone: jiraFakeTimeZone, active: true },
			};
		}
		if (request.method === 'GET' && pathname === '/rest/api/3/field') {
			return {
				body: [
					{ id: 'summary', name: 'Summary', custom: false },
					{ id: 'components', name: 'Component/s', custom: false },
					{ id: 'labels', name: 'Labels', custom: false },
					{ id: jiraFakeFields.category, name: 'Category', custom: true },
					{ id: 'customfield_10051', name: 'Product area (old)', custom: true },
					{ id: jiraFakeFields.article, name: 'KB article', custom: true },
				],
			};
		}
		return { status: 404, body: { errorMessages: [`no such endpoint: ${request.method} ${pathname}`], errors: {} } };
	};
}
