/**
 * A pull that cannot go on: bad credentials, a request that kept failing, a response
 * the vendor's documentation does not describe, a mapped field the helpdesk lacks.
 * The command prints the message and hint and exits 2; the previous cache stays.
 */
export class HelpdeskError extends Error {
	readonly hint?: string;
	constructor(message: string, options: { hint?: string } = {}) {
		super(message);
		this.name = 'HelpdeskError';
		this.hint = options.hint;
	}
}

/** The helpdesk refused the credentials (401/403, or a GraphQL UNAUTHENTICATED/FORBIDDEN). */
export class HelpdeskAuthError extends HelpdeskError {
	constructor(message: string, options: { hint?: string } = {}) {
		super(message, options);
		this.name = 'HelpdeskAuthError';
	}
}
