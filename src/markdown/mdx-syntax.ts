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

/** Why MDX cannot parse the text, or undefined when it can. */
export function findMdxProblem(text: string): MdxProblem | undefined {
	try {
		mdxParser.parse(text);
		return undefined;
	} catch (error) {
		const message = error as ParserMessage;
		const reason = (message.reason ?? message.message ?? String(error)).split('\n')[0] ?? '';
		return {
			...(message.line ? { line: message.line, column: message.column ?? 1 } : {}),
			reason,
			...(message.source ? { source: message.source } : {}),
			...(message.ruleId ? { ruleId: message.ruleId } : {}),
		};
	}
}
