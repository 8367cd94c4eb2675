/**
 * Numbers as digits and as English words: a customer types `2 step verification` for
 * the page about *two-step verification*, or `3rd party` for *third-party apps*.
 */
const CARDINALS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th)$/;

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
