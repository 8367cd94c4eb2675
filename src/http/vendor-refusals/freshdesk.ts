// Freshdesk answers a refusal as `{ code, message }` with the codes its API reference
// lists (and its "status codes and their reasons" article describes for a 403): the
// agent lacks the privilege (access_denied), the plan lacks the feature (require_feature),
// the account is suspended, or the agent is locked out after failed logins.
import { jsonBody, type Refusal, type RefusedAnswer, stringAt } from '../refusal.ts';

const accountProblems: Record<string, string> = {
	require_feature: "the account's plan does not include this feature",
	account_suspended: 'the account is suspended',
	password_lockdown: 'the agent is locked out after too many failed login attempts',
};

export function freshdeskRefusal(answer: RefusedAnswer): Refusal | undefined {
	const code = stringAt(jsonBody(answer.body), 'code');
	if (code === 'access_denied') return { kind: 'permission', code };
	const what = code === undefined ? undefined : accountProblems[code];
	return what === undefined ? undefined : { kind: 'account', code, what };
}
