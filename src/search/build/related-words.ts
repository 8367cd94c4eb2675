import { irregularForms, regularForms } from '../query/morphology.ts';
import { isStopWord } from '../query/stop-words.ts';
import { correctionReach } from './correction-reach.ts';
import type { LinkKind, WordNet } from './wordnet.ts';

/**
 * How close a related word is: `close` for another word of the same sense or a word
 * of the same root (`bill` → `invoice`, `verify` → `verification`), `loose` for a
 * similar sense or a broader verb (`leave` → `exit`, `delete` → `remove`).
 */
export type Closeness = 'close' | 'loose';

const closeness: Record<LinkKind, Closeness> = {
	synonym: 'close',
	derived: 'close',
	similar: 'loose',
	broader: 'loose',
};

export interface RelatedCandidate {
	word: string;
	closeness: Closeness;
	/**
	 * How far from either word's usual meaning the link is: the position of the sense it
	 * leaves from among the word's senses plus the position of the sense it reaches among
	 * the related word's (0 = both the most frequent). `bill` → `invoice` is 1 + 0.
	 */
	distance: number;
}

export interface RelatedOptions {
	/** Largest `distance` of a close link. */
	close: number;
	/** Largest `distance` of a loose link. */
	loose: number;
}

export const defaultRelatedOptions: RelatedOptions = { close: 2, loose: 1 };

const ONE_WORD = /^[a-z]{3,}$/;

/** Every one-word lemma WordNet relates to `lemma` through its first senses, closest first. */
export function relatedCandidates(
	wordnet: WordNet,
	lemma: string,
	options: RelatedOptions = defaultRelatedOptions,
): RelatedCandidate[] {
	const found = new Map<string, RelatedCandidate>();
	const limit = Math.max(options.close, options.loose);
	const add = (word: string | undefined, kind: LinkKind, sense: number, target: number) => {
		if (!word || word === lemma || !ONE_WORD.test(word)) return;
		const distance = sense + senseRank(wordnet, word, target);
		const kindCloseness = closeness[kind];
		if (distance > (kindCloseness === 'close' ? options.close : options.loose)) return;
		const candidate = { word, closeness: kindCloseness, distance };
		const known = found.get(word);
		if (!known || rank(candidate) < rank(known)) found.set(word, candidate);
	};
	const entries = wordnet.lemmas.get(lemma) ?? [];
	// A part of speech the tagged corpus never saw the word in is not how customers use it:
	// `husband` the verb (to economise) would relate a married man to `save`.
	const seen = entries.some((entry) => entry.tagged > 0);
	for (const entry of entries) {
		if (seen && entry.tagged === 0) continue;
		entry.senses.slice(0, limit + 1).forEach((id, sense) => {
			const own = wordnet.senses[id];
			if (!own) return;
			const position = own.words.indexOf(lemma);
			for (const word of own.words) add(word, 'synonym', sense, id);
			for (const link of own.links) {
				const target = wordnet.senses[link.target];
				if (!target) continue;
				if (link.from === undefined) for (const word of target.words) add(word, link.kind, sense, link.target);
				else if (link.from === position) add(target.words[link.word ?? -1], link.kind, sense, link.target);
			}
		});
	}
	return [...found.values()].sort((a, b) => rank(a) - rank(b) || a.word.localeCompare(b.word));
}

/** Position of a sense among a word's senses (most frequent first); past the end when it is not one. */
function senseRank(wordnet: WordNet, word: string, sense: number): number {
	for (const entry of wordnet.lemmas.get(word) ?? []) {
		const position = entry.senses.indexOf(sense);
		if (position !== -1) return position;
	}
	return Number.POSITIVE_INFINITY;
}

function rank(candidate: RelatedCandidate): number {
	return (candidate.closeness === 'close' ? 0 : 10) + candidate.distance;
}

/**
 * Each common English word with the words WordNet relates to it, closest first: what
 * every build filters. A word WordNet relates to nothing is listed too, with none: it
 * is still a word customers mean as typed.
 */
