import type { Expression } from 'estree';
import GithubSlugger from 'github-slugger';
import type { Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import type {
	BlockContent,
	Blockquote,
	Heading,
	Image,
	Link,
	ListItem,
	Nodes,
	Paragraph,
	Parents,
	PhrasingContent,
	Root,
	RootContent,
	Text,
} from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdc from 'remark-mdc';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sectionListBlock } from '../section-list.ts';
import type { PartialFile, SourceBody } from '../sources/types.ts';
import { unescapeBareAddresses } from './autolink-escapes.ts';
import { type AsideType, asideNode, asideTypeOf, emptyCalloutNote, leadingCalloutIcon } from './callouts.ts';
import { addressFromCode, themedImageAddress } from './code-addresses.ts';
import { codeWithoutMagicComments, codeWithoutNotation } from './code-notation.ts';
import { BLOCK_COMPONENTS, type ComponentConverter, convertComponent, linkCard, titledCode } from './components.ts';
import { definitionLists } from './definition-lists.ts';
import { dropEmptyHeadings, settleAttentionEdges, unboldHeadings } from './editor-markup.ts';
import { shortcodeEmoji } from './emoji.ts';
import { fenceLanguage, withBraceAttributes } from './fence-language.ts';
import { foldNode, saysSomething, summaryWords } from './folds.ts';
import { dashedSlug, pythonMarkdownSlug } from './heading-slugs.ts';
import { highlightMarks } from './highlights.ts';
import { htmlToMdast, keptInlineTags, resolveLink, resolveUrl } from './html.ts';
import { htmlContainerAt, withoutCardRules } from './html-containers.ts';
import { htmlHeadings, takeHeading } from './html-headings.ts';
import type { HugoSiteShortcodes } from './hugo.ts';
import { inlineImageReferences } from './image-references.ts';
import { jsxTableHast } from './jsx-tables.ts';
import { keyboardKeys } from './keyboard.ts';
import { renderMarkdownAttributes } from './markdown-attribute.ts';
import { mdcCode, mdcComponents, mdcWritten } from './mdc.ts';
import { embeddedPageLink, hostedVideoLink, mediaLink } from './media.ts';
import { mintlifyBadgeHeadingIds } from './mintlify-heading-ids.ts';
import { isImportedIcon, type MkdocsIcons, mkdocsIconShortcodes } from './mkdocs-icons.ts';
import { inlineHiliteCode, withoutTocMarker } from './mkdocs-inline.ts';
import { anchorNode, importNote, missingEmbed, unconvertedComponent } from './notes.ts';
import { packageInstallCode } from './package-install.ts';
import { htmlCommentsAsMdx, preprocess } from './preprocess.ts';
import { pymdownxMarks } from './pymdownx-marks.ts';
import { unlinkAddressesInAnchors } from './raw-anchors.ts';
import { type BlockConverter, blockKindOf, sourceBlock } from './source-blocks.ts';
import { type ComponentProps, renderStaticComponent } from './static-component.ts';
import { attributeText } from './string-attribute.ts';
import { dropDarkThemePictures } from './theme-pictures.ts';
import { pageConstants } from './type-table.ts';
import type { ConversionNote, ConvertContext, OutputFormat } from './types.ts';
import { vueComponentBlocks } from './vue-components.ts';

const parsers = {
	md: unified().use(remarkParse).use(remarkGfm).use(remarkDirective),
	mdx: unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMdx),
	// MkDocs' Python-Markdown: `~2~` is a subscript (pymdownx.tilde) or words, never struck through (pymdownx-marks.ts).
	pythonMarkdown: unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkDirective),
	// Nuxt Content's MDC (mdc.ts), where `::name` opens a component, not remark-directive's leaf.
	mdc: unified().use(remarkParse).use(remarkGfm).use(remarkMdc),
};

type Directive = Extract<Nodes, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>;
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const componentCallouts: Record<string, AsideType | 'from-type'> = {
	aside: 'from-type',
	admonition: 'from-type',
	callout: 'from-type',
	note: 'note',
	info: 'note',
	tip: 'tip',
	check: 'tip',
	warning: 'caution',
	caution: 'caution',
	danger: 'danger',
	error: 'danger',
};

function stringAttribute(node: Jsx, name: string): string | undefined {
	const attribute = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name,
	);
	return attribute ? attributeText(attribute.value) : undefined;
}

/**
 * An attribute holding an address, written as text or as code a docs site resolves when
 * it builds (`src={useBaseUrl('img/plan.png')}`, `src={require('./plan.png').default}`).
 */
function addressAttribute(node: Jsx, name: string): string | undefined {
	const attribute = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name,
	);
	if (typeof attribute?.value === 'string') return attribute.value;
	if (!attribute?.value) return undefined;
	// Docusaurus' <ThemedImage> names a picture per colour theme.
	return name === 'sources' ? themedImageAddress(attribute.value.value) : addressFromCode(attribute.value.value);
}

/** How an attribute was written, for a note: `src={chartFor('pro')}`, or `no src` when there is none. */
function codeAttributeText(node: Jsx, name: string): string {
	const attribute = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name,
	);
	if (!attribute?.value) return `no ${name}`;
	const value = typeof attribute.value === 'string' ? attribute.value : `{${attribute.value.value.trim()}}`;
	return `${name}=${value.length > 60 ? `${value.slice(0, 60)}…` : value}`;
}

/** The address of a `<video>`'s first `<source src>`, for a video that names its file there. */
function sourceChildSrc(node: Jsx): string | undefined {
	for (const child of node.children) {
		if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'source')
			return addressAttribute(child, 'src');
	}
	return undefined;
}

function sourceText(source: string, node: Nodes): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	return start === undefined || end === undefined ? mdastText(node) : source.slice(start, end);
}

/** Converts the paragraph or block that holds raw HTML through the same HTML converter as help-center bodies. */
function convertHtmlIn(node: Nodes, context: ConvertContext, notes: ConversionNote[]): RootContent[] {
	const hast = raw(toHast(node, { allowDangerousHtml: true }) as HastRoot);
	const root = (hast.type === 'root' ? hast : { type: 'root', children: [hast] }) as HastRoot;
	renderMarkdownAttributes(root);
	return convertHast(root, context, notes, true);
}

/**
 * HTML through the HTML converter, its links and pictures left as written for the
 * Markdown conversion to resolve. `fromHtml` marks its pictures as raw HTML's, whose
 * paths generators leave as written.
 */
function convertHast(
	root: HastRoot,
	context: ConvertContext,
	notes: ConversionNote[],
	fromHtml: boolean,
): RootContent[] {
	const converted = htmlToMdast(root, {
		...context,
		baseUrl: undefined,
		link: (href) => ({ kind: 'kept', href }),
		image: (src) => ({ kind: 'copied', src }),
	});
	notes.push(...converted.notes);
	// Generators leave raw HTML's paths as written, where they resolve a Markdown image's from its file.
	if (fromHtml)
		visit(converted.tree, 'image', (image) => {
			image.data = { ...image.data, fromHtml: true } as Image['data'];
		});
	return converted.tree.children;
}

/**
 * An HTML table written in an MDX page: a Markdown table (jsx-tables.ts). Undefined, with
 * a note to review, when it holds code the import cannot read as HTML.
 */
function jsxTable(node: Jsx, parent: Parents, state: Transform): RootContent[] | undefined {
	const result = jsxTableHast(node);
	if (result.kind === 'unreadable') {
		state.notes.push({
			level: 'review',
			message: `an HTML table holding ${result.what} could not become a Markdown table: its cells are kept one after another; check how they read`,
			line: fileLine(node, state),
		});
		return undefined;
	}
	return convertHast(result.tree, state.context, state.notes, false).flatMap((child) =>
		transformNode(child, parent, state),
	);
}

/**
 * The folder a docs page was served as (`guide/setup.md` at `guide/setup/`, as MkDocs,
 * Hugo and Starlight serve it), from which browsers read its raw HTML's relative paths.
 * Undefined for a page that is no file, or one that already is its folder's page
 * (`index.md`, `README.md`).
 */
