import { codeFenceTracker } from './source-blocks.ts';

/**
 * An HTML element whose content the old site read as Markdown: kramdown's
 * `<div markdown="1">` (Jekyll) and Python-Markdown's md_in_html, as Material for MkDocs
 * writes it, the attribute bare or `"span"`: `<figure markdown>`, `<div class="grid cards" markdown>`.
 * A CommonMark parser reads such an element, up to the next blank line, as one block of
 * HTML, its Markdown as text (`![Chart](chart.png)` shown as written); blank lines
 * around its content have it read as Markdown, the tags as blocks of their own.
 */

/** An element's opening tag alone on its line (`<figure markdown>`), not one written closed. */
const OPENING = /^\s*<([a-z][a-z0-9-]*)\b([^>]*?)(?<!\/)>\s*$/i;
const CLOSING = /^\s*<\/([a-z][a-z0-9-]*)\s*>\s*$/i;
/** Elements that have no end tag, so never hold the lines after them. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** One attribute: its name, and its value when it has one. */
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
/** The values of `markdown` that read the content as Markdown; a bare `markdown` is `"1"` to md_in_html. */
const READ_AS_MARKDOWN = new Set(['', '1', 'block', 'span']);
/**
 * A whole block element on one line (`<summary>What about refunds?</summary>`): one that
 * starts an HTML block in CommonMark, which runs on to the next blank line. An inline
 * one (`<span>`) is part of the paragraph it stands in.
 */
const ONE_LINE_ELEMENT =
	/^\s*<(summary|p|h[1-6]|div|figure|figcaption|blockquote|table|details|dl|ul|ol)\b[^>]*>.*<\/\1>\s*$/i;

/** Whether the attributes (`class="grid cards" markdown`) ask for the content to be read as Markdown. */
function readsMarkdown(attributes: string): boolean {
	for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE))
		if (name?.toLowerCase() === 'markdown')
			return READ_AS_MARKDOWN.has((values.find((v) => v !== undefined) ?? '').trim());
	return false;
}

/** Whether the text has an element marked to hold Markdown, alone on its line. */
export function hasMarkdownInsideHtml(text: string): boolean {
	return text.split('\n').some((line) => {
		const opening = OPENING.exec(line);
		return opening !== null && readsMarkdown(opening[2] ?? '');
	});
}

/**
 * Blank lines around the content of each element marked to hold Markdown, so the
 * parser reads that content as Markdown and the element ends at its end tag (a code
 * fence right after `</div>` stays a code fence). Inside it, a whole element on one line
 * (a `<details>`'s `<summary>`, a `<figure>`'s `<figcaption>`) is followed by one too,
 * or the Markdown under it would be read as part of its HTML. An element not so marked
 * inside one (a plain `<div>`) is followed to its end tag, which ends it, not the
 * marked one around it.
 */
export function markdownInsideHtml(text: string): string {
	const inCode = codeFenceTracker();
	const out: string[] = [];
	// The elements open around the line, innermost last, each marked or not.
	const open: { tag: string; marked: boolean }[] = [];
	for (const line of text.split('\n')) {
		if (inCode(line)) {
			out.push(line);
			continue;
		}
		const opening = OPENING.exec(line);
		const tag = opening?.[1]?.toLowerCase() ?? '';
		const marked = opening !== null && readsMarkdown(opening[2] ?? '');
		const closing = CLOSING.exec(line)?.[1]?.toLowerCase();
		// An end tag closes the innermost element of its name, and any left open inside it.
		const closed = closing === undefined ? -1 : open.findLastIndex((element) => element.tag === closing);
		if (opening && !VOID.has(tag) && (marked || open.length > 0)) {
			open.push({ tag, marked });
			out.push(...(marked ? [line, ''] : [line]));
		} else if (closed >= 0) {
			const element = open[closed];
			open.length = closed;
			out.push(...(element?.marked ? ['', line, ''] : [line]));
		} else if (open.some((element) => element.marked) && ONE_LINE_ELEMENT.test(line)) out.push(line, '');
		else out.push(line);
	}
	return out.join('\n');
}
