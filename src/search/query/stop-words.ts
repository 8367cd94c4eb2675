/**
 * English words that say nothing about which article answers a question: articles,
 * pronouns, auxiliaries, question words, and the filler of support requests ("please",
 * "help", "hi") and small numbers written as words ("after two days"). They are dropped before searching. Words that change the meaning stay:
 * negations (`not`, `no`, `never`, `without`), order in time (`after`, `before`,
 * `until`, `since`), `between` (a transfer, a sync, a switch between two things), and
 * every number (`429`, `587`).
 */
const STOP_WORDS = new Set(
	`a an the and or but if then so than too very just also
	i me my mine myself we us our ours you your yours he him his she her it its they them their this that these those
	am is are was were be been being do does did doing have has had having can could will would shall should may might must
	what which who whom whose why how where when whats hows wheres
	of at by for with about against between into onto through during to from in out on off over under up down
	again further once here there all any both each few more most other some such only same
	as until while because
	please pls plz help hi hello hey thanks thank thx regards dear
	get got getting im ive id ill someone something anyone anything way ways want wanted need needs needed
	everyone everything everybody anybody somebody whatever certain stuff thing things
	trying tried try know let lets like still keep keeps really even already now yet ever
	is it possible able
	one two three four five six seven eight nine ten`
		.split(/\s+/)
		.filter(Boolean),
);

/** Words that look like filler but carry meaning in a question; never dropped. */
const MEANINGFUL = new Set([
	'between',
	'not',
	'no',
	'never',
	'without',
	'after',
	'before',
	'since',
	'until',
	'off',
	'up',
	'down',
]);

export function isStopWord(term: string): boolean {
	if (MEANINGFUL.has(term) || /\d/.test(term)) return false;
	return STOP_WORDS.has(term);
}
