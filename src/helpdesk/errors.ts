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
