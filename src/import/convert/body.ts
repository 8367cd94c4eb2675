import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { emphasisHandlers } from '../../markdown/emphasis-marker.ts';
import { cellBreak } from './cell-breaks.ts';
import { foldSummary, foldToMarkdown, isFold } from './folds.ts';
import { anchorNode, inlineAnchorNode } from './notes.ts';
import type { OutputFormat } from './types.ts';

const stringifyOptions: StringifyOptions = {
	bullet: '-',
	// `_`, but `*` inside a word (`*FTL*DNS`), where `_` is no emphasis.
	emphasis: '_',
	handlers: { ...emphasisHandlers, break: cellBreak },
	strong: '*',
	fence: '`',
	fences: true,
	rule: '-',
	listItemIndent: 'one',
	// `<https://…>` autolinks are JSX to MDX: always write `[text](url)`.
	resourceLink: true,
};

/**
 * A line of text that starts with `import ` or `export ` is a JavaScript statement to
 * MDX (a Markdown page's "import your contacts…", a Docusaurus page's import read as
 * text): its first letter is written as a character reference so it stays words.
 */
const mdxStatements: NonNullable<StringifyOptions['unsafe']> = [
	{ character: 'i', atBreak: true, after: 'mport\\b', inConstruct: 'phrasing' },
	{ character: 'e', atBreak: true, after: 'xport\\b', inConstruct: 'phrasing' },
];

const writers = {
	md: unified()
		.use(remarkGfm)
		.use(remarkStringify, {
			...stringifyOptions,
			// A fold (folds.ts) is the one JSX element a Markdown article is given: written as HTML.
			handlers: { ...stringifyOptions.handlers, mdxJsxFlowElement: foldToMarkdown } as StringifyOptions['handlers'],
		}),
	mdx: unified()
		.use(remarkGfm)
		// A title holding `"` is written in `'` (`title='The "sent" folder'`), which reads as it shows, not `&#x22;`.
		.use(remarkMdx, { quoteSmart: true })
		.use(remarkStringify, { ...stringifyOptions, unsafe: mdxStatements }),
};

/** mdast as GitHub-flavoured Markdown, or MDX; text is escaped where it would read as syntax. */
export function stringifyBody(tree: Root, format: OutputFormat): string {
	return writers[format].stringify(tree);
}

/** The heading's first or last leaf: a picture there keeps the space beside it in the heading's words. */
function edgeLeaf(node: Nodes, end: 'first' | 'last'): Nodes {
	if (!('children' in node) || node.children.length === 0) return node;
	return edgeLeaf((end === 'first' ? node.children[0] : node.children.at(-1)) as Nodes, end);
}

/**
 * A heading's words as Astro slugs them: its text without pictures' alt text, each space
 * as written. github-slugger makes every space a hyphen (`Step  1` is #step--1, a picture
 * then spaces, `![](icon.png)  Step 1`, #--step-1) and drops tabs, line ends, no-break
 * and other Unicode spaces (`Step 1:\u00a0Enable` is #step-1enable), as the build does.
 * Markdown trims the heading's edges, but not a space before a picture that ends it
 * (`## Location ![Android](…)` is `Location `, #location-), nor after one that opens it.
 */
function headingText(heading: Heading): string {
	const text = mdastText(heading, { includeImageAlt: false });
	const start = edgeLeaf(heading, 'first').type === 'image' ? text : text.replace(/^[ \t\n\r]+/, '');
	return edgeLeaf(heading, 'last').type === 'image' ? start : start.replace(/[ \t\n\r]+$/, '');
}

