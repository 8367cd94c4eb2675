import { spelledOutAcronym } from './acronyms.ts';
import { normaliseQuery, type QueryWord } from './normalise.ts';
import { abbreviatedNumber, digitForms } from './number-words.ts';
import type { RelatedWords } from './related.ts';
import { matchSynonym, type SynonymRule } from './synonyms.ts';
import { foldApostrophes } from './tokens.ts';
import { type Correction, isDoubleLetterSlip, type Vocabulary } from './vocabulary.ts';

/**
 * How one alternative came about; synonyms and splits count a little less than the
 * words typed, and words WordNet relates to them less again (`related` for a word of
 * the same meaning or root, `loose` for a similar one).
 */
export type AlternativeKind =
	| 'typed'
	| 'corrected'
	| 'split'
	| 'joined'
	| 'synonym'
	| 'inflected'
	| 'related'
	| 'loose';

export interface Alternative {
	/** What is put to the index: its words must all be on a page. */
	query: string;
	kind: AlternativeKind;
}

/** One meaningful part of the question, and every way the index may hold it. */
export interface TermGroup {
	/** The customer's words this group stands for, as typed. */
	typed: string;
	alternatives: Alternative[];
}

export interface QueryPlan {
	/** The question as typed. */
	query: string;
	groups: TermGroup[];
	/** Words replaced by a known word close to them. */
	corrections: { from: string; to: string }[];
	/** The question with the corrections made, for "Showing results for ...". */
	correctedQuery: string;
	/** Meaningful words that nothing in the index resembles; they are not searched. */
	unknown: string[];
}

export interface AnalyseOptions {
	vocabulary: Vocabulary;
	synonyms: readonly SynonymRule[];
	/** Words of the help center that WordNet relates to the customer's (none when absent). */
	related?: RelatedWords;
	/** Correct misspelt words (default). False searches the words as typed ("Search instead for"). */
	correct?: boolean;
}

function synonymAlternatives(terms: string[], rules: readonly SynonymRule[], vocabulary: Vocabulary): Alternative[] {
	const match = matchSynonym(terms, 0, rules, vocabulary.language);
	if (!match || match.length !== terms.length) return [];
	return match.rule.to.map((query) => ({ query, kind: 'synonym' as const }));
}

/**
 * Whether the index writes two neighbouring words as one (`web hook` → `webhook`): the
 * joined word is a word of the index and at least as common as the rarer of the two. A
 * joined form seen once (`GDPR-compliant` on one page) must not turn `gdpr compliant`
 * into a phrase every word of which a page then needs.
 */
function isJoinedForm(joined: string, first: string, second: string, vocabulary: Vocabulary): boolean {
	const count = vocabulary.count(joined);
	return count > 0 && count >= Math.min(vocabulary.count(first), vocabulary.count(second));
}

/**
 * Irregular forms of the word the index holds, which a stemmer leaves apart (`forget` →
 * `forgot`), its other English spelling (`categorise` → `categorize`), and a small
 * number written the other way (`2` → `two`).
 */
function otherForms(term: string, vocabulary: Vocabulary): Alternative[] {
	const { baseForms, irregularForms, spellingVariants, numberForms } = vocabulary.language;
	const [, irregularBase] = baseForms(term);
	const base = irregularBase && irregularForms(irregularBase).includes(term) ? irregularBase : term;
	// A help center may write both spellings (`categorise` on one page, `categorize` on another).
	const forms = [
		base,
		...irregularForms(base),
		...spellingVariants(term),
		...numberForms(term),
		...writtenDigits(term),
	];
	return [...new Set(forms)]
		.filter((form) => form !== term && holdsEvery(form, vocabulary))
		.map((form) => ({ query: form, kind: 'inflected' as const }));
}

/** Whether the index holds every word of a form (`10 000` for *10,000*). */
function holdsEvery(form: string, vocabulary: Vocabulary): boolean {
	return form.split(' ').every((word) => vocabulary.has(word));
}

/** A large number typed in digits (`10000`, `10k`) as pages write it, with or without a separator (`10,000`). */
function writtenDigits(term: string): string[] {
	const value = /^\d{4,}$/.test(term) && !term.startsWith('0') ? Number(term) : abbreviatedNumber(term);
	return value === undefined ? [] : digitForms(value);
}

