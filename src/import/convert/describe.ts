import type { Paragraph, Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { isEnglish, isStep, isStepLine, leansOnWhatCameBefore } from './standing-sentence.ts';

const DESCRIPTION_LIMIT = 200;

/** Shortens text to the limit at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, limit: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= limit) return clean;
	const cut = clean.slice(0, limit - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * Words at most, of a paragraph that only introduces what follows ("See also:", "First,
 * do this:"): it says nothing of the article.
 */
const BARE_LEAD_IN_WORDS = 3;

/**
 * Words at least the sentences before a closing lead-in must hold to describe the
 * article on their own ("How you process refunds is a choice."); fewer ("Sorry, this
 * may happen sometimes.") say less than the whole paragraph.
 */
const DESCRIBING_WORDS = 7;

/**
 * Words at most, of a line without a full stop over a list or a run of links ("More
 * tutorials from the community", "What's new?"): a heading written as a paragraph.
 */
const HEADING_WORDS = 8;

/** Words at most, of a line all in bold with no full stop that is a heading (a question in bold is one at any length). */
const BOLD_HEADING_WORDS = 12;

/** Words fewer than this, with no sentence's end, say nothing of the article ("Funnel setup", "We've added a"). */
const SAYING_WORDS = 4;

/** Paragraphs of prose each article offers as its description, for the import to pick one no other article has. */
const CANDIDATES = 4;

/** Sentence ends: a full stop, question or exclamation mark, then a capital or an opening quote. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z"“‘(])/u;

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A paragraph's text as a description. A closing sentence that leads into a list or a
 * code block ("To cancel your subscription:"), shown alone in a search result or a
 * card, introduces nothing: it is left out when the sentences before it describe the
 * article, and otherwise kept with its colon marked as text that goes on. A bare
 * lead-in of a few words is no description (undefined).
 */
function describeParagraph(text: string): { description: string; leadIn: boolean } | undefined {
	const clean = oneLine(text);
	if (!clean.endsWith(':')) return { description: clean, leadIn: false };
	if (wordCount(clean) <= BARE_LEAD_IN_WORDS) return undefined;
	const sentences = clean.split(SENTENCE_END);
	const before = sentences.slice(0, -1).join(' ');
	if (sentences.length > 1 && wordCount(before) >= DESCRIBING_WORDS) return { description: before, leadIn: false };
	return { description: `${clean.slice(0, -1).trimEnd()}…`, leadIn: true };
}

/** A paragraph that is nothing but links or pictures ("Watch the video", the link a video player became, a badge). */
function onlyLinksOrPictures(node: Paragraph): boolean {
	return node.children.every(
		(child) =>
			child.type === 'link' ||
			child.type === 'image' ||
			child.type === 'break' ||
			(child.type === 'text' && child.value.trim() === ''),
	);
}

/** A paragraph all in bold or italics. */
function onlyEmphasis(node: Paragraph): boolean {
	return node.children.every(
		(child) =>
			child.type === 'strong' || child.type === 'emphasis' || (child.type === 'text' && child.value.trim() === ''),
	);
}

const paragraphText = (node: Paragraph) => mdastText(node, { includeImageAlt: false });

/**
 * A line that is no sentence but a heading written as a paragraph: a few words with no
 * full stop over a list or a run of links ("More tutorials from the community" over the
 * videos, "What's new?" over its points), a line all in bold with no full stop, or
 * fewer than four words that end no sentence ("Funnel setup").
 */
function headingInDisguise(node: Paragraph, text: string, next: RootContent | undefined): boolean {
	const clean = oneLine(text);
	if (/[.!:…]$/.test(clean)) return false;
	const words = wordCount(clean);
	const overList =
		next?.type === 'list' ||
		(next?.type === 'paragraph' && onlyLinksOrPictures(next) && next.children.some((child) => child.type === 'link'));
	if (words <= HEADING_WORDS && overList) return true;
	if (onlyEmphasis(node) && words > BARE_LEAD_IN_WORDS && (words <= BOLD_HEADING_WORDS || clean.endsWith('?')))
		return true;
	return words < SAYING_WORDS && !clean.endsWith('?');
}

/** A paragraph that goes on from the line before it, as a crawl of inline parts writes a sentence in pieces (", allowing…"). */
const GOES_ON = /^\s*(?:[,;.)]|[a-z]{2})/u;

/**
 * The paragraphs that describe the article, first to last. `strict` also passes over
 * headings in disguise (and, in English, step lines: "Click Settings") and reads a
 * sentence a crawl wrote in pieces as one; without it, the rule before those, for an
 * article where nothing else is found. In English, a first paragraph that leans on a
 * sentence before it ("When this happens, …") gives way to the first of the others found
 * that stands alone and is no step ("Click Save to keep it.").
 */
