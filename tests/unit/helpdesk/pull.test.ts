import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { FakeDataset } from '../../../src/helpdesk/fakes/dataset.ts';
import { createZendeskFake, zendeskFakeFields } from '../../../src/helpdesk/fakes/zendesk.ts';
import { loadInsights } from '../../../src/tickets/insights.ts';
import type { CoverageReport } from '../../../src/tickets/report.ts';
import { PROCESS_TEST_TIMEOUT } from '../in-process.ts';
import {
	checkCoverage,
	dataset,
	makeProject,
	pull,
	pullProcess,
	quickRetry,
	serve,
	siteUrl,
	until,
	writeExport,
} from './helpers.ts';

const env = { ZENDESK_API_TOKEN: 'zd-secret-token' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.reverse()) await step();
	cleanup = [];
});

/** A Zendesk fake over `data`, and a project pulling from it with `settings` on top of the usual mapping. */
async function zendesk(data: FakeDataset, settings: Record<string, unknown> = {}, coverage = {}) {
	const server = await serve(
		createZendeskFake(data, { token: env.ZENDESK_API_TOKEN, email: 'bot@example.com', siteUrl }),
	);
	const project = makeProject(
		{
			type: 'zendesk',
			baseUrl: server.url,
			email: 'bot@example.com',
			category: { field: zendeskFakeFields.category },
			productArea: { tagPrefix: 'area_' },
			articles: { tagPrefix: 'kb_' },
			retry: quickRetry,
			...settings,
		},
		coverage,
	);
	cleanup.push(
		() => server.close(),
		() => project.remove(),
	);
	return { server, project };
}

function report(stdout: string): CoverageReport {
	return JSON.parse(stdout) as CoverageReport;
}

describe('tickets:pull at scale', () => {
	test('50,000 tickets over 100 pages: every one cached once, and the gate judges them all', async () => {
		const data = dataset(50_000);
		const { server, project } = await zendesk(data, { pageSize: 500 });
		const run = await pull(project, [], env);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('50,000 tickets in 100 pages');
		expect(run.stdout).toContain('holds 50,000 closed tickets');
		expect(server.requests.filter((request) => request.path.includes('/incremental/'))).toHaveLength(100);
		const gate = await checkCoverage(project, ['--format', 'json']);
		expect(report(gate.stdout).totals).toMatchObject({ closed: 50_000, invalid: 0, duplicates: 0 });
	}, 120_000);
});

describe('an interrupted pull', () => {
	test('keeps the previous cache as it was, holds off a second pull, and resumes from the last saved page', async () => {
		const data = dataset(30);
		const { server, project } = await zendesk(data, { pageSize: 10 });
		expect((await pull(project, [], env)).status).toBe(0);
		const cache = readFileSync(project.cache('zendesk'), 'utf8');

		data.add(40);
		let pages = 0;
		server.inject({
			match: (request) => request.url.pathname.includes('/incremental/') && ++pages === 3,
			response: 'hang',
		});
		const before = server.requests.length;
		// In its own process, to be interrupted as Ctrl+C interrupts it.
		let child: import('node:child_process').ChildProcess | undefined;
		const running = pullProcess(project, [], env, (spawned) => {
			child = spawned;
		});
		await until(() => server.requests.length - before >= 3);

		const second = await pull(project, [], env);
		expect(second.status).toBe(2);
		expect(second.stderr).toMatch(/^another pull \(process \d+\) is writing .+\.tryblock\/tickets$/m);

		child?.kill('SIGINT');
		const interrupted = await running;
		expect(interrupted.status).toBe(130);
		expect(interrupted.stderr).toContain(
			'Interrupted: the pages pulled so far are kept; run npm run tickets:pull again to resume.',
		);
		expect(readFileSync(project.cache('zendesk'), 'utf8')).toBe(cache);
		const hung = server.requests.at(-1)?.path;

		const resumed = await pull(project, [], env);
		expect([resumed.status, resumed.stderr]).toEqual([0, '']);
		expect(resumed.stdout).toContain('Zendesk: resumed an interrupted pull: 40 tickets in 4 pages');
		expect(resumed.stdout).toContain('holds 70 closed tickets');
		// It asked again for the page it never got, not for the ones it saved.
		const asked = server.requests.slice(server.requests.length - 2).map((request) => request.path);
		expect(asked[0]).toBe(hung);
		expect(existsSync(path.join(project.cacheDir, 'zendesk.partial'))).toBe(false);
		expect(existsSync(path.join(project.cacheDir, 'zendesk.lock'))).toBe(false);
	}, 60_000);
});

