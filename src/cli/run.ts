import pc from 'picocolors';
import { ContentError, formatProblemPlain } from '../content-model/errors.ts';
import { describeSystemError, isSystemError } from './system-errors.ts';
import { logLine } from './untrusted-text.ts';

/** Exit codes shared by every Tryblock check. */
export const ExitCode = {
	/** Everything holds. */
	ok: 0,
	/** The content falls short (a rule failed). */
	shortfall: 1,
	/** The input or configuration cannot be used. */
	unusable: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake by the person running the command (bad flag, missing file, unusable
 * input): printed as one line, with a hint, and no stack trace. The command's usage
 * follows a mistake in how it was called; `usage: false` leaves it out where the
 * call was right and what it read was not (an empty export, a refused token), as
 * forty lines of options would bury the reason.
 */
export class CliError extends Error {
	readonly exitCode: ExitCode;
	readonly hint?: string;
	readonly usage: boolean;
	constructor(message: string, options: { exitCode?: ExitCode; hint?: string; usage?: boolean } = {}) {
		super(message);
		this.name = 'CliError';
		this.exitCode = options.exitCode ?? ExitCode.unusable;
		this.hint = options.hint;
		this.usage = options.usage ?? true;
	}
}

/**
 * A crash report: the stack as Node prints it, but with the message (which may
 * quote input) kept on one line, so it cannot forge a line of a CI log.
 */
function crashReport(error: unknown): string {
	if (!(error instanceof Error)) return logLine(String(error));
	const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	return [logLine(`${error.name}: ${error.message}`), ...frames.map(logLine)].join('\n');
}

let readerWatched = false;

/**
 * A reader that stops early (`| head`, quitting `less`) closes the pipe: the next write
 * fails with EPIPE, which Node raises as an unhandled error with a stack trace. The
 * reader has what it wanted, so the command finishes quietly and still exits with its
 * verdict; any other failure to write is still a crash.
 */
function finishQuietlyWhenReaderStops(): void {
	if (readerWatched) return;
	readerWatched = true;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
	});
}

/**
 * Runs a command's main function and sets the exit code. User errors print a
 * reason on one line (messages may quote input, so each line is cleaned of line
 * breaks and escape sequences); a file-system error names its path and is an
 * input problem too; anything else is a bug and prints its stack. The colours are the
 * terminal's (off with NO_COLOR) unless a caller passes its own, as tests do.
 */
export async function runCli(
	main: () => Promise<ExitCode> | ExitCode,
	usage?: string,
	colors: Pick<typeof pc, 'red' | 'dim'> = pc,
): Promise<void> {
	finishQuietlyWhenReaderStops();
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof CliError) {
			console.error(colors.red(logLine(error.message)));
			if (error.hint) console.error(colors.dim(logLine(error.hint)));
			if (usage && error.usage && error.exitCode === ExitCode.unusable) console.error(colors.dim(`\n${usage}`));
			process.exitCode = error.exitCode;
		} else if (error instanceof ContentError) {
			for (const problem of error.problems) console.error(colors.red(logLine(formatProblemPlain(problem))));
			process.exitCode = ExitCode.unusable;
		} else if (isSystemError(error)) {
			console.error(colors.red(logLine(describeSystemError(error))));
			process.exitCode = ExitCode.unusable;
		} else {
			console.error(crashReport(error));
			process.exitCode = 70;
		}
	}
}
