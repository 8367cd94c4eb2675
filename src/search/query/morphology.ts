/**
 * English word forms, as far as search needs them: the base forms a word may have
 * (`verified` → `verify`, `leaves` → `leave`, `forgot` → `forget`) and the forms a base
 * word may take. Pagefind's stemmer already matches most inflections within the index;
 * these find a word's entry in the vocabulary and in the related-word map, and match
 * irregular forms no stemmer joins (`forgot` and `forget` stem apart).
 */

/** Endings to strip, and what to put back, to find a word's base form (`verified` → `verify`). */
export const ENDINGS: readonly [RegExp, string][] = [
	[/ies$/, 'y'],
	[/ied$/, 'y'],
	[/es$/, ''],
	// Not after another s: `canvass` and `access` are not plurals of `canvas` and `acces`.
	[/([^s])s$/, '$1'],
	[/ed$/, ''],
	[/ed$/, 'e'],
	[/ing$/, ''],
	[/ing$/, 'e'],
	[/([b-df-hj-np-tv-z])\1(?:ed|ing)$/, '$1'],
	[/er$/, ''],
	[/ers$/, ''],
	[/ly$/, ''],
];

/**
 * Irregular past forms of the verbs customers use about software, each with its base
 * form. A stemmer leaves them apart from the base, so "I forgot my password" would
 * not find "Forget your password?", nor "sent" find "send".
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
	`forget forgot forgotten|lose lost|send sent|pay paid|buy bought|get got gotten|make made|take took taken
	give gave given|go went gone|see saw seen|do did done|find found|keep kept|leave left|begin began begun
	break broke broken|choose chose chosen|write wrote written|read|run ran|set|put|cut|shut|hit|let|quit
	come came|become became|know knew known|show showed shown|grow grew grown|throw threw thrown|hide hid hidden
	feel felt|hold held|build built|spend spent|lend lent|mean meant|meet met|sell sold|tell told|think thought
	bring brought|catch caught|teach taught|understand understood|stand stood|freeze froze frozen|wake woke woken
	speak spoke spoken|steal stole stolen|drive drove driven|ride rode ridden|rise rose risen|fall fell fallen
	draw drew drawn|fly flew flown|sink sank sunk|swim swam swum|ring rang rung
	sing sang sung|drink drank drunk|begin began|bite bit bitten|hang hung|dig dug|stick stuck|strike struck
	swing swung|win won|feed fed|lead led|bleed bled|flee fled|shoot shot|light lit|slide slid|spin spun
	split|spread|upset|cost|hurt|burst|forbid forbade forbidden|forgive forgave forgiven|mistake mistook mistaken
	overwrite overwrote overwritten|rewrite rewrote rewritten|undo undid undone|redo redid redone|rebuild rebuilt
	resend resent|reset|withdraw withdrew withdrawn`
		.split(/[|\n]/)
		.flatMap((group) => {
			const [base, ...forms] = group.trim().split(/\s+/);
			return forms.map((form) => [form, base as string]);
		})
		.filter(([form, base]) => form !== base),
);

/** Forms of `word` that may be its base form, most likely first (the word itself first). */
export function baseForms(word: string): string[] {
	const forms = [word];
	const irregular = IRREGULAR[word];
	if (irregular) forms.push(irregular);
	for (const [ending, replacement] of ENDINGS) {
		if (!ending.test(word)) continue;
		const base = word.replace(ending, replacement);
		if (base.length >= 2 && !forms.includes(base)) forms.push(base);
	}
	return forms;
}

/** Each base word's irregular forms, looked up for every word of every build. */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [form, base] of Object.entries(IRREGULAR))
	IRREGULAR_FORMS.set(base, [...(IRREGULAR_FORMS.get(base) ?? []), form]);

/** The irregular forms of a base word (`forget` → `forgot`, `forgotten`). */
export function irregularForms(base: string): string[] {
	return [...(IRREGULAR_FORMS.get(base) ?? [])];
}

/** Regular forms a base word takes in running text (`exit` → `exits`, `exited`, `exiting`). */
export function regularForms(base: string): string[] {
	const forms = [`${base}s`, `${base}es`, `${base}ed`, `${base}ing`, `${base}d`];
	if (base.endsWith('e')) forms.push(`${base.slice(0, -1)}ing`);
	if (base.endsWith('y')) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
	return forms;
}
