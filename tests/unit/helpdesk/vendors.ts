// Each helpdesk's fake and the `tickets.source` settings that map its fields, so one
// contract test can hold every source to the same behaviour.
import type { FakeDataset, FakeTicket } from '../../../src/helpdesk/fakes/dataset.ts';
import { createFreshdeskFake, freshdeskFakeFields } from '../../../src/helpdesk/fakes/freshdesk.ts';
import { createFrontFake, frontConversationId, frontFakeFields } from '../../../src/helpdesk/fakes/front.ts';
import { createGorgiasFake, gorgiasFakeFields, gorgiasTicketId } from '../../../src/helpdesk/fakes/gorgias.ts';
import { createHelpscoutFake, helpscoutFakeFields } from '../../../src/helpdesk/fakes/helpscout.ts';
import { createHubspotFake, hubspotFakeProperties } from '../../../src/helpdesk/fakes/hubspot.ts';
import { createIntercomFake } from '../../../src/helpdesk/fakes/intercom.ts';
import { createJiraFake, jiraFakeFields } from '../../../src/helpdesk/fakes/jira.ts';
import { createPlainFake } from '../../../src/helpdesk/fakes/plain.ts';
import {
	createSalesforceFake,
	salesforceCaseNumber,
	salesforceFakeFields,
} from '../../../src/helpdesk/fakes/salesforce.ts';
import { createZendeskFake, zendeskFakeFields } from '../../../src/helpdesk/fakes/zendesk.ts';
import { createZohodeskFake, zohodeskFakeFields, zohodeskTicketNumber } from '../../../src/helpdesk/fakes/zohodesk.ts';
import type { FakeRequest, FakeResponse, FakeServer } from '../../../src/http/fake-server.ts';
import { quickRetry, serve, siteUrl } from './helpers.ts';

export interface VendorSetup {
	name:
		| 'zendesk'
		| 'plain'
		| 'intercom'
		| 'helpscout'
		| 'freshdesk'
		| 'hubspot'
		| 'jira'
		| 'front'
		| 'gorgias'
		| 'zohodesk'
		| 'salesforce';
	vendor: string;
	start(data: FakeDataset): Promise<FakeServer>;
	/** Settings for a fake at `url`: fields mapped, team replies read, quick retries. */
	source(url: string): Record<string, unknown>;
	/** The environment with working credentials, and with a wrong one. */
	env: Record<string, string>;
	badEnv: Record<string, string>;
	/** The variable messages name when the credentials are refused. */
	credentials: string;
	/** The vendor's own words for the refusal, which the message quotes. */
	refusal: string;
	/** The cache's id of a fake ticket. */
	idOf(ticket: FakeTicket): string;
	/** Requests for ticket pages (not field lists or tokens). */
	isPage(request: FakeRequest): boolean;
	/** The 429 this vendor documents, asking for a one-second wait. */
	rateLimited(): FakeResponse;
	/** `tickets.source` with a mapped field the fake does not have, and the text the error lists. */
	unknownField: { mapping: Record<string, unknown>; listed: string };
	/**
	 * Refusals of valid credentials, as the vendor documents them (tests/fixtures/refusals/):
	 * the fixture a page request is answered with, the line that says what is wrong, and
	 * the start of the hint that says what to do.
	 */
	refusals?: { fixture: string; says: string; hint: string }[];
}

