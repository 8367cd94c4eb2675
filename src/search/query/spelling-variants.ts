/**
 * British and American spellings of one word (`categorise` and `categorize`, `colour`
 * and `color`, `catalogue` and `catalog`): a help center writes one, its customers
 * type either. They are no slips, and edit distance alone can pick the wrong word
 * (`categorise` is one swap from `categories`), so they are tried before it.
 */
const VARIANT_RULES: readonly [RegExp, string][] = [
	// -ise / -ize and their forms (organise, organised, organising, organisation).
	[/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
	[/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1'],
	// -yse / -yze (analyse).
	[/ys(e|ed|es|ing)$/, 'yz$1'],
	[/yz(e|ed|es|ing)$/, 'ys$1'],
	// -our / -or (colour, behaviour, favourite), after three letters at least: `four` is no `for`.
	[/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ful)?$/, '$1or$2'],
	[/^([a-z]{2,}[^o])or(s|ed|ing|ite|ites|able|ful)?$/, '$1our$2'],
	// -tre / -ter (centre, metre).
	[/^([a-z]{3,})tre(s|d)?$/, '$1ter$2'],
	[/^([a-z]{3,})ter(s|ed)?$/, '$1tre$2'],
	// -ogue / -og (catalogue, dialogue).
	[/ogue(s)?$/, 'og$1'],
	[/og(s)?$/, 'ogue$1'],
	// -ence / -ense (licence, defence).
	[/ence(s|d)?$/, 'ense$1'],
	[/ense(s|d)?$/, 'ence$1'],
	// A doubled l before -ed/-ing/-er (cancelled, labelling, traveller).
	[/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
	[/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
];

/** The other spellings of a word, British for American and American for British. */
export function spellingVariants(word: string): string[] {
	const variants = new Set<string>();
	for (const [pattern, replacement] of VARIANT_RULES) {
		if (pattern.test(word)) variants.add(word.replace(pattern, replacement));
	}
	variants.delete(word);
	return [...variants];
}
