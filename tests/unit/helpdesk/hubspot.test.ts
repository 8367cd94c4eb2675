// What is HubSpot's own beyond the contract every source meets: closed by pipeline
// stage, the 10,000-result cap of a search, deleted (archived) tickets, drop-down
// labels, and a 429 that names its limit in the body rather than in a header.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createHubspotFake, hubspotFakeProperties } from '../../../src/helpdesk/fakes/hubspot.ts';
import { hubspotNamedLimit } from '../../../src/helpdesk/sources/hubspot.ts';
import { decide } from '../../../src/http/retry.ts';
import { dataset, makeProject, pull, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { HUBSPOT_ACCESS_TOKEN: 'hs-secret-token' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

async function hubspot(
	data: FakeDataset,
	settings: Record<string, unknown> = {},
	fake: { archived?: Map<number, number> } = {},
) {
	const server = await serve(createHubspotFake(data, { token: env.HUBSPOT_ACCESS_TOKEN, siteUrl, ...fake }));
	const project = makeProject({
		type: 'hubspot',
		baseUrl: server.url,
		category: { property: hubspotFakeProperties.category },
		productArea: { property: hubspotFakeProperties.productArea },
		articles: { property: hubspotFakeProperties.article },
		pageSize: 7,
		retry: quickRetry,
		...settings,
	});
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

const searches = (server: { requests: { path: string; body: string }[] }) =>
	server.requests
		.filter((request) => request.path === '/crm/v3/objects/tickets/search')
		.map((request) => JSON.parse(request.body) as { after?: string; filterGroups: { filters: unknown[] }[] });

describe('tickets:pull from HubSpot', () => {
	test('a search that would pass its cap starts again from the last modification read, and every closed ticket arrives once', async () => {
		const { server, project } = await hubspot(dataset(10_050), { pageSize: 200, replies: false });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('holds 10,050 closed tickets');
		const ids = project.rows('hubspot').map((row) => row.id);
		expect(new Set(ids).size).toBe(10_050);
		// Restarts carry no offset and a lower bound on the modification time.
		const restarts = searches(server).filter((search, index) => index > 0 && search.after === undefined);
		expect(restarts.length).toBe(1);
		for (const search of restarts) {
			expect(search.filterGroups[0]?.filters).toContainEqual(
				expect.objectContaining({ propertyName: 'hs_lastmodifieddate', operator: 'GTE' }),
			);
		}
	});

	test('a ticket deleted since the last pull leaves the cache', async () => {
		const data = dataset(20);
		const archived = new Map<number, number>();
		const { project } = await hubspot(data, {}, { archived });
		expect((await pull(project, [], env)).status).toBe(0);
		expect(project.rows('hubspot').map((row) => row.id)).toContain('5');

		archived.set(5, Date.now());
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(project.rows('hubspot').map((row) => row.id)).not.toContain('5');
		expect(project.rows('hubspot')).toHaveLength(19);
	});

	test("a drop-down's internal value is read as its label, and only the team's emails count as replies", async () => {
		const { project } = await hubspot(dataset(8));
		expect((await pull(project, [], env)).status).toBe(0);
		const rows = project.rows('hubspot');
		// The fake's option values are option_1...; their labels the taxonomy's ids.
		expect(rows.map((row) => row.category)).not.toContainEqual(expect.stringMatching(/^option_/));
		// The customer's own email links /articles/customer-guess/: not a link the team sent.
		expect(JSON.stringify(rows)).not.toContain('customer-guess');
		expect(readFileSync(project.cache('hubspot'), 'utf8')).not.toMatch(/jane\.doe|@example\.com/);
	});

	test('the daily limit stops the pull at once (exit 2), saying so, instead of waiting until midnight', async () => {
		const { server, project } = await hubspot(dataset(20));
		server.inject({
			match: (request) => request.url.pathname === '/crm/v3/objects/tickets/search',
			times: 5,
			response: {
				status: 429,
				body: {
					status: 'error',
					message: 'You have reached your daily limit.',
					errorType: 'RATE_LIMIT',
					policyName: 'DAILY',
				},
			},
		});
		const started = Date.now();
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(
			/^POST http:\/\/127\.0\.0\.1:\d+\/crm\/v3\/objects\/tickets\/search: HubSpot is rate limiting: the account's daily API limit is used up \(policyName DAILY\)/,
		);
		expect(run.stderr).not.toMatch(/waiting/);
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	test('a pipeline the account does not have: exit 2 listing the ones it has, before any search', async () => {
		const { server, project } = await hubspot(dataset(5), { pipelines: ['9'] });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr.split('\n')[0]).toBe(
			`${project.contentDir}/tryblock.yaml: tickets.source.pipelines "9": HubSpot has no such ticket pipeline; the ones it has: 0 "Support Pipeline"`,
		);
		expect(searches(server)).toEqual([]);
	});
});

describe("HubSpot's 429 body", () => {
	test('names the wait of the secondly limits and stops on the daily one', () => {
		expect(hubspotNamedLimit('{"policyName":"SECONDLY"}')).toEqual({ seconds: 1, policy: 'SECONDLY' });
		expect(hubspotNamedLimit('{"policyName":"TEN_SECONDLY_ROLLING"}')).toEqual({
			seconds: 10,
			policy: 'TEN_SECONDLY_ROLLING',
		});
		expect(hubspotNamedLimit('{"policyName":"DAILY"}')).toHaveProperty('stop');
		expect(hubspotNamedLimit('not json')).toBeUndefined();
		expect(hubspotNamedLimit('{"policyName":7}')).toBeUndefined();
	});

	test('the retry policy follows a named limit, and falls back to backoff without one', () => {
		const policy = { attempts: 3, backoffSeconds: 2, maxWaitSeconds: 300 };
		const response = { kind: 'response', status: 429, headers: {} } as const;
		expect(
			decide(
				{ ...response, limit: { seconds: 10, policy: 'TEN_SECONDLY_ROLLING' } },
				{ attempt: 0, rateLimitWaits: 0, policy },
			),
		).toMatchObject({ retry: true, waitSeconds: 10, reason: 'as its TEN_SECONDLY_ROLLING limit asks' });
		expect(decide({ ...response, limit: { stop: 'used up' } }, { attempt: 0, rateLimitWaits: 0, policy })).toEqual({
			retry: false,
			exhausted: 'used up',
		});
		expect(decide(response, { attempt: 0, rateLimitWaits: 0, policy })).toMatchObject({
			retry: true,
			waitSeconds: 2,
			reason: 'no Retry-After given',
		});
	});
});