describe('what the cache keeps', () => {
	test('subjects only with --with-subjects; the insights show them; a pull without the flag removes them', async () => {
		const data = dataset(12);
		const { project } = await zendesk(data);
		expect((await pull(project, ['--with-subjects'], env)).status).toBe(0);
		expect(project.rows('zendesk').every((row) => typeof row.subject === 'string')).toBe(true);
		const insights = await loadInsights({ contentDir: project.contentDir, now: new Date('2026-06-01') });
		expect(insights.sources.map((source) => path.basename(source.file))).toEqual(['zendesk.jsonl']);
		expect(insights.unlinkedTickets.find((ticket) => ticket.id === '2')?.subject).toBe('Customer question number 2');

		const run = await pull(project, [], env);
		expect(run.stdout).toContain('Zendesk: read the changes since the last pull');
		expect(project.rows('zendesk')).toHaveLength(12);
		expect(readFileSync(project.cache('zendesk'), 'utf8')).not.toContain('Customer question');
	});

	test('the cache folder keeps itself out of git, and the tickets hold no personal data', async () => {
		const { project } = await zendesk(dataset(8));
		expect((await pull(project, [], env)).status).toBe(0);
		expect(readFileSync(path.join(project.root, '.tryblock/.gitignore'), 'utf8')).toMatch(/^\*$/m);
		expect(readFileSync(project.cache('zendesk'), 'utf8')).not.toMatch(/@|jane|Customer question/);
		// The requester is a keyed hash, never the helpdesk's id (5000 and up in the fake).
		for (const row of project.rows('zendesk')) expect(row.requester).toMatch(/^[0-9a-f]{16}$/);
	});

	test('changed settings make the next pull read everything again; --full does on demand', async () => {
		const data = dataset(10);
		const { server, project } = await zendesk(data);
		expect((await pull(project, [], env)).status).toBe(0);
		const config = path.join(project.contentDir, 'tryblock.yaml');
		const yaml = readFileSync(config, 'utf8').replace('tagPrefix: area_', `field: ${zendeskFakeFields.productArea}`);
		writeFileSync(config, yaml);
		const changed = await pull(project, [], env);
		expect(changed.stdout).toContain(
			'read every closed ticket (tickets.source or site.url changed since the last pull)',
		);
		const full = await pull(project, ['--full'], env);
		expect(full.stdout).toContain('read every closed ticket (--full)');
		expect(server.requests.at(-1)?.path).toContain('start_time=0');
	});

	test('team replies are read only when asked (one request per ticket in Zendesk)', async () => {
		const { server, project } = await zendesk(dataset(8));
		expect((await pull(project, [], env)).status).toBe(0);
		expect(server.requests.some((request) => request.path.includes('/comments'))).toBe(false);
		expect(project.rows('zendesk').find((row) => row.id === '3')?.articles).toEqual([]);
	});

	test('a status the gate does not count as closed is pointed out', async () => {
		const { project } = await zendesk(dataset(6), {}, { closedStatuses: ['closed'] });
		const run = await pull(project, [], env);
		expect(run.stdout).toContain(
			'Note: 3 tickets have the status "solved", which coverage.closedStatuses does not list: the gate will not judge them.',
		);
	});
});

