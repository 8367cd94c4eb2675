import { z } from 'astro/zod';

/** Longest comment the widget lets a reader type; the reader of the events keeps no more. */
export const maxCommentLength = 1000;
/** Longest search query the widget sends along. */
export const maxQueryLength = 200;

/**
 * One answer to "Was this helpful?", as the article page posts it with
 * `navigator.sendBeacon` to `site.feedback.endpoint` (a POST whose body is this JSON,
 * sent as `text/plain;charset=UTF-8` so browsers need no CORS preflight), and as
 * the insights page reads it back from JSON Lines files. It carries no personal data:
 * no cookie, no user id, no IP address of ours.
 */
export const feedbackEventSchema = z.object({
	/** Always "feedback", so one endpoint can collect other kinds of event beside it. */
	type: z.literal('feedback'),
	/** Slug of the article: the page was `/articles/<article>/`. */
	article: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i, { error: 'an article slug' }),
	/** `true` for "Yes", `false` for "No". */
	helpful: z.boolean(),
	/** What the reader typed after "No", if anything. Untrusted text: escape it wherever it is shown. */
	comment: z
		.string()
		.max(maxCommentLength * 2)
		.optional(),
	/** The search that led to the article (`?q=` of the page or of the search page it came from), if any. */
	query: z
		.string()
		.max(maxQueryLength * 2)
		.optional(),
	/** When the reader answered: an ISO 8601 date and time in UTC, from the reader's clock. */
	ts: z.iso.datetime({ offset: true }),
});

export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
