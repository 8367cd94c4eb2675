import { loadInsights } from '../tickets/insights.ts';

/** What popularity needs of an article: its slug, its tickets and when it was updated. */
export interface RankedEntry {
	id: string;
	data: { title: string; updated: Date; tickets: readonly string[] };
}

/** Closed tickets linked to each published article or runbook, by slug. */
export type TicketCounts = ReadonlyMap<string, number>;

let counts: Promise<TicketCounts> | undefined;

/**
 * Closed tickets linked to each article, counted as the insights page and the coverage
 * gate count them (every export in `content/tickets/`, through the export's articles
 * column or the article's `tickets` frontmatter). Read once per build. Only the order
 * it gives reaches a public page, never a ticket id or a count.
 */
export function linkedTicketCounts(): Promise<TicketCounts> {
	counts ??= loadInsights({ mostLinkedLimit: Number.POSITIVE_INFINITY }).then(
		(insights) => new Map(insights.mostLinkedArticles.map((entry) => [entry.slug, entry.tickets])),
	);
	return counts;
}

/**
 * How many tickets an article answers: the closed tickets the exports link to it, or
 * the tickets its frontmatter lists when those are more (tickets older than the
 * exports, or no exports at all).
 */
export function popularityOf(entry: RankedEntry, ticketCounts: TicketCounts): number {
	return Math.max(ticketCounts.get(entry.id) ?? 0, new Set(entry.data.tickets).size);
}

/** Most tickets first, then the most recently updated, then by title: a stable order for lists. */
export function byPopularity<Entry extends RankedEntry>(
	entries: readonly Entry[],
	ticketCounts: TicketCounts,
): Entry[] {
	const score = new Map(entries.map((entry) => [entry.id, popularityOf(entry, ticketCounts)]));
	return [...entries].sort(
		(a, b) =>
			(score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) ||
			b.data.updated.getTime() - a.data.updated.getTime() ||
			a.data.title.localeCompare(b.data.title),
	);
}

/** The most recently updated first, then by title. */
export function byRecency<Entry extends RankedEntry>(entries: readonly Entry[]): Entry[] {
	return [...entries].sort(
		(a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
	);
}

/**
 * What the home page shows of a product area: its most-linked articles, then the most
 * recently updated one if it is not among them already.
 */
export function areaHighlights<Entry extends RankedEntry>(
	entries: readonly Entry[],
	ticketCounts: TicketCounts,
	popularCount = 3,
): { popular: Entry[]; latest?: Entry } {
	const popular = byPopularity(entries, ticketCounts).slice(0, popularCount);
	const latest = byRecency(entries).find((entry) => !popular.includes(entry));
	return latest ? { popular, latest } : { popular };
}
