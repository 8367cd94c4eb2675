import { z } from 'astro/zod';
import { slugSchema, ticketIdSchema } from './article.ts';
import { calendarDate, oneLineText, plainText } from './fields.ts';

/** Frontmatter of a runbook: how the support team works. Runbooks are never public. */
export const runbookSchema = z.strictObject({
	title: oneLineText().min(1).max(100).describe('Page title in the internal handbook.'),
	description: plainText().min(1).max(200).describe('One sentence on when to use this runbook.'),
	owner: oneLineText()
		.min(1)
		.max(100)
		.describe('Who keeps the procedure current. Required: a runbook nobody owns goes stale.'),
	updated: calendarDate().describe('Date of the last review.'),
	tags: z.array(oneLineText().min(1)).default([]).describe('Free-form labels. Default: none.'),
	related: z
		.array(slugSchema)
		.default([])
		.describe('Slugs of articles or runbooks to list as related. Each must exist. Default: none.'),
	tickets: z
		.array(ticketIdSchema)
		.default([])
		.describe('Ids of tickets this runbook resolves; they count as linked for the coverage gate. Default: none.'),
});

export type RunbookData = z.output<typeof runbookSchema>;
