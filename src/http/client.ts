import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'astro/zod';
import { plainLine } from '../cli/untrusted-text.ts';
import { type Final, failureOf, parseJsonBody } from './answers.ts';
import { ServiceAuthError, ServiceError } from './errors.ts';
import { formatSeconds, redact, type Wait } from './messages.ts';
import type { Refusal, RefusalClassifier } from './refusal.ts';
import { type RefusalSettings, refusalError } from './refusal-message.ts';
import { decide, displayHeader, type NamedLimit, type Outcome, type RetryPolicy } from './retry.ts';
import { BodyTooLarge, type Exchange, NetworkFailure, send } from './transport.ts';

export interface ServiceRequest {
	method: 'GET' | 'POST';
	/** A path with its query, relative to the base URL, or an absolute URL the service handed back (a next-page link). */
	url: string;
	/** Sent as JSON. */
	json?: unknown;
	/** Sent as `application/x-www-form-urlencoded` (OAuth token requests). */
	form?: Record<string, string>;
	/** Without the credentials (the token request itself). */
	anonymous?: boolean;
	/** What a 204 No Content stands for, checked like a body (Zoho Desk's search answers 204 when nothing matches). Default: a 204 is not JSON. */
	noContent?: unknown;
	/**
	 * Statuses besides 401 and 403 that mean the credentials were refused: an OAuth token
	 * endpoint answers a wrong client id or secret with a 400 (`invalid_client`, RFC 6749 5.2).
	 */
	refusedStatuses?: readonly number[];
}

export interface ServiceClientOptions {
	/** The service's name for messages: "Zendesk". */
	service: string;
	/**
	 * Where request paths are resolved, and the one origin the credentials are sent to.
	 * A client without one only downloads files, with no credentials.
	 */
	baseUrl?: string;
	/** Credentials and the service's own headers, asked for before each request to its origin (a token may be fetched lazily). */
	headers?: () => Promise<Record<string, string>> | Record<string, string>;
	/** What the message says when the service refuses the credentials: the settings that hold them, and what to check. */
	refusal?: RefusalSettings;
	/**
	 * Reads the service's 401, 403 and 400 answers for why it refused (a permission the
	 * credentials lack, an allowance used up, the account): the vendor's documented error
	 * codes (src/http/vendor-refusals/). Without one, every 401 and 403 is refused credentials.
	 */
	classifyRefusal?: RefusalClassifier;
	retry: RetryPolicy;
	/** The setting that holds `retry`, for messages ("tickets.source.retry"). */
	retrySetting?: string;
	/** What to do after a failure that may pass, for hints: "run the pull again later: it resumes where it stopped". */
	again: string;
	/** Told of every wait before it starts: a rate limit waited out, a failed try about to be repeated. */
	onWait?: (wait: Wait) => void;
	/** Values never shown: scrubbed from every message, even where a service echoes them back. */
	secrets?: readonly string[];
	/**
	 * The most a JSON answer may hold, decompressed, in bytes. Reading stops as soon as a
	 * body passes it (a gzip bomb from a broken proxy inflates no further) and the request
	 * fails at once, without retries. Default 64 MB, far above any page an API sends.
	 */
	maxResponseBytes?: number;
	/** Milliseconds the service may stay silent before a try fails. Default 60 s. */
	timeoutMs?: number;
	/** Reads a 429's body for the limit it names, for a service that sends no `Retry-After` (HubSpot). */
	namedLimit?: (body: string) => NamedLimit | undefined;
}

/** What a body that parsed says beyond its shape: an error to stop on, or one worth another try. */
export type BodyVerdict = { error: ServiceError } | { retry: string };

export type Download = { ok: true; bytes: Buffer; contentType?: string } | { ok: false; reason: string };