/**
 * The group for a number the customer wrote in words (`a hundred`, `twenty five`):
 * its words where the index holds them, and its digits as pages mostly write them
 * (*100 emails a day*). None when the index holds neither.
 */
function spelledNumberGroup(words: readonly QueryWord[], value: number, vocabulary: Vocabulary): TermGroup | undefined {
	const named = words.map((word) => word.term).filter((term) => !vocabulary.language.isStopWord(term));
	const alternatives: Alternative[] = [];
	if (named.length > 0 && named.every((term) => vocabulary.indexes(term)))
		alternatives.push({ query: named.join(' '), kind: 'typed' });
	for (const form of digitForms(value)) {
		if (holdsEvery(form, vocabulary)) alternatives.push({ query: form, kind: 'inflected' });
	}
	if (alternatives.length === 0) return undefined;
	return { typed: words.map((word) => word.typed).join(' '), alternatives };
}

/**
 * A word typed up to the consonant English doubles before `-ed` and `-ing` (`mapp` of
 * `mapped`, `stopp` of `stopping`), or with its last letter typed twice, the commonest
 * slip: the index matches it only as the start of those longer words, so a page that
 * says the word itself (`map`) would be missed though every such form is of that word.
 */
function undoubled(term: string, vocabulary: Vocabulary): Alternative[] {
	if (vocabulary.has(term) || !/([b-df-hj-np-tv-z])\1$/.test(term)) return [];
	const word = term.slice(0, -1);
	return word.length >= 3 && vocabulary.has(word) ? [{ query: word, kind: 'inflected' }] : [];
}

/**
 * Words of the help center WordNet relates to the customer's word, closest first. A
 * word that starts with the customer's (`access` → `accessible`) is left out: the index
 * already matches it.
 */
function relatedAlternatives(term: string, options: AnalyseOptions): Alternative[] {
	const related = (options.related?.of(term) ?? []).filter((entry) => !entry.word.startsWith(term));
	return related.map((related) => ({
		query: related.word,
		kind: related.close ? ('related' as const) : ('loose' as const),
	}));
}

/**
 * Whether a word the index lacks is a known word with one letter slipped rather than
 * two known words run together: `clippng` is `clipping` and not `clip png`, `delte` is
 * `delete` and not `de lte`, since any unknown word splits somewhere into two rare
 * words. The slip wins when it is one edit away and the word it makes is on at least
 * as many pages as the rarer half of the split; a true compound's halves are common
 * words (`signin` → `sign in`, `ratelimit` → `rate limit`).
 */
function isSlipRatherThanJoin(
	term: string,
	split: [string, string],
	correction: Correction | undefined,
	vocabulary: Vocabulary,
): boolean {
	// The word with its accents (`uber` → `über`) is the word meant, whatever it splits into.
	if (correction?.distance === 0) return true;
	if (correction?.distance !== 1) return false;
	// A double letter typed single is a slip whatever the halves (`ofline` is not `of line`).
	if (isDoubleLetterSlip(term, correction.word)) return true;
	return vocabulary.count(correction.word) >= Math.min(vocabulary.count(split[0]), vocabulary.count(split[1]));
}

/** Whether a correction is the word as typed in the help center's accents or spelling (`uber` → `über`, `colour` → `color`). */
function isSameWord(term: string, correction: Correction | undefined, vocabulary: Vocabulary): boolean {
	if (!correction) return false;
	return correction.distance === 0 || vocabulary.language.spellingVariants(term).includes(correction.word);
}

