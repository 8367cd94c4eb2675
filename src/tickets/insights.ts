import type { LoadedContent } from '../content-model/content.ts';
import { localIsoDate } from '../content-model/dates.ts';
import { resolveContentDir } from '../content-model/paths.ts';
import { defaultTicketInputs } from '../helpdesk/cache/inputs.ts';
import { BAD_DAY, dayOf, formatDay, isoWeek, NO_DAY, weekStart } from './dates.ts';
import { loadContentForCoverage, readTickets } from './gate.ts';
import { isCounted, type JudgedTickets, judgeTickets, Verdict } from './judge.ts';
import type { UnlinkedReason } from './links.ts';
import { LinkIndex } from './links.ts';
import { countByCategoryAndArea } from './matrix.ts';
import { linkRate, resolvePolicy } from './policy.ts';
import type { ExportSummary } from './read-export.ts';
import { compareTicketIds, reasonOf } from './report.ts';
import { TicketTable } from './ticket-table.ts';

export interface InsightsTerm {
	id: string;
	label: string;
}

/** What the internal insights page shows. Counts follow the coverage gate exactly. */
export interface CoverageInsights {
	/** Same meaning as the gate's JSON totals, plus tickets exempted by a waiver. */
	totals: { closed: number; linked: number; unlinked: number; waived: number; invalid: number; duplicates: number };
	categories: InsightsTerm[];
	productAreas: InsightsTerm[];
	/** Closed and linked tickets per category × product area: `closed[c][a]`, in the order of `categories` and `productAreas`. */
	matrix: { closed: number[][]; linked: number[][] };
	/** Link rate per category (`linkRate` null without closed tickets). */
	linkRates: { category: string; label: string; closed: number; linked: number; linkRate: number | null }[];
	/**
	 * Closed tickets per ISO week and category. `weeks` are ISO weeks (`2026-W09`) from the
	 * first to the last week with a ticket, gaps included; `weekStarts` their Mondays.
	 * Tickets without a readable closed date are counted in `undated`.
	 */
	weekly: {
		weeks: string[];
		weekStarts: string[];
		series: { category: string; label: string; closed: number[] }[];
		undated: number;
	};
	/** Every unlinked ticket, by id. */
	unlinkedTickets: { id: string; category: string; productArea: string; reason: UnlinkedReason; subject?: string }[];
	/** Published articles and runbooks by how many judged tickets they answer, most first. */
	mostLinkedArticles: { slug: string; title: string; kind: 'article' | 'runbook'; tickets: number }[];
	/** Articles and runbooks whose `updated` is `staleAfterDays` or more days before `now`, oldest first. */
	staleArticles: {
		slug: string;
		title: string;
		kind: 'article' | 'runbook';
		updated: string;
		daysSinceUpdate: number;
		owner?: string;
		draft: boolean;
	}[];
	staleAfterDays: number;
}

export interface InsightsOptions {
	/** The day stale articles are measured from. */
	now: Date;
	/** Default: `insights.staleAfterDays` in content/tryblock.yaml. */
	staleAfterDays?: number;
	/** How many most-linked articles to list. Default 10. */
	mostLinkedLimit?: number;
}

/** Weeks from the first to the last, gaps included, unless that would be more than ten years of weeks. */
function weekRange(starts: number[]): number[] {
	if (starts.length === 0) return [];
	const sorted = [...new Set(starts)].sort((a, b) => a - b);
	const first = sorted[0] as number;
	const last = sorted.at(-1) as number;
	if ((last - first) / 7 > 520) return sorted;
	const range: number[] = [];
	for (let day = first; day <= last; day += 7) range.push(day);
	return range;
}

/**
 * Insights for support leads from the tickets exactly as the gate judged them:
 * closed tickets per category × product area, link rates, tickets per week,
 * unlinked tickets, the most-linked articles and stale articles. Pure: it reads
 * nothing but its arguments.
 */
