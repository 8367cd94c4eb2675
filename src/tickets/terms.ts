import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';

/** The cell was empty. */
export const NO_TERM = -1;
/** The cell names no term of the taxonomy. */
export const UNKNOWN_TERM = -2;

/** "Success Outreach", "success_outreach" and "SUCCESS-OUTREACH" are all `success-outreach`. */
export function normalizeTermValue(value: string): string {
	return value
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '-');
}

/**
 * Matches export values to taxonomy terms by id or label, any case. Returns the
 * term's index, `NO_TERM` or `UNKNOWN_TERM`. Exports repeat a handful of values, so
 * answers are cached.
 */
export function createTermMatcher(terms: readonly TaxonomyTerm[]): (value: string) => number {
	const byKey = new Map<string, number>();
	terms.forEach((term, index) => {
		byKey.set(normalizeTermValue(term.id), index);
		byKey.set(normalizeTermValue(term.label), index);
	});
	const cache = new Map<string, number>();
	return (value) => {
		const cached = cache.get(value);
		if (cached !== undefined) return cached;
		const key = normalizeTermValue(value);
		const index = key === '' ? NO_TERM : (byKey.get(key) ?? UNKNOWN_TERM);
		if (cache.size < 10_000) cache.set(value, index);
		return index;
	};
}
