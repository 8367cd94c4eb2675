import type { Vocabulary } from './vocabulary.ts';

/** How long an acronym a customer may spell out is, in letters (one per word). */
export const ACRONYM_LETTERS = { min: 3, max: 6 } as const;

/**
 * The acronym of the help center that the words from `start` spell out, one first letter
 * per word, filler included (`you need a budget` → `ynab`, `single sign on` → `sso`):
 * customers write out what the pages abbreviate. The longest run of three to six words
 * wins.
 */
export function spelledOutAcronym(
	terms: readonly string[],
	start: number,
	vocabulary: Vocabulary,
): { acronym: string; length: number } | undefined {
	for (let length = Math.min(ACRONYM_LETTERS.max, terms.length - start); length >= ACRONYM_LETTERS.min; length--) {
		const initials = terms
			.slice(start, start + length)
			.map((term) => term.charAt(0))
			.join('');
		if (vocabulary.isAcronym(initials)) return { acronym: initials, length };
	}
	return undefined;
}
