// A stand-in for Salesforce's REST API as its documentation describes it: Query and
// QueryAll (GET /services/data/vNN.0/query?q=<SOQL>, /queryAll?q=...: `{ totalSize, done,
// nextRecordsUrl, records }`, each record with `attributes { type, url }`), the next
// batch at `nextRecordsUrl` (`/services/data/vNN.0/query/<locator>-<offset>`, for
// QueryAll too), the batch size asked for in `Sforce-Query-Options: batchSize=N`, the
// Case's describe (GET /sobjects/Case/describe: `{ fields: [{ name, label, type }] }`)
// and errors as a list of `{ message, errorCode }` (401 INVALID_SESSION_ID, 400
// MALFORMED_QUERY, INVALID_FIELD, INVALID_QUERY_LOCATOR, 404 NOT_FOUND). The token
// endpoint (POST /services/oauth2/token, `grant_type=client_credentials`) answers
// `{ access_token, instance_url, id, token_type, issued_at, signature }`, and a wrong
// key or secret a 400 `{ error: "invalid_client", error_description }`. Times are as
// Salesforce writes them, `2026-03-14T10:22:00.000+0000`.
//
// The fake's own choices: it reads only the SOQL the source sends (a SELECT of known
// fields, `IsClosed = true`, `SystemModstamp >= <dateTime>`, and for EmailMessage
// `Incoming = false`, `Status != '5'`, `ParentId IN (...)`) and refuses anything else
// with MALFORMED_QUERY, so a query built wrong fails its test; it honours any batch
// size (Salesforce's least is 200), so tests page with a few tickets; a 429 names its
// wait in Retry-After (the REST API documentation names no 429).
import type { FakeHandler, FakeRequest, FakeResponse } from '../../http/fake-server.ts';
import type { FakeDataset, FakeTicket } from './dataset.ts';

export const salesforceFakeFields = {
	productArea: { name: 'Product_Area__c', label: 'Product Area' },
	article: { name: 'KB_Article__c', label: 'KB Article' },
};
const standardFields: [string, string, string][] = [
	['Id', 'Case ID', 'id'],
	['CaseNumber', 'Case Number', 'string'],
	['Subject', 'Subject', 'string'],
	['Status', 'Status', 'picklist'],
	['IsClosed', 'Closed', 'boolean'],
	['IsDeleted', 'Deleted', 'boolean'],
	['ContactId', 'Contact ID', 'reference'],
	['ClosedDate', 'Closed Date', 'datetime'],
	['SystemModstamp', 'System Modstamp', 'datetime'],
	['Type', 'Case Type', 'picklist'],
	['Reason', 'Case Reason', 'picklist'],
	['Origin', 'Case Origin', 'picklist'],
	['Priority', 'Priority', 'picklist'],
];

export interface SalesforceFakeOptions {
	clientId: string;
	clientSecret: string;
	siteUrl: string;
	/** The version every path must name. Default `62.0`. */
	apiVersion?: string;
	/** What the token answer names as `instance_url` (a source must not follow it). */
	instanceUrl?: string;
	/** Writes each `nextRecordsUrl` on this origin instead of as a path (a hostile or broken answer). */
	nextRecordsOrigin?: string;
}

export interface SalesforceFake {
	handler: FakeHandler;
	/** Access tokens handed out, in order. */
	issued: string[];
	/** SOQL queries received, decoded. */
	queries: string[];
	/** Moves a case to the recycle bin: Query leaves it out, QueryAll lists it with `IsDeleted`. */
	remove(number: number): void;
}

/** The 18-character record id of a fake case, and the number agents see. */
export const salesforceCaseId = (ticket: FakeTicket) => `500Dn0000${String(ticket.number).padStart(6, '0')}AAA`;
export const salesforceCaseNumber = (ticket: FakeTicket) => String(ticket.number).padStart(8, '0');
const sfTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
const errors = (status: number, errorCode: string, message: string): FakeResponse => ({
	status,
	body: [{ message, errorCode }],
});

const dateTimeLiteral = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?(?:Z|[+-]\d\d:\d\d)$/;

interface Locator {
	records: Record<string, unknown>[];
}

