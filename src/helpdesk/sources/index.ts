import { contentPath } from '../../content-model/paths.ts';
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../../http/client.ts';
import { freshdeskRefusal } from '../../http/vendor-refusals/freshdesk.ts';
import { hubspotRefusal } from '../../http/vendor-refusals/hubspot.ts';
import { intercomRefusal } from '../../http/vendor-refusals/intercom.ts';
import { salesforceRefusal } from '../../http/vendor-refusals/salesforce.ts';
import { zendeskRefusal } from '../../http/vendor-refusals/zendesk.ts';
import { zohodeskRefusal } from '../../http/vendor-refusals/zohodesk.ts';
import { zohoAccountsUrl, zohodeskBaseUrl } from '../../zoho/data-centers.ts';
import { createZohoToken } from '../../zoho/token.ts';
import type { SourceConfig } from '../config.ts';
import { MissingCredentialError } from '../errors.ts';
import { createFreshdeskSource, freshdeskBaseUrl } from './freshdesk.ts';
import { createFrontSource, frontDefaultBaseUrl } from './front.ts';
import { createGorgiasSource, gorgiasBaseUrl } from './gorgias.ts';
import { createHelpscoutSource, createHelpscoutToken, helpscoutDefaultBaseUrl } from './helpscout.ts';
import { createHubspotSource, hubspotDefaultBaseUrl, hubspotNamedLimit } from './hubspot.ts';
import { createIntercomSource, intercomDefaultBaseUrl, intercomVersion } from './intercom.ts';
import { createJiraSource, jiraBaseUrl } from './jira.ts';
import { createPlainSource, plainDefaultBaseUrl } from './plain.ts';
import { createSalesforceSource, salesforceBaseUrl, salesforceBatchSize } from './salesforce.ts';
import { createSalesforceToken } from './salesforce-token.ts';
import type { TicketSource } from './types.ts';
import { createZendeskSource, zendeskBaseUrl } from './zendesk.ts';
import { createZohodeskSource } from './zohodesk.ts';

export interface SourceOptions {
	env: Record<string, string | undefined>;
	siteUrl: string;
	isOldAddress?: (path: string) => boolean;
	now: Date;
	/** The settings file that names the source, as messages name it; default the one in `TRYBLOCK_CONTENT_DIR` or `content`. */
	settingsFile?: string;
	/** Told of every wait: a rate limit waited out, a failed request about to be tried again. */
	onWait: ServiceClientOptions['onWait'];
}

/** A credential from the environment: its absence stops the pull, naming the variable (never a value). */
function credential(
	options: Pick<SourceOptions, 'env' | 'settingsFile'>,
	name: string,
	what: string,
	setting: string,
): string {
	const value = options.env[name]?.trim();
	if (!value) {
		throw new MissingCredentialError(
			name,
			`${name} is not set: npm run tickets:pull reads the ${what} from it (${setting} in ${options.settingsFile ?? contentPath('config')})`,
			{
				hint: `in CI, pass the secret to the step (env: ${name}: \${{ secrets.${name} }}); locally, export it in your shell`,
			},
		);
	}
	return value;
}

/** What a source's client sends to authorize, the variables its refusal names, and the values to scrub. */
interface Authorization {
	authorization: () => Promise<string> | string;
	credentials: string;
	secrets: string[];
}

/** A credential variable: its name, what it holds, and the setting that names it. */
type CredentialVariable = [name: string, what: string, setting: string];

/**
 * The authorization of a source that takes either an access token a team made
 * (`tokenEnv`, sent as it is) or the credentials it trades for short-lived tokens at its
 * own token host (`tokens`, given their values and what a refusal there names).
 */
