/**
 * A pull that cannot go on for a reason of its own: a credential not set, a mapped
 * field the helpdesk lacks, another pull writing the cache. (The helpdesk's refusals
 * and failures are the HTTP client's `ServiceError`s.) The command prints the message
 * and hint and exits 2; the previous cache stays.
 */
export class HelpdeskError extends Error {
	readonly hint?: string;
	constructor(message: string, options: { hint?: string } = {}) {
		super(message);
		this.name = 'HelpdeskError';
		this.hint = options.hint;
	}
}

/** A credential the source needs is not in the environment: named, so a run without secrets can skip the pull. */
export class MissingCredentialError extends HelpdeskError {
	/** The environment variable that is not set. */
	readonly variable: string;
	constructor(variable: string, message: string, options: { hint?: string } = {}) {
		super(message, options);
		this.name = 'MissingCredentialError';
		this.variable = variable;
	}
}
