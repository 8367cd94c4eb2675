import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { emphasisHandlers } from '../markdown/emphasis-marker.ts';
import { type PlainMarkdownOptions, remarkPlainMarkdown } from './mdx-to-markdown.ts';

export interface ToMarkdownOptions extends PlainMarkdownOptions {
	/** `mdx` parses JSX, imports and expressions; `md` treats them as Markdown text and HTML. */
	format: 'md' | 'mdx';
}

/** One Markdown style for every file agents read: `-` bullets, fenced code, `*` for strong. */
const stringifyOptions: StringifyOptions = {
	bullet: '-',
	// `_`, but `*` inside a word (`*FTL*DNS`), where `_` is no emphasis.
	emphasis: '_',
	handlers: emphasisHandlers,
	strong: '*',
	fence: '`',
	fences: true,
	rule: '-',
	listItemIndent: 'one',
	incrementListMarker: true,
};

const processors = new Map<string, ReturnType<typeof createProcessor>>();

/** Building a processor costs far more than running one, so each set of options gets one, reused. */
function processor(options: ToMarkdownOptions) {
	const key = JSON.stringify({ ...options, components: Object.keys(options.components ?? {}) });
	let cached = processors.get(key);
	if (!cached) {
		cached = createProcessor(options).freeze();
		processors.set(key, cached);
	}
	return cached;
}

function createProcessor(options: ToMarkdownOptions) {
	const base = unified().use(remarkParse);
	// Tables without padding: agents pay for every space.
	const gfm = { tablePipeAlign: false };
	const withSyntax = options.format === 'mdx' ? base.use(remarkMdx).use(remarkGfm, gfm) : base.use(remarkGfm, gfm);
	return withSyntax.use(remarkPlainMarkdown, options).use(remarkStringify, stringifyOptions);
}

/**
 * The body of an article or runbook (Markdown or MDX, without frontmatter) as plain
 * GFM Markdown: components become Markdown, imports and expressions disappear,
 * site links become absolute. Throws on MDX that does not parse; the site build
 * would have failed on it first.
 */
export function bodyToMarkdown(body: string, options: ToMarkdownOptions): string {
	const text = String(processor(options).processSync(body));
	return `${text.trim()}\n`;
}

/** `md` or `mdx` from a file path, for `bodyToMarkdown`. */
export function formatOf(filePath: string | undefined): 'md' | 'mdx' {
	return filePath?.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
}

/** The options every agent file converts a body with, shared by the pages and the pre-warm worker. */
export function agentMarkdownOptions(
	filePath: string | undefined,
	siteUrl: string,
	page?: ToMarkdownOptions['page'],
): ToMarkdownOptions {
	return { format: formatOf(filePath), siteUrl, minHeadingDepth: 2, page };
}
