import { z } from 'astro/zod';

const share = z.number().min(0).max(1);

/** Minimums for one eval set; a field left out takes the default under `search:`. */
const setMinimumsSchema = z.strictObject({
	/** Share of questions whose answer is the first result. */
	minHitAt1: share.optional(),
	/** Share of questions whose answer is among the first 3 results. */
	minHitAt3: share.optional(),
	/** Questions allowed to find nothing at all. */
	maxEmpty: z.number().int().nonnegative().optional(),
});

/** Search evals: the bar `npm run eval:search` holds the built index to (`search:` in tryblock.yaml). */
export const searchEvalConfigSchema = z
	.strictObject({
		/** Share of questions whose answer is among the first 3 results, in every set. Default 0.9. */
		minHitAt3: share.default(0.9),
		/** Share of questions whose answer is the first result, in every set. Default 0.7. */
		minHitAt1: share.default(0.7),
		/** Questions allowed to find nothing at all, in every set. Default 0. */
		maxEmpty: z.number().int().nonnegative().default(0),
		/** Minimums for one set (a file in content/evals/, e.g. `typos`), over the defaults above. */
		sets: z.record(z.string().min(1), setMinimumsSchema).default({}),
		/**
		 * Ticket-subject eval: share of closed, linked tickets whose subject, searched as
		 * written, finds a linked article in the first 3 results. Default 0.85.
		 */
		minTicketHitAt3: share.default(0.85),
	})
	.prefault({});

export type SearchEvalConfig = z.output<typeof searchEvalConfigSchema>;

export interface SetMinimums {
	minHitAt1: number;
	minHitAt3: number;
	maxEmpty: number;
}

/** The minimums a set is held to: its own where set, else the defaults. */
export function minimumsFor(config: SearchEvalConfig, set: string): SetMinimums {
	const own = config.sets[set] ?? {};
	return {
		minHitAt1: own.minHitAt1 ?? config.minHitAt1,
		minHitAt3: own.minHitAt3 ?? config.minHitAt3,
		maxEmpty: own.maxEmpty ?? config.maxEmpty,
	};
}
