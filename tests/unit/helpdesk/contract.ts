// What every helpdesk source must do, tested against its local fake through the command
// (`npm run tickets:pull`'s main, in this process; in its own process where the process is
// what is tested) with `tickets.source.baseUrl` pointed at it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import type { FakeRequest, FakeServer } from '../../../src/http/fake-server.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import { checkCoverage, dataset, makeProject, type Project, pull, pullProcess, type Run } from './helpers.ts';
import type { VendorSetup } from './vendors.ts';

const refusalFixtures = path.join(import.meta.dirname, '../../fixtures/refusals');

const cacheKeys = ['articles', 'category', 'closedAt', 'id', 'productArea', 'requester', 'status'];

/** Every value a run printed must be free of these: credentials are never shown. */
function expectNoSecrets(run: Run, env: Record<string, string>) {
	for (const value of Object.values(env)) {
		expect(run.stdout).not.toContain(value);
		expect(run.stderr).not.toContain(value);
	}
}

/** The page requests from `from` on. */
function pageRequests(server: FakeServer, setup: VendorSetup, from = 0) {
	return server.requests.slice(from).filter((request) =>
		setup.isPage({
			method: request.method,
			url: new URL(request.path, 'http://fake.local'),
			headers: {},
			body: request.body,
		} as FakeRequest),
	);
}

/** Matches the `nth` page request (1-based) and every one after it, for `times` answers. */
function fromNthPage(setup: VendorSetup, nth: number) {
	let seen = 0;
	return (request: FakeRequest) => setup.isPage(request) && ++seen >= nth;
}

