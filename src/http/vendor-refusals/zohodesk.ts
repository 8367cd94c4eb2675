// Zoho Desk answers an error with an `errorCode` its API documentation lists:
// SCOPE_MISMATCH (the OAuth token lacks a scope) and FORBIDDEN (the user lacks a
// permission) are permissions; LICENSE_ACCESS_LIMITED is the edition, naming the
// `feature` and the `editionType`. UNAUTHORIZED, INVALID_OAUTH and OAUTH_ORG_MISMATCH
// are the credentials, as every other 401 is.
import { jsonBody, type Refusal, type RefusedAnswer, stringAt } from '../refusal.ts';

export function zohodeskRefusal(answer: RefusedAnswer): Refusal | undefined {
	const body = jsonBody(answer.body);
	const code = stringAt(body, 'errorCode');
	if (code === 'SCOPE_MISMATCH') return { kind: 'permission', code, needs: 'a scope this request needs' };
	if (code === 'FORBIDDEN') return { kind: 'permission', code };
	if (code === 'LICENSE_ACCESS_LIMITED') {
		const feature = stringAt(body, 'feature');
		const edition = stringAt(body, 'editionType');
		const what = `the ${edition ? `${edition} edition` : 'edition in use'} does not include ${feature ?? 'this'}`;
		return { kind: 'account', code, what };
	}
	return undefined;
}