/** The group for one meaningful word, or what happened to it when there is none. */
function groupForWord(
	word: QueryWord,
	options: AnalyseOptions,
): { group?: TermGroup; correction?: string; unknown?: boolean } {
	const { vocabulary, synonyms } = options;
	const term = word.term;
	const alternatives: Alternative[] = [];
	if (vocabulary.knows(term) || options.correct === false) {
		alternatives.push({ query: term, kind: 'typed' });
		const split = vocabulary.split(term);
		if (split) alternatives.push({ query: split.join(' '), kind: 'split' });
		if (options.correct !== false) {
			alternatives.push(...otherForms(term, vocabulary), ...undoubled(term, vocabulary));
			// The map lists only words the help center lacks, so a word it holds as typed can
			// reach an entry only through a wrong base form (`folder` read as `fold` + `er`).
			if (!vocabulary.has(term)) alternatives.push(...relatedAlternatives(term, options));
		}
		return { group: { typed: word.typed, alternatives } };
	}
	// A number the help center only writes the other way (`2` for its *two-step*).
	const number = otherForms(term, vocabulary);
	if (number.length > 0 && /\d/.test(term)) return { group: { typed: word.typed, alternatives: number } };
	const correction = vocabulary.correct(term);
	const split = vocabulary.split(term);
	if (split && !isSlipRatherThanJoin(term, split, correction, vocabulary))
		return { group: { typed: word.typed, alternatives: [{ query: split.join(' '), kind: 'split' }] } };
	// A real word the help center does not use, but WordNet relates to words it does:
	// search those rather than "correct" it into a word it only looks like. Unless the
	// closest word is one of them (`canvass` → `canvas`): spelling and meaning agree, so
	// it is most likely the word meant, corrected, with the other related words after it.
	const related = relatedAlternatives(term, options);
	const relatedCorrection = related.some((alternative) => alternative.query === correction?.word);
	if (related.length > 0 && !relatedCorrection) return { group: { typed: word.typed, alternatives: related } };
	// An English word the help center lacks, related to none of its words, is what the
	// customer meant: "correcting" it finds a word it only looks like (`account frozen`
	// → `broken`, `kick out a member` → `pick`). Left out like any word no page uses,
	// unless only its accents or its spelling differ from the help center's.
	if (related.length === 0 && options.related?.has(term) && !isSameWord(term, correction, vocabulary))
		return { unknown: true };
	if (!correction) return { unknown: true };
	alternatives.push({ query: correction.word, kind: 'corrected' });
	alternatives.push(...related.filter((alternative) => alternative.query !== correction.word));
	alternatives.push(...synonymAlternatives([correction.word], synonyms, vocabulary));
	return { group: { typed: word.typed, alternatives }, correction: correction.word };
}

/** A word's group with the words pages use for what it asks after `how` (`size` for `big`), even when the help center lacks the word. */
function withAsked(
	result: ReturnType<typeof groupForWord>,
	word: QueryWord,
	asked: readonly string[],
	vocabulary: Vocabulary,
) {
	const alternatives = asked
		.filter((term) => vocabulary.has(term))
		.map((term) => ({ query: term, kind: 'synonym' as const }));
	if (alternatives.length === 0) return result;
	if (result.group)
		return { ...result, group: { ...result.group, alternatives: [...result.group.alternatives, ...alternatives] } };
	return { group: { typed: word.typed, alternatives } };
}

/**
 * The question's words, with each identifier the customer pasted that the help center
 * does not hold whole (`smtp.acmemail.com`, `ERR_CONNECTION_REFUSED`,
 * `invoice_march-2024.pdf`) taken apart into its pieces, when a piece is a word it
 * holds: searched whole it finds nothing and would drop `smtp`, `connection` or
 * `invoice` from the question. A joined word spelling correction reaches (`web-hok` →
 * `webhook`) or that splits into two words (`rate-limit`) stays whole.
 */
export function questionWords(query: string, vocabulary: Vocabulary): QueryWord[] {
	const { language } = vocabulary;
	return normaliseQuery(query, language).flatMap((word) => {
		if (word.pieces.length === 0 || vocabulary.knows(word.term) || vocabulary.split(word.term)) return [word];
		const known = word.pieces.some((piece) => !language.isStopWord(piece) && vocabulary.knows(piece));
		if (!known || vocabulary.correct(word.term)) return [word];
		return word.pieces.map((piece) => ({ term: piece, typed: piece, pieces: [], of: word }));
	});
}

/**
 * Turns a customer's question into what to search: normalised words, the team's
 * synonyms expanded (longest phrase first, before filler is dropped, so `log in` can
 * match), stop words and filler dropped, joined words split (`ratelimit`), misspelt
 * words corrected against the index's own vocabulary, and words written apart that
 * the index holds joined (`web hook` → `webhook`) given both forms, and words that
 * spell out one of its acronyms searched as the acronym (`you need a budget` → `ynab`).
 * Words and phrases the help center lacks are searched through the words WordNet
 * relates to them.
 */
