import { z } from 'astro/zod';
import { ticketsConfigSchema } from '../../helpdesk/config.ts';
import { coverageConfigSchema } from '../../tickets/coverage-config.ts';
import { siteSettingsSchema } from './site.ts';

/** Search evals: the bar `npm run eval:search` holds the built index to. */
export const searchEvalConfigSchema = z
	.strictObject({
		/** Share of questions whose answer is among the first 3 results. Default 0.9. */
		minHitAt3: z.number().min(0).max(1).default(0.9),
		/** Share of questions whose answer is the first result. Default 0.7. */
		minHitAt1: z.number().min(0).max(1).default(0.7),
	})
	.prefault({});

/** Internal insights page settings. */
export const insightsConfigSchema = z
	.strictObject({
		/** Articles not updated for this many days are listed as stale. Default 180. */
		staleAfterDays: z.number().int().positive().default(180),
		/**
		 * "Was this helpful?" events to count: a JSON Lines file or a folder of `*.jsonl`,
		 * relative to the content folder. Default `feedback` (content/feedback/*.jsonl).
		 */
		feedback: z.string().trim().min(1).default('feedback'),
	})
	.prefault({});

/** `content/tryblock.yaml`: every setting of a Tryblock help center in one typed file. */
export const tryblockConfigSchema = z.strictObject({
	site: siteSettingsSchema,
	coverage: coverageConfigSchema,
	search: searchEvalConfigSchema,
	insights: insightsConfigSchema,
	tickets: ticketsConfigSchema,
});

export type TryblockConfig = z.output<typeof tryblockConfigSchema>;
