/** What an article without a description of its own offers to describe it (see `descriptionCandidates`). */
export interface DerivedDescription {
	/** Its paragraphs of prose that could describe it, best first. */
	candidates: readonly string[];
	/** Its body's text, or a digest of it: articles with the same body may share a description. */
	body: string;
}

/**
 * Each article's description, by its key, where its source gives none: its first
 * candidate, unless that line would describe other articles too whose bodies differ (a
 * line a help center opens many articles with, "More tutorials from the community", a
 * paragraph two articles both begin with), when its next own paragraph does. An article
 * with no line of its own keeps its first.
 */
export function settleDescriptions<Key>(articles: ReadonlyMap<Key, DerivedDescription>): Map<Key, string> {
	const at = new Map<Key, number>();
	for (const [key, article] of articles) if (article.candidates.length > 0) at.set(key, 0);
	const settled = new Set<Key>();
	for (;;) {
		const bodiesOf = new Map<string, Set<string>>();
		for (const [key, index] of at) {
			const article = articles.get(key);
			const line = article?.candidates[index];
			if (article === undefined || line === undefined) continue;
			bodiesOf.set(line, (bodiesOf.get(line) ?? new Set<string>()).add(article.body));
		}
		let moved = false;
		for (const [key, index] of at) {
			if (settled.has(key)) continue;
			const candidates = articles.get(key)?.candidates ?? [];
			const line = candidates[index];
			if (line === undefined || (bodiesOf.get(line)?.size ?? 0) < 2) continue;
			if (index + 1 < candidates.length) at.set(key, index + 1);
			else {
				// Nothing of its own: the first line, as before.
				at.set(key, 0);
				settled.add(key);
			}
			moved = true;
		}
		if (!moved) break;
	}
	const chosen = new Map<Key, string>();
	for (const [key, index] of at) {
		const line = articles.get(key)?.candidates[index];
		if (line !== undefined) chosen.set(key, line);
	}
	return chosen;
}

/** Paragraphs of a helpdesk's HTML read to tell whether its opening lines recur in other articles. */
const HEAD_PARAGRAPHS = 6;
/** Words at least of the paragraph an opening's lines end with: the first that could describe the article. */
const OPENING_WORDS = 4;
/** Characters at most kept of an article's opening HTML until its descriptions are settled. */
const HEAD_CHARACTERS = 4000;

/**
 * The opening of an HTML body, as far as its first paragraphs, and their words: a
 * helpdesk's article is converted in full only once its links are known, so whether its
 * first lines would describe other articles too is told from its opening first, which
 * is converted only when it shares a paragraph with another article.
 */
export function htmlOpening(html: string): { head: string; lines: string[] } {
	const lines: string[] = [];
	let end = 0;
	let paragraphs = 0;
	let opened = false;
	for (const match of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
		const inner = match[1] ?? '';
		const words = inner
			.replace(/<[^>]*>/g, ' ')
			.replace(/&nbsp;|&#160;/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.toLowerCase();
		end = (match.index ?? 0) + match[0].length;
		if (words === '') continue;
		paragraphs++;
		// Its lines as far as the first that could describe it: words enough, not one link.
		if (!opened) lines.push(words);
		if (words.split(' ').length >= OPENING_WORDS && !/^\s*<a\b[\s\S]*<\/a>\s*$/i.test(inner)) opened = true;
		if (paragraphs >= HEAD_PARAGRAPHS || end >= HEAD_CHARACTERS) break;
	}
	return { head: html.slice(0, Math.min(end, HEAD_CHARACTERS)), lines };
}

/** The keys of openings that share a paragraph with another opening of a different body. */
export function sharedOpenings<Key>(openings: ReadonlyMap<Key, { lines: string[]; body: string }>): Set<Key> {
	const bodiesOf = new Map<string, Set<string>>();
	for (const { lines, body } of openings.values())
		for (const line of lines) bodiesOf.set(line, (bodiesOf.get(line) ?? new Set<string>()).add(body));
	const shared = new Set<Key>();
	for (const [key, { lines }] of openings)
		if (lines.some((line) => (bodiesOf.get(line)?.size ?? 0) >= 2)) shared.add(key);
	return shared;
}