export function computeInsights(
	judged: JudgedTickets,
	content: Pick<LoadedContent, 'articles' | 'runbooks' | 'config'>,
	options: InsightsOptions,
): CoverageInsights {
	const { table, verdicts, taxonomy, links } = judged;
	const matrix = countByCategoryAndArea(judged);
	const sum = (rows: number[][], index: number) => (rows[index] as number[]).reduce((total, count) => total + count, 0);
	const linkRates = taxonomy.categories.map((term, index) => {
		const closed = sum(matrix.closed, index);
		const linked = sum(matrix.linked, index);
		return { category: term.id, label: term.label, closed, linked, linkRate: linkRate(linked, closed) };
	});

	const weekOf = new Int32Array(table.size).fill(NO_DAY);
	const starts: number[] = [];
	let undated = 0;
	const linkCounts = new Map<string, number>();
	const unlinkedTickets: CoverageInsights['unlinkedTickets'] = [];
	let waived = 0;
	for (let slot = 0; slot < table.size; slot++) {
		const verdict = verdicts[slot] as number;
		if (verdict === Verdict.waived) waived++;
		if (!isCounted(verdict)) continue;
		const day = table.day[slot] as number;
		if (day === NO_DAY || day === BAD_DAY) undated++;
		else {
			weekOf[slot] = weekStart(day);
			starts.push(weekOf[slot] as number);
		}
		const id = table.idOf(slot);
		if (verdict === Verdict.linked) {
			for (const slug of links.publishedLinks(id, table.referenceSet[slot] as number)) {
				linkCounts.set(slug, (linkCounts.get(slug) ?? 0) + 1);
			}
			continue;
		}
		const subject = table.subjects.get(slot);
		unlinkedTickets.push({
			id,
			category: taxonomy.categories[table.category[slot] as number]?.id as string,
			productArea: taxonomy.productAreas[table.productArea[slot] as number]?.id as string,
			reason: reasonOf(verdict),
			...(subject ? { subject } : {}),
		});
	}
	unlinkedTickets.sort((a, b) => compareTicketIds(a.id, b.id));

	const weeks = weekRange(starts);
	const weekIndex = new Map(weeks.map((start, index) => [start, index]));
	const series = taxonomy.categories.map((term) => ({
		category: term.id,
		label: term.label,
		closed: weeks.map(() => 0),
	}));
	for (let slot = 0; slot < table.size; slot++) {
		const start = weekOf[slot] as number;
		if (start === NO_DAY || !isCounted(verdicts[slot] as number)) continue;
		const counts = series[table.category[slot] as number]?.closed as number[];
		const index = weekIndex.get(start) as number;
		counts[index] = (counts[index] ?? 0) + 1;
	}

	const mostLinkedArticles = [...linkCounts]
		.map(([slug, tickets]) => {
			const entry = links.entries.get(slug);
			return { slug, title: entry?.data.title ?? slug, kind: entry?.kind ?? 'article', tickets };
		})
		.sort((a, b) => b.tickets - a.tickets || (a.slug < b.slug ? -1 : 1))
		.slice(0, options.mostLinkedLimit ?? 10);

	const staleAfterDays = options.staleAfterDays ?? content.config.insights.staleAfterDays;
	const today = dayOf(options.now);
	const staleArticles = [...content.articles, ...content.runbooks]
		.map((entry) => ({
			slug: entry.slug,
			title: entry.data.title,
			kind: entry.kind,
			updated: formatDay(dayOf(entry.data.updated)),
			daysSinceUpdate: today - dayOf(entry.data.updated),
			...(entry.data.owner ? { owner: entry.data.owner } : {}),
			draft: entry.kind === 'article' && entry.data.draft,
		}))
		.filter((entry) => entry.daysSinceUpdate >= staleAfterDays)
		.sort((a, b) => b.daysSinceUpdate - a.daysSinceUpdate || (a.slug < b.slug ? -1 : 1));

	return {
		totals: {
			closed: linkRates.reduce((total, rate) => total + rate.closed, 0),
			linked: linkRates.reduce((total, rate) => total + rate.linked, 0),
			unlinked: unlinkedTickets.length,
			waived,
			invalid: judged.invalidRows.length,
			duplicates: table.duplicates,
		},
		categories: taxonomy.categories.map(({ id, label }) => ({ id, label })),
		productAreas: taxonomy.productAreas.map(({ id, label }) => ({ id, label })),
		matrix,
		linkRates,
		weekly: { weeks: weeks.map(isoWeek), weekStarts: weeks.map(formatDay), series, undated },
		unlinkedTickets,
		mostLinkedArticles,
		staleArticles,
		staleAfterDays,
	};
}

/**
 * Insights for a content folder, read the way the gate reads it: every export in
 * `<content>/tickets/` and every pulled cache in `.tryblock/tickets/`, the same columns, links, policy and waivers (judged as of
 * `now`), with no `--since`. A content folder without exports gives empty counts.
 * Throws `ContentError` when the content, the config or an export cannot be used.
 */
export async function loadInsights(
	options: { contentDir?: string; now?: Date; staleAfterDays?: number; mostLinkedLimit?: number } = {},
): Promise<CoverageInsights & { sources: ExportSummary[] }> {
	const now = options.now ?? new Date();
	const contentDir = resolveContentDir(options.contentDir);
	const content = loadContentForCoverage(contentDir);
	const policy = resolvePolicy(content.config.coverage, content.taxonomy, { contentDir, today: localIsoDate(now) });
	const inputs = defaultTicketInputs(contentDir);
	const files = [...inputs.exports, ...inputs.caches];
	const { table, links, exports } =
		files.length > 0
			? await readTickets(files, content)
			: { table: new TicketTable(), links: new LinkIndex(content), exports: [] };
	const judged = judgeTickets(table, { taxonomy: content.taxonomy, links, policy });
	return { ...computeInsights(judged, content, { ...options, now }), sources: exports };
}
