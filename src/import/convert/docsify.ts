import { codeFenceTracker, directiveBlock } from './source-blocks.ts';

/**
 * Docsify's own Markdown: `!> ` (important) and `?> ` (tip) paragraphs, a heading's
 * `:id=anchor` and `:docsify-ignore`, and a link's options written as its title
 * (`[Guide](guide.md ':target=_blank')`), which Docsify reads and never shows.
 */

const CALLOUT = /^([ \t]*)([!?])>[ \t]+(.*)$/;
const HEADING_ID = /^(\s{0,3}#{1,6}\s.*?)\s+:id=([\w-]+)(.*)$/;
const IGNORE = /\s+:docsify-ignore(?:-all)?\b/g;
/** A link's options: a title of one or more `:name` or `:name=value` words. */
const LINK_OPTIONS = /(\]\([^()\s]+)[ \t]+(["'])((?::[\w-]+(?:=[^\s"']*)?[ \t]*)+)\2\)/g;

/** Whether the text has Docsify's syntax at all. */
export function hasDocsifySyntax(text: string): boolean {
	return /^[ \t]*[!?]>[ \t]/m.test(text) || /:id=|:docsify-ignore|\(\S+[ \t]+["']:[\w-]/.test(text);
}

/**
 * Docsify's syntax as the converter reads it: a callout paragraph (up to the next
 * blank line) becomes an aside, a heading's `:id=anchor` its `{#anchor}`, and a link's
 * options go. Code stays as it was written.
 */
export function docsifySyntax(text: string): string {
	const inCode = codeFenceTracker();
	const out: string[] = [];
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (inCode(line)) {
			out.push(line);
			continue;
		}
		const callout = CALLOUT.exec(line);
		if (callout) {
			const body = [callout[3] ?? ''];
			while (
				index + 1 < lines.length &&
				(lines[index + 1] ?? '').trim() !== '' &&
				!CALLOUT.test(lines[index + 1] ?? '')
			)
				body.push((lines[++index] ?? '').trim());
			const type = callout[2] === '!' ? 'caution' : 'tip';
			out.push(...directiveBlock('aside', { attributes: { type } }, body.map(withoutOptions), callout[1]));
			continue;
		}
		const heading = HEADING_ID.exec(line.replace(IGNORE, ''));
		if (heading) {
			out.push(`${heading[1]}${heading[3] ?? ''} {#${heading[2]}}`);
			continue;
		}
		out.push(withoutOptions(line.replace(/^(\s{0,3}#{1,6}\s.*)$/, (whole) => whole.replace(IGNORE, ''))));
	}
	return out.join('\n');
}

function withoutOptions(line: string): string {
	return line.replace(LINK_OPTIONS, '$1)');
}
