// Salesforce Service Cloud, through the REST API's SOQL query over Cases
// (`GET /services/data/vNN.0/query?q=...`): `{ totalSize, done, nextRecordsUrl, records }`,
// up to 2,000 records a batch (the `Sforce-Query-Options: batchSize=` header asks for
// fewer), the next batch at `nextRecordsUrl` (a query locator) until `done`. The first
// pull reads every closed case (`IsClosed = true`, from `startDate` if set); later pulls
// read every case whose `SystemModstamp` is at or after the last pull's start, less ten
// minutes, through QueryAll, which also returns deleted cases (`IsDeleted`), so a
// reopened or deleted case leaves the cache. `SystemModstamp`, not `LastModifiedDate`:
// it changes on every change, by a user or by the system, is read-only (a data load
// can set LastModifiedDate), and is the field Salesforce's own replication call
// (sObject Get Updated) uses. Rows are named by `CaseNumber`, the number agents see.
//
// Case fields are mapped by API name (`Type`, `Reason`, `Product_Area__c`), checked
// against `GET /sobjects/Case/describe` before the first query; a multi-select
// picklist's value (`a;b`) counts as its parts. With `replies`, one more query per page
// reads the emails the team sent on its closed cases (`EmailMessage`, `Incoming = false`,
// not drafts). Every value from Salesforce is untrusted: made plain before it is kept.
import { z } from 'astro/zod';
import { plainLine } from '../../cli/untrusted-text.ts';
import { ServiceError } from '../../http/errors.ts';
import type { SalesforceSource } from '../config.ts';
import {
	checkMappedFields,
	createReplyScanner,
	mappedFields,
	mergeArticles,
	referenceValues,
	termValue,
} from './mapping.ts';
import { soqlDateTime, soqlField, soqlId, soqlString } from './salesforce-soql.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

/** A record id as the REST API gives it: 18 letters and digits (15 in older answers). */
const recordId = z.string().regex(/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/, { error: 'not a Salesforce record id' });

const caseSchema = z.looseObject({
	Id: recordId,
	CaseNumber: z.string().nullish(),
	Status: z.string().nullish(),
	IsClosed: z.boolean(),
	IsDeleted: z.boolean().nullish(),
	Subject: z.string().nullish(),
	ContactId: z.string().nullish(),
	ClosedDate: z.string().nullish(),
});
type SalesforceCase = z.output<typeof caseSchema>;

const queryPage = <Record extends z.ZodType>(record: Record) =>
	z.object({
		done: z.boolean(),
		nextRecordsUrl: z.string().min(1).nullish(),
		records: z.array(record),
	});
const casePageSchema = queryPage(caseSchema);
const emailPageSchema = queryPage(
	z.looseObject({ ParentId: recordId, TextBody: z.string().nullish(), HtmlBody: z.string().nullish() }),
);
const describeSchema = z.object({
	fields: z.array(z.looseObject({ name: z.string(), label: z.string().nullish(), type: z.string().nullish() })),
});