function describingParagraphs(tree: Root, strict: boolean, english: boolean): string[] {
	const found: { line: string; replaces: boolean }[] = [];
	const keep = (description: string) => {
		const line = shorten(description, DESCRIPTION_LIMIT);
		const leans = english && leansOnWhatCameBefore(line);
		found.push({ line, replaces: english && !leans && !isStep(line) });
		return leans;
	};
	const anyFound = () => found.length > 0;
	let firstLeans = false;
	let afterBareLeadIn = false;
	const nodes = tree.children;
	let afterHeading = false;
	/** Whether a heading in disguise was passed over: a lead-in after it is a step, and the search goes on. */
	let passedHeading = false;
	for (let index = 0; index < nodes.length && found.length < CANDIDATES; index++) {
		const node = nodes[index];
		const underHeading = afterHeading;
		afterHeading = false;
		// The points a heading in disguise is over ("What's new?"), where they are the article's only prose: its first.
		const point = underHeading && node?.type === 'list' ? node.children[0]?.children[0] : undefined;
		const paragraph = node?.type === 'paragraph' ? node : point?.type === 'paragraph' ? point : undefined;
		if (paragraph === undefined) continue;
		let text = paragraphText(paragraph);
		if (text.trim() === '' || /^\s*:{3}/.test(text)) continue;
		if (onlyLinksOrPictures(paragraph)) continue;
		if (strict && paragraph === node) {
			for (let next = nodes[index + 1]; ; next = nodes[index + 1]) {
				if (next?.type !== 'paragraph' || /[.!?:]\s*$/.test(text) || onlyLinksOrPictures(next)) break;
				if (!GOES_ON.test(paragraphText(next))) break;
				text = `${oneLine(text)} ${oneLine(paragraphText(next))}`.replace(/ ([,;.)])/g, '$1');
				index++;
			}
			if (headingInDisguise(paragraph, text, nodes[index + 1]) || (english && isStepLine(oneLine(text)))) {
				afterHeading = true;
				passedHeading = true;
				continue;
			}
		}
		if (
			paragraph !== node &&
			(anyFound() || (!/[.!?]$/.test(oneLine(text)) && wordCount(oneLine(text)) < SAYING_WORDS))
		)
			continue;
		// A label in bold over the article's contents or a part ("TABLE OF CONTENTS", "In This Article"), no
		// sentence: it leads into what follows, as "See also:" does.
		const label = wordCount(oneLine(text)) <= BARE_LEAD_IN_WORDS && !/[.!?]\s*$/.test(text) && onlyEmphasis(paragraph);
		const described = label ? undefined : describeParagraph(text);
		if (anyFound()) {
			// Once one is found, only more prose: the paragraphs another article may share.
			if (described && !described.leadIn) keep(described.description);
			continue;
		}
		if (label) {
			if (afterBareLeadIn) break;
			afterBareLeadIn = true;
			continue;
		}
		// After "See also:" and its list, a paragraph of prose opens the article; one more
		// lead-in ("Then, in the settings file:") is a step, not what the article is about.
		if (described && !((afterBareLeadIn || passedHeading) && described.leadIn)) {
			firstLeans = keep(described.description);
			continue;
		}
		if (described && passedHeading) continue;
		if (described || afterBareLeadIn) break;
		afterBareLeadIn = true;
	}
	const standing = firstLeans ? found.findIndex((entry) => entry.replaces) : -1;
	const lines = found.map((entry) => entry.line);
	return standing > 0 ? [lines[standing] as string, ...lines.filter((_, at) => at !== standing)] : lines;
}

/**
 * The paragraphs that could describe the article, best first (see `describeFromBody`),
 * each shortened: the import takes the first that no other article of different content
 * would have too.
 */
export function descriptionCandidates(tree: Root, language?: string): string[] {
	const english = isEnglish(language);
	const strict = describingParagraphs(tree, true, english);
	if (strict.length > 0) return strict;
	// Fewer than four words that end no sentence say less than the title the article falls back on.
	return describingParagraphs(tree, false, english)
		.slice(0, 1)
		.filter((line) => wordCount(line) >= SAYING_WORDS || /[.!?…]$/.test(line));
}

/**
 * A description from the first paragraph of words, for sources that have none (Zendesk
 * has no such field). A paragraph that is nothing but a link or a picture ("Watch the
 * video", a badge, the link a video player became) says nothing about the article, nor
 * does one that opens with a block's colons its site showed as written (`:::tipSync
 * runs…:::`), nor a few words that only lead into a list ("See also:"), nor a heading
 * written as a paragraph ("More tutorials from the community" over a run of video
 * links, a line all in bold): then the next paragraph, if it is prose. Where only such
 * lines are found, the first that the rule without headings in disguise takes, unless
 * it is fewer than four words that end no sentence. In English (`language`, the
 * article's locale, English or not known), a step line is passed over as a heading
 * is, and a first paragraph that leans on a sentence before it gives way to a later one
 * that stands alone (see `standing-sentence.ts`).
 */
export function describeFromBody(tree: Root, language?: string): string | undefined {
	return descriptionCandidates(tree, language)[0];
}
