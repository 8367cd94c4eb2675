import pc from 'picocolors';
import { ContentError, formatProblem } from '../content-model/errors.ts';

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
 * input): printed as one line, with a hint, and no stack trace.
 */
export class CliError extends Error {
	readonly exitCode: ExitCode;
	readonly hint?: string;
	constructor(message: string, options: { exitCode?: ExitCode; hint?: string } = {}) {
		super(message);
		this.name = 'CliError';
		this.exitCode = options.exitCode ?? ExitCode.unusable;
		this.hint = options.hint;
	}
}

/**
 * Runs a command's main function and sets the exit code. User errors print a
 * reason; anything else is a bug and prints its stack.
 */
export async function runCli(main: () => Promise<ExitCode> | ExitCode, usage?: string): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof CliError) {
			console.error(pc.red(error.message));
			if (error.hint) console.error(pc.dim(error.hint));
			if (usage && error.exitCode === ExitCode.unusable) console.error(pc.dim(`\n${usage}`));
			process.exitCode = error.exitCode;
		} else if (error instanceof ContentError) {
			for (const problem of error.problems) console.error(pc.red(formatProblem(problem)));
			process.exitCode = ExitCode.unusable;
		} else {
			console.error(error);
			process.exitCode = 70;
		}
	}
}
