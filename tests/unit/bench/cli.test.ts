import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);

/** Runs a benchmark's entry script as `npm run bench...` does; resolves with its exit code and output. */
async function bench(script: string, ...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [`scripts/${script}.ts`, ...args], {
			env: { ...process.env, NO_COLOR: '1' },
		});
		return { status: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe('the benchmarks’ command lines', () => {
	test('a mistyped option stops each one with exit code 2, one line, and its usage, before any work', async () => {
		const scripts = ['bench', 'bench-coverage', 'bench-import', 'bench-pull', 'bench-search'];
		const runs = await Promise.all(scripts.map((script) => bench(script, '--bogus')));
		runs.forEach((result, index) => {
			const name = (scripts[index] as string).replace('-', ':');
			expect(result.status, name).toBe(2);
			expect(result.stderr.split('\n')[0], name).toBe('unknown option --bogus');
			expect(result.stderr, name).toContain(`Usage: npm run ${name} --`);
			expect(result.stderr, name).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
		});
	});

	test('bench:pull names the helpdesks it can fake when --source is not one of them', async () => {
		const result = await bench('bench-pull', '--source', 'frshdesk');
		expect(result.status).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(
			'--source expects one of zendesk, freshdesk, hubspot, jira, front, gorgias, zohodesk, salesforce, received "frshdesk"',
		);
	});
});
