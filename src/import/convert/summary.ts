import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * A `<details>` summary as the bold line it becomes: Markdown has no summary, and
 * the line leads the words it opened. Bold already inside it is part of that line:
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
