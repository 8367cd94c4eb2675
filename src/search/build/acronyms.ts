import { ACRONYM_LETTERS } from '../query/acronyms.ts';
import { fragmentText, type PagefindFragment } from './pagefind-fragments.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}+$/u;

/** An acronym in brackets, as a page writes it after the words it stands for. */
const IN_BRACKETS = /\((\p{Lu}[\p{L}]{2,5})\)/gu;

/**
 * The acronyms a text defines, lower-cased: those in brackets right after as many words
 * as they have letters, each starting with its letter (`Single sign-on (SSO)`).
 */
export function definedAcronyms(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(IN_BRACKETS)) {
		const acronym = (match[1] as string).toLowerCase();
		const before = text.slice(Math.max(0, match.index - 120), match.index).match(WORD) ?? [];
		const initials = before
			.slice(-acronym.length)
			.map((word) => word.charAt(0).toLowerCase())
			.join('');
		if (before.length >= acronym.length && initials === acronym) found.push(acronym);
	}
	return found;
}

/**
 * The acronyms a help center writes, lower-cased: words of three to six letters that its
 * pages write in capitals at least as often as not (`YNAB`, `SSO`, `FAQ`). A common
 * English word is left out even in capitals (`NOTE`, `COUNT` in a code sample): a
 * customer's run of words whose first letters spell it (`need other tools
 * everywhere`) did not mean it.
 */
export function findAcronyms(
	fragments: readonly PagefindFragment[],
	isEnglishWord: (word: string) => boolean,
): string[] {
	const inCapitals = new Map<string, number>();
	const otherwise = new Map<string, number>();
	const defined = new Set<string>();
	for (const fragment of fragments) {
		const text = fragmentText(fragment);
		for (const acronym of definedAcronyms(text)) defined.add(acronym);
		for (const [word] of text.matchAll(WORD)) {
			if (word.length < ACRONYM_LETTERS.min || word.length > ACRONYM_LETTERS.max || !LETTERS.test(word)) continue;
			const lower = word.toLowerCase();
			const tally = word === word.toUpperCase() && word !== lower ? inCapitals : otherwise;
			tally.set(lower, (tally.get(lower) ?? 0) + 1);
		}
	}
	return [...inCapitals]
		.filter(([word, count]) => count >= (otherwise.get(word) ?? 0) && !isEnglishWord(word))
		.filter(([word]) => word.length >= 4 || defined.has(word))
		.map(([word]) => word)
		.sort();
}
