/**
 * Questions that report something going wrong ("my visitor count is zero", "pi-hole is
 * slow", "not showing any visitors") are most often answered by a help center's
 * troubleshooting page, whose title rarely holds the customer's words for the symptom.
 * English only: the words of the symptom and the words such pages are named by.
 */

/** Words that say something is not working as it should (folded, contractions expanded: `can't` → `can not`). */
const TROUBLE_WORDS = new Set(
	`not no never nothing zero empty blank missing gone lost disappeared vanished
	slow slower sluggish laggy lag lagging freeze freezes freezing frozen hang hangs hanging stuck
	broken break breaks broke wrong error errors fail fails failed failing failure crash crashes crashed crashing
	problem problems issue issues bug bugs glitch incorrect invalid unable`
		.split(/\s+/)
		.filter(Boolean),
);

/** Whether the question, as its folded words, reports trouble. */
export function reportsTrouble(terms: readonly string[]): boolean {
	return terms.some((term) => TROUBLE_WORDS.has(term));
}

/** Words that name a troubleshooting page in its title or headings. */
export const TROUBLESHOOTING_TERMS: readonly string[] = ['troubleshooting', 'troubleshoot', 'issues', 'problems'];
