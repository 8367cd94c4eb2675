/** The part of Shiki's highlighting options this transformer sets. */
interface TokenizeOptions {
	tokenizeTimeLimit?: number;
}

/**
 * Shiki stops tokenizing a line after 500 ms and writes the rest of it, and of its
 * code block, in one colour, without a warning. On a busy machine (a CI runner, two
 * builds at once) ordinary lines of the demo's code blocks took that long, so which
 * blocks came out half-coloured changed from build to build. A build should write
 * the same pages for the same content: every line is tokenized whole (0 is no limit
 * to vscode-textmate). The cost is time on a long line, never a wrong page.
 */
export const shikiWholeLines = {
	name: 'tryblock:whole-lines',
	preprocess(code: string, options: TokenizeOptions): string {
		options.tokenizeTimeLimit = 0;
		return code;
	},
};