function accessTokenOr<Key extends string>(
	options: Pick<SourceOptions, 'env' | 'settingsFile'>,
	token: { tokenEnv: string | undefined; what: string },
	exchange: {
		variables: Record<Key, CredentialVariable>;
		tokens: (values: Record<Key, string>, refusal: { credentials: string; secrets: string[] }) => () => Promise<string>;
	},
): Authorization {
	if (token.tokenEnv !== undefined) {
		const value = credential(options, token.tokenEnv, token.what, 'tickets.source.tokenEnv');
		return { authorization: () => value, credentials: token.tokenEnv, secrets: [value] };
	}
	const entries = Object.entries(exchange.variables) as [Key, CredentialVariable][];
	const values = Object.fromEntries(
		entries.map(([key, [name, what, setting]]) => [key, credential(options, name, what, setting)]),
	) as Record<Key, string>;
	const names = entries.map(([, [name]]) => name);
	const credentials = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	const secrets = Object.values<string>(values);
	return { authorization: exchange.tokens(values, { credentials, secrets }), credentials, secrets };
}

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A source as the pull holds it: with the means to keep its credentials out of any message. */
export interface ConnectedSource extends TicketSource {
	/**
	 * The text with every credential the source's client knows replaced by `[redacted]`.
	 * The client scrubs its own errors; messages the source or the pull make quote the
	 * helpdesk too (a field's name), and a helpdesk or a proxy may echo a credential.
	 */
	redact(text: string): string;
}

/** The source a `tickets.source` setting names, with its HTTP client and credentials from the environment. */
export function connectSource(config: SourceConfig, options: SourceOptions): ConnectedSource {
	let connected: ServiceClient | undefined;
	const source = openSource(config, options, (client) => {
		connected = client;
	});
	return Object.assign(source, { redact: (text: string) => connected?.redact(text) ?? text });
}

