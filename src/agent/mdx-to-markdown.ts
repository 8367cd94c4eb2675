import type {
	BlockContent,
	Blockquote,
	Heading,
	Image,
	Nodes,
	Parents,
	PhrasingContent,
	Root,
	RootContent,
} from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { type AttachmentOwner, attachmentUrl, isAttachmentLink } from '../attachments/links.ts';
import { asideTitles } from '../markdown/aside.ts';
import type { MdxComponentName } from '../markdown/mdx-components.ts';
import { expressionText, literalExports } from './mdx-expressions.ts';
import { removeUnsafeMarkdownAddresses } from './safe-addresses.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Turns one MDX component into plain Markdown nodes (an empty list drops it).
 * `flow` components stand as blocks and return blocks; `text` ones sit inside a
 * paragraph and must return inline nodes.
 */
export type ComponentToMarkdown = (
	element: JsxElement,
	children: RootContent[],
	placement: 'flow' | 'text',
) => RootContent[];

const asideLabels: Record<string, string> = asideTitles;

/** A string attribute of a JSX element; expression values (`title={x}`) count as absent. */
export function jsxAttribute(element: JsxElement, name: string): string | undefined {
	for (const attribute of element.attributes) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
			return attribute.value;
		}
	}
	return undefined;
}

/** Blocks as they are; runs of inline nodes wrapped in paragraphs. */
function asBlocks(children: RootContent[]): BlockContent[] {
	const blocks: BlockContent[] = [];
	let inline: PhrasingContent[] = [];
	const flush = () => {
		if (inline.some((node) => node.type !== 'text' || node.value.trim() !== ''))
			blocks.push({ type: 'paragraph', children: inline });
		inline = [];
	};
	for (const child of children) {
		if (FLOW_TYPES.has(child.type)) {
			flush();
			blocks.push(child as BlockContent);
		} else inline.push(child as PhrasingContent);
	}
	flush();
	return blocks;
}

/**
 * `<Aside type="caution" title="Only one SPF record">text</Aside>` becomes a blockquote
 * that starts with its title in bold: "**Caution: Only one SPF record**". Inside a
 * sentence it becomes the bold label followed by its text.
 */
export const asideToMarkdown: ComponentToMarkdown = (element, children, placement) => {
	const type = jsxAttribute(element, 'type') ?? 'note';
	const label = asideLabels[type] ?? 'Note';
	const title = jsxAttribute(element, 'title')?.trim();
	const heading = title && title.toLowerCase() !== label.toLowerCase() ? `${label}: ${title}` : label;
	if (placement === 'text') {
		return [
			{ type: 'strong', children: [{ type: 'text', value: `${heading}:` }] },
			{ type: 'text', value: ' ' },
			...children,
		];
	}
	const quote: Blockquote = {
		type: 'blockquote',
		children: [
			{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: heading }] }] },
			...asBlocks(children),
		],
	};
	return [quote];
};

/** The components articles may use, by name. Unknown components keep their content and lose their tags. */
export const defaultComponents: Record<string, ComponentToMarkdown> = {
	Aside: asideToMarkdown,
} satisfies Record<MdxComponentName, ComponentToMarkdown>;

/** Bold inside bold ends it early (`**What about **billing**?**`): a bold line's own bold is its words. */
function withoutStrong(node: RootContent): RootContent[] {
	return node.type === 'strong' ? node.children.flatMap(withoutStrong) : [node];
}

/**
 * A fold's summary (`<summary>Can I pay by **invoice**?</summary>`) is the bold line that
 * leads what the fold held; inside a sentence, its bold words and a space.
 */
const summaryToMarkdown: ComponentToMarkdown = (_element, children, placement) => {
	const bold: PhrasingContent = {
		type: 'strong',
		children: asBlocks(children).flatMap((block) =>
			'children' in block ? (block.children as RootContent[]).flatMap(withoutStrong) : [],
		) as PhrasingContent[],
	};
	if (placement === 'text') return [bold, { type: 'text', value: ' ' }];
	return [{ type: 'paragraph', children: [bold] }];
};

