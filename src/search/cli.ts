import path from 'node:path';
import { parseFlags } from '../cli/args.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { jsonText } from '../cli/untrusted-text.ts';
import { findDataFile } from '../content-model/data-file.ts';
import { contentLayout, contentPath, displayPath, resolveContentDir } from '../content-model/paths.ts';
import { loadConfig } from '../content-model/settings.ts';
import { defaultTicketInputs } from '../helpdesk/cache/inputs.ts';
import { isTicketCache, ticketCacheDir } from '../helpdesk/cache/paths.ts';
import { resolveExportPaths } from '../tickets/export-files.ts';
import { loadContentForCoverage } from '../tickets/gate.ts';
import { loadEvalSets, otherFieldsNote, readSearchEvalFile, splitBySet } from './eval-file.ts';
import { addressResolver, contentResolver, type ExpectResolver } from './expect-references.ts';
import { formatTextReport, reportJson } from './report.ts';
import { evalExitCode, runSearchEvals } from './run-evals.ts';
import { runTicketEval } from './ticket-eval.ts';
import { formatTicketReport, nothingMeasured, ticketReportJson } from './ticket-report.ts';

/** The usage, naming the files of the content folder in use (`TRYBLOCK_CONTENT_DIR`). */
export function usage(contentDir = resolveContentDir()): string {
	const evals = contentPath('evals', contentDir);
	const tickets = contentPath('tickets', contentDir);
	const cache = `${displayPath(ticketCacheDir(contentDir))}/`;
	return `Usage: npm run eval:search -- [--dist dist] [--questions <file>] [--tickets <export>] [--format text|json]

  --dist       built site to search (default: dist, or TRYBLOCK_OUT_DIR when set; the internal build is dist-internal)
  --questions  a YAML or JSON list of { query, expect }, or a CSV/TSV or Excel workbook with those columns, to ask instead of ${evals}
  --tickets    a helpdesk export (or folder of exports) whose linked tickets' subjects to search
               (default: ${tickets} and ${cache}); can be given more than once
  --format     text for people (default), json for tools
With neither --questions nor --tickets, runs every set in ${evals} and the tickets in ${tickets}
and ${cache} (subjects are there only from \`npm run tickets:pull -- --with-subjects\`).
Exit codes: 0 every minimum holds, 1 below a minimum in ${contentPath('config', contentDir)} (search:), 2 unusable input, no build or nothing
to evaluate (a question file naming pages the build lacks: 2, after the scores of the questions that name pages it has).`;
}

/**
 * Names in a question file of one's own (titles, old addresses, imported files) are
 * read against the content; content that cannot be read leaves slugs and addresses.
 */
function expectResolver(contentDir: string): ExpectResolver {
	try {
		return contentResolver(loadContentForCoverage(contentDir));
	} catch {
		return addressResolver;
	}
}