function openSource(
	config: SourceConfig,
	options: SourceOptions,
	onClient: (client: ServiceClient) => void,
): TicketSource {
	const common = {
		retry: config.retry,
		retrySetting: 'tickets.source.retry',
		again: 'run the pull again later: it resumes where it stopped',
		onWait: options.onWait,
	};
	const context = (client: ServiceClient) => {
		onClient(client);
		return {
			client,
			siteUrl: options.siteUrl,
			isOldAddress: options.isOldAddress,
			now: options.now,
			settingsFile: options.settingsFile,
		};
	};
	switch (config.type) {
		case 'zendesk': {
			const token = credential(options, config.tokenEnv, 'Zendesk API token', 'tickets.source.tokenEnv');
			const authorization = config.email ? basic(`${config.email}/token`, token) : `Bearer ${token}`;
			const client = createServiceClient({
				...common,
				service: 'Zendesk',
				baseUrl: zendeskBaseUrl(config),
				headers: () => ({ authorization }),
				refusal: {
					credentials: config.tokenEnv,
					hint: config.email
						? `check the token and that ${config.email} is an admin (the incremental export is for admins); create a token under Admin Center > Apps and integrations > Zendesk API`
						: 'without `email`, the token is sent as an OAuth token; for an API token set tickets.source.email to the admin it belongs to',
					permission: config.email
						? `the incremental export is for admins: make ${config.email} an admin, or use an admin's token`
						: "the incremental export is for admins: use an admin's OAuth token with the read scope",
				},
				classifyRefusal: zendeskRefusal,
				secrets: [token, authorization],
			});
			return createZendeskSource(config, context(client));
		}
		case 'plain': {
			const token = credential(options, config.tokenEnv, 'Plain API key', 'tickets.source.tokenEnv');
			const client = createServiceClient({
				...common,
				service: 'Plain',
				baseUrl: config.baseUrl ?? plainDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}` }),
				refusal: {
					credentials: config.tokenEnv,
					hint: 'create a machine user API key with the thread:read, label:read and threadField:read permissions',
					permission: "give the machine user's API key the thread:read, label:read and threadField:read permissions",
				},
				secrets: [token],
			});
			return createPlainSource(config, context(client));
		}
		case 'intercom': {
			const token = credential(options, config.tokenEnv, 'Intercom access token', 'tickets.source.tokenEnv');
			const client = createServiceClient({
				...common,
				service: 'Intercom',
				baseUrl: config.baseUrl ?? intercomDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}`, 'intercom-version': intercomVersion }),
				refusal: {
					credentials: config.tokenEnv,
					hint: 'use the access token of a Developer Hub app with the "Read conversations" and "Read data attributes" permissions',
					permission: 'give the Developer Hub app the "Read conversations" and "Read data attributes" permissions',
				},
				classifyRefusal: intercomRefusal,
				secrets: [token],
			});
			return createIntercomSource(config, context(client));
		}
		case 'freshdesk': {
			const apiKey = credential(options, config.tokenEnv, 'Freshdesk API key', 'tickets.source.tokenEnv');
			const authorization = basic(apiKey, 'X');
			const client = createServiceClient({
				...common,
				service: 'Freshdesk',
				baseUrl: freshdeskBaseUrl(config),
				headers: () => ({ authorization }),
				refusal: {
					credentials: config.tokenEnv,
					hint: 'use the API key of an agent who can see every ticket (Profile settings > View API key); the key is sent as the user name with X as password',
					permission:
						"give the key's agent a role that can see every ticket and the ticket fields, or use an admin's key",
				},
				classifyRefusal: freshdeskRefusal,
				secrets: [apiKey, authorization],
			});
			return createFreshdeskSource(config, context(client));
		}
		case 'helpscout': {
			const appId = credential(options, config.appIdEnv, 'Help Scout app id', 'tickets.source.appIdEnv');
			const appSecret = credential(
				options,
				config.appSecretEnv,
				'Help Scout app secret',
				'tickets.source.appSecretEnv',
			);
			const token = createHelpscoutToken(() => client, { appId, appSecret });
			const client: ServiceClient = createServiceClient({
				...common,
				service: 'Help Scout',
				baseUrl: config.baseUrl ?? helpscoutDefaultBaseUrl,
				headers: async () => ({ authorization: `Bearer ${await token()}` }),
				refusal: {
					credentials: `${config.appIdEnv} and ${config.appSecretEnv}`,
					hint: 'create an OAuth2 app under Your Profile > My Apps and give its id and secret; the app acts as the user who made it, who needs access to the inboxes',
				},
				secrets: [appId, appSecret],
			});
			return createHelpscoutSource(config, context(client));
		}
		case 'hubspot': {
			const token = credential(options, config.tokenEnv, 'HubSpot access token', 'tickets.source.tokenEnv');
			const client = createServiceClient({
				...common,
				service: 'HubSpot',
				baseUrl: config.baseUrl ?? hubspotDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}` }),
				refusal: {
					credentials: config.tokenEnv,
					hint: 'use the access token of a private app (Settings > Integrations > Private apps) with the tickets, crm.objects.contacts.read and sales-email-read scopes',
					permission:
						'add it to the private app under Settings > Integrations > Private apps > Scopes (the pull needs tickets, crm.objects.contacts.read and sales-email-read)',
				},
				classifyRefusal: hubspotRefusal,
				secrets: [token],
				namedLimit: hubspotNamedLimit,
			});
			return createHubspotSource(config, context(client));
		}
		case 'jira': {
			const token = credential(options, config.tokenEnv, 'Jira API token', 'tickets.source.tokenEnv');
			const authorization = basic(config.email, token);
			const client = createServiceClient({
				...common,
				service: 'Jira',
				baseUrl: jiraBaseUrl(config),
				headers: () => ({ authorization }),
				refusal: {
					credentials: config.tokenEnv,
					hint: `check the token and that it belongs to ${config.email}, an agent of the service project (create one at id.atlassian.com > Security > API tokens)`,
				},
				secrets: [token, authorization],
			});
			return createJiraSource(config, context(client));
		}
		case 'front': {
			const token = credential(options, config.tokenEnv, 'Front API token', 'tickets.source.tokenEnv');
			const client = createServiceClient({
				...common,
				service: 'Front',
				baseUrl: config.baseUrl ?? frontDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}` }),
				refusal: {
					credentials: config.tokenEnv,
					hint: 'create an API token under Settings > Developers > API tokens with access to the shared resources (the team inboxes) and the conversations:read, messages:read and custom_fields:read scopes',
				},
				secrets: [token],
			});
			return createFrontSource(config, context(client));
		}
		case 'gorgias': {
			const email = credential(options, config.emailEnv, "Gorgias user's email", 'tickets.source.emailEnv');
			const apiKey = credential(options, config.tokenEnv, 'Gorgias API key', 'tickets.source.tokenEnv');
			const authorization = basic(email, apiKey);
			const client = createServiceClient({
				...common,
				service: 'Gorgias',
				baseUrl: gorgiasBaseUrl(config),
				headers: () => ({ authorization }),
				refusal: {
					credentials: `${config.emailEnv} and ${config.tokenEnv}`,
					hint: 'create an API key under Settings > REST API and give the email of the user it belongs to, who must see every ticket (an admin or a lead)',
				},
				secrets: [apiKey, authorization],
			});
			return createGorgiasSource(config, context(client));
		}
		case 'zohodesk': {
			const hint =
				'create a Self Client in the API Console of your data center, generate a code with the scopes Desk.tickets.READ, Desk.search.READ and Desk.settings.READ, exchange it for a refresh token, and check tickets.source.dataCenter';
			const { authorization, credentials, secrets } = accessTokenOr(
				options,
				{ tokenEnv: config.tokenEnv, what: 'Zoho Desk access token' },
				{
					variables: {
						clientId: [config.clientIdEnv, "Zoho Self Client's client id", 'tickets.source.clientIdEnv'],
						clientSecret: [
							config.clientSecretEnv,
							"Zoho Self Client's client secret",
							'tickets.source.clientSecretEnv',
						],
						refreshToken: [config.refreshTokenEnv, 'Zoho refresh token', 'tickets.source.refreshTokenEnv'],
					},
					// The refresh goes to the accounts host of the organization's own data center, and only there.
					tokens: (values, refusal) =>
						createZohoToken(
							createServiceClient({
								...common,
								service: 'Zoho Desk',
								baseUrl: zohoAccountsUrl(config),
								refusal: { credentials: refusal.credentials, hint },
								secrets: refusal.secrets,
							}),
							values,
						),
				},
			);
			const client = createServiceClient({
				...common,
				service: 'Zoho Desk',
				baseUrl: zohodeskBaseUrl(config),
				headers: async () => ({ authorization: `Zoho-oauthtoken ${await authorization()}`, orgId: config.orgId }),
				refusal: {
					credentials,
					hint,
					permission:
						"generate the code with the scopes Desk.tickets.READ, Desk.search.READ and Desk.settings.READ, by a user whose profile can see every department's tickets",
				},
				classifyRefusal: zohodeskRefusal,
				secrets,
			});
			return createZohodeskSource(config, context(client));
		}
		case 'salesforce': {
			const hint =
				'in Setup > External Client App Manager (or App Manager, for a connected app), enable OAuth with the api scope and the client credentials flow, set its Run As user (who must see every case and the Case fields mapped), and give its consumer key and secret';
			const baseUrl = salesforceBaseUrl(config);
			const batchSize = salesforceBatchSize(config);
			const queryOptions: Record<string, string> = batchSize
				? { 'sforce-query-options': `batchSize=${batchSize}` }
				: {};
			const { authorization, credentials, secrets } = accessTokenOr(
				options,
				{ tokenEnv: config.tokenEnv, what: 'Salesforce access token' },
				{
					variables: {
						clientId: [config.clientIdEnv, "Salesforce app's consumer key", 'tickets.source.clientIdEnv'],
						clientSecret: [
							config.clientSecretEnv,
							"Salesforce app's consumer secret",
							'tickets.source.clientSecretEnv',
						],
					},
					// The token is asked for at the org's own My Domain, and only there.
					tokens: (values, refusal) =>
						createSalesforceToken(
							createServiceClient({
								...common,
								service: 'Salesforce',
								baseUrl,
								refusal: { credentials: refusal.credentials, hint },
								secrets: refusal.secrets,
							}),
							values,
						),
				},
			);
			const client = createServiceClient({
				...common,
				service: 'Salesforce',
				baseUrl,
				headers: async () => ({ authorization: `Bearer ${await authorization()}`, ...queryOptions }),
				refusal: {
					credentials,
					hint,
					account:
						"check that the org's edition includes API access and that the Run As user's profile has the API Enabled permission",
				},
				classifyRefusal: salesforceRefusal,
				secrets,
			});
			return createSalesforceSource(config, context(client));
		}
	}
}
