import { z } from 'astro/zod';
import { retryPolicySchema } from '../http/retry.ts';
import { zohoDataCenters } from '../zoho/data-centers.ts';

/** The helpdesks `npm run tickets:pull` reads. The cache file is named after the type. */
export const sourceTypes = [
	'zendesk',
	'plain',
	'intercom',
	'helpscout',
	'freshdesk',
	'hubspot',
	'jira',
	'front',
	'gorgias',
	'zohodesk',
	'salesforce',
] as const;
export type SourceType = (typeof sourceTypes)[number];

const envName = z
	.string()
	.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'the name of an environment variable (letters, digits and _)' });

/**
 * One mapping from a helpdesk field to a column of the cache: either a field the
 * helpdesk stores per ticket, or the tags (Plain: labels) that start with a prefix,
 * the prefix cut off. Built per vendor with the vendor's own words for both.
 */
function mapping<Field extends z.ZodType, FieldKey extends string, TagKey extends string>(
	fieldKey: FieldKey,
	field: Field,
	tagKey: TagKey,
) {
	const shape = { [fieldKey]: field.optional(), [tagKey]: z.string().min(1).optional() } as {
		[K in FieldKey]: z.ZodOptional<Field>;
	} & { [K in TagKey]: z.ZodOptional<z.ZodString> };
	return z.strictObject(shape).refine(
		(value) => {
			const set = value as Record<string, unknown>;
			return (set[fieldKey] === undefined) !== (set[tagKey] === undefined);
		},
		{
			error: `either \`${fieldKey}\` or \`${tagKey}\``,
		},
	);
}

/** Settings every source has. */
const common = {
	/** API origin to call instead of the vendor's (a proxy, a regional endpoint; the tests' local server). */
	baseUrl: z.url({ protocol: /^https?$/ }).optional(),
	/** Tickets per request. Default: the vendor's largest page. */
	pageSize: z.number().int().min(1).max(1000).optional(),
	/** First pull only: start from tickets updated on or after this day (YYYY-MM-DD). Default: every ticket. */
	startDate: z.iso.date().optional(),
	/** How long and how often to retry a request (`attempts`, `backoffSeconds`, `maxWaitSeconds`); the defaults suit CI. */
	retry: retryPolicySchema.prefault({}),
};

const zendeskMapping = mapping('field', z.number().int().positive(), 'tagPrefix');

/** Zendesk Support: the incremental ticket export, cursor-based. */
export const zendeskSourceSchema = z
	.strictObject({
		type: z.literal('zendesk'),
		/** `acme` for https://acme.zendesk.com. Give this or `baseUrl`. */
		subdomain: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/i, { error: 'a Zendesk subdomain such as "acme"' })
			.optional(),
		/** With an API token: the agent's email (`email/token` authentication). Without it the token is sent as an OAuth bearer token. */
		email: z.email().optional(),
		/** Environment variable that holds the API token. Default `ZENDESK_API_TOKEN`. */
		tokenEnv: envName.default('ZENDESK_API_TOKEN'),
		/** Where the ticket category is: a custom ticket field id, or tags starting with `tagPrefix`. */
		category: zendeskMapping,
		/** Where the product area is, the same way. */
		productArea: zendeskMapping,
		/** Where the linked article is: a custom field (slug or URL) or tags such as `kb_verify-domain`. Optional. */
		articles: zendeskMapping.optional(),
		/** Also read each closed ticket's public replies for article URLs: one more request per ticket. Default false. */
		replies: z.boolean().default(false),
		...common,
	})
	.refine((source) => source.subdomain !== undefined || source.baseUrl !== undefined, {
		error: 'a `subdomain` (or a `baseUrl`)',
	});

const plainMapping = mapping('field', z.string().min(1), 'labelPrefix');

