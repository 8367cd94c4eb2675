// What is Salesforce's own beyond the contract every source meets: the API version in
// every path, the client credentials flow at the My Domain only (the token answer's
// instance_url not followed), a nextRecordsUrl on another host refused before the token
// goes there, closed by IsClosed (deleted cases through QueryAll), Case fields checked
// against the describe list, multi-select picklists, and SOQL built from checked values.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseWithProblems } from '../../../src/content-model/errors.ts';
import { tryblockConfigSchema } from '../../../src/content-model/schemas/config.ts';
import type { SalesforceSource } from '../../../src/helpdesk/config.ts';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import {
	createSalesforceFake,
	type SalesforceFakeOptions,
	salesforceCaseNumber,
} from '../../../src/helpdesk/fakes/salesforce.ts';
import { createSalesforceSource, salesforceBaseUrl } from '../../../src/helpdesk/sources/salesforce.ts';
import { soqlDateTime, soqlField, soqlId, soqlString } from '../../../src/helpdesk/sources/salesforce-soql.ts';
import { createServiceClient } from '../../../src/http/client.ts';
import type { FakeHandler, FakeServer } from '../../../src/http/fake-server.ts';
import { dataset, makeProject, minimalSite, pull, quickRetry, serve, siteUrl } from './helpers.ts';
import { salesforceCredentials as credentials } from './vendors.ts';

const env = {
	SALESFORCE_CLIENT_ID: credentials.clientId,
	SALESFORCE_CLIENT_SECRET: credentials.clientSecret,
};
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function started(handler: FakeHandler): Promise<FakeServer> {
	const server = await serve(handler);
	cleanup.push(() => server.close());
	return server;
}

/** A Salesforce fake and a project pulling from it. */
async function salesforce(
	data: FakeDataset,
	settings: Record<string, unknown> = {},
	fakeOptions: Partial<SalesforceFakeOptions> = {},
) {
	const fake = createSalesforceFake(data, { ...credentials, siteUrl, ...fakeOptions });
	const server = await started(fake.handler);
	const project = makeProject({
		type: 'salesforce',
		baseUrl: server.url,
		category: { field: 'Type' },
		productArea: { field: 'Product_Area__c' },
		pageSize: 7,
		retry: quickRetry,
		...settings,
	});
	cleanup.push(() => project.remove());
	return { fake, server, project };
}

/** Every request but the token's. */
const apiRequests = (server: FakeServer) =>
	server.requests.filter((request) => request.path !== '/services/oauth2/token');

/** A place that only logs what reaches it. */
async function elsewhere(): Promise<FakeServer> {
	return started(() => ({ status: 200, body: { done: true, records: [] } }));
}

