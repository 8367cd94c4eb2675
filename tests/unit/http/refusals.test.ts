// Why a helpdesk refused a request, read from its own error codes: each vendor's
// documented error shapes (tests/fixtures/refusals/, written after the vendors' docs and
// issue threads) classified, then served by a real local server through the client, so
// the message a support lead reads says what to do: new credentials, a permission to
// grant, an allowance to wait for, or the account to sort out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { createServiceClient } from '../../../src/http/client.ts';
import { ServiceAuthError, type ServiceError } from '../../../src/http/errors.ts';
import { type FakeServer, startFakeServer } from '../../../src/http/fake-server.ts';
import type { RefusalClassifier } from '../../../src/http/refusal.ts';
import { freshdeskRefusal } from '../../../src/http/vendor-refusals/freshdesk.ts';
import { hubspotRefusal } from '../../../src/http/vendor-refusals/hubspot.ts';
import { intercomRefusal } from '../../../src/http/vendor-refusals/intercom.ts';
import { salesforceRefusal } from '../../../src/http/vendor-refusals/salesforce.ts';
import { zendeskRefusal } from '../../../src/http/vendor-refusals/zendesk.ts';
import { zohodeskRefusal } from '../../../src/http/vendor-refusals/zohodesk.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/refusals');
const token = 'tk-secret-value';

function fixture(name: string): { status: number; body: unknown } {
	return JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8'));
}

const classifiers: Record<string, RefusalClassifier> = {
	freshdesk: freshdeskRefusal,
	hubspot: hubspotRefusal,
	intercom: intercomRefusal,
	salesforce: salesforceRefusal,
	zendesk: zendeskRefusal,
	zohodesk: zohodeskRefusal,
};

function classify(name: string) {
	const { status, body } = fixture(name);
	const vendor = name.split('-')[0] as string;
	return classifiers[vendor]?.({ status, body: JSON.stringify(body), headers: {} });
}

describe('each vendor classifies its documented error shapes', () => {
	test.each([
		['salesforce-total-requests', 'quota', 'REQUEST_LIMIT_EXCEEDED'],
		['salesforce-concurrent-requests', 'quota', 'REQUEST_LIMIT_EXCEEDED'],
		['salesforce-api-disabled', 'account', 'API_DISABLED_FOR_ORG'],
		['hubspot-missing-scopes', 'permission', 'MISSING_SCOPES'],
		['hubspot-missing-scopes-unnamed', 'permission', 'MISSING_SCOPES'],
		['intercom-token-unauthorized', 'permission', 'token_unauthorized'],
		['intercom-api-plan-restricted', 'account', 'api_plan_restricted'],
		['freshdesk-access-denied', 'permission', 'access_denied'],
		['freshdesk-require-feature', 'account', 'require_feature'],
		['freshdesk-account-suspended', 'account', 'account_suspended'],
		['zendesk-forbidden', 'permission', 'Forbidden'],
		['zendesk-api-unavailable', 'account', 'APIUnavailable'],
		['zohodesk-scope-mismatch', 'permission', 'SCOPE_MISMATCH'],
		['zohodesk-forbidden', 'permission', 'FORBIDDEN'],
		['zohodesk-license-access-limited', 'account', 'LICENSE_ACCESS_LIMITED'],
	])('%s: %s', (name, kind, code) => {
		expect(classify(name)).toMatchObject({ kind, code });
	});

	test.each([
		'salesforce-invalid-session',
		'hubspot-invalid-authentication',
		'intercom-unauthorized',
		'freshdesk-invalid-credentials',
		'zendesk-unauthorized',
		'zohodesk-invalid-oauth',
	])('%s: left to the credentials message', (name) => {
		expect(classify(name)).toBeUndefined();
	});

	test('every fixture of an HTTP refusal is classified above (Plain refuses inside a GraphQL 200)', () => {
		const names = readdirSync(fixtures)
			.map((file) => file.replace(/\.json$/, ''))
			.filter((name) => !name.startsWith('plain-'));
		for (const name of names) expect(Object.keys(classifiers)).toContain(name.split('-')[0]);
		expect(names).toHaveLength(21);
	});

	test('what the vendor names is read: the scopes, the edition and its feature', () => {
		expect(classify('hubspot-missing-scopes')).toMatchObject({ needs: 'the tickets scope' });
		expect(classify('hubspot-missing-scopes-unnamed')).not.toHaveProperty('needs', expect.anything());
		expect(classify('zohodesk-license-access-limited')).toMatchObject({
			what: 'the STANDARD edition does not include BLUEPRINT',
		});
	});

	test('not JSON, another shape, a status a classifier does not read: nothing classified', () => {
		for (const classifier of Object.values(classifiers)) {
			expect(classifier({ status: 403, body: '<html>Forbidden</html>', headers: {} })).toBeUndefined();
			expect(
				classifier({ status: 403, body: '{"errors":"x","code":7,"errorCode":null}', headers: {} }),
			).toBeUndefined();
			expect(classifier({ status: 400, body: '[null, 1, "x"]', headers: {} })).toBeUndefined();
		}
		// Zendesk's "Forbidden" is a 403's word; a stale cursor's 400 stays a 400.
		expect(zendeskRefusal({ status: 400, body: '{"error":"Forbidden"}', headers: {} })).toBeUndefined();
	});
});

let servers: FakeServer[] = [];
afterEach(async () => {
	await Promise.all(servers.map((server) => server.close()));
	servers = [];
});

