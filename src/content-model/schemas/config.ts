import { z } from 'astro/zod';
import { ticketsConfigSchema } from '../../helpdesk/config.ts';
import { redirectsConfigSchema } from '../../redirects/config.ts';
import { searchEvalConfigSchema } from '../../search/eval-config.ts';
import { coverageConfigSchema } from '../../tickets/coverage-config.ts';
import { uiOverridesSchema } from '../../ui/schema.ts';
import { siteSettingsSchema } from './site.ts';

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
	redirects: redirectsConfigSchema,
	/** The team's wording of interface strings, by key (`search.placeholder: Hilfe durchsuchen`). Default: none. */
	ui: uiOverridesSchema,
});

export type TryblockConfig = z.output<typeof tryblockConfigSchema>;