export interface ServiceClient {
	/**
	 * Sends the request (retrying 5xx, network failures and 429s), validates the JSON body
	 * with `schema`, and lets `check` turn an error reported inside a 200 into a failure or a retry.
	 */
	json<Schema extends z.ZodType>(
		request: ServiceRequest,
		schema: Schema,
		check?: (data: z.output<Schema>) => BodyVerdict | undefined,
	): Promise<z.output<Schema>>;
	/** A file (an image), at most `maxBytes` of it; why not, when it cannot be had. */
	download(url: string, maxBytes: number): Promise<Download>;
	/** The request as messages name it: method and URL. */
	labelOf(request: ServiceRequest): string;
	/**
	 * The error for a request the service refused; `detail` says how (a status, a GraphQL
	 * error code), `refusal` why, when the service said (refused credentials otherwise).
	 */
	refused(detail: string, context?: { said?: string; status?: number; refusal?: Refusal }): ServiceAuthError;
	/** The text with every secret this client knows (configured, or sent in a credential header) replaced. */
	redact(text: string): string;
}

/** The most scrubbed addresses a client remembers (a service seldom echoes a secret into one). */
const maxEchoed = 10_000;

/**
 * Remembers each address-like run of a text (no space, quote, angle bracket or
 * parenthesis) that held a secret, by how it reads scrubbed, HTML's `&amp;` decoded
 * and trailing punctuation dropped as a link's address has them.
 */