/** Plain: the GraphQL API, threads marked done. */
export const plainSourceSchema = z.strictObject({
	type: z.literal('plain'),
	/** Environment variable that holds the machine user's API key. Default `PLAIN_API_KEY`. */
	tokenEnv: envName.default('PLAIN_API_KEY'),
	/** Where the category is: a thread field key, or labels whose name starts with `labelPrefix`. */
	category: plainMapping,
	/** Where the product area is, the same way. */
	productArea: plainMapping,
	/** Where the linked article is: a thread field key (slug or URL), or labels. Optional. */
	articles: plainMapping.optional(),
	/** Read the team's messages in each thread's timeline for article URLs (same request). Default true. */
	replies: z.boolean().default(true),
	...common,
});

const intercomMapping = mapping('attribute', z.string().min(1), 'tagPrefix');

/** What an Intercom pull searches: conversations, and Intercom Tickets (their own object since API 2.9). */
export const intercomObjects = ['conversations', 'tickets'] as const;

/** Intercom: conversation search for closed conversations, ticket search for resolved tickets. */
export const intercomSourceSchema = z.strictObject({
	type: z.literal('intercom'),
	/** What to pull: `conversations`, `tickets` (Intercom Tickets) or both. Default `[conversations]`. */
	objects: z
		.array(z.enum(intercomObjects))
		.min(1)
		.refine((list) => new Set(list).size === list.length, { error: 'each object once' })
		.default(['conversations']),
	/** Environment variable that holds the access token. Default `INTERCOM_ACCESS_TOKEN`. */
	tokenEnv: envName.default('INTERCOM_ACCESS_TOKEN'),
	/** Where the category is: a conversation data attribute's (or ticket type attribute's) name, or tags starting with `tagPrefix`. */
	category: intercomMapping,
	/** Where the product area is, the same way. */
	productArea: intercomMapping,
	/** Where the linked article is: an attribute (slug or URL) or tags. Optional. */
	articles: intercomMapping.optional(),
	/** Also read each closed conversation's (and resolved ticket's) admin replies for article URLs: one more request each. Default false. */
	replies: z.boolean().default(false),
	...common,
});

const helpscoutMapping = mapping('field', z.number().int().positive(), 'tagPrefix');

/** Help Scout: the Inbox (Mailbox) API 2.0, closed conversations with their threads embedded. */
export const helpscoutSourceSchema = z.strictObject({
	type: z.literal('helpscout'),
	/** Environment variable with the OAuth app's id (client credentials). Default `HELPSCOUT_APP_ID`. */
	appIdEnv: envName.default('HELPSCOUT_APP_ID'),
	/** Environment variable with the OAuth app's secret. Default `HELPSCOUT_APP_SECRET`. */
	appSecretEnv: envName.default('HELPSCOUT_APP_SECRET'),
	/** Inbox ids to read. Default: every inbox the app can see. */
	mailboxes: z.array(z.number().int().positive()).min(1).optional(),
	/** Where the category is: a custom field id, or tags starting with `tagPrefix`. */
	category: helpscoutMapping,
	/** Where the product area is, the same way. */
	productArea: helpscoutMapping,
	/** Where the linked article is: a custom field (slug or URL) or tags. Optional. */
	articles: helpscoutMapping.optional(),
	/** Read the team's replies, embedded in each page, for article URLs. Default true. */
	replies: z.boolean().default(true),
	...common,
});

const freshdeskMapping = mapping(
	'field',
	z.string().regex(/^(cf_\w+|type)$/, {
		error: 'a custom field\'s API name such as "cf_category", or "type" for the ticket type',
	}),
	'tagPrefix',
);

/** Freshdesk: the ticket list (API v2), tickets updated since the last pull, resolved and closed kept. */
export const freshdeskSourceSchema = z
	.strictObject({
		type: z.literal('freshdesk'),
		/** `acme` for https://acme.freshdesk.com. Give this or `baseUrl` (a custom domain's helpdesk address). */
		domain: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/i, { error: 'a Freshdesk domain such as "acme"' })
			.optional(),
		/** Environment variable that holds an agent's API key. Default `FRESHDESK_API_KEY`, as `npm run import` reads. */
		tokenEnv: envName.default('FRESHDESK_API_KEY'),
		/** Where the category is: a custom field's API name (`cf_category`) or `type` (the ticket type), or tags starting with `tagPrefix`. */
		category: freshdeskMapping,
		/** Where the product area is, the same way. */
		productArea: freshdeskMapping,
		/** Where the linked article is: a custom field (slug or URL) or tags such as `kb_verify-domain`. Optional. */
		articles: freshdeskMapping.optional(),
		/** Also read each resolved or closed ticket's public replies for article URLs: one more request per ticket. Default false. */
		replies: z.boolean().default(false),
		...common,
	})
	.refine((source) => source.domain !== undefined || source.baseUrl !== undefined, {
		error: 'a `domain` (or a `baseUrl`)',
	});

