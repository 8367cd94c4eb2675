import { z } from 'astro/zod';
import { slugSchema, ticketIdSchema } from './article.ts';

/** Frontmatter of a runbook: how the support team works. Runbooks are never public. */
export const runbookSchema = z.strictObject({
	/** Page title in the internal handbook. */
	title: z.string().trim().min(1).max(100),
	/** One sentence on when to use this runbook. */
	description: z.string().trim().min(1).max(200),
	/** Who keeps the procedure current. Required: a runbook nobody owns goes stale. */
	owner: z.string().trim().min(1),
	/** Date of the last review. */
	updated: z.coerce.date(),
	/** Free-form labels. Default: none. */
	tags: z.array(z.string().trim().min(1)).default([]),
	/** Slugs of articles or runbooks to list as related. Each must exist. Default: none. */
	related: z.array(slugSchema).default([]),
	/** Ids of tickets this runbook resolves; they count as linked for the coverage gate. Default: none. */
	tickets: z.array(ticketIdSchema).default([]),
});

export type RunbookData = z.output<typeof runbookSchema>;
