/** What a reader never sees: comments, MDX's module lines, headings, rules and blank lines. */
const INVISIBLE_BLOCKS = [/<!--[\s\S]*?(?:-->|$)/g, /\{\s*\/\*[\s\S]*?\*\/\s*\}/g];
const INVISIBLE_LINE = /^(?:#{1,6}(?:\s.*)?|(?:[-*_]\s*){3,}|=+)?$/;
const MODULE_LINE = /^(?:import|export)\s/;

/**
 * True when a page body holds nothing to read: only headings over nothing, comments or
 * blank lines. An image, a list, a component or a sentence is something.
 */
export function isEmptyBody(body: string, mdx: boolean): boolean {
	const visible = INVISIBLE_BLOCKS.reduce((text, pattern) => text.replace(pattern, ''), body);
	return visible
		.split('\n')
		.map((line) => line.trim())
		.every((line) => INVISIBLE_LINE.test(line) || (mdx && MODULE_LINE.test(line)));
}
