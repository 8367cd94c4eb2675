import { parseAcronyms } from './acronyms.ts';
import { boundedDistance } from './edit-distance.ts';
import { englishQueries, type QueryLanguage } from './language.ts';

/** The vocabulary file as written at build time: every word the index holds, with its page count. */
export interface VocabularyData {
	/** Pages in the index. */
	pages: number;
	/** The words, sorted, separated by single spaces. */
	words: string;
	/** For each word, the number of pages it occurs on. */
	counts: number[];
	/**
	 * The acronyms the pages write, a defined one with its words (`sso=single_sign_on
	 * ynab`; see `formatAcronyms`): a customer may spell one out. Absent in files older
	 * builds wrote.
	 */
	acronyms?: string;
}

/** How far a word may be from its correction: longer words may hold more slips. */
export function maxEdits(length: number): number {
	if (length < 4) return 0;
	return length < 6 ? 1 : 2;
}

/** Whether two words differ only by one letter typed once where the other has it twice (`ofline`, `offline`). */
export function isDoubleLetterSlip(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (long.length !== short.length + 1) return false;
	let at = 0;
	while (at < short.length && short[at] === long[at]) at++;
	// The extra letter repeats a neighbour, and the rest is the same.
	return (long[at] === long[at - 1] || long[at] === long[at + 1]) && long.slice(at + 1) === short.slice(at);
}

/**
 * What one edit between a typed word and a known word counts for. A double letter typed
 * single or twice is the commonest slip of all (half an edit); a letter left out is
 * commoner than one added or mistyped (`restaring` is `restarting` before the commoner
 * `restoring`). Measured on the demo's and two other help centers' words: of Wikipedia's list of common
 * misspellings, 2,498 of 2,701 corrected to the word meant against 2,460; of one slip
 * made in each of their words, 3,426 of 3,666 dropped letters against 3,085, while 16
 * of 12,036 added, mistyped or swapped letters were lost.
 */
export function slipEdits(typed: string, known: string): number {
	if (isDoubleLetterSlip(typed, known)) return 0.5;
	return known.length === typed.length + 1 ? 0.8 : 1;
}

export interface Correction {
	word: string;
	/** Edits from the typed word; 0 when only accents differ (`uber` → `über`). */
	distance: number;
}

/**
 * A word without its accents, as people type it on a keyboard without them: marks
 * dropped from Latin, Greek and Cyrillic letters (`über` → `uber`, `café` → `cafe`,
 * `ё` → `е`), and the letters that are no letter plus a mark spelt out (`ß` → `ss`,
 * `ø` → `o`, `æ` → `ae`). Other scripts keep their marks, which make other words.
 */
export function withoutAccents(word: string): string {
	return word
		.normalize('NFD')
		.replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
		.replace(/[ßæœøłđı]/g, (letter) => UNACCENTED[letter] as string)
		.normalize('NFC');
}

const UNACCENTED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The words a help center's index holds, with how many pages use each: the ground
 * truth for spelling correction, joined words and how much a word tells apart.
 */
export class Vocabulary {
	readonly pages: number;
	private readonly sorted: string[];
	private readonly counts = new Map<string, number>();
	/** Words known from the team's synonyms only, not from any page. */
	private readonly taught = new Set<string>();
	/** The acronyms the pages write, with the words any page defines each by. */
	readonly acronyms: ReadonlyMap<string, readonly (readonly string[])[]>;
	private byLength: string[][] | undefined;
	/** Accented words by their form without accents, the most common first come. */
	private byUnaccented: Map<string, string> | undefined;

	/** The index's language: English's word forms apply to English only. */
	readonly language: QueryLanguage;

	constructor(data: VocabularyData, extraWords: Iterable<string> = [], language: QueryLanguage = englishQueries) {
		this.pages = data.pages;
		this.language = language;
		this.sorted = data.words === '' ? [] : data.words.split(' ');
		this.sorted.forEach((word, index) => {
			this.counts.set(word, data.counts[index] ?? 1);
		});
		this.acronyms = parseAcronyms(data.acronyms);
		// Words the team taught search (synonym keys) are known too, with a middling count.
		for (const word of extraWords) {
			if (this.counts.has(word)) continue;
			this.counts.set(word, 1);
			this.taught.add(word);
		}
	}

	/** Whether a page of the index holds the word (or an inflection of it), not only a synonym. */
	indexes(word: string): boolean {
		return !this.taught.has(word) && this.knows(word);
	}

	get size(): number {
		return this.counts.size;
	}

	/** Pages a word is on (0 when the index lacks it). */
	count(word: string): number {
		return this.counts.get(word) ?? 0;
	}

	has(word: string): boolean {
		return this.counts.has(word);
	}

	/**
	 * Whether the index can match the word: it holds it, an inflection of it
	 * (`verifying` → `verify`), or, for four letters or more, a longer word starting
	 * with it (Pagefind matches prefixes, and people type the last word half way).
	 */
	knows(word: string): boolean {
		if (this.counts.has(word)) return true;
		for (const [ending, replacement] of this.language.endings) {
			if (ending.test(word) && this.counts.has(word.replace(ending, replacement))) return true;
		}
		return word.length >= 4 && this.hasPrefix(word);
	}

