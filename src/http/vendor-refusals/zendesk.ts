// Zendesk answers a wrong token with a 401 ("Couldn't authenticate you"). A 403 is a
// token it accepted: `{ error: "Forbidden", description }` or `{ error: { title:
// "Forbidden", message } }` ("You do not have access to this page"), a role without the
// access (the incremental export is for admins); `{ errors: [{ code: "APIUnavailable" }] }`
// is an account without the API, as Zendesk's community threads show.
import { jsonBody, type Refusal, type RefusedAnswer, recordsAt, stringAt } from '../refusal.ts';

export function zendeskRefusal(answer: RefusedAnswer): Refusal | undefined {
	if (answer.status !== 403) return undefined;
	const body = jsonBody(answer.body);
	for (const error of recordsAt(body, 'errors')) {
		const code = stringAt(error, 'code');
		if (code === 'APIUnavailable') return { kind: 'account', code, what: 'the API is unavailable for this account' };
	}
	const error = (body as { error?: unknown } | undefined)?.error;
	if (error === 'Forbidden' || stringAt(error, 'title') === 'Forbidden')
		return { kind: 'permission', code: 'Forbidden' };
	return undefined;
}
