// A stand-in for Plain's GraphQL API as documented ("List threads", thread fields,
// "Error handling"): POST /graphql/v1 with `threads(filters, first, after, sortBy)`
// answering a Relay connection, `threadFieldSchemas`, and query errors as GraphQL
// `errors` with `extensions.code` (UNAUTHENTICATED for a bad API key).

import { bearer, decodeCursor, encodeCursor, type FakeHandler } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

export interface PlainFakeOptions {
	token: string;
	siteUrl: string;
}

const time = (ms: number) => ({
	__typename: 'DateTime',
	iso8601: new Date(ms).toISOString(),
	unixTimestamp: String(ms),
});

function render(ticket: FakeTicket, options: PlainFakeOptions) {
	const closed = ticket.status === 'closed';
	const reply = ticket.replyArticle
		? `Priya from Acme replied: this is covered in ${options.siteUrl}/articles/${ticket.replyArticle}/ .`
		: ticket.replyOldLink
			? `Priya from Acme replied: this is covered in ${ticket.replyOldLink}.`
			: 'Priya from Acme replied: glad it works now.';
	return {
		__typename: 'Thread',
		id: `th_${String(ticket.number).padStart(8, '0')}`,
		ref: `T-${ticket.number}`,
		title: ticket.subject,
		status: closed ? 'DONE' : 'TODO',
		statusChangedAt: time(closed ? ticket.closedAt : ticket.updatedAt),
		updatedAt: time(ticket.updatedAt),
		customer: {
			id: `c_${ticket.requester}`,
			fullName: 'Jane Doe',
			email: { email: `jane.doe${ticket.requester}@example.com` },
		},
		labels: [
			{ id: `l_${ticket.number}a`, labelType: { id: `lt_${ticket.category}`, name: `Category: ${ticket.category}` } },
			{ id: `l_${ticket.number}b`, labelType: { id: 'lt_vip', name: 'VIP' } },
		],
		threadFields: {
			edges: [
				{ node: { key: 'product_area', type: 'ENUM', stringValue: ticket.productArea, booleanValue: null } },
				{ node: { key: 'kb_article', type: 'STRING', stringValue: ticket.article ?? null, booleanValue: null } },
			],
			pageInfo: { hasNextPage: false, endCursor: null },
		},
		timelineEntries: {
			edges: [
				{
					node: {
						actor: { __typename: 'CustomerActor' },
						llmText: `Customer wrote: ${ticket.subject}. Is ${options.siteUrl}/articles/not-from-the-team/ right?`,
					},
				},
				{ node: { actor: { __typename: 'UserActor' }, llmText: reply } },
			],
		},
	};
}

interface Variables {
	filters?: { statuses?: string[]; updatedAt?: { after?: string; before?: string } };
	first?: number;
	after?: string;
}

export function createPlainFake(dataset: FakeDataset, options: PlainFakeOptions): FakeHandler {
	return (request) => {
		if (request.method !== 'POST' || request.url.pathname !== '/graphql/v1') return { status: 404, body: 'Not found' };
		if (bearer(request) !== options.token) {
			return {
				body: { data: null, errors: [{ message: 'Invalid API key', extensions: { code: 'UNAUTHENTICATED' } }] },
			};
		}
		let body: { query?: string; variables?: Variables };
		try {
			body = JSON.parse(request.body);
		} catch {
			return { status: 400, body: { errors: [{ message: 'Invalid JSON', extensions: { code: 'BAD_USER_INPUT' } }] } };
		}
		const query = body.query ?? '';
		const variables = body.variables ?? {};
		if (query.includes('threadFieldSchemas')) {
			const schemas = [
				{ key: 'category', label: 'Category' },
				{ key: 'product_area', label: 'Product area' },
				{ key: 'kb_article', label: 'KB article' },
			];
			return {
				body: {
					data: {
						threadFieldSchemas: {
							edges: schemas.map((node) => ({ cursor: node.key, node })),
							pageInfo: { hasNextPage: false, endCursor: null },
						},
					},
				},
			};
		}
		if (!query.includes('threads(')) {
			return {
				body: {
					data: null,
					errors: [{ message: 'Unknown operation', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
				},
			};
		}
		const first = Math.min(variables.first ?? 25, 100);
		const statuses = variables.filters?.statuses;
		const after = variables.filters?.updatedAt?.after ? Date.parse(variables.filters.updatedAt.after) : undefined;
		const matches = (ticket: FakeTicket) =>
			(!statuses || statuses.includes(ticket.status === 'closed' ? 'DONE' : 'TODO')) &&
			(after === undefined || ticket.updatedAt >= after);
		let position = variables.after ? (decodeCursor(variables.after) ?? 0) : 0;
		const edges = [];
		while (position < dataset.tickets.length && edges.length < first) {
			const ticket = dataset.tickets[position] as FakeTicket;
			position++;
			if (matches(ticket)) edges.push({ cursor: encodeCursor(position), node: render(ticket, options) });
		}
		let more = false;
		for (let index = position; index < dataset.tickets.length && !more; index++)
			more = matches(dataset.tickets[index] as FakeTicket);
		return {
			body: {
				data: {
					threads: {
						edges,
						pageInfo: {
							hasNextPage: more,
							hasPreviousPage: false,
							startCursor: edges[0]?.cursor ?? null,
							endCursor: encodeCursor(position),
						},
					},
				},
			},
		};
	};
}
