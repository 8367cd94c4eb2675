import type { PagefindPage } from '../pagefind-backend.ts';
import type { QueryPlan } from '../query/analyse.ts';
import { foldText } from '../query/tokens.ts';

/** One search result as people read it: a title, a sentence that says what it answers, its area, one section. */
export interface ResultView {
	url: string;
	title: string;
	/** The article's description, or the body sentence holding most of the question's words. */
	summary: string;
	area?: string;
	/** The section holding most of the matches, when it is not the top of the page. */
	section?: { title: string; url: string };
	/** Word starts to highlight (`recei` marks `receive`, `received`). */
	marks: string[];
}

/** The starts of the words the question was searched with, for highlighting. */
export function markTerms(plan: QueryPlan): string[] {
	const words = plan.groups.flatMap((group) =>
		group.alternatives.flatMap((alternative) => alternative.query.split(' ')),
	);
	const starts = words
		.filter((word) => word.length >= 2)
		.map((word) => (word.length > 5 ? word.slice(0, word.length - 2) : word));
	return [...new Set(starts)];
}

/** Where the aliases start in the page text: matches there are not a section's. */
function aliasStart(page: PagefindPage): number {
	const first = page.meta.aliases?.split('; ')[0];
	if (!first) return Number.POSITIVE_INFINITY;
	const at = page.content.lastIndexOf(first);
	return at === -1 ? Number.POSITIVE_INFINITY : page.content.slice(0, at).split(/\s+/).length - 4;
}

/** A heading as text: no `#` anchor mark or surrounding spaces. */
export function cleanHeading(text: string): string {
	return text.replace(/^[#\s]+|[#\s]+$/g, '').replace(/\s+/g, ' ');
}

function bestSentence(page: PagefindPage, marks: readonly string[]): string {
	const aliases = new Set((page.meta.aliases ?? '').split('; ').map((alias) => alias.trim().toLowerCase()));
	const sentences = page.content
		.split(/(?<=[.!?])\s+/)
		.filter((sentence) => sentence.length > 30 && !aliases.has(sentence.replace(/\.$/, '').toLowerCase()));
	let best = sentences[0] ?? '';
	let bestCount = -1;
	for (const sentence of sentences.slice(1, 200)) {
		const folded = foldText(sentence);
		const count = marks.filter((mark) => folded.includes(mark)).length;
		if (count > bestCount) {
			best = sentence;
			bestCount = count;
		}
	}
	return best.length > 220 ? `${best.slice(0, 217)}…` : best;
}

export function resultView(page: PagefindPage, plan: QueryPlan): ResultView {
	const marks = markTerms(plan);
	const url = page.raw_url ?? page.url;
	const title = page.meta.title ?? url;
	const cutoff = aliasStart(page);
	const sections = page.sub_results
		.filter((section) => section.url !== url && section.url.includes('#'))
		.map((section) => ({
			title: cleanHeading(section.title),
			url: section.url,
			matches: (section.locations ?? []).filter((location) => location < cutoff).length,
		}))
		.filter((section) => section.matches > 0 && section.title !== '' && section.title !== title)
		.sort((a, b) => b.matches - a.matches);
	const section = sections[0];
	return {
		url,
		title,
		summary: page.meta.description?.trim() || bestSentence(page, marks),
		area: page.filters['product area']?.[0],
		section: section && { title: section.title, url: section.url },
		marks,
	};
}
