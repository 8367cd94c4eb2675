import { codeFenceTracker } from './source-blocks.ts';

/**
 * TeX math that MathJax or KaTeX typeset on the old site (mdBook's `mathjax-support`,
 * MkDocs' arithmatex, remark-math): `\\( … \\)` in a sentence, written with Markdown's
 * escaped backslashes, and `$$ … $$` or `\\[ … \\]` on lines of their own. The help
 * center typesets no math, and the delimiters would show as text around escaped TeX;
 * as code, each formula reads as the TeX it is. A lone `$` (a price) is never math here.
 */

const DISPLAY_OPEN = /^([ \t]*)(\$\$|\\\\\[)[ \t]*$/;
const DISPLAY_ONE_LINE = /^([ \t]*)(?:\$\$(.+?)\$\$|\\\\\[(.+?)\\\\\])[ \t]*$/;
const INLINE = /\\\\\((.+?)\\\\\)/g;
/**
 * `$…$` in a sentence, read as Pandoc and markdown-it's math plugins read it, on a site that
 * typeset it: the `$` opening it is followed by no space, the one closing it follows none and
 * is followed by no digit (so `$5 and $10` stays prices), and neither is escaped or doubled.
 */
const DOLLAR_INLINE = /(?<![\\$\w])\$(?=[^\s$])((?:[^$\\\n]|\\.)+?)(?<=[^\s\\])\$(?![\d$])/g;
/** Inline code spans, which keep what they hold. */
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** Whether the text has such math at all. */
export function hasTexMath(text: string, dollars = false): boolean {
	return /\\\\\(|^[ \t]*(?:\$\$|\\\\\[)/m.test(text) || (dollars && new RegExp(DOLLAR_INLINE.source).test(text));
}

/** `line` with each `\\( … \\)` outside inline code as inline code, and how many. */
function inlineMath(line: string, dollars: boolean): { line: string; count: number } {
	let count = 0;
	let out = '';
	let at = 0;
	const asCode = (_whole: string, tex: string) => {
		count++;
		return codeSpan(tex.trim());
	};
	const replace = (part: string) => {
		const escaped = part.replace(INLINE, asCode);
		return dollars ? escaped.replace(DOLLAR_INLINE, asCode) : escaped;
	};
	for (const span of line.matchAll(CODE_SPAN)) {
		out += replace(line.slice(at, span.index)) + span[0];
		at = span.index + span[0].length;
	}
	out += replace(line.slice(at));
	return { line: out, count };
}

/** Inline code around `text`, its fence longer than any run of backticks inside it. */
function codeSpan(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The text with its formulas as code (display ones as ```latex blocks), and how many there were. */
export function texMathAsCode(text: string, dollars = false): { text: string; formulas: number } {
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let formulas = 0;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (inCode(line)) {
			out.push(line);
			continue;
		}
		const one = DISPLAY_ONE_LINE.exec(line);
		if (one) {
			formulas++;
			const indent = one[1] ?? '';
			out.push(`${indent}\`\`\`latex`, `${indent}${(one[2] ?? one[3] ?? '').trim()}`, `${indent}\`\`\``);
			continue;
		}
		const open = DISPLAY_OPEN.exec(line);
		const closing = open?.[2] === '$$' ? /^[ \t]*\$\$[ \t]*$/ : /^[ \t]*\\\\\][ \t]*$/;
		const end = open ? lines.findIndex((next, at) => at > index && closing.test(next)) : -1;
		if (open && end > index) {
			formulas++;
			const indent = open[1] ?? '';
			const body = lines
				.slice(index + 1, end)
				.map((bodyLine) => bodyLine.replace(new RegExp(`^[ \\t]{0,${indent.length}}`), ''));
			out.push(`${indent}\`\`\`latex`, ...body.map((bodyLine) => `${indent}${bodyLine}`), `${indent}\`\`\``);
			index = end;
			continue;
		}
		const inline = inlineMath(line, dollars);
		formulas += inline.count;
		out.push(inline.line);
	}
	return { text: out.join('\n'), formulas };
}
