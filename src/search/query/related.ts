import { baseForms } from './morphology.ts';

/**
 * Words related to a customer's word that the help center uses, as the build wrote
 * them beside the vocabulary: `key:close,close|loose key2:...`. Close words share a
 * meaning or a root with the key (`bill:invoice`, `verify:verification`); loose ones
 * a similar meaning (`leave:|exit`). Keys are base forms (`leave`, not `leaving`), and
 * may be phrases, their words joined by `_` (`get_rid_of:remove`). A key with no
 * words (`frozen:`) is a common English word the help center lacks and relates to
 * nothing: a word typed as meant, not a misspelling.
 */
export type RelatedWordsData = string;

/** The letters the map is split by, one file each: keys are lemmas of letters a to z. */
export const relatedShards = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** Site path of one letter's part of the map. */
export const relatedWordsPath = (shard: string) => `/search/related/${shard}.json`;

export interface RelatedWord {
	word: string;
	close: boolean;
}

export class RelatedWords {
	private readonly entries = new Map<string, string>();

	constructor(data: RelatedWordsData = '') {
		for (const entry of data.split(' ')) {
			const colon = entry.indexOf(':');
			if (colon > 0) this.entries.set(entry.slice(0, colon), entry.slice(colon + 1));
		}
	}

	get size(): number {
		return this.entries.size;
	}

	/** The key a word is listed under: itself or its first base form that is one (`leaving` → `leave`). */
	keyOf(word: string): string | undefined {
		return baseForms(word).find((form) => this.entries.has(form));
	}

	/**
	 * The first letters of the keys a question's words may be listed under (their base
	 * forms', for `went` → `go`): the parts of the map the question needs.
	 */
	static lettersFor(terms: readonly string[]): string[] {
		const letters = terms.flatMap((term) => baseForms(term).map((form) => form.charAt(0)));
		return [...new Set(letters.filter((letter) => letter >= 'a' && letter <= 'z'))].sort();
	}

	/**
	 * Whether the word (through one of its forms) is a common English word the help
	 * center lacks: related to some of its words, or listed with none.
	 */
	has(word: string): boolean {
		return this.keyOf(word) !== undefined;
	}

	/**
	 * The longest phrase of the map starting at `start` in `words`, two to four words, its
	 * first word in any form (`got rid of`, `getting rid of`).
	 */
	phraseAt(words: readonly string[], start: number): { key: string; length: number } | undefined {
		for (let length = Math.min(4, words.length - start); length >= 2; length--) {
			const rest = words.slice(start + 1, start + length).join('_');
			for (const first of baseForms(words[start] as string)) {
				const key = `${first}_${rest}`;
				if (this.entries.has(key)) return { key, length };
			}
		}
		return undefined;
	}

	/** The help center's words related to `word` (or to the phrase `key`), close ones first. */
	of(word: string): RelatedWord[] {
		const key = this.keyOf(word);
		if (key === undefined) return [];
		const [close = '', loose = ''] = (this.entries.get(key) as string).split('|');
		const words = (list: string, isClose: boolean) =>
			list === '' ? [] : list.split(',').map((related) => ({ word: related, close: isClose }));
		return [...words(close, true), ...words(loose, false)];
	}
}
