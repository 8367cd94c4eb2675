import type { RefusalKind } from './refusal.ts';

/**
 * A service that cannot be used as asked: refused credentials, a request that kept
 * failing, an answer its documentation does not describe. Commands print the message
 * and hint and exit 2. `status` is the HTTP status when the service answered one.
 */
export class ServiceError extends Error {
	readonly hint?: string;
	readonly status?: number;
	constructor(message: string, options: { hint?: string; status?: number } = {}) {
		super(message);
		this.name = 'ServiceError';
		this.hint = options.hint;
		this.status = options.status;
	}
}

/**
 * The service refused the request for who is asking (a 401 or 403, a token endpoint's
 * 400, a GraphQL UNAUTHENTICATED or FORBIDDEN), and `reason` says why, as far as the
 * service's error code tells: the credentials, a permission they lack, an allowance
 * used up, or the account. Nothing to retry now, so the command exits 2 on each.
 */
export class ServiceAuthError extends ServiceError {
	readonly reason: RefusalKind;
	constructor(message: string, options: { hint?: string; status?: number; reason?: RefusalKind } = {}) {
		super(message, options);
		this.name = 'ServiceAuthError';
		this.reason = options.reason ?? 'credentials';
	}
}

/** Statuses a saved next-page address (a cursor, a page token) may earn once it has gone stale. */
const staleStatuses = new Set([400, 404, 410, 422]);

/**
 * Whether a request for a saved next page failed the way a stale one does: the service
 * no longer accepts the place it handed out (Jira's page tokens last days, not weeks),
 * so the list it belongs to has to be read again from its start.
 */
export function isStaleCursorError(error: unknown): error is ServiceError {
	return error instanceof ServiceError && !(error instanceof ServiceAuthError) && staleStatuses.has(error.status ?? 0);
}