function parseOptions(argv: string[]) {
	const { values } = parseFlags(
		argv,
		{
			// Where `npm run build` wrote the site: astro.config.mjs reads the same variable.
			dist: { type: 'string', default: process.env.TRYBLOCK_OUT_DIR ?? 'dist' },
			questions: { type: 'string' },
			evals: { type: 'string' },
			tickets: { type: 'string', multiple: true },
			format: { type: 'string', default: 'text' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		{ allowPositionals: false },
	);
	if (values.format !== 'text' && values.format !== 'json') {
		throw new CliError(`--format must be "text" or "json", received "${values.format}"`);
	}
	return { ...values, questions: values.questions ?? values.evals, format: values.format as 'text' | 'json' };
}

export interface EvalSearchIo {
	/** The content folder: its settings, evals and committed exports. */
	contentDir: string;
	stdout: (text: string) => void;
	/** Notes that keep standard output for the report. */
	stderr: (text: string) => void;
	/** Whether stdout shows colours. */
	color: boolean;
}

/**
 * `npm run eval:search`: puts every eval question (content/evals/<set>.yaml) and every
 * closed, linked ticket's subject (content/tickets/ and pulled caches) to the built site
 * through the search UI's own query pipeline. Returns the exit code: 1 when a set or the
 * tickets fall short; unusable input throws `CliError` (exit 2).
 */
export async function evalSearchMain(argv: string[], io: EvalSearchIo): Promise<ExitCode> {
	const options = parseOptions(argv);
	if (options.help) {
		io.stdout(`${usage(io.contentDir)}\n`);
		return ExitCode.ok;
	}
	const { contentDir } = io;
	const config = loadConfig(contentDir);
	const configFile = findDataFile(contentDir, contentLayout.config);
	const distDir = path.resolve(options.dist);
	const runQuestions = options.questions !== undefined || options.tickets === undefined;
	const defaultTickets = defaultTicketInputs(contentDir);
	const ticketFiles = options.tickets
		? resolveExportPaths(options.tickets)
		: options.questions === undefined
			? [...defaultTickets.exports, ...defaultTickets.caches]
			: [];

	const sets = runQuestions
		? options.questions
			? splitBySet(await readSearchEvalFile(path.resolve(options.questions), expectResolver(contentDir)))
			: loadEvalSets(path.join(contentDir, contentLayout.evals))
		: [];
	if (sets.length === 0 && ticketFiles.length === 0) {
		// A run that searched nothing would pass while guarding nothing, as a gate that judged no ticket would.
		throw new CliError(
			`${displayPath(path.join(contentDir, contentLayout.evals))} holds no question sets, and no ticket export or pulled ticket links an article: there is nothing to evaluate`,
			{
				hint: 'add a file per set (exact.yaml, typos.yaml, ...) with a `questions:` list of `{ query, expect }`, or pass --questions <file> or --tickets <export>',
				usage: false,
			},
		);
	}
	// Once per file, on stderr: `--format json` keeps standard output for the report.
	for (const note of new Set(sets.map(otherFieldsNote))) if (note) io.stderr(`${note}\n`);
	const questions = sets.length > 0 ? await runSearchEvals({ distDir, sets, config: config.search }) : undefined;
	// Read once: the ticket eval needs the content, and its report the taxonomy's labels.
	const content = ticketFiles.length > 0 ? loadContentForCoverage(contentDir) : undefined;
	const tickets = content ? await runTicketEval({ distDir, files: ticketFiles, content }) : undefined;

	const pulled = ticketFiles.some(isTicketCache);
	if (tickets && !questions && tickets.results.length === 0) {
		// As with no question set: a run that searched nothing would pass while guarding nothing.
		const { where, message, hint } = nothingMeasured(tickets, {
			pulled,
			configFile: contentPath('config', contentDir),
		});
		throw new CliError(`${(where ?? ticketFiles.map(displayPath)).join(', ')}: ${message}`, {
			hint: `${hint}, then run this again`,
			usage: false,
		});
	}
	// Pages the build lacks make the file unusable (2), but only after the rest is scored and shown.
	const exitCode = Math.max(
		questions ? evalExitCode(questions) : ExitCode.ok,
		tickets?.passed === false ? ExitCode.shortfall : ExitCode.ok,
	) as ExitCode;
	const { color } = io;
	const shownConfig = configFile ? displayPath(configFile) : undefined;
	const synonymsFile = contentPath('synonyms', contentDir);
	if (options.format === 'json') {
		// Ticket subjects are untrusted: jsonText escapes what a terminal could act on.
		io.stdout(
			`${jsonText(
				{
					...(questions ? reportJson(questions) : {}),
					// After the questions' own `passed`: the verdict of the whole run, tickets and unresolved pages included.
					passed: exitCode === ExitCode.ok,
					...(tickets ? { tickets: ticketReportJson(tickets) } : {}),
				},
				2,
			)}\n`,
		);
	} else {
		if (questions) {
			io.stdout(
				formatTextReport(questions, {
					color,
					configFile: shownConfig,
					synonymsFile,
					configuredSets: Object.keys(config.search.sets),
					everyQuestion: options.questions !== undefined,
				}),
			);
		}
		if (questions && tickets) io.stdout('\n');
		if (tickets && content) {
			const { taxonomy } = content;
			const labels = new Map([...taxonomy.categories, ...taxonomy.productAreas].map((term) => [term.id, term.label]));
			io.stdout(
				formatTicketReport(tickets, {
					sources: ticketFiles.map(displayPath),
					labels: (id) => labels.get(id) ?? id,
					color,
					configFile: shownConfig,
					synonymsFile,
					pulled,
				}),
			);
		}
	}
	return exitCode;
}
