// What is Jira's own beyond the contract every source meets: the JQL the pull writes,
// comments the search cuts short, internal comments, and Jira's times.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createJiraFake, jiraFakeFields } from '../../../src/helpdesk/fakes/jira.ts';
import { jqlTime } from '../../../src/helpdesk/sources/jira.ts';
import type { FakeResponse } from '../../../src/http/fake-server.ts';
import { dataset, makeProject, pull, quickRetry, serve, siteUrl } from './helpers.ts';

const env = { JIRA_API_TOKEN: 'jira-secret-token' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

/** A project pulling from the Jira fake at `baseUrl`, five tickets a page, retrying at once. */
function jiraProject(baseUrl: string, settings: Record<string, unknown> = {}) {
	return makeProject({
		type: 'jira',
		baseUrl,
		email: 'agent@example.com',
		category: { field: jiraFakeFields.category },
		productArea: { field: 'components' },
		pageSize: 5,
		retry: quickRetry,
		...settings,
	});
}

async function jira(
	data: FakeDataset,
	settings: Record<string, unknown> = {},
	answer: (response: FakeResponse) => FakeResponse = (response) => response,
	token = env.JIRA_API_TOKEN,
) {
	const fake = createJiraFake(data, { email: 'agent@example.com', token, siteUrl });
	const server = await serve(async (request) => answer(await fake(request)));
	const project = jiraProject(server.url, settings);
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

const searchedJql = (server: { requests: { path: string; body: string }[] }) =>
	server.requests
		.filter((request) => request.path === '/rest/api/3/search/jql')
		.map((request) => (JSON.parse(request.body) as { jql: string }).jql);

describe('tickets:pull from Jira', () => {
	test('the first pull searches the Done category in the named projects; later ones what changed, from a time in the account time zone', async () => {
		const { server, project } = await jira(dataset(12), { projects: ['SUP'] });
		expect((await pull(project, [], env)).status).toBe(0);
		expect(searchedJql(server)[0]).toBe('project in ("SUP") AND statusCategory = Done ORDER BY updated ASC');

		const before = server.requests.length;
		expect((await pull(project, [], env)).status).toBe(0);
		const later = searchedJql({ requests: server.requests.slice(before) });
		// JQL reads a time in the account's own zone (the fake's is Berlin): written in it.
		const since = Date.now() - 15 * 60_000;
		expect(later[0]).toMatch(/^project in \("SUP"\) AND updated >= "\d{4}-\d\d-\d\d \d\d:\d\d" ORDER BY updated ASC$/);
		expect(later[0]).toContain(jqlTime(since, 'Europe/Berlin').slice(0, 11));
	});

	test("only the team's public comments count, read past the ones the search returns; the customer's and internal ones never", async () => {
		const { server, project } = await jira(dataset(12), { replies: true });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('jira');
		const text = JSON.stringify(rows);
		expect(text).not.toContain('internal-note');
		expect(text).not.toContain('customer-guess');
		// Ticket 3 links its article only in the third comment, which the search leaves out.
		expect(rows.find((row) => row.id === 'SUP-3')?.articles).toEqual(['api-errors']);
		expect(
			server.requests.some((request) => request.path.startsWith('/rest/api/3/issue/SUP-3/comment?startAt=2')),
		).toBe(true);
	});

	test("the comments the search leaves out are read four tickets at a time, each kept with its own ticket, a 429's Retry-After waited out", async () => {
		const sequential = await jira(dataset(12), { replies: true });
		expect((await pull(sequential.project, [], env)).status).toBe(0);

		// Each comment request answers after a while, the earlier tickets' later, so answers arrive out of order.
		let open = 0;
		let most = 0;
		const data = dataset(12);
		const fake = createJiraFake(data, { email: 'agent@example.com', token: env.JIRA_API_TOKEN, siteUrl });
		const server = await serve(async (request) => {
			const comment = /\/issue\/SUP-(\d+)\/comment/.exec(request.url.pathname);
			if (!comment) return fake(request);
			open++;
			most = Math.max(most, open);
			await new Promise((resolve) => setTimeout(resolve, 200 - 10 * Number(comment[1])));
			open--;
			return fake(request);
		});
		server.inject({
			match: (request) => request.url.pathname === '/rest/api/3/issue/SUP-2/comment',
			response: { status: 429, headers: { 'retry-after': '1' }, body: { errorMessages: ['Rate limit exceeded.'] } },
		});
		const project = jiraProject(server.url, { replies: true });
		cleanup.push(
			() => server.close(),
			() => project.remove(),
		);
		const run = await pull(project, [], env);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('waited out 1 rate limit (1 s)');
		expect(most).toBe(4);
		// The same rows as read one at a time (the datasets' times and the caches' salts differ).
		const kept = (rows: Record<string, unknown>[]) => rows.map(({ closedAt: _at, requester: _by, ...row }) => row);
		expect(kept(project.rows('jira'))).toEqual(kept(sequential.project.rows('jira')));
		expect(kept(project.rows('jira')).filter((row) => (row.articles as string[]).length > 0).length).toBeGreaterThan(1);
		expect(server.requests.filter((request) => request.path.startsWith('/rest/api/3/issue/SUP-2/'))).toHaveLength(2);
	});

	test("Jira's times (+0000 offsets) are kept as ISO 8601 instants, and statuses by their names", async () => {
		const { project } = await jira(dataset(6), { replies: false });
		expect((await pull(project, [], env)).status).toBe(0);
		const rows = project.rows('jira');
		for (const row of rows) expect(row.closedAt).toBe(new Date(String(row.closedAt)).toISOString());
		expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['closed', 'resolved']));
	});

	test("a JQL time is the wall-clock minute in the account's zone, never later than the instant", () => {
		const instant = Date.parse('2026-07-01T10:30:45Z');
		expect(jqlTime(instant, 'Europe/Berlin')).toBe('"2026-07-01 12:30"');
		expect(jqlTime(instant, 'America/Los_Angeles')).toBe('"2026-07-01 03:30"');
		expect(jqlTime(instant, 'UTC')).toBe('"2026-07-01 10:30"');
		// An unknown zone: the earliest wall clock it could be.
		expect(jqlTime(instant, 'Mars/Olympus')).toBe('"2026-06-30 20:30"');
	});

	test('a site or a base URL is required, and project keys are checked', async () => {
		const { project } = await jira(dataset(1), { baseUrl: undefined, projects: ['sup desk'] });
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('a project key such as "SUP"');
	});
});

