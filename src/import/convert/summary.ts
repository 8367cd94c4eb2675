import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * A `<details>` summary as the bold line it becomes: Markdown has no summary, and
 * the line leads the words it opened. Bold already inside it is part of that line:
 * written again inside, `**What about **billing**?**` would end the bold at `billing`
 * and show the rest's asterisks.
 */
export function summaryParagraph(children: PhrasingContent[]): Paragraph {
	return { type: 'paragraph', children: [{ type: 'strong', children: children.flatMap(withoutBold) }] };
}

function withoutBold(node: PhrasingContent): PhrasingContent[] {
	return node.type === 'strong' ? node.children.flatMap(withoutBold) : [node];
}