	private firstAtOrAfter(prefix: string): number {
		let low = 0;
		let high = this.sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.sorted[middle] as string) < prefix) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	private hasPrefix(prefix: string): boolean {
		return this.sorted[this.firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false;
	}

	/**
	 * Whether the index may match `word` as the start of a longer, different word (`own`
	 * → `ownership`, `running` → `runtime`): a word of the vocabulary starts with the
	 * word's shortest base form and is not a form of it. When none does, every page
	 * Pagefind finds for the word holds the word itself, and the pipeline need not ask
	 * which. Words with digits, and prefixes many words share, are assumed to.
	 */
	hasLongerWords(word: string): boolean {
		const { baseForms, regularForms, irregularForms } = this.language;
		const base = baseForms(word).reduce((shortest, form) => (form.length < shortest.length ? form : shortest));
		if (base.length < 3 || /[\d_]/.test(base)) return true;
		const forms = new Set([word, ...baseForms(word), ...regularForms(base), ...irregularForms(base)]);
		for (let index = this.firstAtOrAfter(base), seen = 0; index < this.sorted.length; index++, seen++) {
			const candidate = this.sorted[index] as string;
			if (!candidate.startsWith(base)) return false;
			if (seen >= 50 || !forms.has(candidate)) return true;
		}
		return false;
	}

	/**
	 * The closest known word: the same word with its accents (`uber` → `über`, `strasse`
	 * → `straße`, at any length), else the closest within `maxEdits(word.length)` edits:
	 * fewest edits first, then the same first letter (people rarely slip on it), then the
	 * most pages. A double letter typed single or a single one typed twice (`ofline`,
	 * `adresss`) is the commonest slip of all, so that one edit counts as half: `ofline`
	 * is `offline` on a help center where `online` is on more pages; a letter left out
	 * counts 0.8 (`slipEdits`).
	 * Before the edits, the word in the other spelling of the language (`categorise` →
	 * `categorize`, `color` → `colour`).
	 * Undefined when the word has digits or `_` (codes are typed as read) or no word is close.
	 */
	correct(word: string): Correction | undefined {
		if (/[\d_]/.test(word)) return undefined;
		const accented = this.accentedForm(word);
		if (accented !== undefined) return { word: accented, distance: 0 };
		const max = maxEdits(word.length);
		if (max === 0) return this.swappedLetters(word);
		// The same word in the language's other spelling is what was meant, whatever else is close.
		const variant = this.language
			.spellingVariants(word)
			.filter((candidate) => this.counts.has(candidate) && !this.taught.has(candidate))
			.sort((a, b) => this.count(b) - this.count(a))[0];
		if (variant !== undefined) return { word: variant, distance: boundedDistance(word, variant, 2) };
		this.byLength ??= this.indexByLength();
		let best: { word: string; distance: number; rank: number } | undefined;
		for (let length = word.length - max; length <= word.length + max; length++) {
			for (const candidate of this.byLength[length] ?? []) {
				const limit = best ? Math.min(max, best.distance) : max;
				const distance = boundedDistance(word, candidate, limit);
				if (distance > limit) continue;
				// Lower is better: edits, then a different first letter, then fewer pages.
				const edits = distance === 1 ? slipEdits(word, candidate) : distance;
				const rank = edits * 2 + (candidate[0] === word[0] ? 0 : 1) - this.count(candidate) / (this.pages + 1);
				if (!best || rank < best.rank) best = { word: candidate, distance, rank };
			}
		}
		return best && { word: best.word, distance: best.distance };
	}

	/**
	 * A three-letter word with two neighbouring letters swapped (`aip` → `api`, `cvs` →
	 * `csv`, `ulr` → `url`): the one slip short words are corrected for. Any other edit
	 * of three letters reaches dozens of words (`sso` is one letter from `ssl`, `ssh`,
	 * `so` and `also`), while swapped letters keep all three, and acronyms, which are
	 * typed fast, are short.
	 */
	private swappedLetters(word: string): Correction | undefined {
		if (word.length !== 3) return undefined;
		const [a, b, c] = word;
		return [`${b}${a}${c}`, `${a}${c}${b}`]
			.filter((candidate) => candidate !== word && this.indexes(candidate))
			.sort((x, y) => this.count(y) - this.count(x))
			.map((candidate) => ({ word: candidate, distance: 1 }))[0];
	}

	/** The most common word of the index that is `word` but for its accents, if any. */
	private accentedForm(word: string): string | undefined {
		if (this.byUnaccented === undefined) {
			this.byUnaccented = new Map();
			for (const [known, count] of this.counts) {
				// Words of plain letters are their own form without accents: only the others are listed.
				if (!/[^a-z0-9_]/.test(known)) continue;
				const plain = withoutAccents(known);
				const listed = this.byUnaccented.get(plain);
				if (plain !== known && (listed === undefined || count > this.count(listed)))
					this.byUnaccented.set(plain, known);
			}
		}
		const plain = withoutAccents(word);
		const accented = this.byUnaccented.get(plain);
		if (accented !== undefined && accented !== word) return accented;
		return plain !== word && this.counts.has(plain) ? plain : undefined;
	}

	private indexByLength(): string[][] {
		const byLength: string[][] = [];
		for (const word of this.counts.keys()) {
			if (word.length < 3 || /\d/.test(word)) continue;
			const same = byLength[word.length] ?? [];
			same.push(word);
			byLength[word.length] = same;
		}
		return byLength;
	}

	/**
	 * Two known words that a word is made of (`ratelimit` → `rate limit`, `warmup` →
	 * `warm up`), when each is on more pages than the word itself. Undefined otherwise.
	 */
	split(word: string): [string, string] | undefined {
		if (word.length < 5 || /\d/.test(word)) return undefined;
		const own = this.count(word);
		let best: { parts: [string, string]; weakest: number } | undefined;
		for (let cut = 2; cut <= word.length - 2; cut++) {
			const head = word.slice(0, cut);
			const tail = word.slice(cut);
			const weakest = Math.min(this.count(head), this.count(tail));
			if (weakest > own && (!best || weakest > best.weakest)) best = { parts: [head, tail], weakest };
		}
		return best?.parts;
	}
}
