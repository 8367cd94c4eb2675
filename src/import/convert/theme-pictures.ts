import type { Image, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ConversionNote } from './types.ts';

/**
 * A picture drawn twice, once per colour theme, as Mintlify's docs (and Tailwind sites)
 * write it: `<img className="block dark:hidden" src="light.png" />` beside
 * `<img className="hidden dark:block" src="dark.png" />`, or as Material for MkDocs (and
 * GitHub) mark it in its address: `![Chart](light.png#only-light)` beside
 * `![Chart](dark.png#only-dark)` (`#gh-light-mode-only`, `#gh-dark-mode-only`). The old site showed one of the
 * two; an article shows every picture, so the pair would read as the same screenshot
 * twice. The dark theme's picture goes when the light theme's stands beside it (in the
 * same frame, paragraph or block); one drawn only for the dark theme, alone, stays. The
 * address's mark, which only told the old site's style sheet when to hide it, goes.
 */

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Picture = Jsx | Image;

/** The mark of an address that shows its picture in one theme alone (Material for MkDocs', GitHub's). */
const THEME_FRAGMENT = /#(?:only-(light|dark)|gh-(light|dark)-mode-only)$/;

/** The element's `src`, when written as text. */
function srcAttribute(node: Jsx): MdxJsxAttribute | undefined {
	return node.attributes.find(
		(entry): entry is MdxJsxAttribute =>
			entry.type === 'mdxJsxAttribute' && entry.name === 'src' && typeof entry.value === 'string',
	);
}

const addressOf = (node: Picture) =>
	node.type === 'image' ? node.url : (srcAttribute(node)?.value as string | undefined);

/** The class names of an element (`className` or `class`), when written as text. */
function classes(node: Jsx): string[] {
	const found = node.attributes.find(
		(entry): entry is MdxJsxAttribute =>
			entry.type === 'mdxJsxAttribute' && (entry.name === 'className' || entry.name === 'class'),
	);
	return typeof found?.value === 'string' ? found.value.split(/\s+/).filter(Boolean) : [];
}

/**
 * Which theme alone shows the picture: `dark:hidden` hides it in the dark one, `hidden dark:block`
 * shows it only there, and so does an address ending `#only-dark`.
 */
function themeOf(node: Picture): 'light' | 'dark' | undefined {
	const marked = THEME_FRAGMENT.exec(addressOf(node) ?? '');
	if (marked) return (marked[1] ?? marked[2]) as 'light' | 'dark';
	if (node.type === 'image') return undefined;
	const names = classes(node);
	if (names.includes('dark:hidden')) return 'light';
	const darkShown = names.some((name) => /^dark:(?:block|inline|inline-block|flex|inline-flex|grid|table)$/.test(name));
	return names.includes('hidden') && darkShown ? 'dark' : undefined;
}

const isPicture = (node: RootContent): node is Picture =>
	node.type === 'image' ||
	((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img');

/**
 * A block's content in reading order, its paragraphs' inline content spread out: each
 * picture with what holds it, anything else that shows as `undefined` (white space
 * between two pictures written on their own lines is nothing).
 */
function sequence(parent: Parents): ({ node: Picture; holder: Parents } | undefined)[] {
	const found: ({ node: Picture; holder: Parents } | undefined)[] = [];
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
		// Read before any address loses its mark.
		const themes = found.map((entry) => (entry ? themeOf(entry.node) : undefined));
		for (const entry of found) if (entry) withoutThemeMark(entry.node);
		for (const [index, entry] of found.entries()) {
			// The pair stands side by side, the light theme's first or second.
			if (entry === undefined || themes[index] !== 'dark') continue;
			if (!(themes[index - 1] === 'light' || themes[index + 1] === 'light')) continue;
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

/** The address without its theme mark (`light.png#only-light` is `light.png`). */
function withoutThemeMark(node: Picture) {
	if (node.type === 'image') node.url = node.url.replace(THEME_FRAGMENT, '');
	else {
		const src = srcAttribute(node);
		if (src) src.value = (src.value as string).replace(THEME_FRAGMENT, '');
	}
}
