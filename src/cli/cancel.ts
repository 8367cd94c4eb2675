import { ExitCode } from './run.ts';

/**
 * What an interactive command does when the person stops it at a prompt (Esc or
 * Ctrl-C, which @clack/prompts reads as a cancel rather than a signal): it writes
 * nothing, says so and exits 0. Stopping is a choice, not a failure: the
 * content did not fall short (1) and no input was unusable (2), so neither code
 * fits, and @clack/prompts' own guidance and the CLIs built on it (Svelte's
 * `sv create`, among others) exit 0 there too. Every prompting command stops
 * through this, so they all say it and exit alike.
 */
export function stopAtCancel(kit: { cancel: (message: string) => void }): ExitCode {
	kit.cancel('Cancelled: nothing was written.');
	return ExitCode.ok;
}
