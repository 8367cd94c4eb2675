import type { PhrasingContent } from 'mdast';

/**
 * The words of a title a component or a tab gives as a plain string (`<Step title="Run
 * `npm install`">`), with its code spans as code: written in an attribute, they are not
 * Markdown, yet authors write them so and the old site showed them as code. A code span is
 * read as CommonMark reads one (a run of backticks closed by a run of the same length, one
 * space trimmed from each side when both are there); a backtick left unclosed stays a
 * backtick. Nothing else of Markdown is read: `*.example.com` in a title stays as written.
 */
export function titleWords(title: string): PhrasingContent[] {
	const words: PhrasingContent[] = [];
	let written = 0;
	let at = 0;
	while (at < title.length) {
		if (title[at] !== '`') {
			at++;
			continue;
		}
		const open = runLength(title, at);
		let close = at + open;
		let found = -1;
		while (close < title.length) {
			if (title[close] !== '`') {
				close++;
				continue;
			}
			const length = runLength(title, close);
			if (length === open) {
				found = close;
				break;
			}
			close += length;
		}
		if (found < 0) {
			at += open;
			continue;
		}
		if (at > written) words.push({ type: 'text', value: title.slice(written, at) });
		const content = title.slice(at + open, found).replace(/\r?\n/g, ' ');
		const trimmed = /^ [\s\S]* $/.test(content) && content.trim() !== '' ? content.slice(1, -1) : content;
		words.push({ type: 'inlineCode', value: trimmed });
		at = written = found + open;
	}
	if (written < title.length) words.push({ type: 'text', value: title.slice(written) });
	return words;
}

function runLength(text: string, start: number): number {
	let end = start;
	while (text[end] === '`') end++;
	return end - start;
}