function pageFolderUrl(baseUrl: string | undefined): string | undefined {
	if (!baseUrl?.startsWith('file:')) return undefined;
	const name = /\/([^/]+)\.(?:mdx?|mdoc|markdown)$/i.exec(baseUrl)?.[1];
	if (!name || /^(?:_?index|readme)$/i.test(name)) return undefined;
	return baseUrl.replace(/\.(?:mdx?|mdoc|markdown)$/i, '/');
}

/** Raw HTML anywhere inside: in emphasis, a link or a table cell as well as at the top. */
function hasHtml(node: Nodes): boolean {
	if (node.type === 'html') return true;
	return 'children' in node && (node.children as Nodes[]).some(hasHtml);
}

function hasImage(node: Nodes): boolean {
	return node.type === 'image' || ('children' in node && (node.children as Nodes[]).some(hasImage));
}

/** Blocks whose raw HTML is converted with the whole block, so the HTML and the Markdown around it stay one piece. */
const HTML_HOLDERS = new Set(['paragraph', 'heading', 'table']);

/**
 * Obsidian's callout types beyond the words every generator shares (`calloutWords`), by
 * the look Obsidian gives them; any other word is a note, as Obsidian shows it.
 */
const OBSIDIAN_CALLOUTS: Record<string, AsideType> = {
	abstract: 'note',
	summary: 'note',
	tldr: 'note',
	todo: 'note',
	example: 'note',
	quote: 'note',
	cite: 'note',
	question: 'tip',
	help: 'tip',
	faq: 'tip',
	done: 'tip',
	failure: 'danger',
	fail: 'danger',
	missing: 'danger',
	bug: 'danger',
};

/**
 * A GitHub alert (`> [!NOTE]`) or an Obsidian callout (`> [!tip]- Its title`, folded
 * or not: on a help center page it is open) as an aside.
 */
function githubAlert(node: Blockquote): { type: AsideType; title?: string; children: BlockContent[] } | undefined {
	const first = node.children[0];
	if (first?.type !== 'paragraph') return undefined;
	const lead = first.children[0];
	if (lead?.type !== 'text') return undefined;
	const match = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)\n?/.exec(lead.value);
	if (!match?.[1]) return undefined;
	const word = match[1].toLowerCase();
	const type = asideTypeOf(word) ?? OBSIDIAN_CALLOUTS[word] ?? 'note';
	// The title is the rest of the first line, when it is plain words.
	const titled = match[2]?.trim() !== '' && (lead.value.includes('\n') || first.children.length === 1);
	const title = titled ? match[2]?.trim() : undefined;
	const rest = titled ? lead.value.slice(match[0].length) : lead.value.slice(match[0].length - (match[2]?.length ?? 0));
	return { type, title, children: quoteContentAfter(node, titled ? rest : rest.trimStart()) };
}

/**
 * A quote's content once the words that made it a callout are taken off the start of
 * its first paragraph, `rest` being what is left of that paragraph's first text.
 */
function quoteContentAfter(node: Blockquote, rest: string): BlockContent[] {
	const first = node.children[0] as Paragraph;
	const lead = first.children[0] as Text;
	const paragraphChildren = [
		...(rest.trim() ? [{ ...lead, value: rest }] : []),
		...first.children.slice(1),
	] as PhrasingContent[];
	return [
		...(paragraphChildren.length > 0 ? [{ ...first, children: paragraphChildren }] : []),
		...node.children.slice(1),
	] as BlockContent[];
}

/** The text of a template string with nothing computed in it (`` `npm install x` ``), as JavaScript reads it. */
function templateText(code: string): string | undefined {
	const match = /^`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`$/.exec(code);
	return match?.[1]?.replace(/\\([\s\S])/g, '$1');
}

/** Lines without the indentation they share and without blank lines around them. */
function dedented(text: string): string {
	const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
	const indent = Math.min(
		...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0),
	);
	return lines.map((line) => line.slice(indent)).join('\n');
}

/**
 * A quote that opens with a callout's icon (`> 📘 Title`, then the body), as ReadMe
 * writes its callouts: the first line is the title when more follows it, else the
 * callout's only words.
 */
function iconCallout(node: Blockquote): { type: AsideType; title?: string; children: BlockContent[] } | undefined {
	const first = node.children[0];
	if (first?.type !== 'paragraph') return undefined;
	const lead = first.children[0];
	if (lead?.type !== 'text') return undefined;
	const icon = leadingCalloutIcon(lead.value);
	if (!icon) return undefined;
	const newline = icon.rest.indexOf('\n');
	const firstLine = (newline === -1 ? icon.rest : icon.rest.slice(0, newline)).trim();
	const moreInParagraph = newline !== -1 || first.children.length > 1;
	const titled = firstLine !== '' && (newline !== -1 || (!moreInParagraph && node.children.length > 1));
	const rest = titled ? (newline === -1 ? '' : icon.rest.slice(newline + 1)) : icon.rest;
	return { type: icon.type, title: titled ? firstLine : undefined, children: quoteContentAfter(node, rest) };
}

/**
 * Whether a link's words are only where it leads (`[billing.md](billing.md)`,
 * `[setup](guides/setup/)`, a GitBook mention), so readers should see the page's title.
 * A plain word that is also the file's name (not written as code or with the name's
 * `-`, `_` or `.`) is the author's when the link stands in a sentence (`none of the
 * [sensors](sensors.md) run`): the page's title there would break the sentence.
 */
