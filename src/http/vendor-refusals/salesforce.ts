// Salesforce's REST API answers an error as a list of `{ message, errorCode }`. A 403
// with REQUEST_LIMIT_EXCEEDED is the org's allowance of API requests used up (the
// "API Request Limits and Allocations" page: a rolling 24-hour allocation, and a cap on
// concurrent long-running requests), not a refused token; API_DISABLED_FOR_ORG is an
// org (or a user) without API access.
import { jsonBody, type Refusal, type RefusedAnswer, recordsAt, stringAt } from '../refusal.ts';

export function salesforceRefusal(answer: RefusedAnswer): Refusal | undefined {
	for (const error of recordsAt(jsonBody(answer.body))) {
		const code = stringAt(error, 'errorCode');
		if (code === 'REQUEST_LIMIT_EXCEEDED') {
			return /^ConcurrentRequests\b/.test(stringAt(error, 'message') ?? '')
				? {
						kind: 'quota',
						code,
						what: "the org's allowance of concurrent long-running requests",
						resets: 'as the requests running now finish',
					}
				: {
						kind: 'quota',
						code,
						what: "the org's API request allocation",
						resets: 'as its rolling 24-hour window moves on (Setup > Company Information shows the use)',
					};
		}
		if (code === 'API_DISABLED_FOR_ORG') {
			return { kind: 'account', code, what: 'API access is not enabled for the org or its user' };
		}
	}
	return undefined;
}
