import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import { describe, expect, test } from 'vitest';
import { shikiWholeLines } from '../../../src/markdown/shiki-whole-lines.ts';

/**
 * A machine too busy to tokenize a line within Shiki's time limit, made certain: the
 * limit set to 1 ms before the site's transformers run, for a line no machine
 * tokenizes that fast.
 */
const busyMachine = {
	name: 'test:busy-machine',
	preprocess(code: string, options: { tokenizeTimeLimit?: number }) {
		options.tokenizeTimeLimit = 1;
		return code;
	},
};

const longLine = JSON.stringify(
	Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`key${index}`, `value ${index}`])),
);

/** How many differently coloured pieces the line's last hundred characters come out as. */
async function colouredPiecesAtTheEnd(transformers: object[]): Promise<number> {
	const highlighter = await createShikiHighlighter({ theme: 'css-variables' });
	const html = await highlighter.codeToHtml(longLine, 'json', { transformers: transformers as never });
	const tail = html.slice(html.lastIndexOf('key2999'));
	return tail.match(/<span style="color:/g)?.length ?? 0;
}

describe('code blocks are highlighted whole on a busy machine', () => {
	test('without the transformer, the time limit leaves the end of a line uncoloured', async () => {
		expect(await colouredPiecesAtTheEnd([busyMachine])).toBe(0);
	});

	test('with it, every line is tokenized to its end', async () => {
		expect(await colouredPiecesAtTheEnd([busyMachine, shikiWholeLines])).toBeGreaterThan(2);
	});
});
