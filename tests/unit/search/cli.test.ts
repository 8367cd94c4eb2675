import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeFixtureSite } from './fixture-site.ts';

const out = 'tests/.output/search-cli';
const questions = 'tests/fixtures/search/fixture-questions/search.yaml';

/** Runs `npm run eval:search -- <args>` the way CI does, and returns what it printed and its exit code. */
function evalSearch(...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/eval-search.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
	await writeFixtureSite(`${out}/good`, { aliases: true });
	await writeFixtureSite(`${out}/no-aliases`, { aliases: false });
});

describe('npm run eval:search', () => {
	test('exit code 0 and the scores when every minimum holds', () => {
		const run = evalSearch('--dist', `${out}/good`, '--evals', questions);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('hit@3  1.000  (10/10)  minimum 0.9  ok');
		expect(run.stdout).toContain('Passed: every minimum holds.');
	});

	test('exit code 1 and every miss when the aliases are gone', () => {
		const run = evalSearch('--dist', `${out}/no-aliases`, '--evals', questions);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('"getting throttled"\n    expected api-rate-limits: not in the first 10 results');
		expect(run.stdout).toContain(
			'Failed: hit@3 is 0.600, below the minimum 0.9 (search.minHitAt3 in content/tryblock.yaml).',
		);
	});

	test('--format json prints the report as data', () => {
		const run = evalSearch('--dist', `${out}/no-aliases`, '--evals', questions, '--format', 'json');
		expect(run.status).toBe(1);
		expect(JSON.parse(run.stdout)).toMatchObject({ questions: 10, hitAt3: 0.6, passed: false });
	});

	test('exit code 2 with one line and a hint when there is no build', () => {
		const run = evalSearch('--dist', `${out}/missing`, '--evals', questions);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatchInlineSnapshot(`
			"tests/.output/search-cli/missing/pagefind not found: run npm run build first
			the evals search the built index; pass --dist <dir> for a site built elsewhere

			Usage: npm run eval:search -- [--dist dist] [--evals content/evals/search.yaml] [--format text|json]

			  --dist    built site to search (default: dist; the internal build is dist-internal)
			  --evals   questions to ask (default: content/evals/search.yaml)
			  --format  text for people (default), json for tools
			Exit codes: 0 every minimum holds, 1 below a minimum in content/tryblock.yaml (search:), 2 unusable input or no build.
			"
		`);
	});

	test('exit code 2 and the usage for a bad option', () => {
		const run = evalSearch('--format', 'xml');
		expect(run.status).toBe(2);
		expect(run.stderr.split('\n')[0]).toBe('--format must be "text" or "json", received "xml"');
		expect(run.stderr).toContain('Usage: npm run eval:search');
	});
});