export function analyseQuery(query: string, options: AnalyseOptions): QueryPlan {
	const { language } = options.vocabulary;
	const isStopWord = (term: string) => language.isStopWord(term);
	const words = questionWords(query, options.vocabulary);
	const terms = words.map((word) => word.term);
	const groups: TermGroup[] = [];
	const corrections: QueryPlan['corrections'] = [];
	const unknown: string[] = [];
	/** Corrections by position, for "Showing results for". */
	const corrected = new Map<number, string>();
	/** Groups of single known words, by their position, for joining neighbours. */
	const single = new Map<number, TermGroup>();

	for (let index = 0; index < words.length; index++) {
		const synonym = matchSynonym(terms, index, options.synonyms, language);
		if (synonym) {
			const phrase = terms.slice(index, index + synonym.length);
			const typed = words.slice(index, index + synonym.length).map((word) => word.typed);
			const meaningful = phrase.filter((term) => !isStopWord(term));
			const alternatives: Alternative[] = [];
			if (meaningful.length > 0 && meaningful.every((term) => options.vocabulary.indexes(term))) {
				alternatives.push({ query: meaningful.join(' '), kind: 'typed' });
			}
			alternatives.push(...synonym.rule.to.map((to) => ({ query: to, kind: 'synonym' as const })));
			groups.push({ typed: typed.join(' '), alternatives });
			index += synonym.length - 1;
			continue;
		}
		// Words that spell out an acronym the pages use (`you need a budget` for *YNAB*) are
		// searched as the acronym alone: its words on their own (`budget` in a budgeting
		// app's help center) are on most pages, and would make the group tell nothing.
		const acronym =
			options.correct === false ? undefined : spelledOutAcronym(terms, index, options.vocabulary.acronyms);
		if (acronym) {
			const typed = words.slice(index, index + acronym.length).map((word) => word.typed);
			groups.push({ typed: typed.join(' '), alternatives: [{ query: acronym.acronym, kind: 'synonym' }] });
			index += acronym.length - 1;
			continue;
		}
		// A phrase of words the help center lacks that WordNet knows (`get rid of`).
		const phrase = options.correct === false ? undefined : options.related?.phraseAt(terms, index);
		if (phrase) {
			const typed = words.slice(index, index + phrase.length).map((word) => word.typed);
			groups.push({ typed: typed.join(' '), alternatives: relatedAlternatives(phrase.key, options) });
			index += phrase.length - 1;
			continue;
		}
		// A number in words (`a hundred emails`), which pages mostly write in digits.
		const spelled = options.correct === false ? undefined : language.spelledNumber(terms, index);
		const numberGroup =
			spelled && spelledNumberGroup(words.slice(index, index + spelled.length), spelled.value, options.vocabulary);
		if (spelled && numberGroup) {
			groups.push(numberGroup);
			index += spelled.length - 1;
			continue;
		}
		const word = words[index] as QueryWord;
		if (isStopWord(word.term)) continue;
		// `how many` asks for an amount pages never call *many*; `how big` for a size.
		const asked = options.correct === false ? undefined : language.askedAfterHow(terms[index - 1], word.term);
		if (asked?.length === 0) continue;
		const result = withAsked(groupForWord(word, options), word, asked ?? [], options.vocabulary);
		if (result.unknown) unknown.push(word.typed);
		if (result.correction) {
			corrections.push({ from: word.typed, to: result.correction });
			corrected.set(index, result.correction);
		}
		if (!result.group) continue;
		// `can't` was spelt out as `can not`; pages that say `can't` hold it as `cant`.
		if (index > 0 && word.typed === 'not' && options.correct !== false) {
			for (const contracted of language.contractedNegations(terms[index - 1] as string)) {
				if (options.vocabulary.indexes(contracted))
					result.group.alternatives.push({ query: contracted, kind: 'joined' });
			}
		}
		const previous = single.get(index - 1);
		const joined = `${terms[index - 1]}${word.term}`;
		if (
			previous &&
			!result.correction &&
			isJoinedForm(joined, terms[index - 1] as string, word.term, options.vocabulary) &&
			!previous.alternatives[0]?.query.includes(' ')
		) {
			// `web hook` is one group: either both words, or the word the index holds.
			previous.typed = `${previous.typed} ${word.typed}`;
			previous.alternatives = [
				{ query: `${previous.alternatives[0]?.query} ${word.term}`, kind: 'typed' },
				{ query: joined, kind: 'joined' },
			];
			single.delete(index - 1);
			continue;
		}
		groups.push(result.group);
		if (result.group.alternatives[0]?.kind === 'typed') single.set(index, result.group);
	}
	return { query, groups, corrections, correctedQuery: shownQuery(query, words, corrected), unknown };
}