describe('statuses the gate will not judge, as Jira names them', () => {
	// A Jira team names its own statuses; a proxy or a compromised account can put
	// escape sequences or the credential into a name.
	const token = 'Jira-Secret-TOKEN-42';
	const renamed: Record<string, string> = {
		'SUP-1': 'Open\u001b]8;;http://x.example\u0007 again\nnext',
		'SUP-2': `Echo of ${token}`,
	};
	const rename = (response: FakeResponse): FakeResponse => {
		const body = response.body as { issues?: { key: string; fields: { status?: { name: string } } }[] };
		for (const issue of body.issues ?? []) {
			const name = renamed[issue.key];
			if (name && issue.fields.status) issue.fields.status.name = name;
		}
		return response;
	};

	test('the pull summary prints each on one line, without escape sequences and with the token scrubbed', async () => {
		const { project } = await jira(dataset(4), { replies: false }, rename, token);
		const run = await pull(project, [], { JIRA_API_TOKEN: token });
		expect([run.status, run.stderr]).toEqual([0, '']);
		for (const shown of ['\u001b', '\u0007', '\\u001b', 'x.example']) expect(run.stdout).not.toContain(shown);
		expect(run.stdout).not.toMatch(/secret/i);
		const notes = run.stdout.split('\n').filter((line) => line.startsWith('Note:'));
		expect(notes.sort()).toEqual([
			'Note: 1 tickets have the status "echo of [redacted]", which coverage.closedStatuses does not list: the gate will not judge them.',
			'Note: 1 tickets have the status "open again next", which coverage.closedStatuses does not list: the gate will not judge them.',
		]);
	});

	test('the cache file holds no credential a response echoed, in a status, a category, a product area or a subject', async () => {
		const echo = (response: FakeResponse): FakeResponse => {
			const body = rename(response).body as {
				issues?: { key: string; fields: Record<string, { value?: string; name?: string }[] | { value?: string }> }[];
			};
			for (const issue of body.issues ?? []) {
				if (issue.key === 'SUP-3') {
					(issue.fields.status as { name: string }).name = token.toLowerCase();
					issue.fields.summary = `Key ${token} stopped working` as never;
					(issue.fields[jiraFakeFields.category] as { value: string }).value = `usability ${token}`;
					(issue.fields.components as { name: string }[])[0] = { name: token } as never;
				}
			}
			return response;
		};
		const { project } = await jira(dataset(4), { replies: false }, echo, token);
		const run = await pull(project, ['--with-subjects'], { JIRA_API_TOKEN: token });
		expect([run.status, run.stderr]).toEqual([0, '']);
		const rows = project.rows('jira');
		expect(rows.find((row) => row.id === 'SUP-2')?.status).toBe('echo of [redacted]');
		expect(rows.find((row) => row.id === 'SUP-3')).toMatchObject({
			status: '[redacted]',
			subject: 'Key [redacted] stopped working',
			category: 'usability [redacted]',
			productArea: '[redacted]',
		});
		for (const name of readdirSync(project.cacheDir))
			expect(readFileSync(path.join(project.cacheDir, name), 'utf8')).not.toMatch(/secret-token/i);
	});
});
