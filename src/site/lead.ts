import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastText } from 'mdast-util-to-string';

const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A paragraph of nothing but links and pictures (a video's link, a badge) is no description's source. */
const isLinkOrPicture = (node: PhrasingContent) =>
	node.type === 'link' ||
	node.type === 'image' ||
	node.type === 'break' ||
	(node.type === 'text' && node.value.trim() === '');

/**
 * Whether the article's body repeats its description: its first paragraph of words
 * starts with the whole description (cut short with `…` or not). An import writes a
 * help center's first paragraph as the description where it had none, and many docs
 * sites' descriptions are their first sentence; the page then shows those words once,
 * where they stand in the body, rather than twice.
 */
export function bodyRepeatsDescription(body: string, description: string): boolean {
	const stem = plain(description)
		.replace(/(?:…|\.\.\.)$/, '')
		.trimEnd();
	if (stem === '') return false;
	// Only the body up to the paragraph that may repeat it is read: a page's build stays fast.
	const firstWord = stem.split(' ')[0] as string;
	const at = body.indexOf(firstWord);
	if (at === -1) return false;
	const blank = body.indexOf('\n\n', at + 2 * stem.length);
	const opening = blank === -1 ? body : body.slice(0, blank);
	const tree = fromMarkdown(opening.replace(/^(?:import|export)\s.*$/gm, ''));
	for (const node of tree.children) {
		if (node.type !== 'paragraph' || node.children.every(isLinkOrPicture)) continue;
		const text = plain(mdastText(node, { includeHtml: false, includeImageAlt: false }));
		if (text === '') continue;
		// The whole description, ending where a word ends.
		return text.startsWith(stem) && !/^[\p{L}\p{N}]/u.test(text.slice(stem.length));
	}
	return false;
}