function wordsAreAddress(link: Link, parent: Parents): boolean {
	if (link.title === 'mention') return true;
	const words = mdastText(link).trim();
	const bare = (text: string) =>
		text
			.replace(/[?#].*$/, '')
			.replace(/\/+$/, '')
			.replace(/\.(mdx?|mdoc|markdown)$/i, '')
			.toLowerCase();
	const last = bare(link.url).split('/').at(-1) ?? '';
	if (words === '' || (bare(words) !== bare(link.url) && bare(words) !== last)) return false;
	const asCode = link.children.length === 1 && link.children[0]?.type === 'inlineCode';
	return asCode || /[-_./\\]/.test(words) || !standsInSentence(link, parent);
}

/**
 * Whether an inline node reads as part of a sentence: words before it in its
 * paragraph, or words (not a `:` or a dash that starts a description) right after it.
 */
function standsInSentence(node: RootContent, parent: Parents): boolean {
	const siblings = parent.children as RootContent[];
	const index = siblings.indexOf(node);
	if (index === -1) return false;
	const before = siblings.slice(0, index).some((sibling) => /[\p{L}\p{N}]/u.test(mdastText(sibling)));
	const next = siblings[index + 1];
	const after = next !== undefined && /^\s*[\p{L}\p{N}]/u.test(mdastText(next));
	return before || after;
}

interface Transform {
	source: string;
	context: ConvertContext;
	notes: ConversionNote[];
	/** The depth of the last heading at the top of the page, for headings the conversion adds under it. */
	headingDepth: number;
	/** Mintlify: a code block's title is the words of its meta after the language (```` ```ts app.ts ````). */
	metaTitles: boolean;
	/** Docusaurus: whole-line `// highlight-next-line` comments are no code (see `codeWithoutMagicComments`). */
	magicComments: boolean;
	/** The MDX files the page shows as components, by name (see `PartialFile`). */
	partials: Record<string, PartialFile>;
	/** The string attributes of the partial being written in, for its `{props.name}`. */
	props: Record<string, string>;
	/** How many partials deep the conversion is. */
	depth: number;
	/** The values the page declares (`export const`), by name (see `ComponentConverter`). */
	constants: ReadonlyMap<string, Expression>;
	/** The file's line a line of the parsed text stands for, when it is known (see `SourceBody`). */
	fileLine: (line: number) => number | undefined;
	/** Nuxt Content: the page is MDC, its components read by mdc.ts. */
	mdc: boolean;
}

const PARTIAL_DEPTH = 4;

/** The line of the file a node starts on, when it is known (not a partial's, not a line the import added). */
function fileLine(node: { position?: { start: { line: number } } }, state: Transform): number | undefined {
	const at = node.position?.start.line;
	return state.depth === 0 && at !== undefined ? state.fileLine(at) : undefined;
}

/** The kind of list a component made (cards, fields, steps), so the items of neighbouring ones make one list. */
const componentList = (node: RootContent | undefined) =>
	node?.type === 'list' ? (node.data as { componentList?: string } | undefined)?.componentList : undefined;

function transformChildren(parent: Parents, state: Transform) {
	const out: RootContent[] = [];
	let removedInline = false;
	const children = parent.children as RootContent[];
	for (let index = 0; index < children.length; index++) {
		const child = children[index] as RootContent;
		const container = htmlContainerAt(children, index);
		let converted: RootContent[];
		if (container) {
			// `<div class="note">`, Markdown, `</div>`: the Markdown is the element's content.
			const content = { type: 'blockquote', children: children.slice(container.start, container.end) } as Blockquote;
			transformChildren(content, state);
			const blocks = content.children as BlockContent[];
			if (container.cards) withoutCardRules(blocks);
			converted = container.fold
				? htmlFold(container.fold, blocks, state)
				: container.callout
					? [asideNode(container.callout, container.title, blocks, state.context.format)]
					: blocks;
			index = container.end;
		} else converted = transformNode(child, parent, state);
		// An inline element that went with nothing in its place (an icon) leaves one space between the words around it.
		if (converted.length === 0 && child.type === 'mdxJsxTextElement') removedInline = true;
		for (const node of converted) {
			const last = out.at(-1);
			if (removedInline && node.type === 'text' && last?.type === 'text' && /\s$/.test(last.value)) {
				node.value = node.value.replace(/^[ \t]+/, '');
				// Nor a space before the punctuation that followed it.
				if (/^[.,;:!?)]/.test(node.value)) last.value = last.value.replace(/[ \t]+$/, '');
			}
			removedInline = false;
			const kind = componentList(node);
			if (kind && last?.type === 'list' && node.type === 'list' && componentList(last) === kind) {
				last.children.push(...node.children);
				last.spread = last.spread || node.spread;
			} else out.push(node);
		}
	}
	(parent as { children: RootContent[] }).children = out;
}

/**
 * A `<details>` written around Markdown: its summary is HTML (CommonMark reads no
 * Markdown on the summary's line, kramdown's `markdown="span"` does), read as the
 * page's other HTML is.
 */
function htmlFold(fold: { summary: string; open: boolean }, blocks: RootContent[], state: Transform): RootContent[] {
	const words = fold.summary.replace(/^<summary\b/i, '<span').replace(/<\/summary>$/i, '</span>');
	const holder: Root = {
		type: 'root',
		children: convertHtmlIn({ type: 'html', value: `<p>${words}</p>` }, state.context, state.notes),
	};
	transformChildren(holder, state);
	const summary = summaryWords(holder.children);
	return saysSomething(summary) ? [foldNode(summary, blocks, fold.open)] : blocks;
}

/**
 * A paragraph that holds nothing but block components written inline
 * (`<Card title="A">Text.</Card>` on one line) as those components, each a block.
 */
function inlineBlocks(paragraph: Extract<RootContent, { type: 'paragraph' }>): MdxJsxFlowElement[] | undefined {
	const elements = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
	if (
		elements.length === 0 ||
		!elements.every((child) => child.type === 'mdxJsxTextElement' && BLOCK_COMPONENTS.has(child.name ?? ''))
	)
		return undefined;
	return (elements as MdxJsxTextElement[]).map((element) => ({
		...element,
		type: 'mdxJsxFlowElement',
		children: element.children.length > 0 ? [{ type: 'paragraph', children: element.children }] : [],
	}));
}

function componentConverter(parent: Parents, state: Transform): ComponentConverter {
	return {
		children: (of) => {
			transformChildren(of, state);
			return of.children as RootContent[];
		},
		node: (made) => transformNode(made, { type: 'paragraph', children: [] }, state),
		notes: state.notes,
		format: state.context.format,
		headingDepth: parent.type === 'root' ? state.headingDepth : undefined,
		constants: state.constants,
	};
}

function transformNode(node: RootContent, parent: Parents, state: Transform): RootContent[] {
	const { context, notes } = state;
	const flow =
		parent.type === 'root' ||
		parent.type === 'blockquote' ||
		parent.type === 'listItem' ||
		parent.type === 'containerDirective' ||
		parent.type === 'mdxJsxFlowElement';
	switch (node.type) {
		case 'mdxjsEsm':
			notes.push({ level: 'info', message: 'import and export lines were removed' });
			return [];
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const code = node.value.trim();
			if (code === '' || /^\/\*[\s\S]*\*\/$/.test(code)) return [];
			// A partial's `{props.name}` (Docusaurus) or `{name}` (Mintlify snippets) is an attribute of the element.
			// A string written as an expression (`{" "}`, which JSX formatters put between words) is its text.
			const literal = /^(["'`])([^"'`\\]*)\1$/.exec(code)?.[2];
			if (literal !== undefined && literal.trim() === '') {
				// `{" "}`, which formatters write where a line breaks, shows nothing at a line's end or on a line of its own.
				const siblings = parent.children as RootContent[];
				const next = siblings[siblings.indexOf(node) + 1];
				const atLineEnd = next === undefined || (next.type === 'text' && /^\s*\n/.test(next.value));
				if (node.type === 'mdxFlowExpression' || atLineEnd) return [];
			}
			if (literal !== undefined && node.type === 'mdxTextExpression') return [{ type: 'text', value: literal }];
			const prop = /^(?:props\.)?([\w$]+)$/.exec(code)?.[1];
			if (prop !== undefined && Object.hasOwn(state.props, prop)) {
				const value: PhrasingContent = { type: 'text', value: state.props[prop] ?? '' };
				return node.type === 'mdxTextExpression' ? [value] : [{ type: 'paragraph', children: [value] }];
			}
			// A block of text written as a template string: ReadMe's `<HTMLBlock>{`<p>…</p>`}</HTMLBlock>` holds
			// HTML; a site's own component (`<Terminal>{`npm install x`}</Terminal>`) holds code.
			const template = node.type === 'mdxFlowExpression' ? templateText(code) : undefined;
			if (template !== undefined) {
				if (parent.type === 'mdxJsxFlowElement' && parent.name === 'HTMLBlock')
					return convertHtmlIn({ type: 'root', children: [{ type: 'html', value: template }] }, context, notes).flatMap(
						(child) => transformNode(child, parent, state),
					);
				return template.trim() === '' ? [] : [{ type: 'code', lang: null, meta: null, value: dedented(template) }];
			}
			notes.push({
				level: 'review',
				message: `an expression {${code.slice(0, 60)}} could not be evaluated`,
				line: fileLine(node, state),
			});
			return node.type === 'mdxFlowExpression'
				? [importNote(missingEmbed('a computed value'), undefined, context.format)]
				: [];
		}
		case 'containerDirective':
		case 'leafDirective':
		case 'textDirective':
			return directive(node, parent, state);
		case 'heading':
			if (parent.type === 'root') state.headingDepth = node.depth;
			break;
		case 'code': {
			// VitePress' and VuePress' `js{4}` and `ts:line-numbers` name the language `js` and `ts`.
			// Nuxt Content's ```` ```ts [app.ts] ```` names the file in brackets.
			// Hugo's ```` ```yaml {filename="app.yaml"} ```` names the file in braces.
			const written = state.mdc ? mdcCode(node) : node;
			const fence = { ...written, ...withBraceAttributes(written.lang, written.meta) };
			const code = { ...fence, lang: fenceLanguage(fence.lang) };
			return titledCode(
				packageInstallCode(codeWithoutNotation(state.magicComments ? codeWithoutMagicComments(code) : code)),
				state.metaTitles,
			);
		}
		case 'paragraph': {
			const blocks = inlineBlocks(node);
			if (blocks) return blocks.flatMap((block) => transformNode(block, parent, state));
			break;
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return jsx(node, parent, state);
		case 'html': {
			if (!flow) return [node];
			return convertHtmlIn({ type: 'root', children: [node] }, context, notes).flatMap((child) =>
				transformNode(child, parent, state),
			);
		}
		case 'blockquote': {
			const alert = githubAlert(node) ?? iconCallout(node);
			if (alert) {
				const aside = { type: 'blockquote', children: alert.children } as Blockquote;
				transformChildren(aside, state);
				return [asideNode(alert.type, alert.title, aside.children as BlockContent[], context.format)];
			}
			break;
		}
		case 'link': {
			const outcome = context.link(resolveLink(node.url, context));
			if (outcome.kind === 'unlinked') {
				transformChildren(node, state);
				return node.children;
			}
			const wordsAreItsAddress = wordsAreAddress(node, parent);
			node.url = outcome.href;
			if (outcome.kind === 'rewritten' && outcome.title && wordsAreItsAddress) {
				// GitBook writes a page mention or a content card as the file's name: readers see the page's title.
				node.children = [{ type: 'text', value: outcome.title }];
			}
			// `mention` only marks words the import may replace by the page's title: no reader should see it as a tooltip.
			if (node.title === 'mention') node.title = null;
			transformChildren(node, state);
			if (mdastText(node).trim() !== '' || hasImage(node)) return [node];
			// A link that showed only an icon: in a heading it would change the anchor, elsewhere it would be invisible.
			if (parent.type === 'heading') {
				notes.push({ level: 'info', message: 'a link that showed only an icon was taken out of a heading' });
				return [];
			}
			node.children = [
				{ type: 'text', value: outcome.kind === 'rewritten' && outcome.title ? outcome.title : node.url },
			];
			return [node];
		}
		case 'image': {
			const page = embeddedPageLink(resolveUrl(node.url, context.baseUrl), node.alt ?? undefined);
			if (page) {
				notes.push({ level: 'info', message: 'a video or post embedded as an image became a link to it' });
				return [{ type: 'link', url: page.url, children: [{ type: 'text', value: page.text }] }];
			}
			const fromHtml = (node.data as { fromHtml?: boolean } | undefined)?.fromHtml === true;
			const folder = fromHtml ? pageFolderUrl(context.baseUrl) : undefined;
			node.url = context.image(
				resolveUrl(node.url, context.baseUrl),
				folder === undefined ? undefined : resolveUrl(node.url, folder),
			).src;
			// `![ ](arrow.png)` is an icon with nothing to say: an empty alt, which screen readers skip, not a blank one they stumble on.
			if (node.alt && node.alt.trim() === '') node.alt = '';
			return [node];
		}
		case 'definition': {
			const url = resolveUrl(node.url, context.baseUrl);
			const outcome = /\.(png|jpe?g|gif|svg|webp|avif)(?:[?#]|$)/i.test(url)
				? context.image(url)
				: context.link(resolveLink(node.url, context));
			if (outcome.kind === 'unlinked') return [];
			node.url = 'src' in outcome ? outcome.src : outcome.href;
			return [node];
		}
	}
	if ('children' in node) {
		if (HTML_HOLDERS.has(node.type) && hasHtml(node)) {
			unlinkAddressesInAnchors(node, state.source);
			const converted = convertHtmlIn(node, context, notes);
			// A heading keeps the anchors its source had, for links into it, and the ids written
			// in it (GitBook's `<a href="#x" id="x"></a>`, where the old site served the heading)
			// stay as anchors for links from outside (keepChosenHeadingIds).
			const only = converted.length === 1 ? converted[0] : undefined;
			if (node.type === 'heading' && only?.type === 'heading') {
				type Ids = { sourceIds?: string[]; chosenIds?: string[] } | undefined;
				const ids = (data: unknown, key: 'sourceIds' | 'chosenIds') => (data as Ids)?.[key] ?? [];
				only.data = {
					...node.data,
					sourceIds: [...new Set([...ids(node.data, 'sourceIds'), ...ids(only.data, 'sourceIds')])],
					chosenIds: [...new Set([...ids(node.data, 'chosenIds'), ...ids(only.data, 'chosenIds')])],
				} as Heading['data'];
			}
			return converted.flatMap((child) => transformNode(child, parent, state));
		}
		transformChildren(node, state);
	}
	return [node];
}

function directive(node: Directive, parent: Parents, state: Transform): RootContent[] {
	if (node.type === 'leafDirective' && blockKindOf(node.name) === 'sectionList') {
		// A reader's mark for a component that listed the section's pages (`<AutoCatalog />`, `{{% children %}}`).
		const { nodes, note } = sectionListBlock(
			node.attributes?.syntax ?? 'a list of pages',
			state.context.sectionList?.(node.attributes?.by === 'navigation' ? 'navigation' : 'folder'),
			{
				descriptions: node.attributes?.descriptions === 'true',
				format: state.context.format,
				line: fileLine(node, state),
			},
		);
		if (note) state.notes.push(note);
		return nodes;
	}
	if (node.type !== 'containerDirective') {
		// `:name` in running text is no directive to the author: keep it as it was written.
		const text = sourceText(state.source, node);
		return node.type === 'textDirective'
			? writtenText(text)
			: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
	}
	const labelParagraph = node.children[0];
	const hasLabel =
		labelParagraph?.type === 'paragraph' &&
		(labelParagraph.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
	const title = hasLabel ? mdastText(labelParagraph).trim() || undefined : undefined;
	const body = { ...node, children: hasLabel ? node.children.slice(1) : node.children } as Directive & Parents;
	const kind = blockKindOf(node.name);
	if (kind === 'fold') return foldBlock(node, hasLabel ? labelParagraph : undefined, body, state);
	if (kind) {
		const converter: BlockConverter = {
			children: (of) => {
				transformChildren(of, state);
				return of.children as RootContent[];
			},
			link: (link) => transformNode(link, { type: 'paragraph', children: [] }, state) as PhrasingContent[],
			notes: state.notes,
			format: state.context.format,
			headingDepth: parent.type === 'root' ? state.headingDepth : undefined,
			line: fileLine(node, state),
		};
		return sourceBlock(kind, { ...node, children: body.children } as typeof node, title, converter);
	}
	transformChildren(body, state);
	const type = asideTypeOf(node.name);
	if (type && body.children.length === 0 && !title) {
		state.notes.push({ ...emptyCalloutNote(`a ":::${node.name}" block`), line: fileLine(node, state) });
		return [];
	}
	if (type) return [asideNode(type, title, body.children as BlockContent[], state.context.format)];
	state.notes.push({
		level: 'review',
		message: `a ":::${node.name}" block was not converted; its content is kept`,
		line: fileLine(node, state),
	});
	// Its title, which the old site showed above the content, stays above it.
	const titled: RootContent[] = title
		? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] }]
		: [];
	return [
		importNote(unconvertedComponent(`:::${node.name}`, body.children.length > 0), undefined, state.context.format),
		...titled,
		...(body.children as RootContent[]),
	];
}

/**
 * A fold a reader wrote (`:::tryblock-fold[Summary]{open="true"}`): its summary keeps its
 * Markdown; one that says nothing leaves its content open, as a fold without a summary
 * could not say what it hides.
 */
function foldBlock(
	node: Directive,
	label: Paragraph | undefined,
	body: Directive & Parents,
	state: Transform,
): RootContent[] {
	if (label) transformChildren(label, state);
	transformChildren(body, state);
	const words = label ? summaryWords(label.children as RootContent[]) : [];
	const children = body.children as RootContent[];
	if (!saysSomething(words)) return children;
	return [foldNode(words, children, node.attributes?.open === 'true')];
}

/**
 * A component that leads somewhere (a link card, a button, Next.js' `<Link href>`) is,
 * for a reader, a link: its words (or a block's `title` or `label`, its words then
 * following the link), else its address.
 */
function componentLink(node: Jsx, href: string, parent: Parents, state: Transform): RootContent[] {
	state.notes.push({ level: 'info', message: `the <${node.name}> component became a link` });
	const label = stringAttribute(node, 'title') ?? stringAttribute(node, 'label') ?? stringAttribute(node, 'text');
	const [only] = node.children;
	const inline = node.type === 'mdxJsxTextElement';
	const words = (
		inline ? node.children : !label && node.children.length === 1 && only?.type === 'paragraph' ? only.children : []
	) as PhrasingContent[];
	const hasWords = mdastText({ type: 'paragraph', children: words }).trim() !== '';
	// Spaces just inside the tag (`<Link href="…"> Better Call </Link>`) stand outside the link,
	// unless the words beside the tag have them already.
	const first = words[0];
	const last = words.at(-1);
	const siblings = parent.children as RootContent[];
	const spaced = (sibling: RootContent | undefined, pattern: RegExp) =>
		sibling === undefined || (sibling.type === 'text' && pattern.test(sibling.value));
	const before =
		hasWords &&
		first?.type === 'text' &&
		/^\s/.test(first.value) &&
		!spaced(siblings[siblings.indexOf(node) - 1], /\s$/);
	const after =
		hasWords && last?.type === 'text' && /\s$/.test(last.value) && !spaced(siblings[siblings.indexOf(node) + 1], /^\s/);
	if (hasWords && first?.type === 'text') first.value = first.value.trimStart();
	if (hasWords && last?.type === 'text') last.value = last.value.trimEnd();
	const link: RootContent = {
		type: 'link',
		url: href,
		children: hasWords ? words : [{ type: 'text', value: label ?? href }],
	};
	const converted = [
		...(before ? [{ type: 'text', value: ' ' } as PhrasingContent] : []),
		...(transformNode(link, parent, state) as PhrasingContent[]),
		...(after ? [{ type: 'text', value: ' ' } as PhrasingContent] : []),
	];
	if (inline) return converted;
	// Starlight's `<LinkCard description>` shows it beside the link's words.
	const description = stringAttribute(node, 'description');
	if (description) converted.push({ type: 'text', value: `: ${description.replace(/\s+/g, ' ')}` });
	if (hasWords) return [{ type: 'paragraph', children: converted }];
	transformChildren(node, state);
	return [{ type: 'paragraph', children: converted }, ...(node.children as RootContent[])];
}

/**
 * The words after an inline element that is left out, when nothing but white space stood
 * before it in its link, heading or paragraph: their leading spaces (no-break ones
 * included, as `&nbsp;` after an icon) go, since nothing is left for them to part.
 */
function openWithWords(node: Jsx, parent: Parents): void {
	const siblings = parent.children as RootContent[];
	const at = siblings.indexOf(node);
	const blank = (child: RootContent | undefined) => child?.type === 'text' && child.value.trim() === '';
	if (at < 0 || !siblings.slice(0, at).every(blank)) return;
	const next = siblings[at + 1];
	if (next?.type === 'text') next.value = next.value.replace(/^[\s\u00a0]+/, '');
}

function jsx(node: Jsx, parent: Parents, state: Transform): RootContent[] {
	const { context, notes } = state;
	// What the import itself wrote in (an icon's symbol, named for screen readers) is already the help center's.
	if (isImportedIcon(node)) return [node];
	const name = node.name ?? '';
	// A component an MDC page wrote (`::shiny-card`) is named in notes as it was written.
	const written = mdcWritten(node);
	const shown = written ? `\`${written}\`` : `<${name}>`;
	const partial =
		name === 'Snippet'
			? `Snippet:${stringAttribute(node, 'file')}`
			: name === 'include'
				? `include:${mdastText(node).trim()}`
				: // A Nuxt Content site's `:partial{content="…"}` (see mdc-partials.ts).
					name === 'Partial' && written
					? `Partial:${stringAttribute(node, 'content')}`
					: name;
	const file = Object.hasOwn(state.partials, partial) ? (state.partials[partial] as PartialFile) : undefined;
	if (file?.invisible) {
		notes.push({ level: 'info', message: `the <${name}> component was left out: it ${file.invisible}` });
		return [];
	}
	const site = file?.component;
	if (site) {
		const shown = siteComponent(node, site, state);
		if (shown) return shown;
	} else if (file) return writePartial(node, file, state);
	/** Whose the component is, in notes: the site's own file, which the import could not read, when it is one. */
	const whose = site ? ` (the site's own, in ${site.file}, which the import cannot read)` : '';
	if (name === 'include') {
		// A file not in the folder (its reading said so) or no Markdown file: its path would read as words.
		if (!notes.some((note) => note.message.includes('so <include> could not')))
			notes.push({
				level: 'review',
				message: `<include>${mdastText(node).trim()}</include> could not be written in`,
				line: fileLine(node, state),
			});
		return [importNote(unconvertedComponent('<include>', false), undefined, context.format)];
	}
	// A site's own callout component (`<GitHubCallout type="warning">`) reads as the others do.
	const callout =
		componentCallouts[name.toLowerCase()] ?? (/[a-z](?:Callout|Admonition)$/.test(name) ? 'from-type' : undefined);
	if (callout && /^[A-Z]/.test(name)) {
		transformChildren(node, state);
		// ReadMe names the kind as `theme` (`<Callout icon="📘" theme="info">`).
		const kind = stringAttribute(node, 'type') ?? stringAttribute(node, 'theme') ?? 'note';
		const type = callout === 'from-type' ? (asideTypeOf(kind) ?? 'note') : callout;
		const children = node.children as BlockContent[];
		const blocks: BlockContent[] =
			node.type === 'mdxJsxTextElement'
				? [{ type: 'paragraph', children: children as unknown as PhrasingContent[] }]
				: children;
		return [asideNode(type, stringAttribute(node, 'title'), blocks, context.format)];
	}
	if (name === 'img' || name === 'ThemedImage') {
		const src = addressAttribute(node, name === 'img' ? 'src' : 'sources');
		if (!src) {
			// Left out without a word, the picture would be lost: say where it stood.
			notes.push({
				level: 'review',
				message: `a picture whose address is code the import cannot read (${codeAttributeText(node, name === 'img' ? 'src' : 'sources')}) was not imported`,
				line: fileLine(node, state),
			});
			return node.type === 'mdxJsxFlowElement'
				? [importNote(missingEmbed('a picture'), undefined, context.format)]
				: [];
		}
		const image = {
			type: 'image' as const,
			url: context.image(resolveUrl(src, context.baseUrl)).src,
			alt: stringAttribute(node, 'alt') ?? '',
		};
		return node.type === 'mdxJsxFlowElement' ? [{ type: 'paragraph', children: [image] }] : [image];
	}
	if (name === 'br') return [{ type: 'break' }];
	// A card written as a block link (`<a href><h2>Billing</h2><p>…</p></a>`): its heading links, its words follow.
	const cardTitle = name === 'a' && node.type === 'mdxJsxFlowElement' ? takeHeading(node) : undefined;
	if (cardTitle && stringAttribute(node, 'href')) {
		const link: RootContent = { type: 'link', url: stringAttribute(node, 'href') ?? '', children: cardTitle.children };
		const rest: Root = { type: 'root', children: node.children as RootContent[] };
		transformChildren(rest, state);
		return [{ ...cardTitle, children: transformNode(link, cardTitle, state) as PhrasingContent[] }, ...rest.children];
	}
	// A card whose title is an element of its own (`<a href><div>Billing</div><div>Plans and invoices</div></a>`): a card, as a `<Card>` is.
	const titled = name === 'a' && node.type === 'mdxJsxFlowElement' ? titledWords(node) : undefined;
	if (titled && stringAttribute(node, 'href')) {
		const link: RootContent = { type: 'link', url: stringAttribute(node, 'href') ?? '', children: titled.title };
		const words: Paragraph = { type: 'paragraph', children: titled.rest };
		transformChildren(words, state);
		return [linkCard(transformNode(link, words, state) as PhrasingContent[], words.children)];
	}
	if (name === 'a' && stringAttribute(node, 'href')) {
		// A link on lines of its own (a button) is a paragraph, not words run into the next link's.
		const flow = node.type === 'mdxJsxFlowElement';
		const link: RootContent = {
			type: 'link',
			url: stringAttribute(node, 'href') ?? '',
			children: (flow
				? (node.children as RootContent[]).flatMap((child) => (child.type === 'paragraph' ? child.children : [child]))
				: node.children) as PhrasingContent[],
		};
		if (!flow) return transformNode(link, parent, state);
		const paragraph: Paragraph = { type: 'paragraph', children: [link] };
		transformChildren(paragraph, state);
		return [paragraph];
	}
	if ((keptInlineTags as readonly string[]).includes(name)) {
		// What the HTML converter keeps (`<sup>`, `<ruby>`), MDX keeps too: unwrapped, its words would run together.
		transformChildren(node, state);
		return [node];
	}
	if (name === 'table' && node.type === 'mdxJsxFlowElement') {
		const table = jsxTable(node, parent, state);
		if (table) return table;
	}
	const element = htmlElement(node, state);
	if (element) return element;
	if (['iframe', 'video', 'audio', 'embed', 'object'].includes(name)) {
		const src = addressAttribute(node, 'src');
		const title = stringAttribute(node, 'title') ?? stringAttribute(node, 'aria-label');
		const media =
			name === 'video' || name === 'audio'
				? mediaLink(name, src ?? sourceChildSrc(node), title)
				: name === 'iframe' && src
					? hostedVideoLink(src, title)
					: undefined;
		if (media) {
			notes.push({ level: 'info', message: `an embedded ${name} became a link to it` });
			const link: RootContent = { type: 'link', url: media.url, children: [{ type: 'text', value: media.text }] };
			const converted = transformNode(link, parent, state);
			return node.type === 'mdxJsxTextElement'
				? converted
				: [{ type: 'paragraph', children: converted as PhrasingContent[] }];
		}
		notes.push({
			level: 'review',
			message: `an embedded ${name} could not be converted${src ? ` (${src})` : ''}`,
			line: fileLine(node, state),
		});
		return [
			importNote(missingEmbed(`an embedded ${name}`), src && /^https?:/.test(src) ? src : undefined, context.format),
		];
	}
	if (name === 'DocCardList') {
		const listed = docCardList(node, state);
		if (listed) return listed;
	}
	const keys = /^[A-Z]/.test(name) ? keyboardKeys(node) : undefined;
	if (keys) {
		notes.push({ level: 'info', message: `the ${shown} component became the keys it showed, as code` });
		const code: PhrasingContent = { type: 'inlineCode', value: keys.join('+') };
		return node.type === 'mdxJsxTextElement' ? [code] : [{ type: 'paragraph', children: [code] }];
	}
	if (/^[A-Z]/.test(name) || name === 'summary' || name === 'details') {
		const converted = convertComponent(node, componentConverter(parent, state));
		// An icon that opened a link or a heading (`[<Icon icon="chrome" />&nbsp; Chrome](…)`) leaves no space before its words.
		if (converted?.length === 0 && node.type === 'mdxJsxTextElement') openWithWords(node, parent);
		if (converted) return converted;
	}
	const plainElement = /^[a-z]/.test(name) || name === '' || name === 'Fragment';
	const href = stringAttribute(node, 'href');
	if (href && !plainElement) return componentLink(node, href, parent, state);
	transformChildren(node, state);
	const children = node.children as RootContent[];
	if (plainElement) {
		// An element's id that other articles link to (`<a id="setup" />`) stays as an anchor.
		const id = stringAttribute(node, 'id') ?? stringAttribute(node, 'name');
		return id && context.keepIds?.has(id) ? [anchorNode(id, context.format), ...children] : children;
	}
	const label = stringAttribute(node, 'title') ?? stringAttribute(node, 'label') ?? stringAttribute(node, 'text');
	if (children.length === 0 && label) {
		notes.push({ level: 'info', message: `the ${shown} component became its text` });
		const text: PhrasingContent = { type: 'text', value: label };
		return node.type === 'mdxJsxTextElement' ? [text] : [{ type: 'paragraph', children: [text] }];
	}
	if (node.type === 'mdxJsxTextElement' && children.length === 0) {
		// Gone from a sentence, it leaves the words around it reading wrong: say which, as written, so it can be found.
		notes.push({
			level: 'review',
			message: `${shown}${whose} was left out of a sentence (the import cannot tell what it showed); check the words around it`,
			line: fileLine(node, state),
			component: written?.replace(/^:+/, '') ?? name,
		});
		return [];
	}
	notes.push({
		level: 'review',
		message: `the ${shown} component${whose} was not converted${children.length > 0 ? '; its content is kept' : ''}`,
		line: fileLine(node, state),
		component: written?.replace(/^:+/, '') ?? name,
	});
	if (node.type === 'mdxJsxTextElement') return children;
	return [
		importNote(unconvertedComponent(written ?? `<${name}>`, children.length > 0), undefined, context.format),
		...children,
	];
}

/**
 * Docusaurus' `<DocCardList />` (or `items={useCurrentSidebarCategory().items}`): a card
 * for each page of the category whose page it is, which becomes the list of the section's
 * imported articles with their descriptions. Around cards of its own (`<DocCard>`), it is
 * a frame: the cards are what it showed. Undefined for items the import cannot read.
 */
function docCardList(node: Jsx, state: Transform): RootContent[] | undefined {
	const children = (node.children as RootContent[]).filter(
		(child) => !(child.type === 'text' && child.value.trim() === ''),
	);
	if (children.length > 0) {
		transformChildren(node, state);
		state.notes.push({ level: 'info', message: 'the <DocCardList> around its own cards was unwrapped' });
		return node.children as RootContent[];
	}
	const items = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'items',
	);
	const value = typeof items?.value === 'object' ? items.value?.value.replace(/\s+/g, '') : items?.value;
	if (items && value !== 'useCurrentSidebarCategory().items') return undefined;
	const { nodes, note } = sectionListBlock('<DocCardList>', state.context.sectionList?.('navigation'), {
		descriptions: true,
		format: state.context.format,
		line: fileLine(node, state),
	});
	if (note) state.notes.push(note);
	return nodes;
}

/** The attributes a page gives a site's component: text, `true` when bare, `null` when code the import cannot read. */
function componentProps(node: Jsx): ComponentProps {
	const props: ComponentProps = {};
	for (const entry of node.attributes) {
		if (entry.type !== 'mdxJsxAttribute') continue;
		const literal =
			typeof entry.value === 'object' && entry.value !== null
				? /^\s*(["'`])([^"'`]*)\1\s*$/.exec(entry.value.value)?.[2]
				: undefined;
		props[entry.name] =
			entry.value === null || entry.value === undefined
				? true
				: typeof entry.value === 'string'
					? entry.value
					: (literal ?? null);
	}
	return props;
}

/**
 * A site's own component whose code shows fixed text and links (a call-to-action box,
 * a "REQUIRED" badge) as that text and those links, their addresses rewritten like the
 * page's; undefined when the import cannot tell what it showed.
 */
function siteComponent(
	node: Jsx,
	site: NonNullable<PartialFile['component']>,
	state: Transform,
): RootContent[] | undefined {
	const rendered = renderStaticComponent(site.code, site, componentProps(node));
	if ('unreadable' in rendered) return undefined;
	const inline = node.type === 'mdxJsxTextElement';
	if (inline && !rendered.phrasing) return undefined;
	const holder = (
		inline ? { type: 'paragraph', children: rendered.phrasing } : { type: 'root', children: rendered.blocks }
	) as Parents;
	transformChildren(holder, state);
	state.notes.push({
		level: 'info',
		message:
			holder.children.length === 0
				? `the <${node.name}> component (${site.file}) shows nothing here and was left out`
				: `the <${node.name}> component became what its code (${site.file}) shows: its text and links`,
	});
	return holder.children as RootContent[];
}

/** The elements a block of words may be written as, each on a line of its own. */
const WORD_BLOCKS = new Set(['div', 'p', 'span', 'strong', 'small']);

/**
 * The words of a block link written as elements, a title then what it says
 * (`<div>Billing</div>` then `<div>Plans and invoices</div>`, which MDX reads as one
 * paragraph of elements): undefined when it holds anything else, or one element alone.
 */
function titledWords(node: Jsx): { title: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
	const blank = (child: RootContent) => child.type === 'text' && child.value.trim() === '';
	const [only, ...more] = (node.children as RootContent[]).filter((child) => !blank(child));
	if (only?.type !== 'paragraph' || more.length > 0) return undefined;
	const parts = only.children.filter((child) => !blank(child));
	const elements = parts.filter(
		(child): child is MdxJsxTextElement => child.type === 'mdxJsxTextElement' && WORD_BLOCKS.has(child.name ?? ''),
	);
	if (elements.length < 2 || elements.length !== parts.length) return undefined;
	const [title, ...rest] = elements as [MdxJsxTextElement, ...MdxJsxTextElement[]];
	return {
		title: title.children,
		rest: rest.flatMap((element, index) => [
			...(index > 0 ? [{ type: 'text', value: ' ' } as PhrasingContent] : []),
			...element.children,
		]),
	};
}

/** Parses Markdown or MDX as the page's generator does, after the preprocessing every source gets. */
function parseSource(
	text: string,
	mdx: boolean,
	notes: ConversionNote[],
	hugo?: HugoSiteShortcodes,
	firstLine?: number,
	icons?: { site: MkdocsIcons | undefined; format: OutputFormat },
	dollarMath?: boolean,
	pythonMarkdown?: boolean,
	mdc?: boolean,
): { tree: Root; source: string; fileLine: (line: number) => number | undefined } {
	const prepared = preprocess(mdx ? htmlCommentsAsMdx(text) : text, hugo, { dollarMath });
	// A line of the parsed text as the file's: through the page's own line, when the page's lines are the file's.
	const fileLine = (line: number) => {
		const own = firstLine === undefined ? undefined : prepared.sourceLine(line);
		return own === undefined || firstLine === undefined ? undefined : firstLine + own - 1;
	};
	for (const { line, ...note } of prepared.notes)
		notes.push(line !== undefined && firstLine !== undefined ? { ...note, line: firstLine + line - 1 } : note);
	let tree: Root;
	try {
		tree = parsers[mdx ? 'mdx' : pythonMarkdown ? 'pythonMarkdown' : mdc ? 'mdc' : 'md'].parse(prepared.text);
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0] ?? '';
		notes.push({ level: 'review', message: `not valid MDX (${reason}); read as Markdown` });
		tree = parsers.md.parse(prepared.text);
	}
	restoreInlineDirectives(tree, prepared.text);
	// Before the headings' anchors are read: the old site's never held a heading's icon.
	if (icons) notes.push(...mkdocsIconShortcodes(tree, icons.site, icons.format, fileLine));
	markHeadings(tree, prepared.customIds);
	return { tree, source: prepared.text, fileLine };
}

/**
 * A partial or snippet written in where the page shows it (`<Prerequisites />`), as
 * the old site did: its links and images are its own file's, its `{props.name}` the
 * element's attributes.
 */
function writePartial(node: Jsx, partial: PartialFile, state: Transform): RootContent[] {
	const written = mdcWritten(node);
	const name =
		node.name === 'Snippet'
			? `<Snippet file="${stringAttribute(node, 'file')}">`
			: written
				? `${written}{content="${stringAttribute(node, 'content')}"}`
				: `<${node.name}>`;
	if (state.depth >= PARTIAL_DEPTH) {
		state.notes.push({
			level: 'review',
			message: `${name} was not written in: partials nest deeper than ${PARTIAL_DEPTH}`,
		});
		return [importNote(unconvertedComponent(name, false), undefined, state.context.format)];
	}
	// An MDC page's partial is MDC too, read as the page is.
	const { tree, source } = state.mdc
		? parseSource(partial.text, false, state.notes, undefined, undefined, undefined, undefined, false, true)
		: parseSource(partial.text, true, state.notes);
	if (state.mdc) mdcComponents(tree);
	dropDarkThemePictures(tree, state.notes);
	const props: Record<string, string> = {};
	for (const entry of node.attributes) {
		if (entry.type !== 'mdxJsxAttribute') continue;
		// `packages="ffmpeg"`, or a string written as an expression: `packages={"ffmpeg"}`.
		const literal =
			typeof entry.value === 'object' ? /^\s*(["'`])([^"'`]*)\1\s*$/.exec(entry.value?.value ?? '')?.[2] : undefined;
		const value = typeof entry.value === 'string' ? entry.value : literal;
		if (value !== undefined) props[entry.name] = value;
	}
	transformChildren(tree, {
		...state,
		source,
		context: { ...state.context, baseUrl: partial.base },
		// Its own imports before the page's: a name both use means the partial's file in it.
		partials: partial.partials ? { ...state.partials, ...partial.partials } : state.partials,
		props,
		depth: state.depth + 1,
		// A partial's lines are its own file's, not the page's.
		fileLine: () => undefined,
	});
	state.notes.push({ level: 'info', message: `the partial ${name} was written in` });
	const only = tree.children.length === 1 ? tree.children[0] : undefined;
	if (node.type === 'mdxJsxTextElement' && only?.type === 'paragraph') return only.children;
	return tree.children;
}

/** `:name` in running text is no directive to its author: it goes back to the text it was. */
function restoreInlineDirectives(parent: Parents, source: string) {
	const children = parent.children as RootContent[];
	for (let index = children.length - 1; index >= 0; index--) {
		const child = children[index] as RootContent;
		if (child.type === 'textDirective') children.splice(index, 1, ...writtenText(sourceText(source, child)));
		else if (child.type === 'leafDirective' && blockKindOf(child.name) !== 'sectionList')
			children[index] = { type: 'paragraph', children: [{ type: 'text', value: sourceText(source, child) }] };
		else if ('children' in child) restoreInlineDirectives(child as Parents, source);
	}
}

/**
 * A text directive's words as the author wrote them. One whose label is a footnote's
 * (`27001:2013[^1]`, a time or a ratio before a footnote call) is the words before it and
 * the footnote call: read whole as text, the call would show as `[^1]`, its note orphaned.
 */
function writtenText(text: string): PhrasingContent[] {
	const footnote = /^(:[^[]+)\[\^([^\]\s]+)\]$/.exec(text);
	if (!footnote) return [{ type: 'text', value: text }];
	const [, before = '', label = ''] = footnote;
	return [
		{ type: 'text', value: before },
		{ type: 'footnoteReference', identifier: label.toLowerCase(), label },
	];
}

/** Records each heading's original anchor (and custom id) so links into the page keep working. */
function markHeadings(tree: Root, customIds: Map<number, string>) {
	const slugger = new GithubSlugger();
	const withAlt = new GithubSlugger();
	const visitHeadings = (parent: Parents) => {
		for (const child of parent.children as RootContent[]) {
			if (child.type === 'heading') {
				const heading = child as Heading;
				const text = mdastText(heading, { includeImageAlt: false });
				const ids = [slugger.slug(text)];
				// Docusaurus reads a picture's alt text as words of the heading: `## Location ![Android](…)` is #location-android.
				const alt = withAlt.slug(mdastText(heading));
				if (!ids.includes(alt)) ids.push(alt);
				// MkDocs (Python-Markdown) makes "Enable & Disable" #enable-disable where GitHub makes #enable--disable.
				const python = pythonMarkdownSlug(text);
				if (python !== '' && !ids.includes(python)) ids.push(python);
				// Mintlify makes "`tasks.batchTrigger()`" #tasks-batchtrigger, every run of other characters one hyphen.
				const dashed = dashedSlug(text);
				if (dashed !== '' && !ids.includes(dashed)) ids.push(dashed);
				const custom = heading.position ? customIds.get(heading.position.start.line) : undefined;
				if (custom) ids.unshift(custom);
				heading.data = {
					...heading.data,
					sourceIds: ids,
					...(custom ? { chosenIds: [custom] } : {}),
				} as Heading['data'];
			} else if ('children' in child) visitHeadings(child as Parents);
		}
	};
	visitHeadings(tree);
}

/** Markdown's marks for the HTML elements that carry one, as MDX reads them (`<strong>`, not `**`). */
const HTML_MARKS: Record<string, 'strong' | 'emphasis' | 'delete' | 'inlineCode'> = {
	strong: 'strong',
	b: 'strong',
	em: 'emphasis',
	i: 'emphasis',
	del: 'delete',
	s: 'delete',
	code: 'inlineCode',
};

/**
 * An HTML list or mark written in an MDX page (`<ul><li><strong>Label:</strong> …</li></ul>`),
 * which MDX reads as elements, not HTML: the Markdown list, bold, italics or code the old
 * site showed, where unwrapping it would run a list's items into one paragraph.
 */
function htmlElement(node: Jsx, state: Transform): RootContent[] | undefined {
	const name = node.name ?? '';
	const mark = HTML_MARKS[name];
	if (mark) {
		transformChildren(node, state);
		const phrasing = node.children as PhrasingContent[];
		const marked: PhrasingContent =
			mark === 'inlineCode' ? { type: 'inlineCode', value: mdastText(node) } : { type: mark, children: phrasing };
		return node.type === 'mdxJsxTextElement' ? [marked] : [{ type: 'paragraph', children: [marked] }];
	}
	if (name !== 'ul' && name !== 'ol') return undefined;
	// One-line items sit in a paragraph of their own, between the white space of the lines.
	const items = (node.children as RootContent[]).flatMap((child) =>
		child.type === 'paragraph' ? (child.children as RootContent[]) : [child],
	);
	const isItem = (child: RootContent): child is Jsx =>
		(child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'li';
	if (!items.every((child) => isItem(child) || (child.type === 'text' && child.value.trim() === ''))) return undefined;
	const listItems = items.filter(isItem).map((item): ListItem => {
		transformChildren(item, state);
		const children = item.children as RootContent[];
		const blocks =
			item.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: children as PhrasingContent[] }] : children;
		return { type: 'listItem', spread: false, children: blocks as BlockContent[] };
	});
	const start = Number.parseInt(stringAttribute(node, 'start') ?? '', 10);
	return [
		{
			type: 'list',
			ordered: name === 'ol',
			...(name === 'ol' && Number.isInteger(start) && start >= 0 ? { start } : {}),
			spread: false,
			children: listItems,
		},
	];
}

const FENCE_LINE = /^[ \t]*:{3,}[ \t]*$/;

/**
 * Lines of nothing but `:::` left in the text: a block's closing fence that closed none
 * (its block ended early, in a list, or never opened). They say nothing to a reader:
 * they go, and the author is told to check the block above them.
 */
function withoutStrayFences(tree: Root, notes: ConversionNote[], fileLine: (line: number) => number | undefined) {
	let stray = 0;
	const at: number[] = [];
	visit(tree, 'text', (node, index, parent) => {
		if (!/^[ \t]*:{3,}[ \t]*$/m.test(node.value)) return;
		// A text's first line is a line of its own only when nothing stands before it in its paragraph.
		const startsLine = index === 0 || parent?.type !== 'paragraph';
		const lines = node.value.split('\n');
		const kept = lines.filter((written, offset) => {
			const strayFence = FENCE_LINE.test(written) && (offset > 0 || startsLine);
			const start = node.position?.start.line;
			const line = start === undefined ? undefined : fileLine(start + offset);
			if (strayFence && line !== undefined) at.push(line);
			return !strayFence;
		});
		if (kept.length === lines.length) return;
		stray += lines.length - kept.length;
		const last = parent !== undefined && index === parent.children.length - 1;
		node.value = last ? kept.join('\n').trimEnd() : kept.join('\n');
	});
	if (stray === 0) return;
	// A paragraph that held nothing but the fence goes with it.
	visit(tree, 'paragraph', (node, index, parent) => {
		if (parent === undefined || index === undefined) return;
		if (node.children.every((child) => child.type === 'text' && child.value.trim() === '')) {
			parent.children.splice(index, 1);
			return index;
		}
	});
	notes.push({
		level: 'review',
		message: `${stray === 1 ? 'a line' : `${stray} lines`} of nothing but ":::" closed no block and ${stray === 1 ? 'was' : 'were'} left out: the block above may have ended early; check it`,
		// One note for them all: its line when there is one, else they are counted in its words.
		line: stray === 1 ? at[0] : undefined,
	});
}

/**
 * Markdown or MDX from another docs generator as the help center's mdast:
 * admonitions (`:::tip`, `> [!NOTE]`, `<Note>`, `<Aside>`) become asides, raw HTML
 * goes through the HTML converter, and components nobody here renders are
 * unwrapped with a visible note.
 */
export function markdownToMdast(
	written: string,
	mdx: boolean,
	context: ConvertContext,
	options: Pick<
		Extract<SourceBody, { kind: 'markdown' }>,
		'generator' | 'partials' | 'hugo' | 'firstLine' | 'mkdocsIcons' | 'mkdocsMarks' | 'dollarMath'
	> = {},
): { tree: Root; notes: ConversionNote[] } {
	const notes: ConversionNote[] = [];
	// A page saved on Windows ends its lines with CRLF: the line-by-line readers (`:::` blocks,
	// tabs, fences) take them as any other, and no CR is carried into the article. Each line keeps its number.
	const text = written.replace(/\r\n?/g, '\n');
	const mdc = !mdx && options.generator === 'nuxt-content';
	const { tree, source, fileLine } = parseSource(
		options.generator === 'mintlify' ? mintlifyBadgeHeadingIds(text) : text,
		mdx,
		notes,
		options.hugo,
		options.firstLine,
		{
			site: options.mkdocsIcons,
			format: context.format,
		},
		options.dollarMath,
		options.mkdocsMarks !== undefined,
		mdc,
	);
	// A Vue theme's components, used in its Markdown pages without an import (or in a folder of pages from no known generator), read as MDX reads components.
	if (
		!mdx &&
		(options.generator === undefined ||
			options.generator === 'vitepress' ||
			options.generator === 'vuepress' ||
			// Writerside's tabs and procedures reach here as these components (see convert/writerside.ts).
			options.generator === 'writerside')
	)
		vueComponentBlocks(tree, source, (text) => parsers.mdx.parse(text));
	if (mdc) mdcComponents(tree);
	definitionLists(tree);
	htmlHeadings(tree);
	unescapeBareAddresses(tree);
	inlineImageReferences(tree);
	shortcodeEmoji(tree);
	dropDarkThemePictures(tree, notes);
	transformChildren(tree, {
		source,
		context,
		notes,
		headingDepth: 1,
		metaTitles: options.generator === 'mintlify',
		magicComments: options.generator === 'docusaurus',
		partials: options.partials ?? {},
		props: {},
		depth: 0,
		constants: pageConstants(tree),
		fileLine,
		mdc,
	});
	withoutStrayFences(tree, notes, fileLine);
	highlightMarks(tree, context.format);
	if (options.mkdocsMarks) {
		pymdownxMarks(tree, options.mkdocsMarks, context.format);
		if (options.mkdocsMarks.inlineHilite) inlineHiliteCode(tree);
		withoutTocMarker(tree, notes, fileLine);
	}
	// Bold that lost an icon or an expression at its edge (`**<Icon /> Settings**`) has a space there.
	settleAttentionEdges(tree);
	// Markdown converted from an editor's HTML keeps its headings as the editor wrote them.
	unboldHeadings(tree);
	dropEmptyHeadings(tree);
	return { tree, notes };
}
