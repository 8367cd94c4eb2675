import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { listFiles, readDecompressed } from './helpers/scan-output.ts';

/**
 * A team's first deploy: its own settings and taxonomy, and nothing published yet (one
 * draft). The help center builds, and its home page says so and where to ask, instead of
 * headings over empty lists.
 */
describe('a help center with no published article yet', () => {
	const work = 'tests/.output/empty-help-center';
	const outDir = `${work}/dist`;
	let build: BuildResult;

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		build = await buildSite({ contentDir: 'tests/fixtures/empty-help-center/site', outDir, audience: 'public' });
	});

	test('builds, and says once what the emptiness means instead of a warning per page', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain(
			'No article in tests/fixtures/empty-help-center/site/articles/ is published yet (the one written is a draft or internal)',
		);
		expect(build.output.match(/The collection "articles" does not exist or is empty/g)).toHaveLength(1);
	});

	test('its home page says nothing is published yet and offers support, with no empty lists', () => {
		const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
		expect(home).toContain('No articles are published here yet.');
		expect(home).toContain('href="https://firstday.example/support"');
		expect(home).not.toContain('Browse by product area');
		expect(home).not.toContain('Popular articles');
	});

	test('the draft is in no file of it', () => {
		const found = listFiles(outDir).filter((file) =>
			readDecompressed(path.join(outDir, file)).includes('Refund a payment'),
		);
		expect(found).toEqual([]);
	});
});

/**
 * The same team's handbook: the demo's runbooks removed, as the README's step 3 allows.
 * The insights page points to how feedback is collected without naming a runbook the
 * team no longer has.
 */
describe('the handbook of a team that removed the demo runbooks', () => {
	const work = 'tests/.output/empty-help-center-internal';
	const outDir = `${work}/dist`;
	let build: BuildResult;

	beforeAll(async () => {
		rmSync(work, { recursive: true, force: true });
		build = await buildSite({ contentDir: 'tests/fixtures/empty-help-center/site', outDir, audience: 'internal' });
	});

	test('its insights page names no "Article feedback" runbook, and says where the event format is', () => {
		expect(build.status, build.output).toBe(0);
		const insights = readFileSync(path.join(outDir, 'insights/index.html'), 'utf8');
		expect(insights).toContain('site.feedback.endpoint');
		expect(insights).not.toContain('"Article feedback" runbook');
		expect(insights).toContain('the README\'s "Was this helpful?" section says how');
	});

	test('its ticket-subject eval says there is nothing to search yet, and where to put tickets in its own content folder', () => {
		const insights = readFileSync(path.join(outDir, 'insights/index.html'), 'utf8');
		expect(insights).toContain(
			'No tickets yet, so there is nothing to search: run <code>npm run tickets:pull -- --with-subjects</code>, or add a helpdesk export with a subject column to <code>tests/fixtures/empty-help-center/site/tickets/</code>, then build the handbook again (<code>npm run build:internal</code>).',
		);
	});
});
