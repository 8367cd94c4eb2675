import type { BlockContent, Heading, List, ListItem, Paragraph, RootContent } from 'mdast';

/**
 * Numbered steps, one way whichever generator wrote them (Mintlify's `<Step title>`,
 * Fumadocs' and Nextra's steps that open with a heading, GitBook's `{% stepper %}`):
 * an ordered list, each step's title in bold at the top of its item.
 */

/** A step's heading as its title in bold, the heading's anchors with it (see `keepStepTitleAnchors`). */
export function stepTitle(heading: Heading): Paragraph {
	return {
		type: 'paragraph',
		children: [{ type: 'strong', children: heading.children }],
		data: { stepTitle: { sourceIds: (heading.data as { sourceIds?: string[] } | undefined)?.sourceIds ?? [] } },
	} as Paragraph;
}

/** One step: its content, the heading it opens with (if any) as its title. */
export function stepItem(body: RootContent[]): ListItem {
	const [first, ...rest] = body;
	const children = first?.type === 'heading' ? [stepTitle(first), ...rest] : body;
	return { type: 'listItem', spread: false, children: children as BlockContent[] };
}

/** Steps as an ordered list, loose when a step holds more than its title; neighbouring step lists make one. */
export function stepList(listItems: ListItem[]): List {
	return {
		type: 'list',
		ordered: true,
		spread: listItems.some((entry) => entry.children.length > 1),
		children: listItems,
		data: { componentList: 'steps' } as List['data'],
	};
}