export function createSalesforceFake(dataset: FakeDataset, options: SalesforceFakeOptions): SalesforceFake {
	const version = options.apiVersion ?? '62.0';
	const api = `/services/data/v${version}`;
	const valid = new Set<string>();
	const issued: string[] = [];
	const queries: string[] = [];
	const deleted = new Set<number>();
	const locators = new Map<string, Locator>();

	function caseRecord(ticket: FakeTicket): Record<string, unknown> {
		const closed = ticket.status === 'closed';
		const id = salesforceCaseId(ticket);
		return {
			attributes: { type: 'Case', url: `${api}/sobjects/Case/${id}` },
			Id: id,
			CaseNumber: salesforceCaseNumber(ticket),
			Subject: ticket.subject,
			Status: closed ? (ticket.number % 6 === 0 ? 'Resolved' : 'Closed') : 'Working',
			IsClosed: closed,
			IsDeleted: deleted.has(ticket.number),
			ContactId: `003Dn0000${String(ticket.requester).padStart(6, '0')}BBB`,
			SuppliedEmail: `jane.doe${ticket.requester}@example.com`,
			ClosedDate: closed ? sfTime(ticket.closedAt) : null,
			SystemModstamp: sfTime(ticket.updatedAt),
			Type: ticket.category,
			Reason: 'Instructions not clear',
			Origin: 'Email',
			Priority: 'Medium',
			[salesforceFakeFields.productArea.name]: ticket.productArea,
			[salesforceFakeFields.article.name]: ticket.article ? `${options.siteUrl}/articles/${ticket.article}/` : null,
		};
	}

	/** A case's emails: the customer's message, the team's two replies, a draft never sent. */
	function emails(ticket: FakeTicket): Record<string, unknown>[] {
		const link = ticket.replyArticle
			? ` See <a href="${options.siteUrl}/articles/${ticket.replyArticle}/">our guide</a>.`
			: ticket.replyOldLink
				? ` See <a href="${ticket.replyOldLink}">our guide</a>.`
				: '';
		const email = (n: number, fields: Record<string, unknown>) => ({
			attributes: { type: 'EmailMessage', url: `${api}/sobjects/EmailMessage/02sDn${n}` },
			ParentId: salesforceCaseId(ticket),
			MessageDate: sfTime(ticket.createdAt + n * 60_000),
			...fields,
		});
		return [
			email(1, {
				Incoming: true,
				Status: '1',
				TextBody: `${ticket.subject} ${options.siteUrl}/articles/customer-pasted/`,
				HtmlBody: null,
			}),
			email(2, { Incoming: false, Status: '3', TextBody: 'Thanks, we are looking into it.', HtmlBody: null }),
			// The link comes in the team's second email: a source that reads only the first batch of emails misses some.
			email(4, {
				Incoming: false,
				Status: '3',
				TextBody: `Thanks.${link.replace(/<[^>]+>/g, '')}`,
				HtmlBody: `<p>Thanks.${link}</p>`,
			}),
			email(3, {
				Incoming: false,
				Status: '5',
				TextBody: `Draft: ${options.siteUrl}/articles/internal-only/`,
				HtmlBody: null,
			}),
		];
	}

	function fields(object: string): Set<string> {
		if (object === 'Case') {
			return new Set([
				...standardFields.map(([name]) => name),
				...Object.values(salesforceFakeFields).map((f) => f.name),
			]);
		}
		return new Set(['Id', 'ParentId', 'TextBody', 'HtmlBody', 'Incoming', 'Status', 'MessageDate']);
	}

	/** The records the SOQL selects, or an error for SOQL this fake (or Salesforce) would refuse. */
	function run(soql: string, all: boolean): Record<string, unknown>[] | FakeResponse {
		const match = /^SELECT (.+?) FROM (Case|EmailMessage)(?: WHERE (.+?))?(?: ORDER BY (.+))?$/.exec(soql);
		if (!match) return errors(400, 'MALFORMED_QUERY', `unexpected token in: ${soql.slice(0, 80)}`);
		const [, selectText, object, whereText, orderText] = match as unknown as [string, string, string, string?, string?];
		const known = fields(object);
		const selected = selectText.split(', ');
		for (const name of selected) {
			if (!known.has(name)) {
				return errors(400, 'INVALID_FIELD', `No such column '${name}' on entity '${object}'.`);
			}
		}
		if (orderText !== undefined && !/^[A-Za-z]+ (ASC|DESC)(, [A-Za-z]+ (ASC|DESC))*$/.test(orderText)) {
			return errors(400, 'MALFORMED_QUERY', 'unexpected ORDER BY');
		}
		let records: Record<string, unknown>[];
		const conditions = whereText ? whereText.split(' AND ') : [];
		if (object === 'Case') {
			let tickets = dataset.memo('salesforce|modstamp', () =>
				[...dataset.tickets].sort((a, b) => a.updatedAt - b.updatedAt || a.number - b.number),
			);
			for (const condition of conditions) {
				const since = /^SystemModstamp >= (\S+)$/.exec(condition);
				if (condition === 'IsClosed = true') tickets = tickets.filter((ticket) => ticket.status === 'closed');
				else if (since && dateTimeLiteral.test(since[1] as string)) {
					const from = Date.parse(since[1] as string);
					tickets = tickets.filter((ticket) => ticket.updatedAt >= from);
				} else return errors(400, 'MALFORMED_QUERY', `unexpected condition: ${condition}`);
			}
			if (!all) tickets = tickets.filter((ticket) => !deleted.has(ticket.number));
			records = tickets.map(caseRecord);
		} else {
			let list = dataset.tickets.filter((ticket) => !deleted.has(ticket.number)).flatMap(emails);
			for (const condition of conditions) {
				const within = /^ParentId IN \(('[A-Za-z0-9]{18}'(?:, '[A-Za-z0-9]{18}')*)\)$/.exec(condition);
				if (condition === 'Incoming = false') list = list.filter((email) => email.Incoming === false);
				else if (condition === "Status != '5'") list = list.filter((email) => email.Status !== '5');
				else if (within) {
					const ids = new Set((within[1] as string).split(', ').map((id) => id.slice(1, -1)));
					list = list.filter((email) => ids.has(email.ParentId as string));
				} else return errors(400, 'MALFORMED_QUERY', `unexpected condition: ${condition}`);
			}
			records = list;
		}
		return records.map((record) =>
			Object.fromEntries([['attributes', record.attributes], ...selected.map((name) => [name, record[name] ?? null])]),
		);
	}

	function batch(request: FakeRequest, id: string, offset: number): FakeResponse {
		const locator = locators.get(id);
		if (!locator) return errors(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
		const asked = /batchSize=(\d+)/.exec(String(request.headers['sforce-query-options'] ?? ''));
		const size = Math.min(Number(asked?.[1] ?? 2000), 2000);
		const records = locator.records.slice(offset, offset + size);
		const done = offset + size >= locator.records.length;
		const next = `${api}/query/${id}-${offset + size}`;
		return {
			body: {
				totalSize: locator.records.length,
				done,
				...(done ? {} : { nextRecordsUrl: options.nextRecordsOrigin ? `${options.nextRecordsOrigin}${next}` : next }),
				records,
			},
		};
	}

	function token(request: FakeRequest): FakeResponse {
		const form = new URLSearchParams(request.body);
		if (form.get('grant_type') !== 'client_credentials') {
			return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant type not supported' } };
		}
		if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
			return { status: 400, body: { error: 'invalid_client', error_description: 'invalid client credentials' } };
		}
		const accessToken = `00DDn00000FAKE!AQ${issued.length + 1}.fake-access-token`;
		issued.push(accessToken);
		valid.add(accessToken);
		return {
			body: {
				access_token: accessToken,
				signature: 'fake-signature',
				scope: 'api',
				instance_url: options.instanceUrl ?? 'https://elsewhere.my.salesforce.com',
				id: 'https://login.salesforce.com/id/00DDn00000FAKE/005Dn00000FAKE',
				token_type: 'Bearer',
				issued_at: String(Date.now()),
			},
		};
	}

	const handler: FakeHandler = (request) => {
		const { pathname, searchParams } = request.url;
		if (pathname === '/services/oauth2/token' && request.method === 'POST') return token(request);
		const header = request.headers.authorization ?? '';
		const access = header.startsWith('Bearer ') ? header.slice(7) : undefined;
		if (access === undefined || !valid.has(access)) {
			return errors(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
		}
		if (!pathname.startsWith(`${api}/`)) return errors(404, 'NOT_FOUND', 'The requested resource does not exist');
		const rest = pathname.slice(api.length);
		if (rest === '/sobjects/Case/describe') {
			return {
				body: {
					name: 'Case',
					label: 'Case',
					fields: [
						...standardFields.map(([name, label, type]) => ({ name, label, type, custom: false })),
						...Object.values(salesforceFakeFields).map((field) => ({
							name: field.name,
							label: field.label,
							type: 'string',
							custom: true,
						})),
					],
				},
			};
		}
		if (rest === '/query' || rest === '/queryAll') {
			const soql = searchParams.get('q') ?? '';
			queries.push(soql);
			const result = run(soql, rest === '/queryAll');
			if (!Array.isArray(result)) return result;
			const id = `01g${soql.includes('FROM Case') ? 'C' : 'E'}${locators.size + 1}`;
			locators.set(id, { records: result });
			return batch(request, id, 0);
		}
		const more = /^\/query\/(01g[A-Z]\d+)-(\d+)$/.exec(rest);
		if (more) return batch(request, more[1] as string, Number(more[2]));
		return errors(404, 'NOT_FOUND', 'The requested resource does not exist');
	};

	return {
		handler,
		issued,
		queries,
		remove(number) {
			deleted.add(number);
			dataset.update(number, {});
		},
	};
}