/** A HubSpot ticket property by its internal name (Settings > Properties > the property > Details). */
const hubspotMapping = z.strictObject({
	property: z.string().regex(/^[a-z0-9_]+$/i, {
		error: 'a ticket property\'s internal name such as "hs_ticket_category" or "product_area"',
	}),
});

/** HubSpot (Service Hub): the CRM search API over tickets, closed by their pipeline stage. */
export const hubspotSourceSchema = z.strictObject({
	type: z.literal('hubspot'),
	/** Environment variable that holds a private app's access token. Default `HUBSPOT_ACCESS_TOKEN`. */
	tokenEnv: envName.default('HUBSPOT_ACCESS_TOKEN'),
	/** Ticket pipeline ids to read. Default: every ticket pipeline. */
	pipelines: z.array(z.string().min(1)).min(1).optional(),
	/** Where the category is: a ticket property, such as HubSpot's own `hs_ticket_category` or one the team added. */
	category: hubspotMapping,
	/** Where the product area is: a ticket property. */
	productArea: hubspotMapping,
	/** Where the linked article is: a ticket property (slug or URL). Optional. */
	articles: hubspotMapping.optional(),
	/** Also read the emails the team sent from each page's tickets for article URLs: two more requests per page. Default true. */
	replies: z.boolean().default(true),
	...common,
});

const jiraMapping = mapping(
	'field',
	z.string().regex(/^(customfield_\d+|components)$/, {
		error: 'a custom field\'s id such as "customfield_10050", or "components"',
	}),
	'labelPrefix',
);

/** Jira Service Management (Jira Cloud): the enhanced JQL search, issues whose status is in the Done category. */
export const jiraSourceSchema = z
	.strictObject({
		type: z.literal('jira'),
		/** `acme` for https://acme.atlassian.net. Give this or `baseUrl`. */
		site: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/i, { error: 'an Atlassian site name such as "acme"' })
			.optional(),
		/** The Atlassian account the API token belongs to. */
		email: z.email(),
		/** Environment variable that holds the API token. Default `JIRA_API_TOKEN`. */
		tokenEnv: envName.default('JIRA_API_TOKEN'),
		/** Project keys to read (the service desk's). Default: every project the account sees. */
		projects: z
			.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'a project key such as "SUP"' }))
			.min(1)
			.optional(),
		/** Where the category is: a custom field id (`customfield_10050`) or `components`, or labels starting with `labelPrefix`. */
		category: jiraMapping,
		/** Where the product area is, the same way. */
		productArea: jiraMapping,
		/** Where the linked article is: a custom field (slug or URL) or labels. Optional. */
		articles: jiraMapping.optional(),
		/** Read the public comments the team wrote, which come with each page, for article URLs. Default true. */
		replies: z.boolean().default(true),
		...common,
	})
	.refine((source) => source.site !== undefined || source.baseUrl !== undefined, {
		error: 'a `site` (or a `baseUrl`)',
	});

const frontMapping = mapping('field', z.string().min(1), 'tagPrefix');

/** Front: the Core API's conversation search, archived conversations, then every one with activity since the last pull. */
export const frontSourceSchema = z.strictObject({
	type: z.literal('front'),
	/** Environment variable that holds the API token. Default `FRONT_API_TOKEN`. */
	tokenEnv: envName.default('FRONT_API_TOKEN'),
	/** Where the category is: a conversation custom field's name, or tags starting with `tagPrefix`. */
	category: frontMapping,
	/** Where the product area is, the same way. */
	productArea: frontMapping,
	/** Where the linked article is: a custom field (slug or URL) or tags. Optional. */
	articles: frontMapping.optional(),
	/** Also read each archived conversation's messages the team sent for article URLs: one more request each. Default false. */
	replies: z.boolean().default(false),
	...common,
});

