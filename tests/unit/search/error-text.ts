import { CliError } from '../../../src/cli/run.ts';
import { ContentError } from '../../../src/content-model/errors.ts';

/** What a command prints for an error it expects: the message, and a CLI error's hint on the next line. */
export function errorText(error: unknown): string {
	if (error instanceof CliError) return `${error.message}\n${error.hint}`;
	if (error instanceof ContentError) return error.message;
	throw error;
}
