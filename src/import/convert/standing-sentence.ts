/**
 * Whether a line read as an article's description stands on its own, in English: a
 * description shows alone (in a search result, an article list, the agent's outputs), so
 * one that opens by pointing back at something it never names ("When this happens…",
 * "It also…") or is a step of a procedure ("Click Settings") says nothing of the article.
 * The words are English; `isEnglish` tells whether the rules apply to an article.
 */

const words = (list: string) => new RegExp(`^(?:${list})$`, 'i');

/** Nouns by which an article names itself ("This guide explains…", "In this article…"): the reader has it in front of them. */
const SELF_NOUN = words(
	'articles?|guides?|pages?|documents?|documentation|docs?|tutorials?|sections?|posts?|walkthroughs?|faqs?|videos?|topics?|chapters?|lessons?|overviews?|manuals?|quickstarts?|tips|checklists?|courses?|playbooks?|runbooks?|handbooks?|glossary|changelog',
);

/**
 * Nouns that only point back at the text around them ("These settings…", "In this case,",
 * "This button…"): which settings, case or button, the sentence before said. A pointer
 * before any other noun names a thing the title shows beside it ("This integration lets
 * agents…", "These Custom Audience Terms govern…").
 */
const POINTING_NOUN = words(
	'steps?|settings?|options?|changes?|instructions?|cases?|situations?|scenarios?|issues?|problems?|errors?|ones?|way|ways|point|stage|time|times|reason|actions?|buttons?|screens?|windows?|menus?|tabs?|toggles?|boxes|box|links?|fields?|values?|items?|above|below|same|latter|former|last|next',
);

/** Words after "this" or "these" that leave it standing alone as the subject ("This will…", "These are…"): no noun. */
const NO_NOUN_AFTER = words(
	'is|are|was|were|will|would|can|could|may|might|must|should|shall|does|do|did|has|have|had|also|only|then|now|not|just|too|alone|again|here|there',
);
/** Verbs after "these" or "those" ("These apply to…"); after "this", the same words are nouns ("This help article"). */
const PLURAL_VERB = words(
	'let|allow|enable|mean|make|help|happen|apply|work|include|require|ensure|show|give|take|cause|occur|depend|need|appear|contain|provide|support',
);

/** Pronouns standing for something named before, and possessives of it. */
const PRONOUNS = 'it|they|them|he|she|its|their|his|her|such';
const DEMONSTRATIVES = 'this|that|these|those';

/**
 * What may stand before such a word at the start of a sentence: a preposition or a
 * subordinator ("In this case,", "When this happens,", "Because of that,", "If it fails,").
 */
const LEADS =
	'in|on|at|for|with|without|after|before|by|from|during|despite|because of|due to|instead of|like|unlike|besides|when|whenever|if|once|as|unless|until|while|since|although|though';

