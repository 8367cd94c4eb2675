// HubSpot answers a token without a scope the request needs with a 403 of category
// MISSING_SCOPES, the scopes named in `errors[].context.requiredScopes` (or
// `requiredGranularScopes`), as HubSpot's own client issues show.
import { jsonBody, type Refusal, type RefusedAnswer, recordsAt, stringAt, stringsOf } from '../refusal.ts';

export function hubspotRefusal(answer: RefusedAnswer): Refusal | undefined {
	const body = jsonBody(answer.body);
	if (stringAt(body, 'category') !== 'MISSING_SCOPES') return undefined;
	const scopes = new Set<string>();
	for (const error of recordsAt(body, 'errors')) {
		const context = (error as { context?: unknown } | null)?.context as Record<string, unknown> | undefined;
		for (const key of ['requiredGranularScopes', 'requiredScopes']) {
			for (const scope of stringsOf(context?.[key])) scopes.add(scope);
		}
	}
	const names = [...scopes].slice(0, 8);
	const needs = names.length === 0 ? undefined : `the ${names.join(', ')} scope${names.length > 1 ? 's' : ''}`;
	return { kind: 'permission', code: 'MISSING_SCOPES', needs };
}