describe('the gate and the cache', () => {
	test('reads the committed exports and the cache together, the cache last, whatever the exports call their columns', async () => {
		const data = dataset(6);
		const { project } = await zendesk(
			data,
			{},
			{
				columns: { id: ['Ticket ID'], status: ['State'], category: ['Kind'], productArea: ['Component'] },
			},
		);
		writeExport(
			project,
			'old.csv',
			'Ticket ID,State,Kind,Component\n1,closed,usability,billing\nT-9,closed,usability,billing\n',
		);
		expect((await pull(project, [], env)).status).toBe(0);
		const gate = await checkCoverage(project, ['--format', 'json']);
		const result = report(gate.stdout);
		expect(result.totals).toMatchObject({ closed: 7, duplicates: 1, invalid: 0 });
		// Ticket 1 is in both: the helpdesk's word (reliability / domains) wins over the old export's.
		expect(result.categories.find((category) => category.id === 'usability')?.unlinked).toContain('T-9');
		expect(result.categories.find((category) => category.id === 'reliability')?.closed).toBe(2);
	});

	test('--before judges only tickets closed before the day: a pull request is not failed by tickets closed after its base', async () => {
		const data = dataset(6);
		const { project } = await zendesk(data);
		expect((await pull(project, [], env)).status).toBe(0);
		data.add(2);
		expect((await pull(project, [], env)).status).toBe(0);
		const today = new Date().toISOString().slice(0, 10);
		const all = report((await checkCoverage(project, ['--format', 'json'])).stdout);
		const before = report((await checkCoverage(project, ['--format', 'json', '--before', today])).stdout);
		expect(all.totals.closed).toBe(8);
		expect(before).toMatchObject({ before: today, totals: { closed: 6 } });
		const text = await checkCoverage(project, ['--before', today]);
		expect(text.stdout).toMatch(new RegExp(`6 closed tickets judged \\(closed before ${today}\\)`));
		// Five commands, one after another: on a busy 2-core machine that has taken over 30 s.
	}, 60_000);

	test('with neither exports nor a cache, it says to pull or export', async () => {
		const project = makeProject(undefined);
		cleanup.push(() => project.remove());
		const run = await checkCoverage(project);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(
			`run \`npm run tickets:pull\` (tickets.source in ${project.contentDir}/tryblock.yaml)`,
		);
	});

	test(
		'without tickets.source, tickets:pull says what to configure',
		async () => {
			const project = makeProject(undefined);
			cleanup.push(() => project.remove());
			// In its own process: the exit status a shell sees for settings it cannot use.
			const run = await pullProcess(project, []);
			expect(run.status).toBe(2);
			expect(run.stderr.split('\n').slice(0, 2)).toEqual([
				`${project.contentDir}/tryblock.yaml has no tickets.source: there is no helpdesk to pull from`,
				'add tickets.source with the helpdesk type, its token variable and the category and product-area mapping (README: "Pull closed tickets from your helpdesk")',
			]);
		},
		PROCESS_TEST_TIMEOUT,
	);

	test('without tickets.source, --skip-without-credentials (a team that commits exports, in CI) skips the pull and exits 0', async () => {
		const project = makeProject(undefined);
		cleanup.push(() => project.remove());
		const run = await pull(project, ['--skip-without-credentials']);
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toBe(
			'Pull skipped: tickets.source is not set (--skip-without-credentials). The cache stays as the last pull left it, and check:coverage reads that.\n',
		);
	});
});

describe('credentials a helpdesk echoes', () => {
	// A proxy or a misconfigured account can send the credential back inside what the
	// pull quotes, such as a field's name.
	const echo = `Echo of ${env.ZENDESK_API_TOKEN}`;

	test('a field list that echoes the token: the message lists the fields with the token scrubbed', async () => {
		const { server, project } = await zendesk(dataset(3), { category: { field: 999 } });
		server.inject({
			match: (request) => request.url.pathname === '/api/v2/ticket_fields.json',
			response: { body: { ticket_fields: [{ id: 360001, title: echo }], next_page: null } },
		});
		const run = await pull(project, [], env);
		expect(run.status).toBe(2);
		expect(run.stderr).not.toContain(env.ZENDESK_API_TOKEN);
		expect(run.stderr).toContain('the ticket fields it has: 360001 "Echo of [redacted]"');
	});
});
