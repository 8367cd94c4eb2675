import { existsSync } from 'node:fs';
import { CliError } from '../cli/run.ts';
import { type LoadedContent, loadContent } from '../content-model/content.ts';
import { localIsoDate } from '../content-model/dates.ts';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { contentPath, displayPath, resolveContentDir } from '../content-model/paths.ts';
import { defaultTicketInputs } from '../helpdesk/cache/inputs.ts';
import { isTicketCache } from '../helpdesk/cache/paths.ts';
import { type LocatedRedirect, loadRedirects } from '../redirects/file.ts';
import { type ColumnField, defaultColumnAliases, requiredColumns } from './column-names.ts';
import { createColumnMatcher } from './columns.ts';
import type { ParallelIngest } from './csv-split.ts';
import { settleNumericDates } from './date-order.ts';
import { parseIsoDay } from './dates.ts';
import { resolveExportPaths } from './export-files.ts';
import { createIngester } from './ingest.ts';
import { type JudgedTickets, judgeTickets } from './judge.ts';
import { type LinkContent, LinkIndex } from './links.ts';
import { type CoveragePolicy, resolvePolicy } from './policy.ts';
import { type ExportSummary, readExport } from './read-export.ts';
import { buildReport, type CoverageReport } from './report.ts';
import { TicketTable } from './ticket-table.ts';

/** The content the gate judges tickets by: articles, runbooks and the old addresses that lead to articles. */
export type CoverageContent = LoadedContent & { redirects: LocatedRedirect[] };

/**
 * Loads the articles, runbooks and old addresses for the gate. A file whose
 * frontmatter cannot be read would leave its tickets looking unlinked, so it makes
 * the input unusable; so does a `redirects.yaml` that cannot be read, since tickets
 * closed before a move link the old help center's addresses.
 */
export function loadContentForCoverage(contentDir: string): CoverageContent {
	const content = loadContent(contentDir);
	const loaded = new Set([...content.articles, ...content.runbooks].map((entry) => entry.file));
	const blocking = content.problems.filter((problem) => !loaded.has(problem.file));
	if (blocking.length > 0) {
		const files = new Set(blocking.map((problem) => problem.file)).size;
		const summary: ContentProblem = {
			file: displayPath(contentDir),
			message: `${files === 1 ? 'the file above cannot be read, so the tickets it links' : 'the files above cannot be read, so the tickets they link'} cannot be judged`,
			hint: 'fix the frontmatter; `npm run check` lists every problem',
		};
		throw new ContentError([...blocking, summary]);
	}
	return { ...content, redirects: loadRedirects(contentDir) };
}

/**
 * What the gate reads when no `--tickets` is given: the exports in `<content>/tickets/`
 * and the tickets `npm run tickets:pull` cached in `.tryblock/tickets/`.
 */
export function defaultExportPaths(contentDir: string): string[] {
	const inputs = defaultTicketInputs(contentDir);
	if (inputs.exports.length === 0 && inputs.caches.length === 0) {
		const where = existsSync(inputs.exportsDir) ? 'holds no ticket exports' : 'not found';
		throw new CliError(
			`${displayPath(inputs.exportsDir)}: ${where}, no tickets were pulled into ${displayPath(inputs.cacheDir)}/, and no --tickets was given`,
			{
				hint: `run \`npm run tickets:pull\` (tickets.source in ${contentPath('config', contentDir)}), commit an export there, or pass --tickets <file>`,
			},
		);
	}
	return [...inputs.exports, ...inputs.caches];
}

export interface ReadTicketsResult {
	table: TicketTable;
	links: LinkIndex;
	exports: ExportSummary[];
}

/**
 * Reads every export into one ticket table (the last row read for an id wins), then
 * reads the numeric closed dates whose order only the whole export shows.
 * Big CSV exports are read by two threads unless `parallel` is false.
 */
