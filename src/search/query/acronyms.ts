import { boundedDistance } from './edit-distance.ts';

/** How long an acronym a customer may spell out is, in letters (one per word). */
export const ACRONYM_LETTERS = { min: 3, max: 6 } as const;

/**
 * An acronym of the help center, and the words its pages define it by
 * (`Optical Transfer Function (OTF)`), if any page does.
 */
export interface Acronym {
	letters: string;
	definitions: string[][];
}

/**
 * The vocabulary file's form of the acronyms: separated by single spaces, a defined one
 * followed by its words joined by `_` (`otf=optical_transfer_function ynab`), once per
 * definition.
 */
export function formatAcronyms(acronyms: readonly Acronym[]): string {
	return acronyms
		.flatMap(({ letters, definitions }) =>
			definitions.length === 0 ? [letters] : definitions.map((words) => `${letters}=${words.join('_')}`),
		)
		.join(' ');
}

/** The acronyms of a vocabulary file, by their letters. */
export function parseAcronyms(text: string | undefined): Map<string, string[][]> {
	const acronyms = new Map<string, string[][]>();
	for (const entry of text ? text.split(' ') : []) {
		const [letters = '', words] = entry.split('=');
		const definitions = acronyms.get(letters) ?? [];
		if (words) definitions.push(words.split('_'));
		acronyms.set(letters, definitions);
	}
	return acronyms;
}

/** Whether a customer's word is the page's word, allowing one slip or a plural in a longer word (`fucntion`, `functions`). */
function sameWord(typed: string, defined: string): boolean {
	const allowed = Math.min(typed.length, defined.length) >= 4 ? 1 : 0;
	return boundedDistance(typed, defined, allowed) <= allowed;
}

/**
 * Whether a run of words spells out the acronym: for one a page defines, the words it
 * was defined by (`optical transfer function`), so that any three words with its
 * initials (`of the foggy`) do not; for one no page defines, their first letters.
 */
export function spellsOut(words: readonly string[], definitions: readonly (readonly string[])[]): boolean {
	if (definitions.length === 0) return true;
	return definitions.some(
		(defined) => defined.length === words.length && defined.every((word, at) => sameWord(words[at] as string, word)),
	);
}

/**
 * The acronym of the help center that the words from `start` spell out, one first letter
 * per word, filler included (`you need a budget` → `ynab`, `single sign on` → `sso`):
 * customers write out what the pages abbreviate. The longest run of three to six words
 * wins.
 */
export function spelledOutAcronym(
	terms: readonly string[],
	start: number,
	acronyms: ReadonlyMap<string, readonly (readonly string[])[]>,
): { acronym: string; length: number } | undefined {
	for (let length = Math.min(ACRONYM_LETTERS.max, terms.length - start); length >= ACRONYM_LETTERS.min; length--) {
		const run = terms.slice(start, start + length);
		const initials = run.map((term) => term.charAt(0)).join('');
		const definitions = acronyms.get(initials);
		if (definitions && spellsOut(run, definitions)) return { acronym: initials, length };
	}
	return undefined;
}
