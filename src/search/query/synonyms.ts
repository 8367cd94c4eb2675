import { englishQueries, type QueryLanguage } from './language.ts';
import { normaliseQuery } from './normalise.ts';

/** One synonym as search uses it: the customer's words and the knowledge base's words for them. */
export interface SynonymRule {
	/** Normalised terms of the customer's word or phrase (`throttled`, `log in`). */
	from: string[];
	/** Each way the knowledge base says it, as a phrase of normalised terms (`rate limit`). */
	to: string[];
}

/** Turns the team's `customer words: knowledge-base words` pairs into rules, normalised as questions in `language` are. */
export function compileSynonyms(
	entries: Record<string, string | string[]>,
	language: QueryLanguage = englishQueries,
): SynonymRule[] {
	const terms = (text: string) => normaliseQuery(text, language).map((word) => word.term);
	return Object.entries(entries)
		.map(([from, to]) => ({
			from: terms(from),
			to: (Array.isArray(to) ? to : [to]).map((phrase) => terms(phrase).join(' ')).filter(Boolean),
		}))
		.filter((rule) => rule.from.length > 0 && rule.to.length > 0);
}

export interface SynonymMatch {
	rule: SynonymRule;
	/** Index of the first word matched. */
	start: number;
	/** Words matched. */
	length: number;
}

/** Whether a customer's word and a rule's word are forms of one word (`bills` and `bill`, `throttling` and `throttled`). */
function sameWord(word: string | undefined, term: string, language: QueryLanguage): boolean {
	if (word === undefined) return false;
	if (word === term) return true;
	const bases = language.baseForms(term);
	return language.baseForms(word).some((base) => bases.includes(base));
}

/** The longest rule whose words, or forms of them, start at `start` in `words`, if any. */
export function matchSynonym(
	words: readonly string[],
	start: number,
	rules: readonly SynonymRule[],
	language: QueryLanguage = englishQueries,
): SynonymMatch | undefined {
	let best: SynonymMatch | undefined;
	for (const rule of rules) {
		if (rule.from.length > words.length - start) continue;
		if (best && rule.from.length <= best.length) continue;
		if (rule.from.every((term, offset) => sameWord(words[start + offset], term, language))) {
			best = { rule, start, length: rule.from.length };
		}
	}
	return best;
}
