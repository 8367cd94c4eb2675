import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * A `<summary>` as a bold line: what one outside a fold becomes (a summary needs a
 * `<details>` around it), and how the MDX converter carries one until the `<details>`
 * around it makes the fold (folds.ts). Bold already inside it is part of that line:
 * written again inside, `**What about **billing**?**` would end the bold at `billing`
 * and show the rest's asterisks.
 */
export function summaryParagraph(children: PhrasingContent[]): Paragraph {
	return {
		type: 'paragraph',
		children: [{ type: 'strong', children: children.flatMap(withoutBold) }],
		// The `<details>` around it (components.ts) takes its words back as its fold's summary.
		data: { summaryWords: children } as Paragraph['data'],
	};
}

/** Whether a paragraph is a summary's bold line. */
export function isSummaryLine(paragraph: Paragraph): boolean {
	return summaryLineWords(paragraph) !== undefined;
}

/** The words a summary's bold line was made of, its own bold included. */
export function summaryLineWords(paragraph: Paragraph): PhrasingContent[] | undefined {
	return (paragraph.data as { summaryWords?: PhrasingContent[] } | undefined)?.summaryWords;
}

function withoutBold(node: PhrasingContent): PhrasingContent[] {
	return node.type === 'strong' ? node.children.flatMap(withoutBold) : [node];
}
