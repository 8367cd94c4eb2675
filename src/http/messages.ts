// What the client says about a service, in words a person can act on. Everything a
// service sends back is untrusted: it is made one plain line before it is quoted.
import { plainLine } from '../cli/untrusted-text.ts';

/** The readable part of a service's error body: the message fields the vendors' documented error shapes use. */
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
				// Jira's documented error shape: { errorMessages: [...], errors: { field: message } }.
				'errorMessages',
				// Front's: { _error: { status, title, message } }.
				'_error',
				// Gorgias': { error: { msg } }.
				'msg',
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

/**
 * Replaces every occurrence of each secret, in any letter case (sources lowercase what they
 * quote, such as a status), so no message can show a token even if a service echoes it.
 */
export function redact(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (secret.length < 4) continue;
		out = out.replace(secretPattern(secret), '[redacted]');
	}
	return out;
}

/** Each secret's pattern, made once: a pull scrubs every text of every ticket it caches. */
const secretPatterns = new Map<string, RegExp>();

function secretPattern(secret: string): RegExp {
	let pattern = secretPatterns.get(secret);
	if (pattern === undefined) {
		pattern = new RegExp(secret.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
		if (secretPatterns.size >= 100) secretPatterns.clear();
		secretPatterns.set(secret, pattern);
	}
	return pattern;
}

export function formatSeconds(seconds: number): string {
	return seconds >= 10 || Number.isInteger(seconds) ? `${Math.round(seconds)} s` : `${seconds.toFixed(1)} s`;
}

/** A wait the client is about to make: a rate limit waited out, or a failed try about to be repeated. */
export interface Wait {
	/** The request as messages name it: method and URL. */
	request: string;
	rateLimited: boolean;
	seconds: number;
	/** Why: "as Retry-After asks", "it answered 503", "the network failed (ECONNRESET)". */
	reason: string;
	/** Of a retry: the try about to start, and how many the policy allows. */
	attempt: number;
	attempts: number;
}

/** The line a command prints on stderr for a wait. */
export function describeWait(service: string, wait: Wait): string {
	return wait.rateLimited
		? `${service}: rate limited (429) on ${wait.request}; waiting ${formatSeconds(wait.seconds)} ${wait.reason}`
		: `${service}: ${wait.request} failed, ${wait.reason}; retrying in ${formatSeconds(wait.seconds)} (try ${wait.attempt} of ${wait.attempts})`;
}
