/**
 * What a word asks after `how` in an English question. `how many` and `how much` ask
 * for an amount, which pages give as a number, a limit or a price and never as *many*
 * or *much* (`how many team members can I add` matched *429 Too Many Requests*); `how
 * big` and `how large` ask for a size, which pages name so (*maximum attachment size*).
 */
const AFTER_HOW: Readonly<Record<string, readonly string[]>> = {
	many: [],
	much: [],
	big: ['size'],
	large: ['size'],
};

/**
 * For a word after `how`, the words pages use for what it asks (searched beside it),
 * or none for a word that asks nothing a page would say (left out); undefined for any
 * other word, or one not after `how`.
 */
export function askedAfterHow(previous: string | undefined, term: string): readonly string[] | undefined {
	return previous === 'how' ? AFTER_HOW[term] : undefined;
}
