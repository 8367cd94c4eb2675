/**
 * Numbers as digits and as English words: a customer types `2 step verification` for
 * the page about *two-step verification*, `3rd party` for *third-party apps*, or `a
 * hundred emails a day` for the page that says *100 emails a day*.
 */
const CARDINALS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const TEENS = 'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th)$/;
/** `twenty-five` as the index joins it (`twentyfive`). */
const JOINED_TENS = new RegExp(`^(${TENS.join('|')})(${CARDINALS.slice(1, 10).join('|')})$`);

/** The other way of writing a small number: `2` ↔ `two`, `3rd` ↔ `third`; none for other words. */
export function numberForms(word: string): string[] {
	if (/^\d+$/.test(word)) {
		const cardinal = CARDINALS[Number(word)];
		return cardinal && word === String(Number(word)) ? [cardinal] : [];
	}
	const ordinal = ORDINAL_SUFFIX.exec(word);
	if (ordinal) {
		const name = ORDINALS[Number(ordinal[1])];
		return name ? [name] : [];
	}
	const cardinal = CARDINALS.indexOf(word);
	if (cardinal >= 0) return [String(cardinal)];
	const position = ORDINALS.indexOf(word);
	if (position > 0) {
		const suffix = position === 1 ? 'st' : position === 2 ? 'nd' : position === 3 ? 'rd' : 'th';
		return [`${position}${suffix}`];
	}
	return [];
}

/** A word below a hundred: its value and whether it names tens (`twenty`, which a unit may follow). */
function belowHundred(word: string): { value: number; tens: boolean } | undefined {
	const cardinal = CARDINALS.indexOf(word);
	if (cardinal >= 0) return { value: cardinal, tens: false };
	const teen = TEENS.indexOf(word);
	if (teen >= 0) return { value: 13 + teen, tens: false };
	const tens = TENS.indexOf(word);
	if (tens >= 0) return { value: 20 + 10 * tens, tens: true };
	const joined = JOINED_TENS.exec(word);
	if (joined)
		return { value: 20 + 10 * TENS.indexOf(joined[1] as string) + CARDINALS.indexOf(joined[2] as string), tens: false };
	return undefined;
}

/** A number a customer wrote in words, and how many of the question's words it took. */
export interface SpelledNumber {
	value: number;
	length: number;
}

/**
 * The number written in English words from `start` (`a hundred`, `two hundred and
 * fifty`, `twenty five`, `ten thousand`), which pages mostly write in digits. A word
 * `numberForms` already writes the other way (`two`, `twelve`) is left to it, and so is
 * a run of units that is no number (`one two`).
 */
export function spelledNumber(terms: readonly string[], start: number): SpelledNumber | undefined {
	let index = start;
	let total = 0;
	let current = 0;
	/** What the last word was: a unit or teen, a tens word, a scale, or nothing yet. */
	let last: 'unit' | 'tens' | 'scale' | undefined;
	if (terms[index] === 'a' && SCALES[terms[index + 1] ?? ''] !== undefined) {
		current = 1;
		last = 'unit';
		index++;
	}
	let end = index;
	while (index < terms.length) {
		const word = terms[index] as string;
		const scale = SCALES[word];
		const small = belowHundred(word);
		if (scale !== undefined) {
			if (last === 'scale' && scale >= 1000 && current === 0) break;
			const multiplied = (current || 1) * scale;
			if (scale === 100) current = multiplied;
			else {
				total += multiplied;
				current = 0;
			}
			last = 'scale';
		} else if (small) {
			// `one two` and `twenty thirty` are no number; `twenty five` and `hundred five` are.
			if (last === 'unit' || (last === 'tens' && small.tens) || (last === 'tens' && small.value >= 10)) break;
			current += small.value;
			last = small.tens ? 'tens' : 'unit';
		} else if (word === 'and' && last === 'scale' && belowHundred(terms[index + 1] ?? '')) {
			index++;
			continue;
		} else break;
		index++;
		end = index;
	}
	const length = end - start;
	if (length === 0) return undefined;
	const only = terms[start] as string;
	if (length === 1 && (CARDINALS.includes(only) || numberForms(only).length > 0)) return undefined;
	return { value: total + current, length };
}

/** `10k` → 10000: a number with a thousands `k`, as customers abbreviate limits and plans. */
export function abbreviatedNumber(word: string): number | undefined {
	const match = /^(\d{1,3})k$/.exec(word);
	return match ? Number(match[1]) * 1000 : undefined;
}

/**
 * A number as pages write it in digits, each form the words the index holds it as:
 * `10000`, and `10 000` for *10,000* or *10 000*, which the index splits at the
 * separator.
 */
export function digitForms(value: number): string[] {
	const digits = String(value);
	if (value < 1000) return [digits];
	const groups: string[] = [];
	for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
	return [digits, groups.join(' ')];
}
