import type { FeedbackEvent } from './event.ts';

/** A comment left after "No", with what led the reader there. */
export interface FeedbackComment {
	text: string;
	ts: string;
	query?: string;
}

/** Feedback on one article beside the tickets it answers. */
export interface ArticleFeedback {
	slug: string;
	/** The article's title, or its slug when it is no longer published. */
	title: string;
	published: boolean;
	helpful: number;
	notHelpful: number;
	/** Share of "Yes" answers, 0 to 1. */
	helpfulShare: number;
	/** Closed tickets linked to the article, as the coverage gate counts them. */
	tickets: number;
	/** Comments, newest first. */
	comments: FeedbackComment[];
}

/**
 * Counts "Yes" and "No" per article and collects the comments, beside each article's
 * ticket count. Articles with the most "No" answers come first: they are the ones to
 * rewrite. Events for slugs no published article has (a deleted or renamed article)
 * are kept, marked unpublished, so no answer silently disappears.
 */
export function summarizeFeedback(
	events: readonly FeedbackEvent[],
	articles: readonly { slug: string; title: string }[],
	ticketCounts: ReadonlyMap<string, number>,
): ArticleFeedback[] {
	const titles = new Map(articles.map((article) => [article.slug, article.title]));
	const rows = new Map<string, ArticleFeedback>();
	for (const event of events) {
		let row = rows.get(event.article);
		if (!row) {
			const title = titles.get(event.article);
			row = {
				slug: event.article,
				title: title ?? event.article,
				published: title !== undefined,
				helpful: 0,
				notHelpful: 0,
				helpfulShare: 0,
				tickets: ticketCounts.get(event.article) ?? 0,
				comments: [],
			};
			rows.set(event.article, row);
		}
		if (event.helpful) row.helpful++;
		else row.notHelpful++;
		if (event.comment) {
			row.comments.push({ text: event.comment, ts: event.ts, ...(event.query ? { query: event.query } : {}) });
		}
	}
	for (const row of rows.values()) {
		row.helpfulShare = row.helpful / (row.helpful + row.notHelpful);
		row.comments.sort((a, b) => Date.parse(b.ts) - Date.parse(a.ts));
	}
	return [...rows.values()].sort(
		(a, b) =>
			b.notHelpful - a.notHelpful ||
			a.helpfulShare - b.helpfulShare ||
			b.tickets - a.tickets ||
			(a.slug < b.slug ? -1 : 1),
	);
}
