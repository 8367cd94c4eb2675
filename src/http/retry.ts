// When to try a request again and how long to wait: the policy alone, kept apart from
// the request loop (as Octokit keeps its retry and throttling plugins apart from the
// code that pages through results).
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'astro/zod';

/** How long and how often to retry; the defaults suit CI. */
export const retryPolicySchema = z.strictObject({
	/** Tries per request when the service answers 5xx or the network fails. Default 5. */
	attempts: z.number().int().min(1).max(20).default(5),
	/** Wait before the second try, doubled for each further one. Default 1 second. */
	backoffSeconds: z.number().positive().max(120).default(1),
	/** Longest single wait a 429 may ask for (`Retry-After`); beyond it the command stops with exit 2. Default 300. */
	maxWaitSeconds: z.number().positive().max(3600).default(300),
});
export type RetryPolicy = z.output<typeof retryPolicySchema>;

/** What one try of a request ended with. */
export type Outcome =
	| {
			kind: 'response';
			status: number;
			headers: IncomingHttpHeaders;
			/** What a 429's body says about the limit, for a service that names it there rather than in a header. */
			limit?: NamedLimit;
	  }
	| { kind: 'network'; message: string }
	/** A 2xx whose body is not JSON: most often a transfer cut short. */
	| { kind: 'unreadable'; message: string }
	/** A 2xx that reports a server-side error in its body (GraphQL's INTERNAL_SERVER_ERROR). */
	| { kind: 'server'; message: string };

/**
 * A rate limit a service names in its 429's body: the wait its policy implies, or a
 * limit no wait within a run can clear (a daily quota), which stops the command.
 */
export type NamedLimit = { seconds: number; policy: string } | { stop: string };

export type Decision =
	| { retry: false }
	| { retry: true; rateLimited: boolean; waitSeconds: number; reason: string }
	/** A 429 that asks for a longer wait than the policy allows. */
	| { retry: false; tooLong: { waitSeconds: number; header: string } }
	/** A 429 for a limit no wait clears within a run. */
	| { retry: false; exhausted: string };

/** At most this many 429 waits per request, however short each one is. */
export const maxRateLimitWaits = 20;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/**
 * Seconds a 429 asks to wait: `Retry-After` (seconds or an HTTP date), Help Scout's
 * `X-RateLimit-Retry-After`, or `X-RateLimit-Reset`: Intercom's (epoch seconds) or
 * Document360's (the seconds until the limit resets, a short number).
 * Undefined when the response names no wait.
 */
export function requestedWait(
	headers: IncomingHttpHeaders,
	now = Date.now(),
): { seconds: number; header: string } | undefined {
	for (const name of ['retry-after', 'x-ratelimit-retry-after']) {
		const value = header(headers, name);
		if (!value) continue;
		if (/^\d+(\.\d+)?$/.test(value)) return { seconds: Number(value), header: name };
		const date = Date.parse(value);
		if (!Number.isNaN(date)) return { seconds: Math.max(0, (date - now) / 1000), header: name };
	}
	const reset = header(headers, 'x-ratelimit-reset');
	if (reset && /^\d{9,10}$/.test(reset)) {
		return { seconds: Math.max(1, Number(reset) - Math.floor(now / 1000)), header: 'x-ratelimit-reset' };
	}
	if (reset && /^\d{1,5}$/.test(reset)) return { seconds: Number(reset), header: 'x-ratelimit-reset' };
	return undefined;
}

function backoff(policy: RetryPolicy, attempt: number): number {
	return policy.backoffSeconds * 2 ** (attempt - 1);
}

/**
 * Whether to try again after `outcome`. `attempt` counts tries that failed for 5xx,
 * network or unreadable bodies (1 after the first); `rateLimitWaits` counts 429 waits so far.
 */
export function decide(
	outcome: Outcome,
	context: { attempt: number; rateLimitWaits: number; policy: RetryPolicy },
): Decision {
	const { attempt, policy } = context;
	if (outcome.kind === 'response' && outcome.status === 429) {
		if (context.rateLimitWaits >= maxRateLimitWaits) return { retry: false };
		if (outcome.limit && 'stop' in outcome.limit) return { retry: false, exhausted: outcome.limit.stop };
		if (outcome.limit && outcome.limit.seconds <= policy.maxWaitSeconds) {
			return {
				retry: true,
				rateLimited: true,
				waitSeconds: outcome.limit.seconds,
				reason: `as its ${outcome.limit.policy} limit asks`,
			};
		}
		const asked = requestedWait(outcome.headers);
		if (asked && asked.seconds > policy.maxWaitSeconds)
			return { retry: false, tooLong: { waitSeconds: asked.seconds, header: asked.header } };
		const waitSeconds = asked
			? Math.max(asked.seconds, 0.05)
			: Math.min(backoff(policy, context.rateLimitWaits + 1), policy.maxWaitSeconds);
		return {
			retry: true,
			rateLimited: true,
			waitSeconds,
			reason: asked ? `as ${displayHeader(asked.header)} asks` : 'no Retry-After given',
		};
	}
	const retryable = outcome.kind !== 'response' || outcome.status >= 500;
	if (!retryable || attempt >= policy.attempts) return { retry: false };
	const reason =
		outcome.kind === 'response'
			? `it answered ${outcome.status}`
			: outcome.kind === 'network'
				? `the network failed (${outcome.message})`
				: outcome.kind === 'server'
					? `it reported ${outcome.message}`
					: `the response was cut short (${outcome.message})`;
	return { retry: true, rateLimited: false, waitSeconds: backoff(policy, attempt), reason };
}

const headerNames: Record<string, string> = {
	'retry-after': 'Retry-After',
	'x-ratelimit-retry-after': 'X-RateLimit-Retry-After',
	'x-ratelimit-reset': 'X-RateLimit-Reset',
};

export function displayHeader(name: string): string {
	return headerNames[name] ?? name;
}
