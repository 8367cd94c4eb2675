import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The remark plugins of the site's Markdown and MDX (astro.config passes them to
 * `unified()`). Those that add syntax change how a body parses, so the MDX parser
 * below takes the same list.
 */
export const remarkPlugins = [remarkGfm];

/**
 * MDX parsed as the build parses it: @astrojs/mdx hands `.mdx` files to @mdx-js/mdx,
 * which runs remark-parse, then remark-mdx, then the configured remark plugins. A body
 * this parser accepts gets past the step where the build stops on bad MDX.
 */
export const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze();

/** Why MDX cannot parse a body, as the parser says it. */
export interface MdxProblem {
	/** 1-based line and column in the parsed text, when the parser gives them. */
	line?: number;
	column?: number;
	/** The parser's reason, e.g. "Expected a closing tag for `<br>` (3:7-3:11) before the end of `paragraph`". */
	reason: string;
	/** Which part of the parser objected (`mdast-util-mdx-jsx`) and its rule (`end-tag-mismatch`). */
	source?: string;
	ruleId?: string;
}

interface ParserMessage {
	line?: number;
	column?: number;
	reason?: string;
	message?: string;
	source?: string;
	ruleId?: string;
}

/**
 * Only these start MDX's own syntax (a tag, an expression, an import or export); a text
 * without any is Markdown that always parses, so most articles need no parse at all.
 */
const MDX_SYNTAX = /[<{]|^(?:import|export)\b/m;

/** What may still belong to a tag or an expression opened earlier: its end. */
const MDX_SYNTAX_OR_END = /[<{}>]|^(?:import|export)\b/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The part of a body MDX's own syntax is in, with every line around it blanked (so
 * lines and columns stay the body's): from the first block (lines between blank lines,
 * a fenced code block whole) holding a tag, an expression or an import, to the last
 * holding one or its end. The blocks around it are plain Markdown that holds nothing
 * MDX can object to, and parsing only the part in between makes checking thousands of
 * articles, which mostly end with one `<Aside>`, several times faster. An indented
 * first block (a list item's continuation) takes the blocks before it along, so it
 * parses in the list it belongs to.
 */
export function mdxRegion(text: string): string {
	const lines = text.split('\n');
	const blocks: { start: number; end: number }[] = [];
	let fence: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		const marker = FENCE.exec(line)?.[1];
		if (fence) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
				fence = undefined;
			(blocks.at(-1) as { end: number }).end = index;
			continue;
		}
		if (marker) fence = marker;
		if (line.trim() === '') continue;
		const last = blocks.at(-1);
		if (last && last.end === index - 1) last.end = index;
		else blocks.push({ start: index, end: index });
	}
	const blockText = (block: { start: number; end: number }) => lines.slice(block.start, block.end + 1).join('\n');
	let first = blocks.findIndex((block) => MDX_SYNTAX.test(blockText(block)));
	if (first === -1) return '';
	while (first > 0 && /^\s/.test(lines[(blocks[first] as { start: number }).start] as string)) first--;
	const last = blocks.findLastIndex((block) => MDX_SYNTAX_OR_END.test(blockText(block)));
	const from = (blocks[first] as { start: number }).start;
	const to = (blocks[last] as { end: number }).end;
	return lines.map((line, index) => (index >= from && index <= to ? line : '')).join('\n');
}

/**
 * The text parsed as the build parses it: the syntax tree of the part MDX syntax is in
 * (`mdxRegion`, so lines and columns are the text's), none for a text without any, or
 * why it cannot parse.
 */
export function parseMdx(text: string): { tree?: Root } | { problem: MdxProblem } {
	if (!MDX_SYNTAX.test(text)) return {};
	try {
		return { tree: mdxParser.parse(mdxRegion(text)) as Root };
	} catch (error) {
		const message = error as ParserMessage;
		const reason = (message.reason ?? message.message ?? String(error)).split('\n')[0] ?? '';
		return {
			problem: {
				...(message.line ? { line: message.line, column: message.column ?? 1 } : {}),
				reason,
				...(message.source ? { source: message.source } : {}),
				...(message.ruleId ? { ruleId: message.ruleId } : {}),
			},
		};
	}
}

/** Why MDX cannot parse the text, or undefined when it can. */
export function findMdxProblem(text: string): MdxProblem | undefined {
	const parsed = parseMdx(text);
	return 'problem' in parsed ? parsed.problem : undefined;
}
