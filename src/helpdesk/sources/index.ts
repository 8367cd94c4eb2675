import type { SourceConfig } from '../config.ts';
import { type ClientOptions, createHttpClient, type HttpClient } from '../http/client.ts';
import { HelpdeskError } from '../http/errors.ts';
import { createHelpscoutSource, createHelpscoutToken, helpscoutDefaultBaseUrl } from './helpscout.ts';
import { createIntercomSource, intercomDefaultBaseUrl, intercomVersion } from './intercom.ts';
import { createPlainSource, plainDefaultBaseUrl } from './plain.ts';
import type { TicketSource } from './types.ts';
import { createZendeskSource, zendeskBaseUrl } from './zendesk.ts';

export interface SourceOptions {
	env: Record<string, string | undefined>;
	siteUrl: string;
	now: Date;
	notice: ClientOptions['notice'];
	onWait?: ClientOptions['onWait'];
	fetch?: typeof fetch;
}

export interface ConnectedSource {
	source: TicketSource;
	/** Every credential value read, so messages can be scrubbed of them. */
	secrets: string[];
}

/** A credential from the environment: its absence stops the pull, naming the variable (never a value). */
function credential(env: SourceOptions['env'], name: string, what: string, setting: string): string {
	const value = env[name]?.trim();
	if (!value) {
		throw new HelpdeskError(
			`${name} is not set: npm run tickets:pull reads the ${what} from it (${setting} in content/tryblock.yaml)`,
			{
				hint: `in CI, pass the secret to the step (env: ${name}: \${{ secrets.${name} }}); locally, export it in your shell`,
			},
		);
	}
	return value;
}

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** The source a `tickets.source` setting names, with its HTTP client and credentials from the environment. */
export function connectSource(config: SourceConfig, options: SourceOptions): ConnectedSource {
	const common = {
		retry: config.retry,
		notice: options.notice,
		onWait: options.onWait,
		fetch: options.fetch,
	};
	const context = (client: HttpClient) => ({ client, siteUrl: options.siteUrl, now: options.now });
	switch (config.type) {
		case 'zendesk': {
			const token = credential(options.env, config.tokenEnv, 'Zendesk API token', 'tickets.source.tokenEnv');
			const authorization = config.email ? basic(`${config.email}/token`, token) : `Bearer ${token}`;
			const client = createHttpClient({
				...common,
				vendor: 'Zendesk',
				baseUrl: zendeskBaseUrl(config),
				headers: () => ({ authorization }),
				credentials: config.tokenEnv,
				authHint: config.email
					? `check the token and that ${config.email} is an admin (the incremental export is for admins); create a token under Admin Center > Apps and integrations > Zendesk API`
					: 'without `email`, the token is sent as an OAuth token; for an API token set tickets.source.email to the admin it belongs to',
			});
			return { source: createZendeskSource(config, context(client)), secrets: [token, authorization] };
		}
		case 'plain': {
			const token = credential(options.env, config.tokenEnv, 'Plain API key', 'tickets.source.tokenEnv');
			const client = createHttpClient({
				...common,
				vendor: 'Plain',
				baseUrl: config.baseUrl ?? plainDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}` }),
				credentials: config.tokenEnv,
				authHint: 'create a machine user API key with the thread:read, label:read and threadField:read permissions',
			});
			return { source: createPlainSource(config, context(client)), secrets: [token] };
		}
		case 'intercom': {
			const token = credential(options.env, config.tokenEnv, 'Intercom access token', 'tickets.source.tokenEnv');
			const client = createHttpClient({
				...common,
				vendor: 'Intercom',
				baseUrl: config.baseUrl ?? intercomDefaultBaseUrl,
				headers: () => ({ authorization: `Bearer ${token}`, 'intercom-version': intercomVersion }),
				credentials: config.tokenEnv,
				authHint:
					'use the access token of a Developer Hub app with the "Read conversations" and "Read data attributes" permissions',
			});
			return { source: createIntercomSource(config, context(client)), secrets: [token] };
		}
		case 'helpscout': {
			const appId = credential(options.env, config.appIdEnv, 'Help Scout app id', 'tickets.source.appIdEnv');
			const appSecret = credential(
				options.env,
				config.appSecretEnv,
				'Help Scout app secret',
				'tickets.source.appSecretEnv',
			);
			const token = createHelpscoutToken(() => client, { appId, appSecret });
			const client: HttpClient = createHttpClient({
				...common,
				vendor: 'Help Scout',
				baseUrl: config.baseUrl ?? helpscoutDefaultBaseUrl,
				headers: async () => ({ authorization: `Bearer ${await token()}` }),
				credentials: `${config.appIdEnv} and ${config.appSecretEnv}`,
				authHint:
					'create an OAuth2 app under Your Profile > My Apps and give its id and secret; the app acts as the user who made it, who needs access to the inboxes',
			});
			return { source: createHelpscoutSource(config, context(client)), secrets: [appId, appSecret] };
		}
	}
}