/**
 * The question as "Showing results for" shows it: each word as typed or as corrected,
 * and a pasted identifier searched as its pieces whole again, with any correction made
 * in place (`invoise_march.pdf` → `invoice_march.pdf`). The customer's own capitals and
 * punctuation stay (`How do I Recieve Emails?` → `How do I Receive Emails?`); only
 * where a corrected word cannot be found in the question as typed is it shown as the
 * words searched.
 */
function shownQuery(query: string, words: readonly QueryWord[], corrected: ReadonlyMap<number, string>): string {
	const shown = shownWords(words, corrected);
	return inQuestionAsTyped(query, shown) ?? shown.map((word) => word.shown).join(' ');
}

interface ShownWord {
	/** The word as normalised from what was typed (folded, lower case). */
	typed: string;
	/** The word as shown: typed, or corrected. */
	shown: string;
}

function shownWords(words: readonly QueryWord[], corrected: ReadonlyMap<number, string>): ShownWord[] {
	const shown: ShownWord[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index] as QueryWord;
		const whole = word.of;
		if (!whole) {
			shown.push({ typed: word.typed, shown: corrected.get(index) ?? word.typed });
			continue;
		}
		let text = whole.typed;
		let from = 0;
		for (; words[index]?.of === whole; index++) {
			const piece = (words[index] as QueryWord).typed;
			const at = text.indexOf(piece, from);
			const correction = corrected.get(index);
			if (at === -1) continue;
			if (correction) text = text.slice(0, at) + correction + text.slice(at + piece.length);
			from = at + (correction ?? piece).length;
		}
		index--;
		shown.push({ typed: whole.typed, shown: text });
	}
	return shown;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The question as typed, white space tidied, with each corrected word put in its place
 * in the customer's capitals; undefined when a corrected word cannot be found there whole.
 */
function inQuestionAsTyped(query: string, words: readonly ShownWord[]): string | undefined {
	const text = query.trim().replace(/\s+/g, ' ');
	const folded = foldApostrophes(text.toLowerCase());
	// A letter whose lower case is longer (`İ`) would shift every position after it.
	if (folded.length !== text.length) return undefined;
	let result = '';
	let from = 0;
	for (const word of words) {
		const at = wholeWordAt(folded, word.typed, from);
		// A word the question holds in another form (`can't` searched as `can not`) stays as typed.
		if (at === undefined && word.shown === word.typed) continue;
		if (at === undefined) return undefined;
		const typed = text.slice(at, at + word.typed.length);
		result += text.slice(from, at) + (word.shown === word.typed ? typed : inCaseOf(typed, word.shown));
		from = at + word.typed.length;
	}
	return result + text.slice(from);
}

function wholeWordAt(text: string, word: string, from: number): number | undefined {
	if (word === '') return undefined;
	for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
		const before = text[at - 1];
		const after = text[at + word.length];
		if (!(before && LETTER_OR_DIGIT.test(before)) && !(after && LETTER_OR_DIGIT.test(after))) return at;
	}
	return undefined;
}

/** The correction written as the customer wrote the word: all capitals, a capital first, or as it is. */
function inCaseOf(typed: string, correction: string): string {
	const letters = typed.replace(/[^\p{L}]/gu, '');
	if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
		return correction.toUpperCase();
	const first = letters[0];
	if (first && first !== first.toLowerCase()) return correction.charAt(0).toUpperCase() + correction.slice(1);
	return correction;
}