/** "It" as the subject of what follows rather than a thing named before ("It is possible to…", "It takes a day for…"). */
const DUMMY_IT =
	/^it(?:'s|’s| is| was| isn't| isn’t| wasn't| wasn’t| seems| seemed| appears| takes| took| may| might| can| could| would| turns out| turned out| has turned out| has been| had been| happens that)\b/i;

/** Words that carry a sentence on from the one before it, followed by anything. */
const CONNECTIVES = [
	'also',
	'additionally',
	'furthermore',
	'moreover',
	'but',
	'and',
	'then',
	'therefore',
	'thus',
	'hence',
	'otherwise',
	'likewise',
	'similarly',
	'meanwhile',
	'afterwards',
	'afterward',
	'alternatively',
	'consequently',
	'accordingly',
	'nevertheless',
	'nonetheless',
	'once done',
	'once finished',
	'once complete',
	'once completed',
	'when done',
	'when finished',
	'when complete',
	'when completed',
	'doing so',
	'to do so',
	'by doing so',
	'the above',
	'the former',
	'the latter',
	"that's",
	'that’s',
];

/**
 * Those that carry a sentence on only with a comma after them: without one they lead a
 * phrase of their own ("In addition to C++,", "However you pay,", "Next to the toggle").
 */
const COMMA_CONNECTIVES = [
	'however',
	'instead',
	'besides',
	'again',
	'finally',
	'lastly',
	'next',
	'in addition',
	'as a result',
	'as mentioned',
	'as noted',
	'as such',
	'as well',
	'on the other hand',
	'that said',
	'in turn',
	'if so',
	'if not',
];

const phrases = (list: string[]) => list.join('|').replace(/ /g, '\\s+');
const CONNECTIVE = new RegExp(
	`^(?:${phrases(CONNECTIVES)})(?=[\\s,;:]|$)|^(?:${phrases(COMMA_CONNECTIVES)})\\s*,`,
	'i',
);
/** A pointer at the start (after a lead, or an infinitive, "To enable it,"), and the words after it. */
const POINTER = new RegExp(
	`^(?:(?:${LEADS})\\s+|to\\s+(?:\\p{L}+\\s+){1,3}?)?(${PRONOUNS}|${DEMONSTRATIVES})(?=[\\s,;:.!?]|$)(.*)$`,
	'iu',
);

/**
 * Whether the words after "this", "that", "these" or "those" leave it pointing back: none
 * ("To do this,"), a verb ("This will…", "When this happens,") or a noun that only points
 * back ("These settings…", "In this case,"). Before the article's own name ("This guide
 * explains…") or a name ("This Data Processing Agreement applies…"), it names its subject.
 */
function demonstrativePoints(demonstrative: string, rest: string): boolean {
	const [first, second] = rest.trim().split(/\s+/);
	if (!first || /^[,;:.!?]/.test(rest.trim())) return true;
	if (/^\p{Lu}/u.test(first)) return false;
	const word = first.replace(/[,;:.!?]+$/, '');
	if (SELF_NOUN.test(word)) return false;
	if (NO_NOUN_AFTER.test(word) || POINTING_NOUN.test(word)) return true;
	const one = /^(?:this|that)$/i.test(demonstrative);
	// "This happens", "That depends": after one thing, a word ending in -s is a verb ("this process" is no plural).
	if (one ? /[^su]s$/i.test(word) : PLURAL_VERB.test(word)) return true;
	// One describing word before the noun: "These new settings", "This short guide".
	const next = second?.replace(/[,;:.!?]+$/, '') ?? '';
	if (SELF_NOUN.test(next)) return false;
	return POINTING_NOUN.test(next) && !/[,;:.!?]$/.test(first);
}

/**
 * Whether a sentence opens by leaning on one before it: a pronoun ("It also…", "If it
 * fails,"), a possessive of one ("Its limits…"), "this" or "these" as a pronoun or with a
 * noun that only points back ("This will…", "When this happens,", "These settings…"), or
 * a connective ("However,", "Once done,", "After that,"). A pointer at the article itself
 * or at a name stands ("This guide explains…", "In this article,", "This Data Processing
 * Agreement applies…"), and so does "It" that only opens the sentence ("It is possible to…").
 */
export function leansOnWhatCameBefore(sentence: string): boolean {
	const text = sentence.trim().replace(/^[“"‘'(]+/, '');
	if (CONNECTIVE.test(text)) return true;
	const pointer = POINTER.exec(text);
	if (!pointer) return false;
	const [opening, word = '', rest = ''] = pointer;
	if (/^(?:this|that|these|those)$/i.test(word)) return demonstrativePoints(word, rest);
	const atStart = opening.length - rest.length - word.length === 0;
	return !(atStart && DUMMY_IT.test(text));
}

/** Verbs a step of a procedure opens with: what a reader does on a screen. */
const STEP_VERBS = [
	'click',
	'tap',
	'press',
	'select',
	'choose',
	'pick',
	'navigate',
	'go to',
	'go back',
	'head to',
	'head over',
	'open',
	'toggle',
	'switch to',
	'scroll',
	'hover',
	'drag',
	'enter',
	'fill in',
	'fill out',
	'log in',
	'log into',
	'log out',
	'sign in',
	'sign into',
	'sign out',
	'double-click',
	'right-click',
	'check',
	'uncheck',
	'visit',
];

/** "Step 1:" or "1." before a line: a step of a procedure whatever follows. */
const STEP_NUMBER = /^(?:step\s+\d+\s*[:.)-]?|\d{1,2}\s*[.)])\s+/i;
/** A step's verb, after "To do this," or not ("To add a member, click Invite"). */
const STEP_VERB = new RegExp(`^(?:to\\s[^,]+,\\s*)?(?:${phrases(STEP_VERBS)})\\s+`, 'i');
/**
 * What follows a step's verb: a name on the screen ("Click Settings"), a word of the
 * place or thing ("Select the calendar", "Scroll down"), not a noun the verb describes
 * ("Open banking", "Press releases").
 */
const STEP_NAME = /^[\p{Lu}*_"“'‘`>[(]/u;
const STEP_OBJECT =
	/^(?:the|your|a|an|this|that|these|those|our|my|their|its|on|in|into|to|up|down|over|out|through|back|and|or|any|each|all|both|one|it|them)\b/i;

/**
 * Whether a line with no full stop is a step of a procedure, as a crawl keeps the line
 * over each screenshot ("Click Settings", "Go to Billing > Plans", "Step 1: Open the
 * app", "2. Reply to the conversation"): it tells the reader what to do next, not what
 * the article is about.
 */
export function isStepLine(line: string): boolean {
	const text = line.trim();
	if (/[.!?…:]$/.test(text)) return false;
	return STEP_NUMBER.test(text) || isStep(text);
}

/** Whether a sentence tells the reader what to do on a screen ("Click Save to keep it.", "To add a member, click Invite."). */
export function isStep(sentence: string): boolean {
	const text = sentence.trim().replace(STEP_NUMBER, '');
	const verb = STEP_VERB.exec(text);
	if (!verb) return false;
	const after = text.slice(verb[0].length);
	return STEP_NAME.test(after) || STEP_OBJECT.test(after);
}

/** Whether the English rules above apply to an article in `language` (a locale, `en-us`): English or not known. */
export function isEnglish(language: string | undefined): boolean {
	return language === undefined || /^en(?:[-_]|$)/i.test(language.trim());
}
