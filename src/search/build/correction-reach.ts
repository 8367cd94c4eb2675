import { maxEdits } from '../query/vocabulary.ts';

/** Adds to `into` every string made by deleting up to `edits` letters of `word`, the word itself included. */
function addDeletions(word: string, edits: number, into: Set<string>): void {
	into.add(word);
	if (edits === 0) return;
	for (let at = 0; at < word.length; at++) {
		const shorter = word.slice(0, at) + word.slice(at + 1);
		if (!into.has(shorter)) addDeletions(shorter, edits - 1, into);
	}
}

/**
 * Which words spelling correction could turn into a word of the vocabulary: those with
 * a word of it within `maxEdits` of their length (the words it corrects to: three
 * letters or more, no digits). Two words that close share a string made by deleting at
 * most that many letters of each (a changed letter is one deleted from both), so the
 * vocabulary's deletions are listed once and a word needs only its own: fast enough
 * for every build, and never missing a word correction reaches (it may let in a few
 * it does not, up to twice as far, which costs a few bytes and changes nothing).
 */
export function correctionReach(vocabulary: Iterable<string>): (word: string) => boolean {
	const deletions = new Set<string>();
	for (const word of vocabulary) if (word.length >= 3 && !/\d/.test(word)) addDeletions(word, 2, deletions);
	return (word) => {
		const edits = maxEdits(word.length);
		if (edits === 0) return false;
		const own = new Set<string>();
		addDeletions(word, edits, own);
		for (const shorter of own) if (deletions.has(shorter)) return true;
		return false;
	};
}