/**
 * HTML elements with a Markdown form. A fold (`<details>`) shows everything to an agent,
 * which opens nothing: its summary as a bold line, then what it held.
 */
const htmlElements: Record<string, ComponentToMarkdown> = {
	details: (_element, children, placement) => (placement === 'flow' ? asBlocks(children) : children),
	summary: summaryToMarkdown,
};

const FLOW_TYPES = new Set([
	'blockquote',
	'code',
	'definition',
	'heading',
	'html',
	'list',
	'paragraph',
	'table',
	'thematicBreak',
]);

function hasChildren(node: Nodes): node is Parents {
	return 'children' in node && Array.isArray(node.children);
}

const isHtmlComment = (value: string) => /^\s*<!--[\s\S]*-->\s*$/.test(value);

interface Context {
	components: Record<string, ComponentToMarkdown>;
	/** Literal `export const` values of the file, for `{name}` expressions. */
	constants: ReadonlyMap<string, string>;
}

/** Replaces MDX-only nodes under `parent` with plain Markdown, depth first. */
function rewriteChildren(parent: Parents, context: Context): void {
	const next: RootContent[] = [];
	let dropped = false;
	for (const child of parent.children as RootContent[]) {
		switch (child.type) {
			// import/export lines have no Markdown form.
			case 'mdxjsEsm':
				continue;
			// {expressions}: literals are written out, the rest (comments, code) dropped.
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const text = expressionText(child, context.constants);
				if (text === undefined) dropped = true;
				else if (child.type === 'mdxTextExpression') next.push({ type: 'text', value: text });
				else next.push({ type: 'paragraph', children: [{ type: 'text', value: text }] });
				continue;
			}
			case 'html':
				// Author comments are notes to the next writer, not part of the answer.
				if (isHtmlComment(child.value)) continue;
				next.push(child);
				continue;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const placement = child.type === 'mdxJsxFlowElement' ? 'flow' : 'text';
				next.push(...renderElement(child, placement, context));
				continue;
			}
			default: {
				// `<Aside>One line</Aside>` on a line of its own parses as a paragraph holding
				// an inline element; it is still a block.
				const alone = child.type === 'paragraph' ? soleElement(child.children) : undefined;
				if (alone) {
					next.push(...renderElement(alone, 'flow', context));
					continue;
				}
				if (hasChildren(child)) rewriteChildren(child, context);
				// A paragraph that held only an expression is left empty: drop it.
				if (child.type === 'paragraph' && child.children.length === 0) continue;
				next.push(child);
			}
		}
	}
	parent.children = (dropped ? mergeText(next) : next) as typeof parent.children;
}

/**
 * Joins the text around a dropped expression: "up to {x} emails" becomes "up to
 * emails" with one space, not two, and no space is left at either end.
 */
function mergeText(nodes: RootContent[]): RootContent[] {
	const merged: RootContent[] = [];
	for (const node of nodes) {
		const last = merged.at(-1);
		if (node.type === 'text' && last?.type === 'text') last.value = `${last.value}${node.value}`.replace(/ {2,}/g, ' ');
		else merged.push(node.type === 'text' ? { ...node, value: node.value.replace(/ {2,}/g, ' ') } : node);
	}
	const first = merged[0];
	if (first?.type === 'text') first.value = first.value.trimStart();
	const end = merged.at(-1);
	if (end?.type === 'text') end.value = end.value.trimEnd();
	return merged.filter((node) => node.type !== 'text' || node.value !== '');
}

