// Intercom answers an error as `{ type: "error.list", errors: [{ code, message }] }`, with
// the codes its "Error Codes" reference lists: token_unauthorized (the token may not
// reach the resource), action_forbidden and forbidden are permissions; api_plan_restricted
// is the workspace's plan; token_blocked is an app or key Intercom blocked.
import { jsonBody, type Refusal, type RefusedAnswer, recordsAt, stringAt } from '../refusal.ts';

const permissions = new Set(['token_unauthorized', 'action_forbidden', 'forbidden']);

export function intercomRefusal(answer: RefusedAnswer): Refusal | undefined {
	for (const error of recordsAt(jsonBody(answer.body), 'errors')) {
		const code = stringAt(error, 'code');
		if (code === undefined) continue;
		if (permissions.has(code)) return { kind: 'permission', code };
		if (code === 'api_plan_restricted') {
			return { kind: 'account', code, what: "the workspace's plan does not include this API" };
		}
		if (code === 'token_blocked') return { kind: 'account', code, what: 'Intercom has blocked the app or its token' };
	}
	return undefined;
}