const gorgiasMapping = mapping('field', z.string().min(1), 'tagPrefix');

/** Gorgias: the REST API's ticket list by last update, newest first, down to the last pull's start. */
export const gorgiasSourceSchema = z
	.strictObject({
		type: z.literal('gorgias'),
		/** `acme` for https://acme.gorgias.com. Give this or `baseUrl`. */
		domain: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/i, { error: 'a Gorgias domain such as "acme"' })
			.optional(),
		/** Environment variable that holds the email of the user the API key belongs to. Default `GORGIAS_EMAIL`. */
		emailEnv: envName.default('GORGIAS_EMAIL'),
		/** Environment variable that holds that user's API key. Default `GORGIAS_API_KEY`. */
		tokenEnv: envName.default('GORGIAS_API_KEY'),
		/** Where the category is: a ticket field's name (its label), or tags starting with `tagPrefix`. */
		category: gorgiasMapping,
		/** Where the product area is, the same way. */
		productArea: gorgiasMapping,
		/** Where the linked article is: a ticket field (slug or URL) or tags. Optional. */
		articles: gorgiasMapping.optional(),
		/** Also read each closed ticket's messages the team sent for article URLs: one more request each. Default false. */
		replies: z.boolean().default(false),
		...common,
	})
	.refine((source) => source.domain !== undefined || source.baseUrl !== undefined, {
		error: 'a `domain` (or a `baseUrl`)',
	});

const zohodeskMapping = mapping(
	'field',
	z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, {
		error: 'a ticket field\'s API name such as "cf_product_area" or "category"',
	}),
	'tagPrefix',
);

/** Zoho Desk: ticket search by modified time, oldest change first; closed is the status type Closed. */
export const zohodeskSourceSchema = z.strictObject({
	type: z.literal('zohodesk'),
	/** Where the organization's Desk is: `us` (desk.zoho.com, the default), `eu`, `in`, `au`, `jp`, `ca`, `sa`, `cn`, `uk`, `sg` or `ae`. */
	dataCenter: z.enum(Object.keys(zohoDataCenters) as [keyof typeof zohoDataCenters]).default('us'),
	/** The organization's id (Setup > Developer Space > API), sent as the `orgId` header with every request. */
	orgId: z.string().regex(/^\d{1,30}$/, { error: 'the organization id, digits only, such as "648392013"' }),
	/** Environment variable with the Self Client's client id. Default `ZOHO_DESK_CLIENT_ID`. */
	clientIdEnv: envName.default('ZOHO_DESK_CLIENT_ID'),
	/** Environment variable with the Self Client's client secret. Default `ZOHO_DESK_CLIENT_SECRET`. */
	clientSecretEnv: envName.default('ZOHO_DESK_CLIENT_SECRET'),
	/** Environment variable with the refresh token the pull exchanges for an access token (each lasts an hour). Default `ZOHO_DESK_REFRESH_TOKEN`. */
	refreshTokenEnv: envName.default('ZOHO_DESK_REFRESH_TOKEN'),
	/** Instead of the three above: a variable holding an access token, sent as it is and never refreshed (it lasts an hour). */
	tokenEnv: envName.optional(),
	/** The accounts server to refresh the token at instead of the data center's (`https://accounts.zoho.eu`); the tests' local server. */
	accountsUrl: z.url({ protocol: /^https?$/ }).optional(),
	/** Where the category is: a ticket field's API name (`category`, `cf_category`), or tags starting with `tagPrefix`. */
	category: zohodeskMapping,
	/** Where the product area is, the same way. */
	productArea: zohodeskMapping,
	/** Where the linked article is: a ticket field (slug or URL) or tags. Optional. */
	articles: zohodeskMapping.optional(),
	/** Also read the replies the team sent in each closed ticket's threads for article URLs: more requests per ticket. Default false. */
	replies: z.boolean().default(false),
	...common,
});