function sameText(a: string, b: string): boolean {
	const normal = (text: string) =>
		text
			.toLowerCase()
			.replace(/[\s\u00a0]+/g, ' ')
			.trim();
	return normal(a) === normal(b);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a page's opening heading only repeats its title, which the page shows
 * above it: the same words, or, for a page heading (`<h1>`), words all in the title.
 * Docusaurus and VitePress show a page's `# Storage and plans` as its heading and
 * keep the frontmatter's `Storage and plans FAQ` or `Backups - Self-hosting` for the
 * browser's tab; under that title here, the heading would say it again.
 */
export function repeatsTitle(text: string, depth: number, title: string): boolean {
	if (sameText(text, title)) return true;
	const heading = words(text);
	const inTitle = new Set(words(title));
	return depth === 1 && heading.length > 0 && heading.every((word) => inTitle.has(word));
}

/**
 * Page-level clean-up: the page renders the title as its only `<h1>`, so a body
 * that opens with the title (see `repeatsTitle`) loses that heading, and a body that
 * uses `<h1>` for its sections moves every heading one level down.
 */
export function normalizeHeadings(tree: Root, title: string): void {
	const first = tree.children.find((node) => node.type !== 'mdxjsEsm');
	if (first?.type === 'heading' && repeatsTitle(headingText(first), first.depth, title)) {
		tree.children.splice(tree.children.indexOf(first), 1);
	}
	let topLevel = 0;
	visit(tree, 'heading', (heading) => {
		if (heading.depth === 1) topLevel++;
	});
	// The page's one title heading under a note or a paragraph that opens the page (Sphinx
	// takes its first section title for the page's title wherever it stands): the page shows
	// the title above them, so the heading would say it again under them.
	const firstHeading = tree.children.find((node) => node.type === 'heading');
	if (
		topLevel === 1 &&
		firstHeading?.type === 'heading' &&
		firstHeading.depth === 1 &&
		repeatsTitle(headingText(firstHeading), 1, title)
	) {
		tree.children.splice(tree.children.indexOf(firstHeading), 1);
		topLevel = 0;
	}
	const hasTopLevel = topLevel > 0;
	if (!hasTopLevel) return;
	visit(tree, 'heading', (heading) => {
		heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
	});
}

/**
 * Moves up a level each heading that skips one (`##` then `####`, as editors and themes
 * that style by level let authors write), so screen readers' outline of the page, which
 * the title opens as its only `<h1>`, has no gap: a heading sits one level under the
 * nearest heading above it of a higher level in the source, and its siblings with it.
 * Its words, and so its anchor, stay. Returns how many moved.
 */
export function closeHeadingGaps(tree: Root): number {
	/** The headings above, each by its level in the source and its level here. */
	const open: { source: number; depth: number }[] = [];
	let moved = 0;
	visit(tree, 'heading', (heading) => {
		const source = heading.depth;
		while ((open.at(-1)?.source ?? 0) >= source) open.pop();
		const depth = Math.min(source, (open.at(-1)?.depth ?? 1) + 1) as Heading['depth'];
		if (depth !== source) moved++;
		heading.depth = depth;
		open.push({ source, depth });
	});
	return moved;
}

/**
 * Lists written as `<li><p>…</p></li>` come out loose, a blank line between every
 * item. An item that holds one paragraph (and perhaps a nested list) is tight.
 */
export function tightenLists(tree: Root): void {
	visit(tree, 'list', (list) => {
		const tight = list.children.every((item) => item.children.filter((child) => child.type !== 'list').length <= 1);
		if (!tight) return;
		list.spread = false;
		for (const item of list.children) item.spread = false;
	});
}

/**
 * A backslash that ends a paragraph of Markdown (`Open the sidebar:\`, or `\\`): a line
 * break needs a line after it, so Markdown shows the backslash. It is the mark an
 * editor (GitBook's) leaves for a break at the end of a block, which the old site never
 * showed. A drive's (`C:\`) stays, and a paragraph that held nothing else goes.
 */
export function dropStrayLineBreaks(tree: Root): void {
	visit(tree, 'paragraph', (paragraph, index, parent) => {
		const last = paragraph.children.at(-1);
		if (last?.type !== 'text' || !/(^|[^\\])\\$/.test(last.value) || /\b[A-Za-z]:\\$/.test(last.value)) return;
		last.value = last.value.slice(0, -1).trimEnd();
		if (last.value === '') paragraph.children.pop();
		if (paragraph.children.length > 0 || !parent || index === undefined) return;
		parent.children.splice(index, 1);
		return index;
	});
}

/**
 * Keeps the heading ids the old site wrote (`## Invite people {#invite}`, `{: #id }`,
 * an HTML heading's `id`, such as Zendesk's `h_01…`, or an `<a name>` in it): links
 * from outside the help center (bookmarks, old tickets' replies, macros, other sites)
 * still name them, and a redirect hands the `#id` on. Where the heading's anchor here
 * is another (`#invite-people`), an empty anchor with the old id stands before the
 * heading; links between imported articles are rewritten to the new anchor anyway.
 * An id that is another heading's anchor here stays off. Returns how many.
 */
export function keepChosenHeadingIds(tree: Root, format: OutputFormat): number {
	const slugger = new GithubSlugger();
	const slugs = new Set<string>();
	const chosen: { heading: Heading; parent: Parents; id: string }[] = [];
	visit(tree, 'heading', (heading, _index, parent) => {
		const slug = slugger.slug(headingText(heading));
		slugs.add(slug);
		const ids = (heading.data as { chosenIds?: string[] } | undefined)?.chosenIds ?? [];
		for (const id of ids) if (id !== slug && parent) chosen.push({ heading, parent, id });
	});
	const kept = new Set<string>();
	for (const { heading, parent, id } of chosen) {
		if (slugs.has(id) || kept.has(id)) continue;
		kept.add(id);
		const siblings = parent.children as RootContent[];
		siblings.splice(siblings.indexOf(heading), 0, anchorNode(id, format));
	}
	return kept.size;
}

/** What a step's bold title (a heading in its source, see components.ts) keeps of that heading. */
interface StepTitle {
	/** The anchors the old site gave the heading. */
	sourceIds: string[];
	/** The id of the anchor before the title here. */
	anchor?: string;
}

const stepTitleOf = (node: Paragraph | MdxJsxFlowElement) =>
	(node.data as { stepTitle?: StepTitle } | undefined)?.stepTitle;

/**
 * A step's title that was a heading on the old site (Fumadocs' `<Step>` then `### Title`)
 * is bold words here, which have no anchor of their own: an empty anchor with the id the
 * heading would have (`#fork-the-repository`) stands before them, so links into the step,
 * from other articles or from outside, keep their place; so does an accordion's
 * title (components.ts), which links opened by its slug or its `id`. An id a heading of the page has
 * takes a number after it, as the heading's own would. A fold (an accordion) takes the id
 * on its `<details>`, which a link to it scrolls to.
 */
export function keepStepTitleAnchors(tree: Root, format: OutputFormat): void {
	const slugger = new GithubSlugger();
	const taken = new Set<string>();
	visit(tree, 'heading', (heading) => {
		taken.add(slugger.slug(headingText(heading)));
	});
	visit(tree, (node) => {
		const title = node.type === 'paragraph' || isFold(node) ? stepTitleOf(node) : undefined;
		if (!title) return;
		// A fold's anchor is the id of its `<details>`: what it says is its summary.
		const words = isFold(node) ? (foldSummary(node) as PhrasingContent) : node;
		let id = slugger.slug(mdastText(words, { includeImageAlt: false }));
		while (taken.has(id)) id = slugger.slug(mdastText(words, { includeImageAlt: false }));
		if (id === '') return;
		taken.add(id);
		title.anchor = id;
		if (isFold(node)) node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
		else if (node.type === 'paragraph') node.children.unshift(inlineAnchorNode(id, format));
	});
}

/**
 * The anchor each heading gets on the built page (github-slugger over its text, as
 * Astro does), keyed by every id the source knew it by, so links into the article
 * keep their `#anchor`.
 */
export function headingAnchors(tree: Root): { anchors: Map<string, string>; slugs: Set<string> } {
	const slugger = new GithubSlugger();
	const anchors = new Map<string, string>();
	const slugs = new Set<string>();
	visit(tree, 'heading', (heading) => {
		const slug = slugger.slug(headingText(heading));
		slugs.add(slug);
		const ids = (heading.data as { sourceIds?: string[] } | undefined)?.sourceIds ?? [];
		for (const id of ids) if (!anchors.has(id)) anchors.set(id, slug);
	});
	// A step's title that was a heading keeps its anchor (keepStepTitleAnchors).
	visit(tree, (node) => {
		const title = node.type === 'paragraph' || isFold(node) ? stepTitleOf(node) : undefined;
		if (!title?.anchor) return;
		slugs.add(title.anchor);
		for (const id of title.sourceIds) if (!anchors.has(id)) anchors.set(id, title.anchor);
	});
	return { anchors, slugs };
}

export { describeFromBody, descriptionCandidates, shorten } from './describe.ts';
