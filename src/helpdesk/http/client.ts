import type { z } from 'astro/zod';
import type { RetryPolicy } from '../config.ts';
import { plainLine } from '../text.ts';
import { HelpdeskAuthError, HelpdeskError } from './errors.ts';
import { decide, displayHeader, type Outcome } from './retry.ts';

export interface HttpRequest {
	method: 'GET' | 'POST';
	/** A path with its query, relative to the base URL, or an absolute URL the API handed back (a next-page link). */
	url: string;
	/** Sent as JSON. */
	json?: unknown;
	/** Sent as `application/x-www-form-urlencoded` (OAuth token requests). */
	form?: Record<string, string>;
	/** Skip the authentication headers (the token request itself). */
	anonymous?: boolean;
}

export interface ClientOptions {
	/** The helpdesk's name, for messages: "Zendesk". */
	vendor: string;
	baseUrl: string;
	/** Authentication and vendor headers, asked for before each request (a token may be fetched lazily). */
	headers: () => Promise<Record<string, string>> | Record<string, string>;
	/** Which setting holds the credentials, for the message when the helpdesk refuses them. */
	credentials: string;
	/** What a refused credential usually needs, for the hint. */
	authHint: string;
	retry: RetryPolicy;
	/** Lines for stderr: rate-limit waits and retries. */
	notice: (line: string) => void;
	/** Called after each wait, for the progress line. */
	onWait?: (seconds: number, rateLimited: boolean) => void;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
	/** Milliseconds before one try is abandoned as a network failure. Default 60 s. */
	timeoutMs?: number;
}

/** What a body that parsed says beyond its shape: an error to stop on, or one worth another try. */
export type BodyVerdict = { error: HelpdeskError } | { retry: string };

export interface HttpClient {
	/**
	 * Sends the request (retrying 5xx, network failures and 429s), validates the JSON body
	 * with `schema`, and lets `check` turn an error reported inside a 200 into a failure or a retry.
	 */
	json<Schema extends z.ZodType>(
		request: HttpRequest,
		schema: Schema,
		check?: (data: z.output<Schema>) => BodyVerdict | undefined,
	): Promise<z.output<Schema>>;
	/** The request as messages name it: method and URL. */
	labelOf(request: HttpRequest): string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The readable part of a vendor's error body: the message fields their documented error shapes use. */
export function vendorMessage(text: string): string {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return plainLine(text.replace(/<[^>]*>/g, ' '), 160);
	}
	const pick = (value: unknown): string | undefined => {
		if (typeof value === 'string' && value.trim() !== '') return value;
		if (Array.isArray(value)) return value.map(pick).find((item) => item !== undefined);
		if (value && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			for (const key of [
				'message',
				'title',
				'description',
				'error_description',
				'error',
				'errors',
				'detail',
				'details',
			]) {
				const found = pick(record[key]);
				if (found !== undefined) return found;
			}
		}
		return undefined;
	};
	return plainLine(pick(body) ?? '', 160);
}

/** Where a zod issue is and what it says, for "the response is not what the API documents". */
function shapeProblem(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'unexpected shape';
	const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the body';
	return `${where}: ${issue.message}`;
}

/** The body as JSON checked against `schema`; a body that is not JSON may be a cut-off transfer, worth another try. */
function readBody<Schema extends z.ZodType>(
	text: string,
	schema: Schema,
	label: string,
): { data: z.output<Schema> } | { unreadable: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { unreadable: `not valid JSON: ${plainLine((error as Error).message, 80)}` };
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		throw new HelpdeskError(
			`${label}: the response is not what the API documents (${plainLine(shapeProblem(parsed.error), 160)})`,
			{
				hint: 'run the pull again later (it resumes where it stopped); if this persists, the API may have changed',
			},
		);
	}
	return { data: parsed.data };
}

/**
 * A small JSON-over-HTTP client for one helpdesk: resolves paths against the base URL,
 * refuses to send credentials to another host, retries with backoff, honours 429 waits
 * (bounded) and turns refusals into errors that name the credential, never its value.
 */