/** A Case field by its API name: a standard one (`Type`, `Reason`) or a custom one (`Product_Area__c`). */
const salesforceMapping = z.strictObject({
	field: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, {
		error: 'a Case field\'s API name such as "Type", "Reason" or "Product_Area__c"',
	}),
});

/** Salesforce Service Cloud: Cases through the REST API's SOQL query, closed by `IsClosed`, changes by `SystemModstamp`. */
export const salesforceSourceSchema = z
	.strictObject({
		type: z.literal('salesforce'),
		/** The My Domain name: `acme` for https://acme.my.salesforce.com, `acme--uat.sandbox` for a sandbox. Give this or `baseUrl`. */
		myDomain: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*(\.sandbox)?$/i, {
				error: 'a My Domain name such as "acme" (https://acme.my.salesforce.com) or "acme--uat.sandbox"',
			})
			.optional(),
		/** The REST API version in every path (`/services/data/v62.0/`). Default `62.0`. */
		apiVersion: z
			.string()
			.regex(/^\d{2,3}\.0$/, { error: 'a REST API version such as "62.0"' })
			.default('62.0'),
		/** Environment variable with the external client app's (or connected app's) consumer key. Default `SALESFORCE_CLIENT_ID`. */
		clientIdEnv: envName.default('SALESFORCE_CLIENT_ID'),
		/** Environment variable with its consumer secret. Default `SALESFORCE_CLIENT_SECRET`. */
		clientSecretEnv: envName.default('SALESFORCE_CLIENT_SECRET'),
		/** Instead of the two above: a variable holding an access token, sent as it is (it lasts as long as the org's session timeout). */
		tokenEnv: envName.optional(),
		/** Where the category is: a Case field's API name, Salesforce's own `Type` or `Reason`, or a custom field (`Category__c`). */
		category: salesforceMapping,
		/** Where the product area is: a Case field (`Product_Area__c`). */
		productArea: salesforceMapping,
		/** Where the linked article is: a Case field (slug or URL). Optional. */
		articles: salesforceMapping.optional(),
		/** Also read the emails the team sent from each page's closed cases for article URLs: one more query per page. Default false. */
		replies: z.boolean().default(false),
		...common,
	})
	.refine((source) => source.myDomain !== undefined || source.baseUrl !== undefined, {
		error: 'a `myDomain` (or a `baseUrl`)',
	});

/**
 * `tickets.source`: the helpdesk to pull from. The type is checked first, so a typo in
 * it is reported as such instead of as every other field being wrong.
 */
export const sourceSchema = z
	.looseObject({ type: z.enum(sourceTypes) })
	.pipe(
		z.discriminatedUnion('type', [
			zendeskSourceSchema,
			plainSourceSchema,
			intercomSourceSchema,
			helpscoutSourceSchema,
			freshdeskSourceSchema,
			hubspotSourceSchema,
			jiraSourceSchema,
			frontSourceSchema,
			gorgiasSourceSchema,
			zohodeskSourceSchema,
			salesforceSourceSchema,
		]),
	);

/** `tickets:` in content/tryblock.yaml: where closed tickets come from besides committed exports. */
export const ticketsConfigSchema = z
	.strictObject({
		/** The helpdesk `npm run tickets:pull` reads. Default: none (the gate reads exports only). */
		source: sourceSchema.optional(),
	})
	.prefault({});

export type SourceConfig = z.output<typeof sourceSchema>;
export type ZendeskSource = z.output<typeof zendeskSourceSchema>;
export type PlainSource = z.output<typeof plainSourceSchema>;
export type IntercomSource = z.output<typeof intercomSourceSchema>;
export type HelpscoutSource = z.output<typeof helpscoutSourceSchema>;
export type FreshdeskSource = z.output<typeof freshdeskSourceSchema>;
export type HubspotSource = z.output<typeof hubspotSourceSchema>;
export type JiraSource = z.output<typeof jiraSourceSchema>;
export type FrontSource = z.output<typeof frontSourceSchema>;
export type GorgiasSource = z.output<typeof gorgiasSourceSchema>;
export type ZohodeskSource = z.output<typeof zohodeskSourceSchema>;
export type SalesforceSource = z.output<typeof salesforceSourceSchema>;
