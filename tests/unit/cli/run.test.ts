import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFlags } from '../../../src/cli/args.ts';
import { CliError, ExitCode } from '../../../src/cli/run.ts';
import { ContentError } from '../../../src/content-model/errors.ts';
import { runCommand, temporaryDir } from '../authoring/helpers.ts';

describe('runCli: every error a person can cause is one line and exit 2', () => {
	test.each([
		[
			'reading a file that is not there',
			(dir: string) => readFileSync(path.join(dir, 'missing.csv')),
			'cannot open: no such file or folder (ENOENT)',
			'missing.csv',
		],
		[
			'writing into a folder that is not there',
			(dir: string) => writeFileSync(path.join(dir, 'no/such/report.md'), 'x'),
			'cannot open: no such file or folder (ENOENT)',
			'no/such/report.md',
		],
		[
			'writing onto a folder',
			(dir: string) => writeFileSync(dir, 'x'),
			'cannot open: is a folder, where a file was expected (EISDIR)',
			'',
		],
	])('a file-system error from %s names the path, without a stack', async (_, fail, reason, name) => {
		const dir = temporaryDir('run');
		const result = await runCommand(
			() => {
				fail(dir);
				return ExitCode.ok;
			},
			{ replace: dir },
		);
		expect([result.exitCode, result.stderr]).toEqual([2, `<dir>${name ? `/${name}` : ''}: ${reason}`]);
	});

	test('messages that quote input stay on their line and cannot start a workflow command', async () => {
		const cli = await runCommand(() => {
			throw new CliError('::error::x\n::add-mask::y\x1b[2J', { hint: 'a\rb' });
		});
		expect([cli.exitCode, cli.stderr]).toEqual([2, '\\::error::x ::add-mask::y\na b']);
		const content = await runCommand(() => {
			throw new ContentError([{ file: '::warning::x.csv', message: 'is empty\n::error::forged' }]);
		});
		expect([content.exitCode, content.stderr]).toEqual([2, '\\::warning::x.csv: is empty ::error::forged']);
	});

	test('the usage follows a mistake in the call, not one in what the call read', async () => {
		const usage = 'Usage: npm run x -- --tickets <file>';
		const badCall = await runCommand(
			() => {
				throw new CliError('unknown --format "xml"');
			},
			{ usage },
		);
		expect(badCall.stderr).toBe(`unknown --format "xml"\n\n${usage}`);
		const badInput = await runCommand(
			() => {
				throw new CliError('export.json: holds no tickets', { hint: 'export them again', usage: false });
			},
			{ usage },
		);
		expect([badInput.exitCode, badInput.stderr]).toEqual([2, 'export.json: holds no tickets\nexport them again']);
	});

	test('a bug still exits 70 with its stack, its message kept on one line', async () => {
		const result = await runCommand(() => {
			throw new TypeError('bad\n::error::forged');
		});
		const lines = result.stderr.split('\n');
		expect([result.exitCode, lines[0], lines[1]?.trimStart().startsWith('at ')]).toEqual([
			70,
			'TypeError: bad ::error::forged',
			true,
		]);
	});
});

describe('parseFlags', () => {
	test.each([
		[['--tickets', ''], '--tickets'],
		[['--tickets=  '], '--tickets'],
		[['--tickets', 'a.csv', '--tickets', ''], '--tickets'],
		[['--format', ''], '--format'],
	])('an empty value (%j) is refused, not taken as the working directory', (argv, name) => {
		expect(() => parseFlags(argv, { tickets: { type: 'string', multiple: true }, format: { type: 'string' } })).toThrow(
			`${name} needs a value, and received an empty one`,
		);
	});
});