export type RelatedTable = Record<string, RelatedCandidate[]>;

/**
 * Whether customers may type a word: WordNet saw it in its tagged corpus (SemCor). A
 * table of all of English would hold 77,000 words, most of them rare; this one about
 * 17,000.
 */
export function isCommonWord(wordnet: WordNet, lemma: string): boolean {
	return (wordnet.lemmas.get(lemma) ?? []).some((entry) => entry.tagged > 0);
}

/** The related candidates of every common lemma: one word (with or without candidates) or a phrase that has some. */
export function relatedTable(wordnet: WordNet, options: RelatedOptions = defaultRelatedOptions): RelatedTable {
	const table: RelatedTable = {};
	for (const lemma of [...wordnet.lemmas.keys()].sort()) {
		if (!isCommonWord(wordnet, lemma)) continue;
		const candidates = relatedCandidates(wordnet, lemma, options);
		if (candidates.length > 0 || ONE_WORD.test(lemma)) table[lemma] = candidates;
	}
	return table;
}

/** Whether the vocabulary holds a word or one of its forms (`exits` for `exit`, `forgot` for `forget`). */
export function inVocabulary(vocabulary: ReadonlySet<string>, word: string): boolean {
	return vocabulary.has(word) || [...regularForms(word), ...irregularForms(word)].some((form) => vocabulary.has(form));
}

/**
 * Whether search would miss a lemma without the map: a word the help center lacks, or
 * a phrase whose every word but filler it lacks (`get rid of`: `get` and `of` are
 * filler, `rid` is on no page). A phrase of words it uses (`log in`) is searched as its
 * words.
 */
function isMissing(vocabulary: ReadonlySet<string>, lemma: string): boolean {
	const words = lemma.split('_');
	if (words.length === 1) return !inVocabulary(vocabulary, lemma);
	const meaningful = words.filter((word) => !isStopWord(word));
	return meaningful.length > 0 && meaningful.every((word) => !inVocabulary(vocabulary, word));
}

/** Related words kept per word, closest first. */
export const RELATED_PER_WORD = 3;

/**
 * The related-word map for one help center: for each common English word or phrase it
 * does not use, the words it does use that WordNet relates to it (`bill:invoice`,
 * `notify:notification`, `get_rid_of:remove`), in the form `RelatedWords` reads
 * (`key:close,close|loose`, keys sorted). Words the help center uses are left out: searched on their own they
 * rank as well or better than with WordNet's other senses mixed in (measured on three
 * help centers).
 *
 * A common word that the help center lacks and that WordNet relates to none of its
 * words is listed with none (`frozen:`) when one of its forms is close enough to a
 * word of the help center for spelling correction to reach: it is an English word
 * typed as meant, which correction must not turn into a word it only looks like
 * (`frozen` → `broken`, `kicked` → `picked`).
 */
export function buildRelatedWords(table: RelatedTable, vocabulary: ReadonlySet<string>): string {
	const entries: string[] = [];
	let reachable: ((word: string) => boolean) | undefined;
	const corrected = (lemma: string) => {
		reachable ??= correctionReach(vocabulary);
		return [lemma, ...regularForms(lemma), ...irregularForms(lemma)].some(reachable);
	};
	for (const [lemma, candidates] of Object.entries(table)) {
		if (!isMissing(vocabulary, lemma)) continue;
		const related = candidates
			.filter((candidate) => inVocabulary(vocabulary, candidate.word))
			.slice(0, RELATED_PER_WORD);
		if (related.length === 0) {
			// Only a word spelling correction could reach needs to be kept from it.
			if (ONE_WORD.test(lemma) && corrected(lemma)) entries.push(`${lemma}:`);
			continue;
		}
		const list = (closeness: Closeness) =>
			related
				.filter((candidate) => candidate.closeness === closeness)
				.map((candidate) => candidate.word)
				.join(',');
		const loose = list('loose');
		entries.push(`${lemma}:${list('close')}${loose ? `|${loose}` : ''}`);
	}
	return entries.sort().join(' ');
}
