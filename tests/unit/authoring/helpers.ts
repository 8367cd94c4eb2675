import { cpSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { vi } from 'vitest';
import type { CommandIo } from '../../../src/authoring/command-io.ts';
import { type ExitCode, runCli } from '../../../src/cli/run.ts';
import { temporaryDir } from '../temporary-dir.ts';

export const fixture = (name: string) => path.join('tests/fixtures/authoring', name);

export { temporaryDir };

/** A throwaway copy of a fixture content folder, for tests that write. */
export function copyFixture(name: string): string {
	const dir = temporaryDir(name);
	cpSync(fixture(name), dir, { recursive: true });
	return dir;
}

export interface CommandResult {
	exitCode: number | undefined;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command the way its script does (through runCli) and returns what a user
 * would see: the exit code and the output, without colours, with the `replace`
 * path shortened to `<dir>`.
 */
export async function runCommand(
	main: (io: CommandIo) => Promise<ExitCode> | ExitCode,
	options: { replace?: string; usage?: string } = {},
): Promise<CommandResult> {
	const { replace, usage } = options;
	const stdout: string[] = [];
	const stderr: string[] = [];
	const io: CommandIo = { log: (line) => stdout.push(line), error: (line) => stderr.push(line) };
	const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		stderr.push(args.map(String).join(' '));
	});
	const previous = process.exitCode;
	try {
		process.exitCode = undefined;
		await runCli(() => main(io), usage);
		const exitCode = process.exitCode as number | undefined;
		const clean = (lines: string[]) => {
			const text = stripVTControlCharacters(lines.join('\n'));
			return replace ? text.replaceAll(replace, '<dir>') : text;
		};
		return { exitCode, stdout: clean(stdout), stderr: clean(stderr) };
	} finally {
		consoleError.mockRestore();
		process.exitCode = previous;
	}
}
