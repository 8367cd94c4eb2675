import { codeFenceTracker } from './source-blocks.ts';

/**
 * pymdownx.arithmatex reads math before Markdown's escapes: `\(…\)` in a sentence and `\[`,
 * `\]` or `\begin{align}` … `\end{align}` on lines of their own, where CommonMark would read
 * an escaped bracket. They are written as the escaped delimiters math.ts reads (mdBook's
 * `\\(`, `\\[`, a `\begin` block between `$$` lines), which shows them as TeX in code, as
 * `$…$` and `$$` are (the site's dollar math). Code keeps what it holds.
 */

const INLINE = /(?<!\\)\\\((.+?)(?<!\\)\\\)/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
const BEGIN = /^([ \t]*)\\begin\{([a-z]+\*?)\}/;

/** The line with each `\(…\)` outside code spans written `\\(…\\)`. */
function inlineMath(line: string): string {
	if (!line.includes('\\(')) return line;
	let out = '';
	let at = 0;
	const replace = (part: string) => part.replace(INLINE, (_math, tex: string) => `\\\\(${tex}\\\\)`);
	for (const span of line.matchAll(CODE_SPAN)) {
		out += replace(line.slice(at, span.index)) + span[0];
		at = span.index + span[0].length;
	}
	return out + replace(line.slice(at));
}

export function arithmatexDelimiters(text: string): string {
	if (!/\\[([]|\\begin\{/.test(text)) return text;
	const inCode = codeFenceTracker();
	const lines = text.split('\n');
	const out: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			continue;
		}
		const display = /^([ \t]*)\\([[\]])[ \t]*$/.exec(line);
		if (display) {
			out.push(`${display[1]}\\\\${display[2]}`);
			continue;
		}
		const begin = BEGIN.exec(line);
		const endAt = begin ? lines.findIndex((next, at) => at >= index && next.includes(`\\end{${begin[2]}}`)) : -1;
		if (begin && endAt >= index) {
			out.push(`${begin[1]}$$`, ...lines.slice(index, endAt + 1), `${begin[1]}$$`);
			index = endAt;
			continue;
		}
		out.push(inlineMath(line));
	}
	return out.join('\n');
}