function rememberAddresses(text: string, echoed: Map<string, string>, scrub: (text: string) => string) {
	for (const run of text.match(/[^\s"'<>()`]+/g) ?? []) {
		const decoded = run.replaceAll('&amp;', '&');
		for (const form of new Set([run, decoded, run.replace(/[.,;:!?]+$/, ''), decoded.replace(/[.,;:!?]+$/, '')])) {
			const shown = scrub(form);
			if (shown === form || !shown.includes('/') || echoed.size >= maxEchoed) continue;
			echoed.set(shown, form);
		}
	}
}

/**
 * The address a scrubbed one was sent as: the longest remembered address (holding a
 * path) it ends with, so the secret goes back only where the service itself put it.
 */
function restoreAddress(url: string, echoed: ReadonlyMap<string, string>): string {
	if (!url.includes('[redacted]')) return url;
	let best: [string, string] | undefined;
	for (const entry of echoed) if (url.endsWith(entry[0]) && entry[0].length > (best?.[0].length ?? 0)) best = entry;
	return best ? url.slice(0, url.length - best[0].length) + best[1] : url;
}

/** Headers whose values are credentials, never to be shown (`intercom-version` is not one). */
const credentialHeader = /authorization|token|key|secret|cookie/i;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 5;

function encodeBody(request: ServiceRequest): { type: string; text: string } | undefined {
	if (request.json !== undefined) return { type: 'application/json', text: JSON.stringify(request.json) };
	if (request.form)
		return { type: 'application/x-www-form-urlencoded', text: new URLSearchParams(request.form).toString() };
	return undefined;
}

/**
 * The one HTTP client of Tryblock's commands that talk to a helpdesk or an old help
 * center, in the shape of Octokit's: the retry and rate-limit policy (`retry.ts`)
 * decides, this loop only asks it, and pagination (`paginate.ts`) stays a plain loop
 * on top. Paths resolve against the base URL; credentials go to its origin only;
 * refusals and failures become `ServiceError`s that name the request, never a secret.
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
	const base = options.baseUrl === undefined ? undefined : new URL(options.baseUrl);
	const timeoutMs = options.timeoutMs ?? 60_000;
	const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 ** 2;
	const { service } = options;
	// The configured secrets, and every credential header value sent (a token fetched
	// lazily), with and without its scheme.
	const secrets = new Set(options.secrets);
	const echoed = new Map<string, string>();
	const scrub = (text: string) => {
		const out = redact(text, [...secrets]);
		if (out !== text) rememberAddresses(text, echoed, (form) => redact(form, [...secrets]));
		return out;
	};

	const labelOf = (request: ServiceRequest): string =>
		`${request.method} ${scrub(plainLine(new URL(request.url, base).href, 200))}`;
	/**
	 * The label, made the first time a message needs it: most requests succeed and
	 * never show one, and by then every credential sent is known to `scrub`.
	 */
	const lazyLabel = (request: ServiceRequest): (() => string) => {
		let label: string | undefined;
		return () => {
			label ??= labelOf(request);
			return label;
		};
	};

	async function credentialsFor(url: URL, request: ServiceRequest): Promise<Record<string, string>> {
		if (request.anonymous || !base || !options.headers || url.origin !== base.origin) return {};
		const headers = await options.headers();
		for (const [name, value] of Object.entries(headers)) {
			if (!credentialHeader.test(name) || secrets.has(value)) continue;
			secrets.add(value);
			// The scheme may hold a hyphen: Zoho's `Zoho-oauthtoken <token>`.
			const credential = /^[\w-]+ (.+)$/.exec(value)?.[1];
			if (credential) secrets.add(credential);
		}
		return headers;
	}

	function refused(
		detail: string,
		context: { said?: string; status?: number; refusal?: Refusal } = {},
	): ServiceAuthError {
		const error = refusalError(context.refusal ?? { kind: 'credentials' }, {
			service,
			detail,
			said: context.said,
			status: context.status,
			again: options.again,
			settings: options.refusal,
		});
		return new ServiceAuthError(scrub(error.message), {
			hint: error.hint === undefined ? undefined : scrub(error.hint),
			status: error.status,
			reason: error.reason,
		});
	}

	const failureContext = (label: string) => ({
		service,
		label,
		again: options.again,
		scrub,
		refused,
		classify: options.classifyRefusal,
	});

	/** One try: the request and the redirects it leads to (the credentials stay with the service's origin). */
	async function once(request: ServiceRequest, target: URL, accept: string, maxBytes?: number): Promise<Exchange> {
		let url = target;
		let method: string = request.method;
		let body = encodeBody(request);
		for (let hops = 0; ; hops++) {
			const headers: Record<string, string> = {
				accept,
				'user-agent': 'tryblock',
				...(body ? { 'content-type': body.type } : {}),
				...(await credentialsFor(url, request)),
			};
			const exchange = await send(url, { method, headers, body: body?.text, timeoutMs, maxBytes });
			const location = exchange.headers.location;
			if (!redirectStatuses.has(exchange.status) || !location || hops >= maxRedirects) return exchange;
			let next: URL;
			try {
				next = new URL(location, url);
			} catch {
				return exchange;
			}
			if (!/^https?:$/.test(next.protocol)) return exchange;
			if (exchange.status === 303 || (method === 'POST' && exchange.status <= 302)) {
				method = 'GET';
				body = undefined;
			}
			url = next;
		}
	}

	/** Tries until an answer `read` accepts, or the policy stops: then how it ended. */
	async function withRetries<T>(
		request: ServiceRequest,
		label: () => string,
		target: URL,
		accept: string,
		read: (exchange: Exchange) => { value: T } | { outcome: Outcome },
		maxBytes?: number,
	): Promise<{ value: T } | Final> {
		let attempt = 0;
		let rateLimitWaits = 0;
		for (;;) {
			let outcome: Outcome;
			let exchange: Exchange | undefined;
			try {
				exchange = await once(request, target, accept, maxBytes);
				const limit = exchange.status === 429 ? options.namedLimit?.(exchange.body.toString('utf8')) : undefined;
				outcome = { kind: 'response', status: exchange.status, headers: exchange.headers, ...(limit ? { limit } : {}) };
			} catch (error) {
				if (!(error instanceof NetworkFailure)) throw error;
				outcome = { kind: 'network', message: scrub(plainLine(error.message, 120)) };
			}
			if (exchange && exchange.status >= 200 && exchange.status < 300) {
				const result = read(exchange);
				if ('value' in result) return result;
				outcome = result.outcome;
			}
			if (outcome.kind !== 'response' || outcome.status >= 500) attempt++;
			const decision = decide(outcome, { attempt, rateLimitWaits, policy: options.retry });
			if (decision.retry) {
				if (decision.rateLimited) rateLimitWaits++;
				options.onWait?.({
					request: label(),
					rateLimited: decision.rateLimited,
					seconds: decision.waitSeconds,
					reason: decision.reason,
					attempt: attempt + 1,
					attempts: options.retry.attempts,
				});
				await sleep(decision.waitSeconds * 1000);
				continue;
			}
			if ('exhausted' in decision) {
				throw new ServiceError(`${label()}: ${service} is rate limiting: ${scrub(decision.exhausted)}`, {
					hint: options.again,
					status: 429,
				});
			}
			if ('tooLong' in decision) {
				const setting = options.retrySetting ? `${options.retrySetting}.maxWaitSeconds` : 'the longest wait allowed';
				throw new ServiceError(
					`${label()}: ${service} is rate limiting and asks to wait ${formatSeconds(decision.tooLong.waitSeconds)} (${displayHeader(decision.tooLong.header)}), longer than ${setting} (${options.retry.maxWaitSeconds} s)`,
					{
						hint: options.retrySetting ? `${options.again}, or raise ${setting}` : options.again,
						status: 429,
					},
				);
			}
			return { outcome, exchange, attempt, rateLimitWaits };
		}
	}

	async function json<Schema extends z.ZodType>(
		request: ServiceRequest,
		schema: Schema,
		check?: (data: z.output<Schema>) => BodyVerdict | undefined,
	): Promise<z.output<Schema>> {
		if (!base) throw new Error(`the ${service} client has no base URL to send ${request.url} to`);
		const target = new URL(request.url, base);
		if (target.origin !== base.origin) {
			throw new ServiceError(
				`${service} pointed the next page at ${scrub(plainLine(target.origin, 120))}, not ${base.origin}: refusing to send the credentials there`,
			);
		}
		const label = lazyLabel(request);
		const read = (exchange: Exchange): { value: z.output<Schema> } | { outcome: Outcome } => {
			const empty = exchange.status === 204 && request.noContent !== undefined;
			const body = parseJsonBody(empty ? Buffer.from(JSON.stringify(request.noContent)) : exchange.body, schema);
			if ('unreadable' in body) return { outcome: { kind: 'unreadable', message: body.unreadable } };
			if ('wrongShape' in body) {
				throw new ServiceError(
					`${label()}: the response is not what the API documents (${scrub(plainLine(body.wrongShape, 160))})`,
					{ hint: `${options.again}; if this persists, the API may have changed` },
				);
			}
			const verdict = check?.(body.data);
			if (verdict === undefined) return { value: body.data };
			if ('error' in verdict) {
				verdict.error.message = scrub(verdict.error.message);
				throw verdict.error;
			}
			return { outcome: { kind: 'server', message: scrub(verdict.retry) } };
		};
		let final: { value: z.output<Schema> } | Final;
		try {
			final = await withRetries(request, label, target, 'application/json', read, maxResponseBytes);
		} catch (error) {
			if (!(error instanceof BodyTooLarge)) throw error;
			throw new ServiceError(`${label()}: the response is ${error.message}, more than any page of the API holds`, {
				hint: `check the base URL and any proxy on the way, then ${options.again}`,
			});
		}
		if ('value' in final) return final.value;
		throw failureOf(final, { ...failureContext(label()), refusedStatuses: request.refusedStatuses });
	}

	async function download(url: string, maxBytes: number): Promise<Download> {
		let target: URL;
		try {
			target = new URL(url, base);
		} catch {
			return { ok: false, reason: 'not a web address' };
		}
		if (!/^https?:$/.test(target.protocol)) return { ok: false, reason: 'not a web address' };
		// An address the service sent with a secret in it reaches the caller scrubbed: the file
		// is fetched by the address as sent, and every message still names it scrubbed.
		const real = restoreAddress(target.href, echoed);
		if (real !== target.href) target = new URL(real);
		const request: ServiceRequest = { method: 'GET', url: target.href };
		const label = lazyLabel(request);
		try {
			const final = await withRetries(
				request,
				label,
				target,
				'image/*,*/*;q=0.5',
				(exchange) => ({ value: exchange }),
				maxBytes,
			);
			if ('value' in final) {
				const type = final.value.headers['content-type'];
				return { ok: true, bytes: final.value.body, contentType: type };
			}
			if (final.exchange) {
				const { status, statusText } = final.exchange;
				// The status line is the server's (or a proxy's) own words: scrubbed before it is cut.
				return { ok: false, reason: `${status} ${plainLine(scrub(plainLine(statusText, 200)), 40)}`.trim() };
			}
			return { ok: false, reason: failureOf(final, failureContext(label())).message };
		} catch (error) {
			if (error instanceof BodyTooLarge || error instanceof ServiceError) return { ok: false, reason: error.message };
			throw error;
		}
	}

	return { json, download, labelOf, refused, redact: scrub };
}