const positionSchema = z.strictObject({
	/** The query, or the next batch's `nextRecordsUrl`, a path on the instance. */
	url: z.string().min(1),
	/** When the pull started (ISO): the next pull asks for changes since then, less the overlap. */
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

/** Salesforce's largest batch, and its smallest: it may send another size than asked. */
const maxBatch = 2000;
/** The next pull asks from this far before the pull's start: a change committed while it ran is not missed. */
const overlapMs = 10 * 60 * 1000;
/** Closed cases whose emails one query asks for: keeps the query (a URL) short. */
const casesPerEmailQuery = 100;
/** Emails the team sent, per case, read for article URLs (the first the query returns: no order is asked for, as MessageDate sorting is not confirmed). */
const maxReplies = 20;
/** The Case fields every query selects, besides the mapped ones. */
const caseFields = ['Id', 'CaseNumber', 'Status', 'IsClosed', 'IsDeleted', 'Subject', 'ContactId', 'ClosedDate'];

/** The instance origin: the My Domain's (`https://acme.my.salesforce.com`), or `baseUrl`. */
export function salesforceBaseUrl(source: SalesforceSource): string {
	return source.baseUrl ?? `https://${source.myDomain}.my.salesforce.com`;
}

/** The batch size to ask for with `Sforce-Query-Options`, or none for Salesforce's default (2,000). */
export function salesforceBatchSize(source: SalesforceSource): number | undefined {
	return source.pageSize === undefined ? undefined : Math.min(source.pageSize, maxBatch);
}

/** A time as ISO 8601 (Salesforce writes `2026-03-14T10:22:00.000+0000`); empty when missing or unreadable. */
function isoOf(value: string | null | undefined): string {
	const time = value ? Date.parse(value) : Number.NaN;
	return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

export function createSalesforceSource(source: SalesforceSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const origin = new URL(salesforceBaseUrl(source)).origin;
	const api = `/services/data/v${source.apiVersion}`;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const mapped = mappedFields(source, 'field').map((want) => soqlField(String(want.id)));
	const selected = [...new Set([...caseFields, ...mapped])];
	/** Multi-select picklists among the mapped fields (from the describe list): their value is `a;b`. */
	const multiSelect = new Set<string>();

	/** A mapped field's value; a multi-select picklist's `a;b` as its parts (a category takes the first). */
	const fieldValue = (record: SalesforceCase, mapping: { field: string }) => {
		const value = record[mapping.field];
		return multiSelect.has(mapping.field) && typeof value === 'string' ? value.split(';') : value;
	};

	const isClosed = (record: SalesforceCase) => record.IsClosed && record.IsDeleted !== true;

	function toTicket(record: SalesforceCase): PulledTicket {
		const closed = isClosed(record);
		const status = record.IsDeleted ? 'deleted' : plainLine(record.Status ?? '', 60).toLowerCase();
		return {
			id: plainLine(record.CaseNumber ?? record.Id, 40),
			status: closed ? 'closed' : status,
			closed,
			category: termValue(fieldValue(record, source.category)),
			productArea: termValue(fieldValue(record, source.productArea)),
			articles: source.articles ? referenceValues(fieldValue(record, source.articles)) : [],
			closedAt: isoOf(record.ClosedDate),
			requester: record.ContactId ?? '',
			subject: record.Subject ?? '',
		};
	}

	/**
	 * A `nextRecordsUrl` to ask next: a path under `/services/data/` on the instance. One
	 * on another host stops the pull here, before any request could carry the token there.
	 */
	function nextUrl(url: string): string {
		let target: URL;
		try {
			target = new URL(url, origin);
		} catch {
			target = new URL('about:blank');
		}
		if (target.origin !== origin || !target.pathname.startsWith('/services/data/')) {
			throw new ServiceError(
				`Salesforce pointed the next page at ${plainLine(target.origin === 'null' ? url : `${target.origin}${target.pathname}`, 120)}, not a query path on ${origin}: refusing to send the credentials there`,
				{ hint: 'check tickets.source.myDomain (or baseUrl) and any proxy on the way' },
			);
		}
		return `${target.pathname}${target.search}`;
	}

	/** Every batch of an EmailMessage query, following `nextRecordsUrl` on the instance. */
	async function* emailBatches(url: string) {
		let next: string | undefined = url;
		while (next !== undefined) {
			const body: z.output<typeof emailPageSchema> = await client.json({ method: 'GET', url: next }, emailPageSchema);
			yield body.records;
			next = body.done ? undefined : body.nextRecordsUrl ? nextUrl(body.nextRecordsUrl) : undefined;
		}
	}

	/** Article URLs in the emails the team sent on these cases: one query per hundred cases. */
	async function replyArticles(ids: string[]): Promise<Map<string, string[]>> {
		const found = new Map<string, string[][]>();
		for (let index = 0; index < ids.length; index += casesPerEmailQuery) {
			const chunk = ids.slice(index, index + casesPerEmailQuery);
			// Status '5' is a draft, never sent.
			const soql = `SELECT ParentId, TextBody, HtmlBody FROM EmailMessage WHERE Incoming = false AND Status != ${soqlString('5')} AND ParentId IN (${chunk.map(soqlId).join(', ')})`;
			for await (const records of emailBatches(`${api}/query?q=${encodeURIComponent(soql)}`)) {
				for (const email of records) {
					const lists = found.get(email.ParentId) ?? [];
					if (lists.length >= maxReplies) continue;
					lists.push(scanReplies(`${email.HtmlBody ?? ''}\n${email.TextBody ?? ''}`));
					found.set(email.ParentId, lists);
				}
			}
		}
		return new Map([...found].map(([id, lists]) => [id, mergeArticles(...lists)]));
	}

	function caseQuery(since: string | undefined): string {
		const order = 'ORDER BY SystemModstamp ASC, Id ASC';
		const select = `SELECT ${selected.join(', ')} FROM Case`;
		if (since !== undefined) {
			// QueryAll: deleted cases too, so they leave the cache.
			const soql = `${select} WHERE SystemModstamp >= ${soqlDateTime(since)} ${order}`;
			return `${api}/queryAll?q=${encodeURIComponent(soql)}`;
		}
		const from = source.startDate ? ` AND SystemModstamp >= ${soqlDateTime(`${source.startDate}T00:00:00Z`)}` : '';
		return `${api}/query?q=${encodeURIComponent(`${select} WHERE IsClosed = true${from} ${order}`)}`;
	}

	return {
		vendor: 'Salesforce',
		positionSchema,
		resumeSchema,
		async prepare() {
			const body = await client.json({ method: 'GET', url: `${api}/sobjects/Case/describe` }, describeSchema);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Salesforce',
				kind: 'case field',
				key: 'field',
				wanted: mappedFields(source, 'field'),
				known: body.fields.map((field) => ({ id: field.name, name: field.label ?? field.name })),
				hint: "use the field's API name as Setup > Object Manager > Case > Fields & Relationships shows it (`Product_Area__c` for a custom field), and check the app's Run As user can read it",
			});
			for (const field of body.fields) if (field.type === 'multipicklist') multiSelect.add(field.name);
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const since = parsed.success && !Number.isNaN(Date.parse(parsed.data.since)) ? parsed.data.since : undefined;
			return { url: caseQuery(since), startedAt: context.now.toISOString() };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const body = await client.json({ method: 'GET', url: position.url }, casePageSchema);
			const tickets = body.records.map(toTicket);
			if (source.replies) {
				const closedIds = body.records.filter(isClosed).map((record) => record.Id);
				const replies = await replyArticles(closedIds);
				body.records.forEach((record, index) => {
					const found = replies.get(record.Id);
					const ticket = tickets[index] as PulledTicket;
					if (found) ticket.articles = mergeArticles(ticket.articles, found);
				});
			}
			if (!body.done) {
				if (!body.nextRecordsUrl) {
					throw new ServiceError(
						`${client.labelOf({ method: 'GET', url: position.url })}: the response is not what the API documents (done is false but there is no nextRecordsUrl)`,
					);
				}
				return { tickets, next: { url: nextUrl(body.nextRecordsUrl), startedAt: position.startedAt } };
			}
			return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
		},
	};
}
