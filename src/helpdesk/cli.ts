import { parseFlags } from '../cli/args.ts';
import { ExitCode } from '../cli/run.ts';
import { inline, joinLines, quoted } from '../cli/untrusted-text.ts';
import { contentPath, displayPath, resolveContentDir } from '../content-model/paths.ts';
import { formatSeconds } from '../http/messages.ts';
import { ticketCacheDir } from './cache/paths.ts';
import { MissingCredentialError } from './errors.ts';
import type { ProgressStream } from './progress.ts';
import { type PullSummary, pullTickets } from './pull.ts';

/** The usage, naming the settings file and the cache of the content folder in use (`TRYBLOCK_CONTENT_DIR`). */
export function usage(contentDir = resolveContentDir()): string {
	return `Usage: npm run tickets:pull -- [--with-subjects] [--full]

Reads the closed tickets that changed since the last pull from the helpdesk in
tickets.source (${contentPath('config', contentDir)}) into ${displayPath(ticketCacheDir(contentDir))}/<source>.jsonl, which
check:coverage, the insights page and the search evals read like an export.

  --with-subjects  keep ticket subjects (customers' words) in the cache, for the internal
                   insights page and the ticket-subject search eval; never in the public build
  --full           read every closed ticket again instead of the changes since the last pull
  --skip-without-credentials
                   when a credential tickets.source reads is not in the environment (a CI run
                   without secrets: a fork's pull request), skip the pull and exit 0; the cache
                   and the gate stay as the last pull left them

The token is read from the environment variable tickets.source names, never from a file.
An interrupted pull keeps the previous cache and resumes when run again.
Exit codes: 0 pulled, 2 the settings, the credentials or the helpdesk's answers cannot be used.`;
}

const argOptions = {
	'with-subjects': { type: 'boolean', default: false },
	full: { type: 'boolean', default: false },
	'skip-without-credentials': { type: 'boolean', default: false },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface PullIo {
	/** The content folder whose tryblock.yaml names the source; the cache goes beside it. */
	contentDir: string;
	stdout: (text: string) => void;
	stderr: ProgressStream;
	env: Record<string, string | undefined>;
}

function summaryLines(summary: PullSummary): string[] {
	const lines: string[] = [];
	const how =
		summary.mode === 'resumed'
			? 'resumed an interrupted pull'
			: summary.mode === 'everything'
				? `read every closed ticket (${summary.reason})`
				: 'read the changes since the last pull';
	const waits =
		summary.waits > 0
			? `; waited out ${summary.waits} rate limit${summary.waits === 1 ? '' : 's'} (${formatSeconds(summary.waitedSeconds)})`
			: '';
	lines.push(
		`${summary.vendor}: ${how}: ${summary.received.toLocaleString('en')} tickets in ${summary.pages.toLocaleString('en')} page${summary.pages === 1 ? '' : 's'}, ${formatSeconds(summary.seconds)}${waits}.`,
	);
	const changes = [`${summary.closed.toLocaleString('en')} closed written`];
	if (summary.removed > 0) changes.push(`${summary.removed.toLocaleString('en')} no longer closed, removed`);
	lines.push(
		`${inline(summary.file)} holds ${summary.cacheTickets.toLocaleString('en')} closed tickets (${changes.join(', ')}).`,
	);
	for (const [status, count] of summary.unjudged) {
		lines.push(
			`Note: ${count.toLocaleString('en')} tickets have the status ${quoted(status)}, which coverage.closedStatuses does not list: the gate will not judge them.`,
		);
	}
	return lines;
}

/** `npm run tickets:pull`. Returns the exit code; unusable settings or answers throw `CliError` (exit 2). */
export async function ticketsPullMain(argv: string[], io: PullIo): Promise<ExitCode> {
	const { values } = parseFlags(argv, argOptions, { allowPositionals: false });
	if (values.help) {
		io.stdout(`${usage(io.contentDir)}\n`);
		return ExitCode.ok;
	}
	try {
		const summary = await pullTickets({
			contentDir: io.contentDir,
			withSubjects: values['with-subjects'],
			full: values.full,
			env: io.env,
			stderr: io.stderr,
			skipWithoutCredentials: values['skip-without-credentials'],
		});
		io.stdout(`${joinLines(summaryLines(summary))}\n`);
		return ExitCode.ok;
	} catch (error) {
		if (!(error instanceof MissingCredentialError)) throw error;
		// Only thrown as it is with --skip-without-credentials, before any request or write.
		io.stdout(
			`Pull skipped: ${error.variable} is not set (--skip-without-credentials). The cache stays as the last pull left it, and check:coverage reads that.\n`,
		);
		return ExitCode.ok;
	}
}
