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

/** The service refused the credentials (401/403, or a GraphQL UNAUTHENTICATED/FORBIDDEN). */
export class ServiceAuthError extends ServiceError {
	constructor(message: string, options: { hint?: string; status?: number } = {}) {
		super(message, options);
		this.name = 'ServiceAuthError';
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
