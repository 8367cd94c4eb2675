import { createServiceClient, type ServiceClient } from '../../http/client.ts';
import type { Wait } from '../../http/messages.ts';
import type { RefusalClassifier } from '../../http/refusal.ts';

/** What a Zendesk or Intercom source needs from the command, whether it reads a dump or the API. */
export interface HelpCenterOptions {
	/** Never download images; use only copies saved beside a dump. */
	offline: boolean;
	/** Where API lists are downloaded to (`.tryblock/import/`). */
	spoolDir: string;
	/** Told of every wait: a rate limit waited out, a failed request about to be tried again. */
	onWait?: (wait: Wait) => void;
	/** Told when an interrupted download is picked up again. */
	notice?: (line: string) => void;
	/** The language to import when a dump holds an article in several (`--locale`); else each article's own. */
	locale?: string;
	/**
	 * Told of each HTTP client the source makes, so the command scrubs its credentials from
	 * all it writes and prints; `credentials`: the client talks to an API with them.
	 */
	onClient?: (client: ServiceClient, credentials: boolean) => void;
}

/** The import's tries and waits: a person is usually watching, so fewer and shorter than a pull's. */
const importRetry = { attempts: 4, backoffSeconds: 1, maxWaitSeconds: 120 };

/**
 * The HTTP client an import source uses: for a help center's API (its base URL and
 * credentials, which go to that origin only), or, without `api`, for downloading the
 * images a dump points at, with no credentials at all.
 */
export function helpCenterClient(
	service: string,
	options: HelpCenterOptions,
	api?: {
		baseUrl: string;
		/** The credential headers, or a function that gives them before each request (a token refreshed as it runs out). */
		headers: Record<string, string> | (() => Promise<Record<string, string>>);
		hint: string;
		secrets: string[];
		/** The variables that hold the credentials, for the message of a refusal. */
		credentials?: string;
		/** What to grant when the API accepts the credentials but they lack a permission. */
		permission?: string;
		/** The vendor's reading of its refusals (src/http/vendor-refusals/). */
		classifyRefusal?: RefusalClassifier;
	},
): ServiceClient {
	const headers = api?.headers;
	const client = createServiceClient({
		service,
		baseUrl: api?.baseUrl,
		headers: headers === undefined ? undefined : typeof headers === 'function' ? headers : () => headers,
		refusal: api
			? { hint: api.hint, permission: api.permission, ...(api.credentials ? { credentials: api.credentials } : {}) }
			: undefined,
		classifyRefusal: api?.classifyRefusal,
		secrets: api?.secrets,
		retry: importRetry,
		again: 'run the import again later: it picks up where it stopped',
		onWait: options.onWait,
	});
	options.onClient?.(client, api !== undefined);
	return client;
}