export async function readTickets(
	files: string[],
	content: Pick<LoadedContent, 'taxonomy' | 'config'> & Partial<Pick<LoadedContent, 'contentDir'>> & LinkContent,
	options: {
		since?: string;
		before?: string;
		parallel?: boolean | Pick<ParallelIngest, 'minBytes' | 'splitNear'>;
	} = {},
): Promise<ReadTicketsResult> {
	const coverage = content.config.coverage;
	const settingsFile = contentPath('config', content.contentDir);
	const matcher = createColumnMatcher(coverage.columns, coverage.tagPrefixes, settingsFile);
	// Pulled caches name their columns Tryblock's way, whatever the exports' headers are.
	const cacheMatcher = createColumnMatcher(defaultColumnAliases, {}, settingsFile);
	const dated = options.since !== undefined || options.before !== undefined;
	const required: ColumnField[] = [...requiredColumns, ...(dated ? (['closedAt'] as const) : [])];
	const links = new LinkIndex(content);
	const table = new TicketTable();
	const ingest = createIngester({ taxonomy: content.taxonomy, coverage, links, table, settingsFile });
	const exports: ExportSummary[] = [];
	const context = {
		taxonomy: content.taxonomy,
		closedStatuses: coverage.closedStatuses,
		notClosedStatuses: coverage.notClosedStatuses,
		dateFormat: coverage.dateFormat,
		tagPrefixes: coverage.tagPrefixes,
		columns: coverage.columns,
		links: links.snapshot(),
		settingsFile,
	};
	for (const file of files) {
		const fileIndex = table.addFile(displayPath(file));
		const parallel: ParallelIngest | undefined =
			options.parallel === false
				? undefined
				: {
						...(typeof options.parallel === 'object' ? options.parallel : {}),
						context,
						merge: (snapshot, lineOffset, referenceKeys) => {
							const remap: number[] = [];
							table.merge(snapshot, {
								fileIndex,
								lineOffset,
								referenceSetOf: (index) => {
									remap[index] ??= links.referenceSetForKey(referenceKeys[index] ?? '');
									return remap[index];
								},
							});
						},
					};
		const fileMatcher = isTicketCache(file) ? cacheMatcher : matcher;
		exports.push(
			await readExport(file, { matcher: fileMatcher, required, onRow: (row) => ingest(row, fileIndex), parallel }),
		);
	}
	for (const { file, ...order } of settleNumericDates(table)) {
		const summary = exports[file];
		if (summary) summary.dateOrder = order;
	}
	return { table, links, exports };
}

export interface GateOptions {
	/** Content folder; default `TRYBLOCK_CONTENT_DIR` or `content`. */
	contentDir?: string;
	/** Export files or folders; default every export in `<content>/tickets/`. */
	tickets?: string[];
	/** Judge only tickets closed on or after this day (YYYY-MM-DD). */
	since?: string;
	/** Judge only tickets closed before this day (YYYY-MM-DD): on a pull request, the day of the branch's base. */
	before?: string;
	/** The day waivers are judged on (YYYY-MM-DD); default today, local time. */
	today?: string;
}

export interface GateResult {
	report: CoverageReport;
	judged: JudgedTickets;
	content: LoadedContent;
	policy: CoveragePolicy;
	exports: ExportSummary[];
}

export function checkSince(since: string | undefined, before?: string): void {
	if (since !== undefined && parseIsoDay(since) === undefined) {
		throw new CliError(`--since expects a date as YYYY-MM-DD, received "${since}"`, {
			hint: 'for example --since 2026-01-01 judges tickets closed on or after January 1, 2026',
		});
	}
	if (before !== undefined && parseIsoDay(before) === undefined) {
		throw new CliError(`--before expects a date as YYYY-MM-DD, received "${before}"`, {
			hint: 'for example --before 2026-03-01 judges tickets closed up to February 28, 2026',
		});
	}
}

/**
 * The ticket coverage gate: reads the content and the exports, judges every closed
 * ticket and builds the report. Throws `ContentError`/`CliError` when the input or
 * configuration cannot be used.
 */
export async function runCoverageGate(options: GateOptions = {}): Promise<GateResult> {
	checkSince(options.since, options.before);
	const contentDir = resolveContentDir(options.contentDir);
	const content = loadContentForCoverage(contentDir);
	const policy = resolvePolicy(content.config.coverage, content.taxonomy, {
		contentDir,
		today: options.today ?? localIsoDate(new Date()),
	});
	const files =
		options.tickets && options.tickets.length > 0
			? resolveExportPaths(options.tickets)
			: defaultExportPaths(contentDir);
	const { table, links, exports } = await readTickets(files, content, {
		since: options.since,
		before: options.before,
	});
	const judged = judgeTickets(table, {
		taxonomy: content.taxonomy,
		links,
		policy,
		since: options.since,
		before: options.before,
	});
	const report = buildReport(judged, policy, content);
	return { report, judged, content, policy, exports };
}
