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