export function createHttpClient(options: ClientOptions): HttpClient {
	const base = new URL(options.baseUrl);
	const fetchImpl = options.fetch ?? fetch;
	const sleep = options.sleep ?? defaultSleep;
	const timeoutMs = options.timeoutMs ?? 60_000;

	const resolve = (url: string): URL => {
		const target = new URL(url, base);
		if (target.origin !== base.origin) {
			throw new HelpdeskError(
				`${options.vendor} pointed the next page at ${target.origin}, not ${base.origin}: refusing to send the credentials there`,
			);
		}
		return target;
	};
	const labelOf = (request: HttpRequest): string => {
		const url = new URL(request.url, base).href;
		return `${request.method} ${plainLine(url, 200)}`;
	};

	async function once(
		request: HttpRequest,
		target: URL,
	): Promise<{ outcome: Outcome; text: string; statusText: string }> {
		const headers: Record<string, string> = {
			accept: 'application/json',
			...(request.anonymous ? {} : await options.headers()),
		};
		let body: string | undefined;
		if (request.json !== undefined) {
			headers['content-type'] = 'application/json';
			body = JSON.stringify(request.json);
		} else if (request.form) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams(request.form).toString();
		}
		// A timer cleared as soon as the answer is read: AbortSignal.timeout() would keep each
		// request's fetch state alive until its timeout fired, a minute of pages in memory.
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			const response = await fetchImpl(target, {
				method: request.method,
				headers,
				body,
				signal: controller.signal,
			});
			const text = await response.text();
			return {
				outcome: { kind: 'response', status: response.status, headers: response.headers },
				text,
				statusText: response.statusText,
			};
		} catch (error) {
			const cause = (error as { cause?: { code?: string; message?: string } }).cause;
			const message = controller.signal.aborted
				? `no answer within ${timeoutMs / 1000} s`
				: (cause?.code ?? cause?.message ?? (error as Error).message);
			return { outcome: { kind: 'network', message: plainLine(message, 120) }, text: '', statusText: '' };
		} finally {
			clearTimeout(timer);
		}
	}

	async function json<Schema extends z.ZodType>(
		request: HttpRequest,
		schema: Schema,
		check?: (data: z.output<Schema>) => BodyVerdict | undefined,
	): Promise<z.output<Schema>> {
		const target = resolve(request.url);
		const label = labelOf(request);
		let attempt = 0;
		let rateLimitWaits = 0;
		for (;;) {
			const result = await once(request, target);
			let outcome = result.outcome;
			if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
				const body = readBody(result.text, schema, label);
				if ('unreadable' in body) outcome = { kind: 'unreadable', message: body.unreadable };
				else {
					const verdict = check?.(body.data);
					if (verdict === undefined) return body.data;
					if ('error' in verdict) throw verdict.error;
					outcome = { kind: 'server', message: verdict.retry };
				}
			}
			if (outcome.kind !== 'response' || outcome.status >= 500) attempt++;
			const decision = decide(outcome, { attempt, rateLimitWaits, policy: options.retry });
			if (decision.retry) {
				if (decision.rateLimited) rateLimitWaits++;
				options.notice(
					decision.rateLimited
						? `${options.vendor}: rate limited (429) on ${label}; waiting ${formatSeconds(decision.waitSeconds)} ${decision.reason}`
						: `${options.vendor}: ${label} failed, ${decision.reason}; retrying in ${formatSeconds(decision.waitSeconds)} (try ${attempt + 1} of ${options.retry.attempts})`,
				);
				await sleep(decision.waitSeconds * 1000);
				options.onWait?.(decision.waitSeconds, decision.rateLimited);
				continue;
			}
			if ('tooLong' in decision) {
				throw new HelpdeskError(
					`${label}: ${options.vendor} is rate limiting and asks to wait ${formatSeconds(decision.tooLong.waitSeconds)} (${displayHeader(decision.tooLong.header)}), longer than tickets.source.retry.maxWaitSeconds (${options.retry.maxWaitSeconds} s)`,
					{ hint: 'run the pull again later (it resumes where it stopped), or raise retry.maxWaitSeconds' },
				);
			}
			throw failure(outcome, { label, text: result.text, statusText: result.statusText, attempt, rateLimitWaits });
		}
	}

	function failure(
		outcome: Outcome,
		context: { label: string; text: string; statusText: string; attempt: number; rateLimitWaits: number },
	): HelpdeskError {
		const { label } = context;
		if (outcome.kind === 'network') {
			return new HelpdeskError(`${label}: the network failed after ${context.attempt} tries (${outcome.message})`, {
				hint: 'check the connection and the base URL, then run the pull again: it resumes where it stopped',
			});
		}
		if (outcome.kind === 'unreadable' || outcome.kind === 'server') {
			const what =
				outcome.kind === 'unreadable'
					? `the response is ${outcome.message}`
					: `${options.vendor} reported ${outcome.message}`;
			return new HelpdeskError(`${label}: ${what} (${context.attempt} tries)`, {
				hint: 'run the pull again later: it resumes where it stopped',
			});
		}
		const status = `${outcome.status}${context.statusText ? ` ${plainLine(context.statusText, 40)}` : ''}`;
		const message = vendorMessage(context.text);
		const said = message && message !== context.statusText ? `: ${message}` : '';
		if (outcome.status === 401 || outcome.status === 403) {
			return new HelpdeskAuthError(
				`${options.vendor} refused the credentials in ${options.credentials} (${status}${said})`,
				{ hint: options.authHint },
			);
		}
		if (outcome.status === 429) {
			return new HelpdeskError(`${label}: still rate limited after ${context.rateLimitWaits} waits`, {
				hint: 'run the pull again later: it resumes where it stopped',
			});
		}
		if (outcome.status >= 500) {
			return new HelpdeskError(`${label}: ${options.vendor} answered ${status} ${context.attempt} times${said}`, {
				hint: 'the helpdesk is having trouble; run the pull again later: it resumes where it stopped',
			});
		}
		return new HelpdeskError(`${label}: ${options.vendor} answered ${status}${said}`);
	}

	return { json, labelOf };
}

export function formatSeconds(seconds: number): string {
	return seconds >= 10 || Number.isInteger(seconds) ? `${Math.round(seconds)} s` : `${seconds.toFixed(1)} s`;
}
