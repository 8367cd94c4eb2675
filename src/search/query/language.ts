import { contractedNegations, expandContractions } from './contractions.ts';
import { baseForms, ENDINGS, irregularForms, regularForms } from './morphology.ts';
import { numberForms, type SpelledNumber, spelledNumber } from './number-words.ts';
import { askedAfterHow } from './question-words.ts';
import { spellingVariants } from './spelling-variants.ts';
import { isStopWord } from './stop-words.ts';
import { reportsTrouble, TROUBLESHOOTING_TERMS } from './trouble.ts';

/**
 * The language of a help center's index, as far as the query pipeline needs it. The
 * steps written for English (contractions, its stop words and filler, its word forms,
 * WordNet's related words) run only for English; another language gets its own stop
 * words and the steps that hold for any language (spelling, splits, relaxation).
 */
export interface QueryLanguage {
	/** BCP 47 tag of the index's language (`en`, `de`, `pt-BR`). */
	readonly tag: string;
	/** Whether the English-only steps apply; WordNet's related words are English. */
	readonly english: boolean;
	/** Whether a word says nothing about which page answers a question. */
	isStopWord(term: string): boolean;
	/** Folded text with the language's contractions expanded (`can't` → `can not`). */
	expand(folded: string): string;
	/** The joined forms of an auxiliary and `not` that `expand` spelt out (`can` → `cant`, `cannot`). */
	contractedNegations(auxiliary: string): string[];
	/** Forms of a word that may be its base form, the word itself first. */
	baseForms(word: string): string[];
	/** Endings to strip, and what to put back, to find a word's base form. */
	readonly endings: readonly (readonly [RegExp, string])[];
	/** Irregular forms of a base word (`forget` → `forgot`). */
	irregularForms(base: string): string[];
	/** Regular forms a base word takes (`exit` → `exits`, `exited`). */
	regularForms(base: string): string[];
	/** The word in the language's other spelling (English: `categorise` ↔ `categorize`). */
	spellingVariants(word: string): string[];
	/** A small number written the other way (English: `2` ↔ `two`, `3rd` ↔ `third`). */
	numberForms(word: string): string[];
	/** The number written in words from `start` (English: `a hundred`, `twenty five`), if any. */
	spelledNumber(terms: readonly string[], start: number): SpelledNumber | undefined;
	/** For a word after `how`, the words pages use for what it asks, or none when it asks nothing they say (English: `how big` → `size`, `how many`). */
	askedAfterHow(previous: string | undefined, term: string): readonly string[] | undefined;
	/** Whether a question's folded words report something going wrong (`not showing`, `is slow`). */
	reportsTrouble(terms: readonly string[]): boolean;
	/** Words that name a troubleshooting page, which such a question favours. */
	readonly troubleshootingTerms: readonly string[];
}

export const englishQueries: QueryLanguage = {
	tag: 'en',
	english: true,
	isStopWord,
	expand: expandContractions,
	contractedNegations,
	baseForms,
	endings: ENDINGS,
	irregularForms,
	regularForms,
	spellingVariants,
	numberForms,
	spelledNumber,
	askedAfterHow,
	reportsTrouble,
	troubleshootingTerms: TROUBLESHOOTING_TERMS,
};

/**
 * What the build writes about a language other than English beside the vocabulary:
 * its tag and its stop words, folded and separated by single spaces. An English
 * index writes none (its steps are in the code), so its files stay as they were.
 */
export interface QueryLanguageData {
	tag: string;
	stopWords: string;
}

/**
 * Endings of any language, for knowing a word the index holds in another form
 * (`passworter` for `passwort`): up to three letters after at least four. Pagefind's
 * stemmer for the language then matches the word itself; without these, the pipeline
 * would "correct" an inflection it cannot tell from a slip.
 */
const ANY_ENDING: readonly (readonly [RegExp, string])[] = [
	[/(?<=^.{4,})\p{L}$/u, ''],
	[/(?<=^.{4,})\p{L}{2}$/u, ''],
	[/(?<=^.{4,})\p{L}{3}$/u, ''],
];

/** The pipeline's language for an index: English without data, else the data's. */
export function queryLanguage(data?: QueryLanguageData): QueryLanguage {
	if (!data) return englishQueries;
	const stopWords = new Set(data.stopWords.split(' ').filter(Boolean));
	return {
		tag: data.tag,
		english: false,
		// Numbers always tell pages apart (`429`, `2fa`), in any language.
		isStopWord: (term) => !/\d/.test(term) && stopWords.has(term),
		expand: (folded) => folded,
		contractedNegations: () => [],
		baseForms: (word) => [word],
		endings: ANY_ENDING,
		irregularForms: () => [],
		regularForms: () => [],
		spellingVariants: () => [],
		numberForms: () => [],
		spelledNumber: () => undefined,
		askedAfterHow: () => undefined,
		reportsTrouble: () => false,
		troubleshootingTerms: [],
	};
}
