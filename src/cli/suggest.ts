import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a mistyped value most likely meant: a unique prefix match
 * ("deliver" → "deliverability") or the closest by edit distance, when it is close
 * enough to be a typo rather than a different word.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
	const needle = input.trim().toLowerCase();
	if (needle === '' || candidates.length === 0) return undefined;
	const lower = candidates.map((candidate) => candidate.toLowerCase());
	const exact = lower.indexOf(needle);
	if (exact !== -1) return candidates[exact];
	if (needle.length >= 3) {
		const prefixed = candidates.filter((_candidate, index) => lower[index]?.startsWith(needle));
		if (prefixed.length === 1) return prefixed[0];
	}
	const best = closest(needle, lower);
	const limit = Math.max(2, Math.floor(Math.max(best.length, needle.length) / 3));
	return distance(needle, best) <= limit ? candidates[lower.indexOf(best)] : undefined;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(
	input: string,
	candidates: readonly string[],
	format = (value: string) => `"${value}"`,
): string {
	const suggestion = nearest(input, candidates);
	return suggestion === undefined ? '' : `did you mean ${format(suggestion)}?`;
}