function renderElement(element: JsxElement, placement: 'flow' | 'text', context: Context): RootContent[] {
	const holder = { type: 'root', children: element.children } as Root;
	rewriteChildren(holder, context);
	const render = element.name ? (context.components[element.name] ?? htmlElements[element.name]) : undefined;
	if (render) return render(element, holder.children, placement);
	// An HTML line break (`<br />`, as an imported table cell holds) is Markdown's: a space in a table.
	if (element.name === 'br' && placement === 'text') return [{ type: 'break' }];
	// Unknown component: keep what it says, lose the tags.
	return placement === 'flow' ? asBlocks(holder.children) : holder.children;
}

function soleElement(children: PhrasingContent[]): MdxJsxTextElement | undefined {
	const meaningful = children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
	const [only] = meaningful;
	return meaningful.length === 1 && only?.type === 'mdxJsxTextElement' ? only : undefined;
}

export interface PlainMarkdownOptions {
	/** How each MDX component becomes Markdown. Default: `<Aside>` as a titled blockquote. */
	components?: Record<string, ComponentToMarkdown>;
	/** Resolves root-relative links (`/articles/x/`) against this origin, so the text works outside the site. */
	siteUrl?: string;
	/** The page the body belongs to: its links to files and images beside it lead to where the site serves them. */
	page?: Pick<AttachmentOwner, 'kind' | 'slug'>;
	/** Shifts headings down so none is shallower than this (the document title takes the `#`). */
	minHeadingDepth?: 1 | 2 | 3;
}

function absolutize(url: string, siteUrl: string | undefined): string {
	if (!siteUrl || !url.startsWith('/') || url.startsWith('//')) return url;
	return new URL(url, siteUrl).toString();
}

function fixLinksAndHeadings(node: Nodes, options: PlainMarkdownOptions, headingShift: number): void {
	// Files and images beside the page: the build serves both under the page's address.
	const besidePage = node.type === 'link' || node.type === 'image' || node.type === 'definition';
	if (besidePage && options.page && isAttachmentLink(node.url)) {
		const address = attachmentUrl(options.page, node.url);
		if (address.ok) node.url = address.url;
	}
	if (besidePage) node.url = absolutize(node.url, options.siteUrl);
	if (node.type === 'heading' && headingShift > 0)
		node.depth = Math.min(6, node.depth + headingShift) as Heading['depth'];
	if (!hasChildren(node)) return;
	const { page } = options;
	if (page) {
		// An image the site shows but serves at no address of its own has none to give the
		// reader of the text: its description stands in for it.
		node.children = node.children.flatMap((child) =>
			isUnservedImage(child, page) ? (child.alt ? [{ type: 'text', value: `Image: ${child.alt}` }] : []) : [child],
		) as typeof node.children;
	}
	for (const child of node.children) fixLinksAndHeadings(child, options, headingShift);
}

/** An image beside the page that the site never serves as a file (an SVG, which browsers would run as a page). */
function isUnservedImage(node: Nodes, page: Pick<AttachmentOwner, 'kind' | 'slug'>): node is Image {
	return node.type === 'image' && isAttachmentLink(node.url) && !attachmentUrl(page, node.url).ok;
}

function shallowestHeading(node: Nodes): number {
	let depth = 7;
	if (node.type === 'heading') depth = node.depth;
	if (hasChildren(node)) for (const child of node.children) depth = Math.min(depth, shallowestHeading(child));
	return depth;
}

/**
 * Remark plugin: removes everything Markdown cannot say (MDX imports, exports,
 * expressions, author comments), turns known components into Markdown and unwraps
 * unknown ones, so the result never holds raw JSX.
 */
export function remarkPlainMarkdown(options: PlainMarkdownOptions = {}) {
	const components = options.components ?? defaultComponents;
	return (tree: Root) => {
		rewriteChildren(tree, { components, constants: literalExports(tree) });
		const shallowest = shallowestHeading(tree);
		const shift = shallowest <= 6 ? Math.max(0, (options.minHeadingDepth ?? 1) - shallowest) : 0;
		fixLinksAndHeadings(tree, options, shift);
		removeUnsafeMarkdownAddresses(tree);
	};
}
