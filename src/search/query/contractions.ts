/** Negations customers type with or without the apostrophe. */
const NEGATIONS: Record<string, string> = {
	cant: 'can not',
	cannot: 'can not',
	wont: 'will not',
	dont: 'do not',
	doesnt: 'does not',
	didnt: 'did not',
	isnt: 'is not',
	arent: 'are not',
	wasnt: 'was not',
	werent: 'were not',
	couldnt: 'could not',
	wouldnt: 'would not',
	shouldnt: 'should not',
	havent: 'have not',
	hasnt: 'has not',
	hadnt: 'had not',
	aint: 'is not',
};

/**
 * Expands contractions so `can't`, `cant` and `cannot` all become `can not`, and drops
 * the endings `'s`, `'m`, `'re`, `'ve`, `'ll` and `'d` (`domain's` → `domain`).
 */
export function expandContractions(folded: string): string {
	return folded
		.replace(/\b([a-z]+)n't\b/g, (_, stem: string) => `${stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem} not`)
		.replace(/\b([a-z]+)'(?:s|m|re|ve|ll|d)\b/g, '$1')
		.replace(/\b[a-z]+\b/g, (word) => NEGATIONS[word] ?? word);
}

/**
 * How pages write a negation the question spelt out (`can not` → `cant`, `cannot`):
 * the index holds `can't` as `cant`, so a question's `not` alone would miss the page
 * that says `can't`, and find pages with `not` in their title instead.
 */
export function contractedNegations(auxiliary: string): string[] {
	const spelt = `${auxiliary} not`;
	return Object.keys(NEGATIONS).filter((contracted) => NEGATIONS[contracted] === spelt);
}
