// What an answer means once a request is over: a JSON body checked against the schema
// the service documents, or, for a request the retry policy gave up on, the error
// that says which request failed, how, and what to do.
import type { z } from 'astro/zod';
import { plainLine } from '../cli/untrusted-text.ts';
import type { ServiceAuthError } from './errors.ts';
import { ServiceError } from './errors.ts';
import { vendorMessage } from './messages.ts';
import type { Refusal, RefusalClassifier } from './refusal.ts';
import type { Outcome } from './retry.ts';
import type { Exchange } from './transport.ts';

/** How a request ended after every retry the policy allowed. */
export interface Final {
	outcome: Outcome;
	exchange?: Exchange;
	attempt: number;
	rateLimitWaits: number;
}

/** Where a zod issue is and what it says, for "the response is not what the API documents". */
function shapeProblem(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'unexpected shape';
	const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the body';
	return `${where}: ${issue.message}`;
}

/**
 * A body as JSON checked against `schema`. A body that is not JSON is most often a
 * transfer cut short, worth another try; one of the wrong shape is not.
 */
export function parseJsonBody<Schema extends z.ZodType>(
	body: Buffer,
	schema: Schema,
): { data: z.output<Schema> } | { unreadable: string } | { wrongShape: string } {
	let value: unknown;
	try {
		const text = body.toString('utf8');
		value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		return { unreadable: `not valid JSON: ${plainLine((error as Error).message, 80)}` };
	}
	const parsed = schema.safeParse(value);
	return parsed.success ? { data: parsed.data } : { wrongShape: shapeProblem(parsed.error) };
}

export interface FailureContext {
	service: string;
	/** The request as messages name it. */
	label: string;
	/** What to do after a failure that may pass. */
	again: string;
	/** Takes every secret out of text the service sent. */
	scrub: (text: string) => string;
	refused: (detail: string, context: { said?: string; status?: number; refusal?: Refusal }) => ServiceAuthError;
	/** Statuses besides 401 and 403 that mean the credentials were refused (an OAuth token request's 400). */
	refusedStatuses?: readonly number[];
	/** The service's reading of its own 401, 403 and 400 answers: a permission, an allowance, the account. */
	classify?: RefusalClassifier;
}

/** Statuses a service's classifier reads: the refusals, and the 400 some vendors answer a refusal with. */
const classifiedStatuses = new Set([400, 401, 403]);

/** The error for a request that ended without an answer worth having. */
export function failureOf(final: Final, context: FailureContext): ServiceError {
	const { outcome, attempt } = final;
	const { service, label, again } = context;
	if (outcome.kind === 'network') {
		return new ServiceError(`${label}: the network failed after ${attempt} tries (${outcome.message})`, {
			hint: `check the connection and the base URL, then ${again}`,
		});
	}
	if (outcome.kind === 'unreadable' || outcome.kind === 'server') {
		const what =
			outcome.kind === 'unreadable' ? `the response is ${outcome.message}` : `${service} reported ${outcome.message}`;
		return new ServiceError(`${label}: ${what} (${attempt} tries)`, { hint: again });
	}
	const statusText = final.exchange?.statusText ?? '';
	const status = `${outcome.status}${statusText ? ` ${plainLine(statusText, 40)}` : ''}`;
	const message = context.scrub(vendorMessage(final.exchange?.body.toString('utf8') ?? ''));
	const said = message && message !== statusText ? `: ${message}` : '';
	const refusedStatus = context.refusedStatuses?.includes(outcome.status);
	if (context.classify && (classifiedStatuses.has(outcome.status) || refusedStatus)) {
		const refusal = context.classify({
			status: outcome.status,
			body: final.exchange?.body.toString('utf8') ?? '',
			headers: final.exchange?.headers ?? {},
		});
		if (refusal) return context.refused(status, { said: message, status: outcome.status, refusal });
	}
	if (outcome.status === 401 || outcome.status === 403 || refusedStatus) {
		return context.refused(status, { said: message, status: outcome.status });
	}
	if (outcome.status === 429) {
		return new ServiceError(`${label}: still rate limited after ${final.rateLimitWaits} waits`, {
			hint: again,
			status: 429,
		});
	}
	if (outcome.status >= 500) {
		return new ServiceError(`${label}: ${service} answered ${status} ${attempt} times${said}`, {
			hint: `${service} is having trouble; ${again}`,
			status: outcome.status,
		});
	}
	return new ServiceError(`${label}: ${service} answered ${status}${said}`, { status: outcome.status });
}
