import { plainLine, quoted } from '../../../cli/untrusted-text.ts';
import type { ContentEntry } from '../../../content-model/content.ts';
import type { MdxProblem } from '../../../markdown/mdx-syntax.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

/** A place in the body as the parser writes it inside a reason: `(3:7-3:11)`. */
const bodyPlace = /\((\d+):(\d+)-\d+:\d+\)/;

/** HTML elements that never hold content: HTML lets them stand unclosed, MDX does not. */
const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
]);

/** The Markdown constructs a tag can be left open in, as an author calls them. */
const constructs: Record<string, string> = {
	paragraph: 'its paragraph',
	heading: 'its heading',
	tableData: 'its table cell',
	tableHeader: 'its table cell',
	listItem: 'its list item',
	blockquote: 'its quote',
	emphasis: 'the emphasis around it',
	strong: 'the bold text around it',
	delete: 'the strikethrough around it',
	link: 'the link around it',
};

const braceHint = 'escape { as \\{ or put code in backticks';
const angleHint = 'escape < as \\< or put code in backticks';

/** What an author reads: where, what is wrong in plain words, and what to do when the cause is common. */
interface Explained {
	/** Place in the body, when the reason names a better one than the parser's position. */
	at?: { line: number; column: number };
	message: string;
	hint?: string;
}

function unclosedTag(problem: MdxProblem, tag: string, at: Explained['at']): Explained {
	const name = tag.slice(1, -1).split(/\s/)[0] ?? '';
	const before = /before the end of `(\w+)`/.exec(problem.reason)?.[1];
	const where = before ? ` before the end of ${constructs[before] ?? `the ${before}`}` : '';
	const message = `${tag} is never closed${where}`;
	if (name === 'br') return { at, message, hint: 'write <br /> or use a blank line' };
	if (voidElements.has(name.toLowerCase())) return { at, message, hint: `write it self-closing: <${name} ... />` };
	if (before === 'paragraph') {
		return {
			at,
			message,
			hint: `close it in the same paragraph, or put <${name}> and </${name}> on lines of their own with blank lines around what they hold`,
		};
	}
	return { at, message, hint: `add </${name}> where it should end` };
}

/** The parser's reason in an author's words; unknown reasons are kept as the parser wrote them. */
export function explainMdxProblem(problem: MdxProblem, bodyLine: number): Explained {
	const { reason } = problem;
	const place = bodyPlace.exec(reason);
	const at = place ? { line: Number(place[1]), column: Number(place[2]) } : undefined;
	const fileLine = (line: number) => bodyLine + line - 1;
	const unclosed = /^Expected a closing tag for (`<[^`]*>`)/.exec(reason);
	if (unclosed?.[1]) return unclosedTag(problem, unclosed[1].slice(1, -1), at);
	const mismatched = /^Unexpected closing tag `(<\/[^`]*>)`, expected corresponding closing tag for `(<[^`]*>)`/.exec(
		reason,
	);
	if (mismatched && at) {
		return {
			message: `${mismatched[1]} does not close ${mismatched[2]}, opened on line ${fileLine(at.line)}`,
			hint: 'close tags in the reverse order they were opened',
		};
	}
	if (problem.ruleId === 'unexpected-closing-slash') {
		return { message: 'a closing tag with no opening tag before it', hint: 'remove it or add its opening tag' };
	}
	const character = /^Unexpected character `([^`]*)` \(U\+[0-9A-F]+\) before (name|attribute value)/.exec(reason);
	if (character?.[2] === 'attribute value') {
		return { message: 'an attribute value without quotes', hint: 'write the value in quotes: name="value"' };
	}
	if (character && reason.includes('to create a comment in MDX')) {
		return { message: 'HTML comments do not work in MDX', hint: 'write comments as {/* text */}' };
	}
	if (character) {
		return {
			message: `< starts a tag in MDX, and ${quoted(character[1] ?? '')} cannot start a tag name`,
			hint: angleHint,
		};
	}
	if (problem.source === 'micromark-extension-mdx-expression') {
		const message =
			problem.ruleId === 'acorn'
				? 'MDX reads text in { } as JavaScript, and this is not JavaScript'
				: '{ is never closed: MDX reads text in { } as JavaScript';
		return { message, hint: braceHint };
	}
	if (problem.source === 'micromark-extension-mdxjs-esm') {
		return {
			message: 'MDX reads a line starting with "import" or "export" as JavaScript, and this one is not JavaScript',
			hint: 'reword the line so it does not start with "import" or "export", or put code in backticks',
		};
	}
	// Keep the parser's words, with its places in the body as lines of the file.
	return { message: reason.replace(bodyPlace, (_, line: string) => `(line ${fileLine(Number(line))})`) };
}

/** The issue for a body MDX cannot parse, at its line and column in the file. */
export function mdxIssue(entry: ContentEntry, problem: MdxProblem) {
	const explained = explainMdxProblem(problem, entry.bodyLine);
	const line = explained.at?.line ?? problem.line ?? 1;
	const column = explained.at?.column ?? problem.column ?? 1;
	return {
		kind: issueKinds.mdx,
		file: entry.file,
		line: entry.bodyLine + line - 1,
		column,
		// The reason quotes the author's text, which may hold control characters.
		message: plainLine(`MDX cannot compile the body: ${explained.message}`, 300),
		...(explained.hint ? { hint: explained.hint } : {}),
	};
}

/**
 * The build compiles every `.mdx` page as MDX and stops at the first body it cannot
 * parse, with Astro's long error. This check parses each body the same way
 * (src/markdown/mdx-syntax.ts) and reports every one that fails. `.md` pages are
 * Markdown, which always parses.
 */
export const mdxCheck: Check = {
	name: 'MDX',
	run(context, report) {
		for (const entry of context.entries) {
			if (!entry.file.endsWith('.mdx')) continue;
			const { problem } = context.mdx(entry);
			if (problem) report(mdxIssue(entry, problem));
		}
	},
};
