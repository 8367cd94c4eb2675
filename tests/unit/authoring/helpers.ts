import { cpSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { CommandIo } from '../../../src/authoring/command-io.ts';
import type { ExitCode } from '../../../src/cli/run.ts';
import { runInProcess } from '../in-process.ts';
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
	const run = await runInProcess(
		(streams) =>
			main({ log: (line) => streams.stdout(`${line}\n`), error: (line) => streams.stderr.write(`${line}\n`) }),
		usage,
	);
	const clean = (text: string) => {
		const plain = stripVTControlCharacters(text.replace(/\n$/, ''));
		return replace ? plain.replaceAll(replace, '<dir>') : plain;
	};
	return { exitCode: run.status ?? undefined, stdout: clean(run.stdout), stderr: clean(run.stderr) };
}
