import { maxEdits } from '../query/vocabulary.ts';

/**
 * Visits `word` and every string made by deleting up to `edits` (1 or 2) of its letters,
 * each pair of letters once, until `visit` returns true; returns whether it did.
 */
function someDeletion(word: string, edits: number, visit: (deleted: string) => boolean): boolean {
	if (visit(word)) return true;
	for (let first = 0; first < word.length; first++) {
		const shorter = word.slice(0, first) + word.slice(first + 1);
		if (visit(shorter)) return true;
		if (edits < 2) continue;
		// The second letter at or after the first: each pair once.
		for (let second = first; second < shorter.length; second++) {
			if (visit(shorter.slice(0, second) + shorter.slice(second + 1))) return true;
		}
	}
	return false;
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
	const add = (deleted: string) => {
		deletions.add(deleted);
		return false;
	};
	for (const word of vocabulary) if (word.length >= 3 && !/\d/.test(word)) someDeletion(word, 2, add);
	const held = (deleted: string) => deletions.has(deleted);
	return (word) => {
		const edits = maxEdits(word.length);
		return edits > 0 && someDeletion(word, edits, held);
	};
}
