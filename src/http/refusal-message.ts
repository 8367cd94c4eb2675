// The words for a refusal, by what the service said is wrong. Everything from the
// service (its code, the scope it names, its message) arrives here made one plain line;
// the client scrubs every secret from the result.
import { plainLine } from '../cli/untrusted-text.ts';
import { ServiceAuthError } from './errors.ts';
import type { Refusal } from './refusal.ts';

/** What a client knows of its service's refusals: the settings holding the credentials, and what to do. */
export interface RefusalSettings {
	/** The settings (environment variables) that hold the credentials: "ZENDESK_API_TOKEN". */
	credentials?: string;
	/** What to check when the credentials are refused. */
	hint: string;
	/** What to grant when valid credentials lack a permission, where it differs from `hint`. */
	permission?: string;
	/** What to check when the account or its plan stops the request. */
	account?: string;
}

export interface RefusalContext {
	service: string;
	/** How the service refused: a status ("403 Forbidden"), a GraphQL code. */
	detail: string;
	/** The service's own words, quoted in the hint. */
	said?: string;
	status?: number;
	/** What to do after a failure that may pass: "run the pull again later: it resumes where it stopped". */
	again: string;
	settings?: RefusalSettings;
}

/** The error for a refusal: the message says what is wrong, the hint what to do about it. */
export function refusalError(refusal: Refusal, context: RefusalContext): ServiceAuthError {
	const { service, settings, status } = context;
	const code = refusal.code ? plainLine(refusal.code, 60) : '';
	const detail = code && !context.detail.includes(code) ? `${context.detail}: ${code}` : context.detail;
	const says = context.said ? `${service} says "${context.said}": ` : '';
	const hint = settings?.hint ?? 'check the credentials';
	const where = settings?.credentials ? ` in ${settings.credentials}` : '';
	const options = { status, reason: refusal.kind };
	switch (refusal.kind) {
		case 'credentials':
			return new ServiceAuthError(`${service} refused the credentials${where} (${detail})`, {
				...options,
				hint: `${says}${hint}`,
			});
		case 'permission': {
			const needs = refusal.needs ? plainLine(refusal.needs, 160) : undefined;
			return new ServiceAuthError(
				`${service} accepted the credentials${where} but they lack ${needs ?? 'a permission this request needs'} (${detail})`,
				{ ...options, hint: `${says}grant ${needs ?? 'it'}; ${settings?.permission ?? hint}` },
			);
		}
		case 'quota': {
			const what = refusal.what ? plainLine(refusal.what, 120) : 'its API allowance';
			const resets = refusal.resets ? `calls free up ${plainLine(refusal.resets, 120)}` : 'wait until calls free up';
			return new ServiceAuthError(`${service} refused the request: ${what} is used up (${detail})`, {
				...options,
				hint: `${says}the credentials are fine; ${resets}, then ${context.again}`,
			});
		}
		case 'account': {
			const what = refusal.what ? plainLine(refusal.what, 120) : 'the account cannot use the API now';
			return new ServiceAuthError(`${service} refused the request: ${what} (${detail})`, {
				...options,
				hint: `${says}the credentials are fine; ${settings?.account ?? `check the account's plan and status with ${service}`}`,
			});
		}
	}
}
