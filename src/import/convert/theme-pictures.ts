import type { Parents, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ConversionNote } from './types.ts';

/**
 * A picture drawn twice, once per colour theme, as Mintlify's docs (and Tailwind sites)
 * write it: `<img className="block dark:hidden" src="light.png" />` beside
 * `<img className="hidden dark:block" src="dark.png" />`. The old site showed one of the
 * two; an article shows every picture, so the pair would read as the same screenshot
 * twice. The dark theme's picture goes when the light theme's stands beside it (in the
 * same frame, paragraph or block); one drawn only for the dark theme, alone, stays.
 */

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** The class names of an element (`className` or `class`), when written as text. */
function classes(node: Jsx): string[] {
	const found = node.attributes.find(
		(entry): entry is MdxJsxAttribute =>
			entry.type === 'mdxJsxAttribute' && (entry.name === 'className' || entry.name === 'class'),
	);
	return typeof found?.value === 'string' ? found.value.split(/\s+/).filter(Boolean) : [];
}

/** Which theme alone shows the picture: `dark:hidden` hides it in the dark one, `hidden dark:block` shows it only there. */
function themeOf(node: Jsx): 'light' | 'dark' | undefined {
	const names = classes(node);
	if (names.includes('dark:hidden')) return 'light';
	const darkShown = names.some((name) => /^dark:(?:block|inline|inline-block|flex|inline-flex|grid|table)$/.test(name));
	return names.includes('hidden') && darkShown ? 'dark' : undefined;
}

const isPicture = (node: RootContent): node is Jsx =>
	(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img';

/**
 * A block's content in reading order, its paragraphs' inline content spread out: each
 * picture with what holds it, anything else that shows as `undefined` (white space
 * between two pictures written on their own lines is nothing).
 */
function sequence(parent: Parents): ({ node: Jsx; holder: Parents } | undefined)[] {
	const found: ({ node: Jsx; holder: Parents } | undefined)[] = [];
	for (const child of parent.children as RootContent[]) {
		if (isPicture(child)) found.push({ node: child, holder: parent });
		else if (child.type === 'paragraph')
			for (const inner of child.children as RootContent[]) {
				if (isPicture(inner)) found.push({ node: inner, holder: child });
				else if (!(inner.type === 'text' && inner.value.trim() === '')) found.push(undefined);
			}
		else found.push(undefined);
	}
	return found;
}

/** Leaves out the dark theme's picture of each light/dark pair, and says how many went. */
export function dropDarkThemePictures(tree: Root, notes: ConversionNote[]): void {
	let dropped = 0;
	const walk = (parent: Parents) => {
		const found = sequence(parent);
		const light = (index: number) => {
			const entry = found[index];
			return entry !== undefined && themeOf(entry.node) === 'light';
		};
		for (const [index, entry] of found.entries()) {
			// The pair stands side by side, the light theme's first or second.
			if (entry === undefined || themeOf(entry.node) !== 'dark' || !(light(index - 1) || light(index + 1))) continue;
			const { node, holder } = entry;
			const siblings = holder.children as RootContent[];
			siblings.splice(siblings.indexOf(node), 1);
			dropped++;
			// A paragraph left holding only the line break between the two pictures goes too.
			if (holder.type === 'paragraph') {
				while (holder.children[0]?.type === 'text' && holder.children[0].value.trim() === '') holder.children.shift();
				const last = holder.children.at(-1);
				if (last?.type === 'text' && last.value.trim() === '') holder.children.pop();
				if (holder.children.length === 0) {
					const around = parent.children as RootContent[];
					around.splice(around.indexOf(holder), 1);
				}
			}
		}
		for (const child of parent.children as RootContent[])
			if ('children' in child && child.type !== 'paragraph') walk(child as Parents);
	};
	walk(tree);
	if (dropped === 0) return;
	notes.push({
		level: 'info',
		message: `${dropped === 1 ? 'a picture' : `${dropped} pictures`} drawn for the dark theme beside the light theme's ${dropped === 1 ? 'was' : 'were'} left out`,
	});
}
