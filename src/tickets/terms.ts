import type { TaxonomyTerm } from '../content-model/schemas/taxonomy.ts';
import { normalizeTermValue, termNames } from '../content-model/term-names.ts';

/** The cell was empty. */
export const NO_TERM = -1;
/** The cell names no term of the taxonomy. */
export const UNKNOWN_TERM = -2;

/**
 * Between the levels of a nested value: Zendesk's nested drop-downs (`Domains::DNS records`
 * as titled, `domains__dns_records` as the API and tags give it), and the `>`, `›` and
 * `->` other helpdesks and spreadsheets write.
 */
const LEVELS = /::|__|\s(?:>|›|->)\s/;

/**
 * Matches export values to taxonomy terms by id, label or one of the term's
 * `helpdeskValues` (the names the team's helpdesk gives it), any case. A nested value
 * whose whole is no term matches by its first level that is one (`Domains::DNS records`
 * is `domains`; `Email::Deliverability` is `deliverability`), and a value of several
 * lines, each a term, by its first line. Returns the term's index,
 * `NO_TERM` or `UNKNOWN_TERM`. Exports repeat a handful of values, so answers are cached.
 */
export function createTermMatcher(terms: readonly TaxonomyTerm[]): (value: string) => number {
	const byKey = new Map<string, number>();
	terms.forEach((term, index) => {
		for (const name of termNames(term)) byKey.set(normalizeTermValue(name), index);
	});
	const nestedTerm = (value: string): number | undefined => {
		// Drop-down values hold no line breaks or control characters; a cell that does is no nesting.
		if (!LEVELS.test(value) || /[\p{Cc}\u0085\u2028\u2029]/u.test(value)) return undefined;
		const levels = value.split(LEVELS);
		if (levels.some((level) => level.trim() === '')) return undefined;
		for (const level of levels) {
			const index = byKey.get(normalizeTermValue(level));
			if (index !== undefined) return index;
		}
		return undefined;
	};
	const termOf = (value: string): number | undefined => byKey.get(normalizeTermValue(value)) ?? nestedTerm(value);
	// Several values, one per line (a multi-select cell, a repeated column, a JSON list): when
	// each names a term, the first counts; one that names none makes the whole unknown.
	const firstTerm = (value: string): number | undefined => {
		if (!/[\r\n]/.test(value)) return undefined;
		let first: number | undefined;
		for (const line of value.split(/\r\n|\r|\n/)) {
			if (line.trim() === '') continue;
			const index = termOf(line);
			if (index === undefined) return undefined;
			first ??= index;
		}
		return first;
	};
	const cache = new Map<string, number>();
	return (value) => {
		const cached = cache.get(value);
		if (cached !== undefined) return cached;
		const key = normalizeTermValue(value);
		const index = key === '' ? NO_TERM : (byKey.get(key) ?? nestedTerm(value) ?? firstTerm(value) ?? UNKNOWN_TERM);
		if (cache.size < 10_000) cache.set(value, index);
		return index;
	};
}