/** The error a client gets for a fixture (or any answer) served by a real local server. */
async function refusedWith(
	classifyRefusal: RefusalClassifier,
	answer: { status: number; body: unknown },
	refusal = { credentials: 'ACME_TOKEN', hint: 'create a token with read access' } as Record<string, string>,
): Promise<ServiceAuthError> {
	const server = await startFakeServer(() => ({ status: answer.status, body: answer.body as object }));
	servers.push(server);
	const client = createServiceClient({
		service: 'Acme',
		baseUrl: server.url,
		headers: () => ({ authorization: `Bearer ${token}` }),
		refusal: refusal as { hint: string },
		classifyRefusal,
		secrets: [token],
		retry: { attempts: 2, backoffSeconds: 0.01, maxWaitSeconds: 5 },
		again: 'run it again later',
	});
	const error = await client.json({ method: 'GET', url: '/tickets' }, z.object({})).catch((caught: unknown) => caught);
	expect(error).toBeInstanceOf(ServiceAuthError);
	return error as ServiceAuthError;
}

const lines = (error: ServiceError) => [error.message, error.hint];

/** Control characters (C0, DEL, C1) and bidi embeddings, overrides and isolates. */
const hasControls = (text: string) =>
	[...text].some((character) => {
		const code = character.codePointAt(0) as number;
		return (
			code < 32 ||
			(code >= 127 && code < 160) ||
			(code >= 0x202a && code <= 0x202e) ||
			(code >= 0x2066 && code <= 0x2069)
		);
	});

describe('the message says what is wrong and what to do', () => {
	test('an allowance used up (Salesforce REQUEST_LIMIT_EXCEEDED): the credentials are fine, wait for the 24-hour window', async () => {
		const error = await refusedWith(salesforceRefusal, fixture('salesforce-total-requests'));
		expect(lines(error)).toEqual([
			"Acme refused the request: the org's API request allocation is used up (403 Forbidden: REQUEST_LIMIT_EXCEEDED)",
			'Acme says "TotalRequests Limit exceeded.": the credentials are fine; calls free up as its rolling 24-hour window moves on (Setup > Company Information shows the use), then run it again later',
		]);
		expect([error.reason, error.status]).toEqual(['quota', 403]);
	});

	test('a scope the token lacks (HubSpot MISSING_SCOPES): named, with what to grant', async () => {
		const error = await refusedWith(hubspotRefusal, fixture('hubspot-missing-scopes'), {
			credentials: 'ACME_TOKEN',
			hint: 'create a token with read access',
			permission: 'add it to the app',
		});
		expect(lines(error)).toEqual([
			'Acme accepted the credentials in ACME_TOKEN but they lack the tickets scope (403 Forbidden: MISSING_SCOPES)',
			'Acme says "This app hasn\'t been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.": grant the tickets scope; add it to the app',
		]);
		expect(error.reason).toBe('permission');
	});

	test('a permission the vendor does not name: "a permission", and the hint when no other is set', async () => {
		const error = await refusedWith(freshdeskRefusal, fixture('freshdesk-access-denied'));
		expect(lines(error)).toEqual([
			'Acme accepted the credentials in ACME_TOKEN but they lack a permission this request needs (403 Forbidden: access_denied)',
			'Acme says "You are not authorized to perform this action.": grant it; create a token with read access',
		]);
	});

	test('the plan (Intercom api_plan_restricted): the account, not the credentials', async () => {
		const error = await refusedWith(intercomRefusal, fixture('intercom-api-plan-restricted'));
		expect(lines(error)).toEqual([
			"Acme refused the request: the workspace's plan does not include this API (403 Forbidden: api_plan_restricted)",
			'Acme says "Active subscription needed.": the credentials are fine; check the account\'s plan and status with Acme',
		]);
		expect(error.reason).toBe('account');
	});

	test('a wrong token stays what it was: refused credentials', async () => {
		const error = await refusedWith(zendeskRefusal, fixture('zendesk-unauthorized'));
		expect(lines(error)).toEqual([
			'Acme refused the credentials in ACME_TOKEN (401 Unauthorized)',
			'Acme says "Couldn\'t authenticate you": create a token with read access',
		]);
		expect(error.reason).toBe('credentials');
	});

	test('hostile values in what the vendor names (scopes, edition, message) reach the message plain, the token scrubbed', async () => {
		const hostile = `tickets\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007\n::error::pwned ${token}\u202e`;
		const hubspot = await refusedWith(hubspotRefusal, {
			status: 403,
			body: {
				category: 'MISSING_SCOPES',
				message: `scopes\r\n::add-mask::${token}\u001b[2J`,
				errors: [{ context: { requiredScopes: [hostile] } }],
			},
		});
		const zoho = await refusedWith(zohodeskRefusal, {
			status: 403,
			body: {
				errorCode: 'LICENSE_ACCESS_LIMITED',
				message: 'no',
				feature: `BLUE\nPRINT\u001b[31m ${token}`,
				editionType: '::warning::FREE',
			},
		});
		for (const error of [hubspot, zoho]) {
			const text = `${error.message}\n${error.hint}`;
			expect(text).not.toContain(token);
			expect(text.split('\n')).toHaveLength(2);
			expect(hasControls(text.replace('\n', ' '))).toBe(false);
			for (const line of text.split('\n')) expect(line).not.toMatch(/^::/);
		}
		expect(hubspot.message).toBe(
			'Acme accepted the credentials in ACME_TOKEN but they lack the ticketsx ::error::pwned [redacted] scope (403 Forbidden: MISSING_SCOPES)',
		);
		expect(hubspot.hint).toMatch(/^Acme says "scopes ::add-mask::\[redacted\]": grant the tickets/);
		expect(zoho.message).toBe(
			'Acme refused the request: the ::warning::FREE edition does not include BLUE PRINT [redacted] (403 Forbidden: LICENSE_ACCESS_LIMITED)',
		);
	});
});
