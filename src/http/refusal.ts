// Why a service refused a request for who is asking, as the service's own error code
// says: a 401 or 403 (or a token endpoint's 400) is not always a wrong credential.
// Each vendor classifies its own answers (src/http/vendor-refusals/); the client turns
// the class into the message, and anything not classified stays "refused the credentials".

/** What is wrong, in the four ways a person acts on differently. */
export type RefusalKind =
	/** The credentials themselves: wrong, expired, revoked. Fix: new credentials. */
	| 'credentials'
	/** Valid credentials that lack a permission, role or scope. Fix: grant it. */
	| 'permission'
	/** An allowance of calls (not a per-minute 429) is used up. Fix: wait, or buy more. */
	| 'quota'
	/** The account or its plan: suspended, trial over, no API on this plan. Fix: the account. */
	| 'account';

export interface Refusal {
	kind: RefusalKind;
	/** The vendor's error code, shown after the status ("403 Forbidden: REQUEST_LIMIT_EXCEEDED"). */
	code?: string;
	/** Of a permission: the scopes or permission the vendor names ("the tickets scope"). */
	needs?: string;
	/** Of a quota or an account problem: what is used up or wrong ("the org's API request allowance"). */
	what?: string;
	/** Of a quota: when calls free up again, as the vendor documents it ("as its rolling 24-hour window moves on"). */
	resets?: string;
}

/** A refused answer as a classifier reads it: untrusted, every byte of it. */
export interface RefusedAnswer {
	status: number;
	/** The body as text (JSON when the vendor sends its documented error shape). */
	body: string;
	headers: Record<string, string | string[] | undefined>;
}

/** A vendor's reading of its 401, 403 and 400 answers; undefined leaves the answer as it was read before. */
export type RefusalClassifier = (answer: RefusedAnswer) => Refusal | undefined;

/** The body as JSON, or undefined when it is not. */
export function jsonBody(body: string): unknown {
	try {
		return JSON.parse(body);
	} catch {
		return undefined;
	}
}

/** A string property of an object, or undefined. */
export function stringAt(value: unknown, key: string): string | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const found = (value as Record<string, unknown>)[key];
	return typeof found === 'string' ? found : undefined;
}

/** The records of a list, or of a list under `key`: `[...]` or `{ errors: [...] }`. */
export function recordsAt(value: unknown, key?: string): unknown[] {
	const list = key && value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : value;
	return Array.isArray(list) ? list : [];
}

/** The strings of a list, dropping anything else. */
export function stringsOf(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
