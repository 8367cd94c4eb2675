import { format } from 'node:util';
import pc from 'picocolors';
import { vi } from 'vitest';
import { type ExitCode, runCli } from '../../src/cli/run.ts';

/** What a command run leaves: its exit status and everything it printed, byte for byte. */
export interface ProcessRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** The streams a command's main function writes to in place of the process's. */
export interface CommandStreams {
	stdout: (text: string) => void;
	stderr: { write(text: string): boolean };
}

/**
 * Runs a command's main function in this process as its script runs it (through `runCli`,
 * with colours off, as `NO_COLOR=1` turns them off) and returns what the script's own
 * process would have shown: stdout and stderr as written, and the exit status
 * (`process.exitCode`, 0 when unset). A child Node process costs far more than most
 * commands' work; tests of the process itself (signals, time zones, the working folder,
 * colours from the environment) spawn the script instead.
 *
 * Whatever else the command prints while it runs (console, or process.stdout and
 * process.stderr directly) is caught too, so output a script would show is never lost.
 */
export async function runInProcess(
	main: (streams: CommandStreams) => Promise<ExitCode> | ExitCode,
	usage?: string,
): Promise<ProcessRun> {
	let stdout = '';
	let stderr = '';
	const toStdout = (...args: unknown[]) => {
		stdout += `${format(...args)}\n`;
	};
	const toStderr = (...args: unknown[]) => {
		stderr += `${format(...args)}\n`;
	};
	const written =
		(append: (text: string) => void) =>
		(chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
			append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
			const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
			callback?.();
			return true;
		};
	const spies = [
		vi.spyOn(console, 'log').mockImplementation(toStdout),
		vi.spyOn(console, 'info').mockImplementation(toStdout),
		vi.spyOn(console, 'debug').mockImplementation(toStdout),
		vi.spyOn(console, 'warn').mockImplementation(toStderr),
		vi.spyOn(console, 'error').mockImplementation(toStderr),
		vi.spyOn(process.stdout, 'write').mockImplementation(
			written((text) => {
				stdout += text;
			}),
		),
		vi.spyOn(process.stderr, 'write').mockImplementation(
			written((text) => {
				stderr += text;
			}),
		),
	];
	const streams: CommandStreams = {
		stdout: (text) => {
			stdout += text;
		},
		stderr: {
			write: (text) => {
				stderr += text;
				return true;
			},
		},
	};
	const previous = process.exitCode;
	try {
		process.exitCode = undefined;
		await runCli(() => main(streams), usage, pc.createColors(false));
		return { status: Number(process.exitCode ?? 0), stdout, stderr };
	} finally {
		for (const spy of spies) spy.mockRestore();
		process.exitCode = previous;
	}
}

/**
 * How long a test that starts Node processes of its own may take, given as its own
 * timeout. Each start costs 1–3 s on an idle 2-core machine and 5–7 s on a loaded one
 * (load average 9), more without the compile cache that tests/vitest.config.ts sets; a
 * run without that config (`npx vitest run <file>`) would otherwise allow Vitest's
 * default 5 s.
 */
export const PROCESS_TEST_TIMEOUT = 60_000;

/**
 * Runs `run` with this process's time zone set to `zone` (Node reads `TZ` again when it
 * changes), then puts the zone back: a time-zone test without a process of its own.
 */
export async function inTimeZone<T>(zone: string, run: () => Promise<T>): Promise<T> {
	const previous = process.env.TZ;
	process.env.TZ = zone;
	try {
		return await run();
	} finally {
		if (previous === undefined) delete process.env.TZ;
		else process.env.TZ = previous;
	}
}
