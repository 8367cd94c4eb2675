import path from 'node:path';
import pc from 'picocolors';
import { parseFlags } from '../cli/args.ts';
import { replaceFile } from '../cli/replace-file.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { inline, jsonText } from '../cli/untrusted-text.ts';
import { ContentError } from '../content-model/errors.ts';
import { contentPath, displayPath, resolveContentDir } from '../content-model/paths.ts';
import { ticketCacheDir } from '../helpdesk/cache/paths.ts';
import { formatGithub } from './format-github.ts';
import { formatMarkdown } from './format-markdown.ts';
import { noClosedStatusReason, plural, verdictLine } from './format-shared.ts';
import { type Colors, formatText } from './format-text.ts';
import { type GateResult, runCoverageGate } from './gate.ts';
import { resolveReportTarget } from './report-file.ts';

/** The usage, naming the folders of the content folder in use (`TRYBLOCK_CONTENT_DIR`). */
export function usage(contentDir = resolveContentDir()): string {
	return `Usage: npm run check:coverage -- [--tickets <file>]... [--format text|json|markdown|github] [--since YYYY-MM-DD] [--before YYYY-MM-DD] [--out <file>]

  --tickets <file>   a ticket export (CSV, Excel .xlsx, JSON or JSON Lines) or a folder of them; repeat for several.
                     Default: every export in ${contentPath('tickets', contentDir)} and the tickets npm run tickets:pull cached
                     (${displayPath(ticketCacheDir(contentDir))}/)
  --format <name>    text (default), json, markdown (PR comment / step summary) or github (annotations)
  --since <date>     judge only tickets closed on or after this day
  --before <date>    judge only tickets closed before this day (a pull request: its base's day)
  --out <file>       write the report to a file instead of the terminal

Exit codes: 0 every category meets its policy, 1 a category falls short or rows cannot be judged,
2 the input or the configuration cannot be used.`;
}

export const outputFormats = ['text', 'json', 'markdown', 'github'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CoverageArgs {
	tickets: string[];
	format: OutputFormat;
	since?: string;
	before?: string;
	out?: string;
	help: boolean;
}

const argOptions = {
	tickets: { type: 'string', multiple: true },
	format: { type: 'string', default: 'text' },
	since: { type: 'string' },
	before: { type: 'string' },
	out: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCoverageArgs(argv: string[]): CoverageArgs {
	const { values } = parseFlags(argv, argOptions, { allowPositionals: false });
	const format = values.format as string;
	if (!(outputFormats as readonly string[]).includes(format)) {
		throw new CliError(`unknown --format "${format}": expected one of ${outputFormats.join(', ')}`);
	}
	return {
		tickets: values.tickets ?? [],
		format: format as OutputFormat,
		since: values.since,
		before: values.before,
		out: values.out,
		help: values.help,
	};
}

export function renderReport(result: GateResult, format: OutputFormat, colors: Colors): string {
	switch (format) {
		case 'json':
			return `${jsonText(result.report, 2)}\n`;
		case 'markdown':
			return formatMarkdown(result);
		case 'github':
			return formatGithub(result);
		default:
			return formatText(result, { colors });
	}
}

export interface CliIo {
	/** The content folder: its articles, settings and committed exports. */
	contentDir: string;
	stdout: (text: string) => void;
	/** Whether stdout shows colors. */
	colors: Colors;
}

/**
 * `npm run check:coverage`: runs the gate and prints or writes the report. Returns
 * the exit code; unusable input throws `CliError`/`ContentError` (exit 2).
 */
export async function checkCoverageMain(argv: string[], io: CliIo): Promise<ExitCode> {
	const args = parseCoverageArgs(argv);
	if (args.help) {
		io.stdout(`${usage(io.contentDir)}\n`);
		return ExitCode.ok;
	}
	const { contentDir } = io;
	// Checked before the exports are read (a typo fails fast) and again against the files actually read.
	if (args.out) resolveReportTarget(args.out, { contentDir, inputs: args.tickets });
	const result = await runCoverageGate({
		contentDir,
		tickets: args.tickets,
		since: args.since,
		before: args.before,
	});
	const unjudgeable = noClosedStatusReason(result);
	if (unjudgeable !== undefined) {
		const files = result.exports.map((summary) => displayPath(summary.file)).join(', ');
		throw new ContentError([{ file: files || 'the tickets read', message: unjudgeable }]);
	}
	if (args.out) {
		const target = resolveReportTarget(args.out, {
			contentDir,
			inputs: [...args.tickets, ...result.exports.map((item) => path.resolve(item.file))],
		});
		replaceFile(target.file, renderReport(result, args.format, pc.createColors(false)), { mode: target.mode });
		const status = result.report.ok ? io.colors.green('PASS') : io.colors.red('FAIL');
		io.stdout(
			`${status} ${verdictLine(result.report)}; ${plural(result.report.totals.unlinked, 'unlinked ticket')}. Report: ${inline(displayPath(target.file))}\n`,
		);
	} else {
		io.stdout(renderReport(result, args.format, io.colors));
	}
	return result.report.ok ? ExitCode.ok : ExitCode.shortfall;
}