const zendesk: VendorSetup = {
	name: 'zendesk',
	vendor: 'Zendesk',
	start: (data) => serve(createZendeskFake(data, { token: 'zd-secret-token', email: 'bot@example.com', siteUrl })),
	source: (url) => ({
		type: 'zendesk',
		baseUrl: url,
		email: 'bot@example.com',
		category: { field: zendeskFakeFields.category },
		productArea: { tagPrefix: 'area_' },
		articles: { field: zendeskFakeFields.article },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { ZENDESK_API_TOKEN: 'zd-secret-token' },
	badEnv: { ZENDESK_API_TOKEN: 'zd-wrong-token' },
	credentials: 'ZENDESK_API_TOKEN',
	refusal: "Couldn't authenticate you",
	idOf: (ticket) => String(ticket.number),
	isPage: (request) => request.url.pathname.startsWith('/api/v2/incremental/'),
	rateLimited: () => ({ status: 429, headers: { 'retry-after': '1' }, body: { error: 'TooManyRequests' } }),
	unknownField: { mapping: { category: { field: 999 } }, listed: '360001 "Ticket category"' },
	refusals: [
		{
			fixture: 'zendesk-forbidden',
			says: 'Zendesk accepted the credentials in ZENDESK_API_TOKEN but they lack a permission this request needs (403 Forbidden)',
			hint: 'Zendesk says "You do not have access to this page. Please contact the account owner of this help desk for further help.": grant it; the incremental export is for admins: make bot@example.com an admin',
		},
		{
			fixture: 'zendesk-api-unavailable',
			says: 'Zendesk refused the request: the API is unavailable for this account (403 Forbidden: APIUnavailable)',
			hint: 'Zendesk says "API is unavailable for this account": the credentials are fine; check the account\'s plan',
		},
	],
};

const plain: VendorSetup = {
	name: 'plain',
	vendor: 'Plain',
	start: (data) => serve(createPlainFake(data, { token: 'plain-secret-key', siteUrl })),
	source: (url) => ({
		type: 'plain',
		baseUrl: url,
		category: { labelPrefix: 'Category: ' },
		productArea: { field: 'product_area' },
		articles: { field: 'kb_article' },
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { PLAIN_API_KEY: 'plain-secret-key' },
	badEnv: { PLAIN_API_KEY: 'plain-wrong-key' },
	credentials: 'PLAIN_API_KEY',
	refusal: 'UNAUTHENTICATED: Invalid API key',
	idOf: (ticket) => `th_${String(ticket.number).padStart(8, '0')}`,
	isPage: (request) => request.body.includes('threads('),
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1' },
		body: { errors: [{ message: 'Too many requests' }] },
	}),
	unknownField: { mapping: { productArea: { field: 'area' } }, listed: 'category, product_area, kb_article' },
	refusals: [
		{
			fixture: 'plain-forbidden',
			says: 'Plain accepted the credentials in PLAIN_API_KEY but they lack a permission this request needs (FORBIDDEN)',
			hint: 'Plain says "You do not have permission to access this resource.": grant it; give the machine user\'s API key the thread:read',
		},
	],
};

const intercom: VendorSetup = {
	name: 'intercom',
	vendor: 'Intercom',
	start: (data) => serve(createIntercomFake(data, { token: 'ic-secret-token', siteUrl })),
	source: (url) => ({
		type: 'intercom',
		baseUrl: url,
		category: { attribute: 'Category' },
		productArea: { tagPrefix: 'area:' },
		articles: { attribute: 'KB article' },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { INTERCOM_ACCESS_TOKEN: 'ic-secret-token' },
	badEnv: { INTERCOM_ACCESS_TOKEN: 'ic-wrong-token' },
	credentials: 'INTERCOM_ACCESS_TOKEN',
	refusal: 'Access Token Invalid',
	idOf: (ticket) => String(100_000 + ticket.number),
	isPage: (request) => request.url.pathname === '/conversations/search',
	// Intercom's 429 names the end of the window in X-RateLimit-Reset (epoch seconds).
	rateLimited: () => ({
		status: 429,
		headers: { 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
		body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Rate Limit Exceeded' }] },
	}),
	unknownField: { mapping: { category: { attribute: 'Ticket type' } }, listed: 'Category, Product area, KB article' },
	refusals: [
		{
			fixture: 'intercom-token-unauthorized',
			says: 'Intercom accepted the credentials in INTERCOM_ACCESS_TOKEN but they lack a permission this request needs (403 Forbidden: token_unauthorized)',
			hint: 'Intercom says "Not authorized to access resource": grant it; give the Developer Hub app the "Read conversations"',
		},
		{
			fixture: 'intercom-api-plan-restricted',
			says: "Intercom refused the request: the workspace's plan does not include this API (403 Forbidden: api_plan_restricted)",
			hint: 'Intercom says "Active subscription needed.": the credentials are fine; check the account\'s plan',
		},
	],
};

const helpscout: VendorSetup = {
	name: 'helpscout',
	vendor: 'Help Scout',
	start: (data) => serve(createHelpscoutFake(data, { appId: 'hs-app', appSecret: 'hs-secret-value', siteUrl })),
	source: (url) => ({
		type: 'helpscout',
		baseUrl: url,
		category: { field: helpscoutFakeFields.category },
		productArea: { tagPrefix: 'area-' },
		articles: { field: helpscoutFakeFields.article },
		retry: quickRetry,
	}),
	env: { HELPSCOUT_APP_ID: 'hs-app', HELPSCOUT_APP_SECRET: 'hs-secret-value' },
	badEnv: { HELPSCOUT_APP_ID: 'hs-app', HELPSCOUT_APP_SECRET: 'hs-wrong-value' },
	credentials: 'HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET',
	refusal: 'Invalid client credentials',
	idOf: (ticket) => String(200_000 + ticket.number),
	isPage: (request) => request.url.pathname === '/v2/conversations',
	rateLimited: () => ({
		status: 429,
		headers: { 'x-ratelimit-retry-after': '1' },
		body: { message: 'Too many requests' },
	}),
	unknownField: { mapping: { category: { field: 555 } }, listed: '101 "Category"' },
};

const freshdesk: VendorSetup = {
	name: 'freshdesk',
	vendor: 'Freshdesk',
	start: (data) => serve(createFreshdeskFake(data, { apiKey: 'fd-secret-key', siteUrl })),
	source: (url) => ({
		type: 'freshdesk',
		baseUrl: url,
		category: { field: freshdeskFakeFields.category },
		productArea: { tagPrefix: 'area-' },
		articles: { field: freshdeskFakeFields.article },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { FRESHDESK_API_KEY: 'fd-secret-key' },
	badEnv: { FRESHDESK_API_KEY: 'fd-wrong-key' },
	credentials: 'FRESHDESK_API_KEY',
	refusal: 'You have to be logged in to perform this action.',
	idOf: (ticket) => String(ticket.number),
	isPage: (request) => request.url.pathname === '/api/v2/tickets',
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1' },
		body: { message: 'You have exceeded the limit of requests per minute' },
	}),
	unknownField: { mapping: { category: { field: 'cf_kind' } }, listed: 'cf_category "Category"' },
	refusals: [
		{
			fixture: 'freshdesk-access-denied',
			says: 'Freshdesk accepted the credentials in FRESHDESK_API_KEY but they lack a permission this request needs (403 Forbidden: access_denied)',
			hint: 'Freshdesk says "You are not authorized to perform this action.": grant it; give the key\'s agent a role that can see every ticket',
		},
		{
			fixture: 'freshdesk-account-suspended',
			says: 'Freshdesk refused the request: the account is suspended (403 Forbidden: account_suspended)',
			hint: 'Freshdesk says "Your account has been suspended.": the credentials are fine; check the account\'s plan and status with Freshdesk',
		},
	],
};

const hubspot: VendorSetup = {
	name: 'hubspot',
	vendor: 'HubSpot',
	start: (data) => serve(createHubspotFake(data, { token: 'hs-secret-token', siteUrl })),
	source: (url) => ({
		type: 'hubspot',
		baseUrl: url,
		category: { property: hubspotFakeProperties.category },
		productArea: { property: hubspotFakeProperties.productArea },
		articles: { property: hubspotFakeProperties.article },
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { HUBSPOT_ACCESS_TOKEN: 'hs-secret-token' },
	badEnv: { HUBSPOT_ACCESS_TOKEN: 'hs-wrong-token' },
	credentials: 'HUBSPOT_ACCESS_TOKEN',
	refusal: 'Authentication credentials not found.',
	idOf: (ticket) => String(ticket.number),
	isPage: (request) =>
		request.url.pathname === '/crm/v3/objects/tickets/search' ||
		(request.url.pathname === '/crm/v3/objects/tickets' && request.url.searchParams.get('archived') === 'true'),
	// HubSpot names the limit in the body, with no Retry-After: SECONDLY passes within a second.
	rateLimited: () => ({
		status: 429,
		body: {
			status: 'error',
			message: 'You have reached your secondly limit.',
			errorType: 'RATE_LIMIT',
			correlationId: 'c033cdaa-2c40-4a64-ae48-b4cec88dad24',
			policyName: 'SECONDLY',
		},
	}),
	unknownField: { mapping: { category: { property: 'hs_ticket_type' } }, listed: 'hs_ticket_category, tb_category' },
	refusals: [
		{
			fixture: 'hubspot-missing-scopes',
			says: 'HubSpot accepted the credentials in HUBSPOT_ACCESS_TOKEN but they lack the tickets scope (403 Forbidden: MISSING_SCOPES)',
			hint: 'HubSpot says "This app hasn\'t been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.": grant the tickets scope; add it to the private app under Settings > Integrations > Private apps > Scopes',
		},
	],
};

const jira: VendorSetup = {
	name: 'jira',
	vendor: 'Jira',
	start: (data) => serve(createJiraFake(data, { email: 'agent@example.com', token: 'jira-secret-token', siteUrl })),
	source: (url) => ({
		type: 'jira',
		baseUrl: url,
		email: 'agent@example.com',
		projects: ['SUP'],
		category: { field: jiraFakeFields.category },
		productArea: { field: jiraFakeFields.productArea },
		articles: { field: jiraFakeFields.article },
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { JIRA_API_TOKEN: 'jira-secret-token' },
	badEnv: { JIRA_API_TOKEN: 'jira-wrong-token' },
	credentials: 'JIRA_API_TOKEN',
	refusal: 'You are not authenticated.',
	idOf: (ticket) => `SUP-${ticket.number}`,
	isPage: (request) => request.url.pathname === '/rest/api/3/search/jql',
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1' },
		body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
	}),
	unknownField: { mapping: { category: { field: 'customfield_99999' } }, listed: 'customfield_10050 "Category"' },
};

const front: VendorSetup = {
	name: 'front',
	vendor: 'Front',
	start: (data) => serve(createFrontFake(data, { token: 'front-secret-token', siteUrl })),
	source: (url) => ({
		type: 'front',
		baseUrl: url,
		category: { field: frontFakeFields.category },
		productArea: { tagPrefix: 'area:' },
		articles: { field: frontFakeFields.article },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { FRONT_API_TOKEN: 'front-secret-token' },
	badEnv: { FRONT_API_TOKEN: 'front-wrong-token' },
	credentials: 'FRONT_API_TOKEN',
	refusal: 'Invalid API token',
	idOf: frontConversationId,
	isPage: (request) => request.url.pathname.startsWith('/conversations/search/'),
	// Front's 429 says how long in Retry-After (seconds), beside its X-RateLimit-* headers.
	rateLimited: () => ({
		status: 429,
		headers: {
			'retry-after': '1',
			'x-ratelimit-limit': '100',
			'x-ratelimit-remaining': '0',
			'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
		},
		body: { _error: { status: 429, title: 'Too many requests', message: 'Rate limit exceeded' } },
	}),
	unknownField: { mapping: { category: { field: 'Ticket type' } }, listed: 'Category, Product area, KB article' },
};

const gorgias: VendorSetup = {
	name: 'gorgias',
	vendor: 'Gorgias',
	start: (data) =>
		serve(createGorgiasFake(data, { email: 'agent@example.com', apiKey: 'gorgias-secret-key', siteUrl })),
	source: (url) => ({
		type: 'gorgias',
		baseUrl: url,
		category: { field: gorgiasFakeFields.category.label },
		productArea: { tagPrefix: 'area:' },
		articles: { field: gorgiasFakeFields.article.label },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: { GORGIAS_EMAIL: 'agent@example.com', GORGIAS_API_KEY: 'gorgias-secret-key' },
	badEnv: { GORGIAS_EMAIL: 'agent@example.com', GORGIAS_API_KEY: 'gorgias-wrong-key' },
	credentials: 'GORGIAS_EMAIL and GORGIAS_API_KEY',
	refusal: '401 Unauthorized: Invalid email or API key.',
	idOf: (ticket) => String(gorgiasTicketId(ticket)),
	isPage: (request) => request.url.pathname === '/api/tickets',
	// Gorgias' 429 says how long in Retry-After (seconds), beside the calls made of the bucket.
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1', 'x-gorgias-account-api-call-limit': '40/40' },
		body: { error: { msg: 'Too many requests.' } },
	}),
	unknownField: { mapping: { category: { field: 'Contact reason' } }, listed: 'Category, Product area, KB article' },
};

/** The Self Client's credentials the Zoho Desk fake accepts. */
export const zohodeskCredentials = {
	orgId: '648392013',
	clientId: '1000.ZOHOCLIENTID42',
	clientSecret: 'zoho-client-secret-value',
	refreshToken: '1000.zoho-refresh-token-value',
};

const zohodesk: VendorSetup = {
	name: 'zohodesk',
	vendor: 'Zoho Desk',
	start: (data) => serve(createZohodeskFake(data, { ...zohodeskCredentials, siteUrl }).handler),
	source: (url) => ({
		type: 'zohodesk',
		orgId: zohodeskCredentials.orgId,
		baseUrl: url,
		accountsUrl: url,
		category: { field: 'category' },
		productArea: { tagPrefix: 'area-' },
		articles: { field: zohodeskFakeFields.article.apiName },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: {
		ZOHO_DESK_CLIENT_ID: zohodeskCredentials.clientId,
		ZOHO_DESK_CLIENT_SECRET: zohodeskCredentials.clientSecret,
		ZOHO_DESK_REFRESH_TOKEN: zohodeskCredentials.refreshToken,
	},
	badEnv: {
		ZOHO_DESK_CLIENT_ID: zohodeskCredentials.clientId,
		ZOHO_DESK_CLIENT_SECRET: zohodeskCredentials.clientSecret,
		ZOHO_DESK_REFRESH_TOKEN: '1000.zoho-wrong-refresh-token',
	},
	credentials: 'ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN',
	refusal: 'invalid_code',
	idOf: zohodeskTicketNumber,
	isPage: (request) => request.url.pathname === '/api/v1/tickets/search',
	// The documentation names no rate-limit header; this 429 asks with Retry-After, as the client honours it.
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1' },
		body: { errorCode: 'TOO_MANY_REQUESTS', message: 'You have exceeded the allowed API requests.' },
	}),
	unknownField: {
		mapping: { category: { field: 'cf_contact_reason' } },
		listed: 'cf_product_area "Product area"',
	},
	refusals: [
		{
			fixture: 'zohodesk-scope-mismatch',
			says: 'Zoho Desk accepted the credentials in ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET and ZOHO_DESK_REFRESH_TOKEN but they lack a scope this request needs (401 Unauthorized: SCOPE_MISMATCH)',
			hint: 'Zoho Desk says "The OAuth token does not contain the scope required to perform this operation.": grant a scope this request needs; generate the code with the scopes Desk.tickets.READ',
		},
		{
			fixture: 'zohodesk-license-access-limited',
			says: 'Zoho Desk refused the request: the STANDARD edition does not include BLUEPRINT (403 Forbidden: LICENSE_ACCESS_LIMITED)',
			hint: 'Zoho Desk says "This feature is not available in your edition.": the credentials are fine;',
		},
	],
};

/** The external client app's consumer key and secret the Salesforce fake accepts. */
export const salesforceCredentials = {
	clientId: '3MVG9FAKECONSUMERKEY.forTryblockTests',
	clientSecret: 'sf-consumer-secret-value',
};

/** Whether a request reads a batch of Cases (a Case query, or a next batch of one). */
export function isSalesforceCasePage(request: FakeRequest): boolean {
	const { pathname, searchParams } = request.url;
	if (/^\/services\/data\/v\d+\.0\/query(All)?$/.test(pathname))
		return / FROM Case\b/.test(searchParams.get('q') ?? '');
	return /^\/services\/data\/v\d+\.0\/query\/01gC/.test(pathname);
}

const salesforce: VendorSetup = {
	name: 'salesforce',
	vendor: 'Salesforce',
	start: (data) => serve(createSalesforceFake(data, { ...salesforceCredentials, siteUrl }).handler),
	source: (url) => ({
		type: 'salesforce',
		baseUrl: url,
		category: { field: 'Type' },
		productArea: { field: salesforceFakeFields.productArea.name },
		articles: { field: salesforceFakeFields.article.name },
		replies: true,
		pageSize: 7,
		retry: quickRetry,
	}),
	env: {
		SALESFORCE_CLIENT_ID: salesforceCredentials.clientId,
		SALESFORCE_CLIENT_SECRET: salesforceCredentials.clientSecret,
	},
	badEnv: {
		SALESFORCE_CLIENT_ID: salesforceCredentials.clientId,
		SALESFORCE_CLIENT_SECRET: 'sf-wrong-secret-value',
	},
	credentials: 'SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET',
	refusal: 'invalid client credentials',
	idOf: salesforceCaseNumber,
	isPage: isSalesforceCasePage,
	// The REST API documentation names no 429 (a used-up daily allowance is a 403
	// REQUEST_LIMIT_EXCEEDED); this one asks with Retry-After, as the client honours it.
	rateLimited: () => ({
		status: 429,
		headers: { 'retry-after': '1' },
		body: [{ message: 'Too many requests', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
	}),
	unknownField: {
		mapping: { category: { field: 'Contact_Reason__c' } },
		listed: 'Product_Area__c "Product Area"',
	},
	refusals: [
		{
			fixture: 'salesforce-total-requests',
			says: "Salesforce refused the request: the org's API request allocation is used up (403 Forbidden: REQUEST_LIMIT_EXCEEDED)",
			hint: 'Salesforce says "TotalRequests Limit exceeded.": the credentials are fine; calls free up as its rolling 24-hour window moves on (Setup > Company Information shows the use), then run the pull again later: it resumes where it stopped',
		},
		{
			fixture: 'salesforce-api-disabled',
			says: 'Salesforce refused the request: API access is not enabled for the org or its user (403 Forbidden: API_DISABLED_FOR_ORG)',
			hint: 'Salesforce says "The REST API is not enabled for this Organization.": the credentials are fine; check that the org\'s edition includes API access and that the Run As user\'s profile has the API Enabled permission',
		},
	],
};

export const vendors: VendorSetup[] = [
	zendesk,
	plain,
	intercom,
	helpscout,
	freshdesk,
	hubspot,
	jira,
	front,
	gorgias,
	zohodesk,
	salesforce,
];
