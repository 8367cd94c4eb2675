import { ACRONYM_LETTERS, type Acronym } from '../query/acronyms.ts';
import { fragmentText, type PagefindFragment } from './pagefind-fragments.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}+$/u;

/** An acronym in brackets, as a page writes it after the words it stands for. */
const IN_BRACKETS = /\((\p{Lu}[\p{L}]{2,5})\)/gu;

/**
 * The acronyms a text defines, lower-cased, with the words they stand for: those in
 * brackets right after as many words as they have letters, each starting with its
 * letter (`Single sign-on (SSO)` → `sso`: `single sign on`).
 */
export function definedAcronyms(text: string): { letters: string; words: string[] }[] {
	const found: { letters: string; words: string[] }[] = [];
	for (const match of text.matchAll(IN_BRACKETS)) {
		const letters = (match[1] as string).toLowerCase();
		const before = text.slice(Math.max(0, match.index - 120), match.index).match(WORD) ?? [];
		const words = before.slice(-letters.length).map((word) => word.toLowerCase());
		const initials = words.map((word) => word.charAt(0)).join('');
		if (words.length === letters.length && initials === letters) found.push({ letters, words });
	}
	return found;
}

/**
 * The acronyms a help center writes, lower-cased: words of three to six letters that its
 * pages write in capitals at least as often as not (`YNAB`, `SSO`, `FAQ`), each with
 * the words its pages define it by. A common English word is left out even in capitals
 * (`NOTE`, `COUNT` in a code sample): a customer's run of words whose first letters
 * spell it (`need other tools everywhere`) did not mean it. One of three letters is
 * listed only when a page defines it: the initials of any three words spell one.
 */
export function findAcronyms(
	fragments: readonly PagefindFragment[],
	isEnglishWord: (word: string) => boolean,
): Acronym[] {
	const inCapitals = new Map<string, number>();
	const otherwise = new Map<string, number>();
	const defined = new Map<string, Map<string, string[]>>();
	for (const fragment of fragments) {
		const text = fragmentText(fragment);
		for (const { letters, words } of definedAcronyms(text)) {
			const definitions = defined.get(letters) ?? new Map<string, string[]>();
			definitions.set(words.join(' '), words);
			defined.set(letters, definitions);
		}
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
		.map(([word]) => ({ letters: word, definitions: [...(defined.get(word)?.values() ?? [])] }))
		.sort((a, b) => (a.letters < b.letters ? -1 : 1));
}