describe('Salesforce: where requests and the credentials go', () => {
	test('every API path names the configured version; the default is v62.0', async () => {
		const data = dataset(10);
		const { server, project } = await salesforce(data, { apiVersion: '61.0' }, { apiVersion: '61.0' });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const paths = apiRequests(server).map((request) => request.path);
		expect(paths.length).toBeGreaterThan(1);
		for (const path of paths) expect(path).toMatch(/^\/services\/data\/v61\.0\//);

		const other = await salesforce(dataset(3));
		expect((await pull(other.project, [], env)).status).toBe(0);
		expect(apiRequests(other.server)[0]?.path).toBe('/services/data/v62.0/sobjects/Case/describe');

		// A version the org does not serve: Salesforce's NOT_FOUND, quoted, exit 2.
		const wrong = await salesforce(dataset(3), { apiVersion: '40.0' });
		const refused = await pull(wrong.project, [], env);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toMatch(
			/^GET http:\/\/127\.0\.0\.1:\d+\/services\/data\/v40\.0\/sobjects\/Case\/describe: Salesforce answered 404 Not Found: The requested resource does not exist$/m,
		);
	});

	test('the client credentials flow: key and secret go once to /services/oauth2/token on the instance, the token only there, instance_url is not followed', async () => {
		const away = await elsewhere();
		const { fake, server, project } = await salesforce(dataset(10), {}, { instanceUrl: away.url });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const tokenRequests = server.requests.filter((request) => request.path === '/services/oauth2/token');
		expect(tokenRequests).toHaveLength(1);
		expect(Object.fromEntries(new URLSearchParams(tokenRequests[0]?.body))).toEqual({
			grant_type: 'client_credentials',
			client_id: credentials.clientId,
			client_secret: credentials.clientSecret,
		});
		expect(fake.issued).toHaveLength(1);
		expect(away.requests).toEqual([]);
		const cache = readFileSync(project.cache('salesforce'), 'utf8');
		for (const secret of [credentials.clientSecret, fake.issued[0] as string]) {
			expect(cache).not.toContain(secret);
			expect(run.stdout).not.toContain(secret);
		}
	});

	test('the default instance is the My Domain; a sandbox keeps its .sandbox part', () => {
		const parse = (source: Record<string, unknown>) =>
			parseWithProblems(tryblockConfigSchema, { site: minimalSite, tickets: { source } }, { file: 'tryblock.yaml' });
		const base = { type: 'salesforce', category: { field: 'Type' }, productArea: { field: 'Product_Area__c' } };
		const sourceOf = (myDomain: string) => {
			const parsed = parse({ ...base, myDomain });
			if (!parsed.data) throw new Error(JSON.stringify(parsed.problems));
			return parsed.data.tickets.source as SalesforceSource;
		};
		expect(salesforceBaseUrl(sourceOf('acme'))).toBe('https://acme.my.salesforce.com');
		expect(salesforceBaseUrl(sourceOf('acme--uat.sandbox'))).toBe('https://acme--uat.sandbox.my.salesforce.com');
		for (const myDomain of ['acme.evil.example/x', 'https://acme.my.salesforce.com', 'acme@evil']) {
			expect(parse({ ...base, myDomain }).data).toBeUndefined();
		}
		expect(parse(base).problems[0]?.message).toContain('myDomain');
	});

	test('a nextRecordsUrl on another host: exit 2 before anything goes there; no cache is written', async () => {
		const away = await elsewhere();
		const { server, project } = await salesforce(dataset(20), {}, { nextRecordsOrigin: away.url });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(
			/^Salesforce pointed the next page at http:\/\/127\.0\.0\.1:\d+\/services\/data\/v62\.0\/query\/01gC\d+-7, not a query path on http:\/\/127\.0\.0\.1:\d+: refusing to send the credentials there$/m,
		);
		expect(away.requests).toEqual([]);
		expect(existsSync(project.cache('salesforce'))).toBe(false);
		// The page before was not kept either: nothing half-done.
		expect(server.requests.length).toBeGreaterThan(0);
	});

	test('refused credentials at the token endpoint: exit 2 quoting Salesforce, never the secret', async () => {
		const { project, server } = await salesforce(dataset(3));
		const bad = { ...env, SALESFORCE_CLIENT_SECRET: 'sf-wrong-secret' };
		const run = await pull(project, [], bad);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(
			'Salesforce refused the credentials in SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (400 Bad Request)',
		);
		expect(run.stderr).toContain('Salesforce says "invalid client credentials"');
		expect(run.stderr).not.toContain('sf-wrong-secret');
		expect(apiRequests(server)).toEqual([]);
	});

	test('tokenEnv: an access token sent as it is, with no token request', async () => {
		const data = dataset(5);
		const fake = createSalesforceFake(data, { ...credentials, siteUrl });
		const server = await started(fake.handler);
		// A token the fake issued (through its own endpoint, as an admin's session would be).
		await fetch(`${server.url}/services/oauth2/token`, {
			method: 'POST',
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				...{ client_id: credentials.clientId, client_secret: credentials.clientSecret },
			}),
		});
		const before = server.requests.length;
		const project = makeProject({
			type: 'salesforce',
			baseUrl: server.url,
			tokenEnv: 'SF_ACCESS_TOKEN',
			category: { field: 'Type' },
			productArea: { field: 'Product_Area__c' },
			retry: quickRetry,
		});
		cleanup.push(() => project.remove());
		const run = await pull(project, [], { SF_ACCESS_TOKEN: fake.issued[0] as string });
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(server.requests.slice(before).map((request) => request.path)).not.toContain('/services/oauth2/token');
		expect(project.rows('salesforce')).toHaveLength(5);
	});
	test('an access token Salesforce no longer accepts: exit 2 naming tokenEnv and quoting INVALID_SESSION_ID, never the token', async () => {
		const { project } = await salesforce(dataset(3), { tokenEnv: 'SF_ACCESS_TOKEN' });
		const run = await pull(project, [], { SF_ACCESS_TOKEN: '00DDn00000FAKE!expired-session-token' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Salesforce refused the credentials in SF_ACCESS_TOKEN (401 Unauthorized)');
		expect(run.stderr).toContain('Salesforce says "Session expired or invalid"');
		expect(run.stderr).not.toContain('expired-session-token');
	});
});

describe('Salesforce: which cases count, and how fields are read', () => {
	test('the first pull asks for IsClosed = true through Query; later pulls for every change since (less ten minutes) through QueryAll, so reopened and deleted cases leave', async () => {
		const data = dataset(12);
		const { fake, project } = await salesforce(data);
		expect((await pull(project, [], env)).status).toBe(0);
		const [first] = fake.queries;
		expect(first).toMatch(
			/^SELECT Id, CaseNumber, .+ FROM Case WHERE IsClosed = true ORDER BY SystemModstamp ASC, Id ASC$/,
		);
		const firstPath = fake.queries.length;

		data.update(2, { status: 'open' });
		fake.remove(3);
		data.add(1);
		const pulledAt = Date.now();
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const later = fake.queries.slice(firstPath).find((soql) => soql.includes('FROM Case')) as string;
		const since = /WHERE SystemModstamp >= (\S+) ORDER BY/.exec(later)?.[1] as string;
		expect(since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		// The first pull's start less ten minutes, to the second.
		expect(pulledAt - Date.parse(since)).toBeGreaterThan(10 * 60 * 1000 - 60_000);
		expect(pulledAt - Date.parse(since)).toBeLessThan(10 * 60 * 1000 + 60_000);
		const ids = project.rows('salesforce').map((row) => row.id);
		expect(ids).not.toContain(salesforceCaseNumber(data.tickets[1] as never));
		expect(ids).not.toContain(salesforceCaseNumber(data.tickets[2] as never));
		expect(ids).toContain(salesforceCaseNumber(data.tickets[12] as never));
		expect(ids).toHaveLength(11);
	});

	test('rows are named by CaseNumber; a Resolved status that IsClosed is "closed"; ClosedDate as ISO', async () => {
		const data = dataset(6);
		const { project } = await salesforce(data);
		expect((await pull(project, [], env)).status).toBe(0);
		const sixth = project.rows('salesforce').find((row) => row.id === '00000006');
		expect(sixth).toMatchObject({ status: 'closed', category: data.tickets[5]?.category });
		expect(sixth?.closedAt).toBe(new Date(data.tickets[5]?.closedAt as number).toISOString());
	});

	test("replies: only the emails the team sent are read, not the customer's nor drafts", async () => {
		const data = dataset(8);
		const { fake, project } = await salesforce(data, { replies: true });
		expect((await pull(project, [], env)).status).toBe(0);
		const text = readFileSync(project.cache('salesforce'), 'utf8');
		expect(text).not.toContain('customer-pasted');
		expect(text).not.toContain('internal-only');
		const third = project.rows('salesforce').find((row) => row.id === salesforceCaseNumber(data.tickets[2] as never));
		expect(third?.articles).toEqual([data.tickets[2]?.replyArticle]);
		const emailQuery = fake.queries.find((soql) => soql.includes('FROM EmailMessage')) as string;
		expect(emailQuery).toMatch(
			/^SELECT ParentId, TextBody, HtmlBody FROM EmailMessage WHERE Incoming = false AND Status != '5' AND ParentId IN \('500\w{15}'(, '500\w{15}')*\)$/,
		);
	});

	test('a multi-select picklist counts as its parts: the category is the first, articles every one', async () => {
		const data = dataset(2);
		const handler = createSalesforceFake(data, { ...credentials, siteUrl }).handler;
		const server = await started(async (request) => {
			const answer = await handler(request);
			const body = answer.body as { fields?: { name: string; type: string }[]; records?: Record<string, unknown>[] };
			for (const field of body.fields ?? [])
				if (field.name === 'Type' || field.name === 'KB_Article__c') field.type = 'multipicklist';
			for (const record of body.records ?? []) {
				if ('Type' in record) record.Type = 'usability;billing';
				if ('KB_Article__c' in record) record.KB_Article__c = 'verify-domain;api-errors';
			}
			return answer;
		});
		const project = makeProject({
			type: 'salesforce',
			baseUrl: server.url,
			category: { field: 'Type' },
			productArea: { field: 'Product_Area__c' },
			articles: { field: 'KB_Article__c' },
			retry: quickRetry,
		});
		cleanup.push(() => project.remove());
		expect((await pull(project, [], env)).status).toBe(0);
		expect(project.rows('salesforce')[0]).toMatchObject({
			category: 'usability',
			articles: ['verify-domain', 'api-errors'],
		});
	});

	test('values from Salesforce are made plain before they are kept', async () => {
		const data = dataset(1);
		const handler = createSalesforceFake(data, { ...credentials, siteUrl }).handler;
		const server = await started(async (request) => {
			const answer = await handler(request);
			for (const record of (answer.body as { records?: Record<string, unknown>[] }).records ?? []) {
				if ('Type' in record) record.Type = 'usability\u001b[31m\n::error::x';
				if ('CaseNumber' in record) record.CaseNumber = '0001\u202e';
			}
			return answer;
		});
		const project = makeProject({
			type: 'salesforce',
			baseUrl: server.url,
			category: { field: 'Type' },
			productArea: { field: 'Product_Area__c' },
			retry: quickRetry,
		});
		cleanup.push(() => project.remove());
		expect((await pull(project, [], env)).status).toBe(0);
		const [row] = project.rows('salesforce');
		expect(row?.id).toBe('0001');
		for (const character of ['\u001b', '\n', '\u202e']) expect(String(row?.category)).not.toContain(character);
	});
});

describe('Salesforce: SOQL is built from checked values', () => {
	test('text is quoted with SOQL escapes; times are written from a parsed date; field names and ids are checked', () => {
		expect(soqlString("it's")).toBe("'it\\'s'");
		expect(soqlString("x' OR Name != '")).toBe("'x\\' OR Name != \\''");
		expect(soqlString('a\\b\n"c"')).toBe('\'a\\\\b\\n\\"c\\"\'');
		expect(soqlDateTime('2026-03-14T10:22:33.456Z')).toBe('2026-03-14T10:22:33Z');
		expect(soqlDateTime('2026-03-14T10:22:33.999+0100')).toBe('2026-03-14T09:22:33Z');
		expect(() => soqlDateTime('2026-03-14 OR Id != null')).toThrow(/not a time/);
		expect(soqlField('Product_Area__c')).toBe('Product_Area__c');
		expect(() => soqlField('Type FROM Account')).toThrow(/not a Salesforce field API name/);
		expect(soqlId('500Dn0000000001AAA')).toBe("'500Dn0000000001AAA'");
		expect(() => soqlId("500') OR (Id != '")).toThrow(/not a Salesforce id/);
	});

	test('a field setting that is no API name is refused with the setting named, before any request', async () => {
		const parse = (field: string) =>
			parseWithProblems(
				tryblockConfigSchema,
				{
					site: minimalSite,
					tickets: {
						source: { type: 'salesforce', myDomain: 'acme', category: { field }, productArea: { field: 'Type' } },
					},
				},
				{ file: 'tryblock.yaml' },
			);
		for (const field of ['Type FROM Account', "Type'", 'Type,Id', '__c', 'Product Area']) {
			const parsed = parse(field);
			expect(parsed.data).toBeUndefined();
			expect(parsed.problems[0]?.field).toBe('tickets.source.category.field');
			expect(parsed.problems[0]?.message).toContain("a Case field's API name");
		}
	});

	test('a resume time that is no time is never put in a query: the pull reads every closed case again', () => {
		const client = createServiceClient({
			service: 'Salesforce',
			baseUrl: 'https://acme.my.salesforce.com',
			retry: quickRetry,
			again: '',
		});
		const settings = {
			type: 'salesforce',
			myDomain: 'acme',
			apiVersion: '62.0',
			clientIdEnv: 'A',
			clientSecretEnv: 'B',
			category: { field: 'Type' },
			productArea: { field: 'Product_Area__c' },
			replies: false,
			retry: quickRetry,
		} as SalesforceSource;
		const source = createSalesforceSource(settings, { client, siteUrl, now: new Date('2026-03-14T12:00:00Z') });
		const decoded = (resume: unknown) => decodeURIComponent(source.start(resume).url);
		expect(decoded({ since: "2026-01-01') OR (Id != null" })).toMatch(/\/query\?q=.+ WHERE IsClosed = true ORDER BY/);
		expect(decoded({ since: "2026-01-01') OR (Id != null" })).not.toContain('OR (Id');
		expect(decoded({ since: '2026-03-14T11:50:00.000Z' })).toMatch(
			/\/queryAll\?q=.+ WHERE SystemModstamp >= 2026-03-14T11:50:00Z ORDER BY/,
		);
	});
});