export function describeSource(setup: VendorSetup) {
	describe(`tickets:pull from ${setup.vendor} (local fake)`, () => {
		let data: FakeDataset;
		let server: FakeServer;
		let project: Project;

		beforeEach(async () => {
			data = dataset(60);
			// Ticket 10 was reopened long ago: not closed, so never in the cache.
			const ten = data.tickets[9];
			if (ten) data.update(10, { status: 'open' }, ten.updatedAt + 1000);
			server = await setup.start(data);
			project = makeProject(setup.source(server.url));
		});
		afterEach(async () => {
			await server.close();
			project.remove();
		});

		test('a first pull reads every closed ticket over several pages, and the gate judges the cache like an export', async () => {
			const run = await pull(project, [], setup.env);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(run.stdout).toMatch(
				new RegExp(`^${setup.vendor}: read every closed ticket \\(first pull\\): \\d+ tickets in \\d+ pages`),
			);
			expect(run.stdout).toContain('holds 59 closed tickets');
			expect(pageRequests(server, setup).length).toBeGreaterThanOrEqual(3);

			const rows = project.rows(setup.name);
			const closed = data.tickets.filter((ticket) => ticket.status === 'closed');
			expect(rows.map((row) => row.id).sort()).toEqual(closed.map(setup.idOf).sort());
			// Privacy by default: only these keys, no subject, no email, the requester hashed.
			for (const row of rows) expect(Object.keys(row).sort()).toEqual(cacheKeys);
			const text = readFileSync(project.cache(setup.name), 'utf8');
			expect(text).not.toMatch(/jane\.doe|@example\.com|Customer question/);
			expect(rows[0]?.requester).toMatch(/^[0-9a-f]{16}$/);

			const first = rows.find((row) => row.id === setup.idOf(data.tickets[0] as never));
			expect(first).toMatchObject({ category: 'reliability', productArea: 'domains' });
			expect(String(first?.closedAt)).toMatch(/^\d{4}-\d\d-\d\dT/);
			// Ticket 1 names its article in a field; ticket 3 only in the team's reply.
			expect(JSON.stringify(first?.articles)).toContain(String(data.tickets[0]?.article));
			const third = rows.find((row) => row.id === setup.idOf(data.tickets[2] as never));
			expect(third?.articles).toEqual([data.tickets[2]?.replyArticle]);

			const gate = await checkCoverage(project, ['--format', 'json']);
			expect(gate.status, gate.stderr).toBe(1);
			const report = JSON.parse(gate.stdout) as CoverageReport;
			expect(report.totals).toEqual({ closed: 59, linked: 30, unlinked: 29, invalid: 0, duplicates: 0 });
		});

		test('replies sent before the move link the old help center: with its addresses in redirects.yaml, those tickets are linked', async () => {
			const oldLinked = data.tickets.filter((ticket) => ticket.replyOldLink && ticket.status === 'closed');
			expect(oldLinked.length).toBeGreaterThan(0);
			const paths = oldLinked.map((ticket) => new URL(ticket.replyOldLink as string).pathname);
			writeFileSync(
				path.join(project.contentDir, 'redirects.yaml'),
				`redirects:\n${paths.map((from) => `  - from: ${from}\n    to: verify-domain\n`).join('')}`,
			);
			const run = await pull(project, [], setup.env);
			expect([run.status, run.stderr]).toEqual([0, '']);
			const rows = project.rows(setup.name);
			const first = rows.find((row) => row.id === setup.idOf(oldLinked[0] as never));
			expect(first?.articles).toEqual([paths[0]]);

			const gate = await checkCoverage(project, ['--format', 'json']);
			const report = JSON.parse(gate.stdout) as CoverageReport;
			expect(report.totals).toEqual({
				closed: 59,
				linked: 30 + oldLinked.length,
				unlinked: 29 - oldLinked.length,
				invalid: 0,
				duplicates: 0,
			});
		});

		test('a later pull asks for the changes only: new closed tickets join, reopened ones leave, edits replace', async () => {
			expect((await pull(project, [], setup.env)).status).toBe(0);
			const before = server.requests.length;
			const firstPages = pageRequests(server, setup).length;
			data.add(5);
			data.update(1, { status: 'open' });
			data.update(2, { category: 'usability' });

			const run = await pull(project, [], setup.env);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(run.stdout).toContain(`${setup.vendor}: read the changes since the last pull`);
			expect(run.stdout).toContain('holds 63 closed tickets');
			expect(pageRequests(server, setup, before).length).toBeLessThan(firstPages);

			const rows = project.rows(setup.name);
			const ids = rows.map((row) => row.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).not.toContain(setup.idOf(data.tickets[0] as never));
			expect(ids).toContain(setup.idOf(data.tickets[64] as never));
			expect(rows.find((row) => row.id === setup.idOf(data.tickets[1] as never))?.category).toBe('usability');
		});

		test(
			'refused credentials: exit 2 naming the variable and quoting the helpdesk, never the secret; the cache stays',
			async () => {
				expect((await pull(project, [], setup.env)).status).toBe(0);
				const cache = readFileSync(project.cache(setup.name), 'utf8');
				// In its own process: the exit status and the output a shell and a CI log see.
				const run = await pullProcess(project, [], setup.badEnv);
				expect(run.status).toBe(2);
				expect(run.stderr).toContain(`${setup.vendor} refused the credentials in ${setup.credentials}`);
				expect(run.stderr).toContain(setup.refusal);
				expect(run.stderr).not.toMatch(/\n\s+at /);
				expectNoSecrets(run, setup.badEnv);
				expect(readFileSync(project.cache(setup.name), 'utf8')).toBe(cache);
			},
			PROCESS_TEST_TIMEOUT,
		);

		test.each(setup.refusals ?? [])(
			'valid credentials refused for another reason ($fixture): exit 2 saying what is wrong and what to do, never "refused the credentials"; the cache stays, and --skip-without-credentials does not skip it',
			async ({ fixture, says, hint }) => {
				expect((await pull(project, [], setup.env)).status).toBe(0);
				const cache = readFileSync(project.cache(setup.name), 'utf8');
				data.add(3);
				const answer = JSON.parse(readFileSync(path.join(refusalFixtures, `${fixture}.json`), 'utf8'));
				server.inject({ match: setup.isPage, times: 2, response: answer });
				for (const args of [[], ['--skip-without-credentials']]) {
					const run = await pull(project, args, setup.env);
					expect(run.status, run.stderr).toBe(2);
					const [message, advice, ...rest] = run.stderr.trim().split('\n');
					expect([message, rest]).toEqual([says, []]);
					expect(advice).toContain(hint);
					expect(run.stderr).not.toContain('refused the credentials');
					expectNoSecrets(run, setup.env);
				}
				expect(readFileSync(project.cache(setup.name), 'utf8')).toBe(cache);
			},
		);

		test('missing credentials: exit 2 naming the variable, before any request', async () => {
			const empty = Object.fromEntries(Object.keys(setup.env).map((name) => [name, '']));
			const run = await pull(project, [], empty);
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(
				new RegExp(`^${Object.keys(setup.env)[0]} is not set: npm run tickets:pull reads the`),
			);
			expect(server.requests).toEqual([]);
		});

		test('missing credentials with --skip-without-credentials (a CI run without secrets): exit 0, the pull skipped and said, the cache as it was', async () => {
			expect((await pull(project, [], setup.env)).status).toBe(0);
			const cache = readFileSync(project.cache(setup.name), 'utf8');
			const before = server.requests.length;
			const empty = Object.fromEntries(Object.keys(setup.env).map((name) => [name, '']));
			const run = await pull(project, ['--skip-without-credentials'], empty);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toBe(
				`Pull skipped: ${Object.keys(setup.env)[0]} is not set (--skip-without-credentials). The cache stays as the last pull left it, and check:coverage reads that.\n`,
			);
			expect(server.requests.slice(before)).toEqual([]);
			expect(readFileSync(project.cache(setup.name), 'utf8')).toBe(cache);
			// Credentials that are set but refused are no reason to skip: the run fails as before.
			expect((await pull(project, ['--skip-without-credentials'], setup.badEnv)).status).toBe(2);
		});

		test('a 429 is waited out as the helpdesk asks (a header, or the limit its body names), said on stderr, and the pull goes on', async () => {
			server.inject({ match: fromNthPage(setup, 2), response: setup.rateLimited() });
			const run = await pull(project, [], setup.env);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stderr).toMatch(
				new RegExp(
					`^${setup.vendor}: rate limited \\(429\\) on (GET|POST) http://127\\.0\\.0\\.1:\\d+/\\S+; waiting \\d s as [^;\\n]+ asks\\n$`,
				),
			);
			expect(run.stdout).toMatch(/waited out 1 rate limit \(\d s\)/);
			expect(project.rows(setup.name)).toHaveLength(59);
		});

		test('a 500 is retried with backoff, then the pull goes on', async () => {
			server.inject({
				match: fromNthPage(setup, 2),
				response: { status: 500, body: { error: 'Internal Server Error' } },
			});
			const run = await pull(project, [], setup.env);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stderr).toMatch(/failed, it answered 500; retrying in 0\.1 s \(try 2 of 3\)/);
			expect(project.rows(setup.name)).toHaveLength(59);
		});

		test('5xx that persists: exit 2 naming the request; nothing half-done is used, and the next run resumes', async () => {
			server.inject({ match: fromNthPage(setup, 2), times: 3, response: { status: 503, body: 'Service Unavailable' } });
			const failed = await pull(project, [], setup.env);
			expect(failed.status).toBe(2);
			expect(failed.stderr).toMatch(
				new RegExp(
					`^(GET|POST) http://127\\.0\\.0\\.1:\\d+/\\S+: ${setup.vendor} answered 503 Service Unavailable 3 times$`,
					'm',
				),
			);
			expect(existsSync(project.cache(setup.name))).toBe(false);

			const before = server.requests.length;
			const resumed = await pull(project, [], setup.env);
			expect([resumed.status, resumed.stderr]).toEqual([0, '']);
			expect(resumed.stdout).toContain(`${setup.vendor}: resumed an interrupted pull`);
			expect(project.rows(setup.name)).toHaveLength(59);
			// The first page was saved: the resumed run did not ask for it again.
			const [resumedFirst] = pageRequests(server, setup, before);
			const [first] = pageRequests(server, setup);
			expect(`${resumedFirst?.path} ${resumedFirst?.body}`).not.toBe(`${first?.path} ${first?.body}`);
		});

		test('a saved place the helpdesk no longer accepts: the resumed pull reads the list again from its start, once', async () => {
			server.inject({ match: fromNthPage(setup, 2), times: 3, response: { status: 503, body: 'Service Unavailable' } });
			expect((await pull(project, [], setup.env)).status).toBe(2);

			// The interrupted pull waited long enough for its next-page token to expire.
			server.inject({ match: fromNthPage(setup, 1), response: { status: 400, body: { error: 'invalid cursor' } } });
			const before = server.requests.length;
			const resumed = await pull(project, [], setup.env);
			expect(resumed.status, resumed.stderr).toBe(0);
			expect(resumed.stderr).toMatch(
				new RegExp(
					`^${setup.vendor}: the saved place in the interrupted pull is no longer accepted \\(400\\); reading its list again from the start, keeping the [1-9]\\d* tickets already read\n$`,
				),
			);
			expect(project.rows(setup.name)).toHaveLength(59);
			const [, restarted] = pageRequests(server, setup, before);
			const [first] = pageRequests(server, setup);
			expect(`${restarted?.path} ${restarted?.body}`).toBe(`${first?.path} ${first?.body}`);

			// A list that is refused from its start too is no stale place: exit 2, as before.
			server.inject({ match: fromNthPage(setup, 2), times: 3, response: { status: 503, body: 'Service Unavailable' } });
			data.add(60);
			expect((await pull(project, [], setup.env)).status).toBe(2);
			server.inject({ match: setup.isPage, times: 10, response: { status: 400, body: { error: 'bad request' } } });
			const refused = await pull(project, [], setup.env);
			expect(refused.status).toBe(2);
			expect(project.rows(setup.name)).toHaveLength(59);
		});

		test('a malformed page: exit 2 saying what is wrong, and none of it reaches the cache', async () => {
			expect((await pull(project, [], setup.env)).status).toBe(0);
			const cache = readFileSync(project.cache(setup.name), 'utf8');
			data.add(20);
			server.inject({ match: fromNthPage(setup, 1), response: { body: { unexpected: 'shape' } } });
			const wrong = await pull(project, [], setup.env);
			expect(wrong.status).toBe(2);
			expect(wrong.stderr).toMatch(/: the response is not what the API documents \(/);

			server.inject({ match: fromNthPage(setup, 1), times: 3, response: { body: '{"half a page": [' } });
			const cut = await pull(project, [], setup.env);
			expect(cut.status).toBe(2);
			expect(cut.stderr).toMatch(/the response is not valid JSON: .+ \(3 tries\)/);
			expect(readFileSync(project.cache(setup.name), 'utf8')).toBe(cache);
		});

		test('a mapped field the helpdesk does not have: exit 2 listing the ones it has', async () => {
			const settings = { ...setup.source(server.url), ...setup.unknownField.mapping };
			const wrong = makeProject(settings);
			try {
				const run = await pull(wrong, [], setup.env);
				expect(run.status).toBe(2);
				// The settings file of the content folder read, wherever it is (here outside the working directory).
				expect(run.stderr.startsWith(`${wrong.contentDir}/tryblock.yaml: tickets.source.`)).toBe(true);
				expect(run.stderr).toMatch(/^\S+: tickets\.source\.\w+\.\w+ .+: .+ has no such [a-z ]+; the [a-z ]+s it has: /);
				expect(run.stderr).toContain(setup.unknownField.listed);
				expect(pageRequests(server, setup)).toEqual([]);
			} finally {
				wrong.remove();
			}
		});
	});
}
