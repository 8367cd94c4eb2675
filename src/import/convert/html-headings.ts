import type { Heading, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * HTML headings in an MDX page (`<h2>Plans</h2>`, as landing pages and card grids write
 * them) as the headings they showed: MDX reads one written on a line of its own as words
 * of a paragraph, so it would come over as a plain line, out of the table of contents.
 * A heading tag alone on its line splits its paragraph; one written over several lines is
 * a heading of its words.
 */

const HEADING_TAG = /^h([1-6])$/;

const depthOf = (node: RootContent): Heading['depth'] | undefined => {
	if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
	const level = HEADING_TAG.exec(node.name ?? '')?.[1];
	return level ? (Number(level) as Heading['depth']) : undefined;
};

/** A flow element's words, as a heading holds them: its paragraphs' words, its inline elements as they are. */
function phrasingOf(node: MdxJsxFlowElement): PhrasingContent[] {
	return node.children.flatMap((child): PhrasingContent[] => {
		if (child.type === 'paragraph') return child.children;
		if (child.type === 'mdxJsxFlowElement') return [{ ...child, type: 'mdxJsxTextElement' } as MdxJsxTextElement];
		return [];
	});
}

const blank = (node: PhrasingContent | undefined) => node?.type === 'text' && node.value.trim() === '';

/** The paragraph's parts around its heading tags that stand alone on their lines, each heading a block of its own. */
function splitParagraph(paragraph: Paragraph): RootContent[] | undefined {
	const children = paragraph.children;
	const alone = (at: number) => {
		const before = children[at - 1];
		const after = children[at + 1];
		return (
			(before === undefined || (before.type === 'text' && /\n[ \t]*$/.test(before.value))) &&
			(after === undefined || (after.type === 'text' && /^[ \t]*\n/.test(after.value)))
		);
	};
	const blocks: RootContent[] = [];
	let words: PhrasingContent[] = [];
	const flush = () => {
		if (words.length > 0 && !words.every(blank)) {
			const first = words[0];
			const last = words.at(-1);
			if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
			if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
			blocks.push({ type: 'paragraph', children: words });
		}
		words = [];
	};
	let split = false;
	children.forEach((child, at) => {
		const depth = depthOf(child);
		if (depth !== undefined && alone(at) && child.type === 'mdxJsxTextElement') {
			flush();
			blocks.push({ type: 'heading', depth, children: child.children });
			split = true;
		} else words.push(child);
	});
	flush();
	return split ? blocks : undefined;
}

export function htmlHeadings(tree: Root): void {
	const walk = (parent: Parents) => {
		const children = parent.children as RootContent[];
		for (let at = 0; at < children.length; at++) {
			const child = children[at] as RootContent;
			const depth = depthOf(child);
			if (depth !== undefined && child.type === 'mdxJsxFlowElement') {
				children[at] = { type: 'heading', depth, children: phrasingOf(child) };
				continue;
			}
			if (child.type === 'paragraph') {
				const blocks = splitParagraph(child);
				if (blocks) {
					children.splice(at, 1, ...blocks);
					at += blocks.length - 1;
				}
				continue;
			}
			if ('children' in child) walk(child as Parents);
		}
	};
	walk(tree);
}

/** The first heading inside a block (a card's title), taken out of where it stood; undefined when it holds none. */
export function takeHeading(parent: Parents): Heading | undefined {
	const children = parent.children as RootContent[];
	for (let at = 0; at < children.length; at++) {
		const child = children[at] as RootContent;
		if (child.type === 'heading') {
			children.splice(at, 1);
			return child;
		}
		if ('children' in child && !(child.type === 'mdxJsxFlowElement' && child.name === 'a')) {
			const found = takeHeading(child as Parents);
			if (found) return found;
		}
	}
	return undefined;
}
