import type { AstroIntegrationLogger } from 'astro';
import { ExitCode } from '../cli/run.ts';
import { ContentError, type ContentProblem, formatProblemPlain } from '../content-model/errors.ts';

type Outcome = 'shortfall' | 'unusable';

/**
 * Ends `astro build` (or `astro dev`) on problems in what people wrote: the list of
 * problems, one line each as `npm run check` prints them, and the exit code of every
 * Tryblock check (1: the content falls short, 2: the settings cannot be used). Thrown
 * errors would reach Astro's handler, which wraps them in "An unhandled error
 * occurred" and a stack trace that points at our code instead of the author's file.
 */
export function stopBuild(
	logger: AstroIntegrationLogger | undefined,
	problems: ContentProblem[],
	outcome: Outcome,
): never {
	for (const problem of problems) console.error(formatProblemPlain(problem));
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	const summary =
		outcome === 'unusable'
			? 'the settings above cannot be used: nothing was built'
			: `${count} in the content: nothing was built (npm run check lists them with hints)`;
	if (logger) logger.error(summary);
	else console.error(summary);
	process.exit(ExitCode[outcome]);
}

/** Runs `load` (reading settings or content); unusable input stops the build the same way. */
export function orStopBuild<T>(load: () => T, logger?: AstroIntegrationLogger): T {
	try {
		return load();
	} catch (error) {
		if (error instanceof ContentError) stopBuild(logger, error.problems, 'unusable');
		throw error;
	}
}
