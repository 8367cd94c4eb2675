import type { BlockContent, Heading, Link, ListItem, Parents, PhrasingContent, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { ListedBy } from '../section-list.ts';
import { type ApiOperation, apiOperationBlocks, operationLine } from './api-operation.ts';
import { asideNode, asideTypes, emptyCalloutNote } from './callouts.ts';
import { importNote, unconvertedComponent } from './notes.ts';
import { stepItem, stepList } from './steps.ts';
import { titleWords } from './title-code.ts';
import type { ConversionNote, OutputFormat } from './types.ts';

/**
 * Block syntaxes of other docs generators that Markdown parsers do not know (GitBook's
 * `{% hint %}`, MkDocs' `!!! note`) are read by their own small readers (gitbook.ts,
 * mkdocs.ts) and written out as directive containers of a few kinds of our own, so one
 * Markdown parse (remark-directive) reads their nesting and their bodies, and the
 * converter turns each kind into what the help center renders.
 */

/** The kinds of block the readers write, by directive name. */
export const blockKinds = {
	/** A callout: `type` is the aside type, the label its title. */
	aside: 'tryblock-aside',
	/** Content tabs: each `section` inside is one tab. */
	tabs: 'tryblock-tabs',
	/** Numbered steps: each `section` inside is one step, the heading it opens with its title. */
	steps: 'tryblock-steps',
	/** Content under a title (a tab, a titled code block): the label is the title. */
	section: 'tryblock-section',
	/** A fold (folds.ts): the label is its summary, Markdown and all; `open="true"` when it starts open. */
	fold: 'tryblock-fold',
	/**
	 * An API operation (GitBook's `{% openapi %}` and `{% swagger %}`): `method` and `path`
	 * (its whole address), `summary`, `spec` (`true`) when the old site drew the rest from a
	 * spec, `syntax` how the source wrote it; the body, its `parameter` and `response` blocks
	 * among it, is kept.
	 */
	operation: 'tryblock-operation',
	/** One of an operation's parameters: `in`, `name`, `type`, `required` (`true`); the body is its description. */
	parameter: 'tryblock-parameter',
	/** One of an operation's responses: `status` and `description`; the body is what it holds, its code. */
	response: 'tryblock-response',
	/** A link that stood as a block (an embed, a page reference): `url`; the body, if any, is its caption. */
	link: 'tryblock-link',
	/**
	 * A component that listed the section's pages (`<AutoCatalog />`, `{{% children %}}`):
	 * `syntax` is how the source wrote it, `descriptions` (`true`) whether it showed each page's description.
	 */
	sectionList: 'tryblock-section-list',
	/** Syntax nothing here renders: `syntax` is how the source wrote it; the body, if any, is kept. */
	unknown: 'tryblock-unknown',
} as const;

export type BlockKind = keyof typeof blockKinds;

/** The kind a directive name stands for, when it is one the readers write. */
export function blockKindOf(name: string): BlockKind | undefined {
	return (Object.keys(blockKinds) as BlockKind[]).find((kind) => blockKinds[kind] === name);
}

/**
 * A label's text as the directive's `[…]` reads it, on the one line its opening holds:
 * `\\`, `[` and `]` escaped, except in code (`` `"hint": [text|null]` ``), which shows an
 * escape as it is written. The label reader counts brackets, so balanced ones in code end nothing.
 */
const escapeLabel = (text: string) =>
	text
		.replace(/\s*\r?\n\s*/g, ' ')
		.split(/(`+[^`]*?`+)/)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\[\]]/g, (character) => `\\${character}`)))
		.join('');
const escapeValue = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\r?\n/g, ' ').replace(/\}/g, '&#125;');

/**
 * A directive container around `body` (lines already written, without `indent`), at
 * `indent` (a list item's, say): its fence is longer than any fence inside it, so the
 * nesting reads back as it was.
 */
export function directiveBlock(
	kind: BlockKind,
	options: { label?: string; attributes?: Record<string, string> },
	body: readonly string[],
	indent = '',
): string[] {
	const inner = Math.max(2, ...body.map((line) => /^\s*(:{3,})/.exec(line)?.[1]?.length ?? 0));
	const fence = ':'.repeat(inner + 1);
	const label = options.label !== undefined && options.label !== '' ? `[${escapeLabel(options.label)}]` : '';
	const attributes = Object.entries(options.attributes ?? {})
		.map(([key, value]) => `${key}="${escapeValue(value)}"`)
		.join(' ');
	return [
		'',
		`${indent}${fence}${blockKinds[kind]}${label}${attributes ? `{${attributes}}` : ''}`,
		...body.map((line) => (line.trim() === '' ? '' : `${indent}${line}`)),
		`${indent}${fence}`,
		'',
	];
}

/** A fold (folds.ts) for the Markdown converter: its summary, Markdown as written, and whether it starts open. */
export function foldBlock(summary: string, open: boolean, body: readonly string[], indent = ''): string[] {
	return directiveBlock('fold', { label: summary, attributes: open ? { open: 'true' } : {} }, body, indent);
}

/**
 * The one line a reader writes where its page showed a list of the section's pages
 * (`<AutoCatalog />`, `{{% children %}}`): `syntax` is how the page wrote it, for notes;
 * `descriptions` whether it showed each page's description under its title; `by` whose
 * pages it listed: its folder's (the default), or its section's in the old site's navigation.
 */
export function sectionListMark(syntax: string, descriptions: boolean, by: ListedBy = 'folder'): string {
	return `::${blockKinds.sectionList}{syntax="${escapeValue(syntax)}" descriptions="${descriptions}"${by === 'folder' ? '' : ` by="${by}"`}}`;
}

/**
 * What ends a block opened by `fence` (```, ~~~, or a directive's :::): a fence of its
 * character, at least as long, with nothing after it.
 */
/**
 * The fence a line opens fenced code with (```` ``` ````, `~~~`), after the list markers
 * and quote marks a list item or a quote starts it with (`- ```python`, `1. ~~~`, `> ````),
 * with the info string after it; undefined for any other line. As CommonMark reads
 * them, a backtick fence's info string holds no backtick: "```x``` is code" is a line
 * of text with code in it, not a fence.
 */
export function fenceOpening(line: string): { fence: string; info: string } | undefined {
	const [, fence, info = ''] = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|>)[ \t]*)*(`{3,}|~{3,})(.*)$/.exec(line) ?? [];
	if (fence === undefined || (fence.startsWith('`') && info.includes('`'))) return undefined;
	return { fence, info };
}

export function closingFence(fence: string): RegExp {
	return new RegExp(`^[ \\t]*(?:>[ \\t]*)*\\${fence[0] ?? '`'}{${fence.length},}[ \\t]*$`);
}

/**
 * Rewrites the blocks a reader knows, outside fenced code: `rewrite` gets each line
 * that is not inside code and returns what replaces it and the lines after it (`end`,
 * the index of the last line taken), or undefined to keep the line, which then opens
 * a code block when it is a fence. Code is copied as it is, so a block shown inside
 * code stays code.
 */
export function rewriteOutsideCode(
	lines: readonly string[],
	rewrite: (index: number) => { lines: readonly string[]; end: number } | undefined,
): string[] {
	const out: string[] = [];
	// The fence of the code block the line is in, if any.
	let code: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (code !== undefined) {
			if (closingFence(code).test(line)) code = undefined;
			out.push(line);
			continue;
		}
		const rewritten = rewrite(index);
		if (!rewritten) {
			code = fenceOpening(line)?.fence;
			out.push(line);
			continue;
		}
		out.push(...rewritten.lines);
		index = rewritten.end;
	}
	return out;
}

/**
 * Where fenced code starts or ends (```, ~~~), so block syntax inside code stays code:
 * called on each line in turn, it says whether the line is fenced code, the fences
 * included. As CommonMark reads them, a fence closes only with a run of its own
 * character at least as long and nothing after it (a ```` ```js ```` inside ``` is code);
 * any indentation is allowed, and the marker of the list item or quote that opens it
 * (`fenceOpening`); an unclosed fence runs to the end.
 */
export function codeFenceTracker(): (line: string) => boolean {
	let fence: string | undefined;
	return (line) => {
		if (fence === undefined) {
			fence = fenceOpening(line)?.fence;
			return fence !== undefined;
		}
		if (closingFence(fence).test(line)) fence = undefined;
		return true;
	};
}

/** One tab (or titled block) of the source: its title and its content, converted. */
export interface TitledContent {
	title: string | undefined;
	children: RootContent[];
	/** The id the old site gave the tab (Material's `__tabbed_1_2`), which links named. */
	id?: string;
}

/** A title's words, for telling whether a heading says it again: "Self-hosted **Proxy**" is `self hosted proxy`. */
const titleKey = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * One tab's content under a heading of `depth`: a heading opening it that says the tab's
 * title again (`<Tab title="Proxy">` then `## Proxy`, as sites write to put the tab in
 * their table of contents) is the tab's own heading, not a second one, and headings
 * inside that stand at the tab's level or above it (`## Namespaces` in a tab titled at
 * `##`) move down under it, keeping their order, so each tab's sections stay its own.
 */
function underTabHeading(
	title: string,
	children: RootContent[],
	depth: number | undefined,
	id: string | undefined,
): RootContent[] {
	const [first, ...rest] = children;
	const repeated = first?.type === 'heading' && titleKey(mdastText(first)) === titleKey(title);
	const words = titleWords(title);
	if (depth === undefined) {
		const line: RootContent = { type: 'paragraph', children: [{ type: 'strong', children: words }] };
		return repeated
			? [{ type: 'paragraph', children: [{ type: 'strong', children: first.children }] }, ...rest]
			: [line, ...children];
	}
	const body = repeated ? rest : children;
	const inner = body.filter((node): node is Heading => node.type === 'heading');
	const shallowest = Math.min(...inner.map((heading) => heading.depth));
	if (inner.length > 0 && shallowest <= depth)
		for (const heading of inner)
			heading.depth = Math.min(6, heading.depth + depth + 1 - shallowest) as Heading['depth'];
	const heading: Heading = repeated
		? { ...first, depth: depth as Heading['depth'] }
		: { type: 'heading', depth: depth as Heading['depth'], children: words };
	// Links to the tab lead to its heading.
	if (id) {
		const sourceIds = (heading.data as { sourceIds?: string[] } | undefined)?.sourceIds ?? [];
		heading.data = { ...heading.data, sourceIds: [...sourceIds, id] } as Heading['data'];
	}
	return [heading, ...body];
}

/**
 * Content tabs as the page can show them: every tab's content, one after another,
 * each under its title. At the top of the page the titles are headings one level
 * below the heading they sit under (so they are in the table of contents); inside a
 * list or a callout, where a heading cannot stand, they are bold lines.
 */
export function tabSections(tabs: readonly TitledContent[], headingDepth: number | undefined): RootContent[] {
	const depth = headingDepth === undefined ? undefined : Math.min(6, Math.max(2, headingDepth + 1));
	return tabs.flatMap(({ title, children, id }) => (title ? underTabHeading(title, children, depth, id) : children));
}

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

/** What converting a block's content takes from the Markdown converter around it. */
export interface BlockConverter {
	/** Converts the children of `parent` in place and returns them. */
	children: (parent: Parents) => RootContent[];
	/** Converts a link as any link in the page (rewritten, unlinked...). */
	link: (link: Link) => PhrasingContent[];
	notes: ConversionNote[];
	format: OutputFormat;
	/** The depth of the heading the block sits under, when it sits at the top of the page. */
	headingDepth: number | undefined;
	/** The block's line in the page's file, for a note about it; unknown in a partial or a rewritten stretch. */
	line: number | undefined;
}

const attributeOf = (node: ContainerDirective, name: string) => node.attributes?.[name] ?? undefined;

function labelled(node: ContainerDirective): { title: string | undefined; body: ContainerDirective } {
	const label = node.children[0];
	if (label?.type !== 'paragraph' || !(label.data as { directiveLabel?: boolean } | undefined)?.directiveLabel)
		return { title: undefined, body: node };
	return { title: mdastText(label).trim() || undefined, body: { ...node, children: node.children.slice(1) } };
}

/** Content tabs (GitBook's `{% tabs %}`, MkDocs' `=== "Tab"`): every tab's content, each under its title. */
function tabs(node: ContainerDirective, convert: BlockConverter): RootContent[] {
	const found: TitledContent[] = node.children.map((child) => {
		if (child.type === 'containerDirective' && blockKindOf(child.name) === 'section') {
			const { title, body } = labelled(child);
			const id = attributeOf(child, 'id');
			return { title, children: convert.children(body), ...(id ? { id } : {}) };
		}
		return { title: undefined, children: convert.children({ type: 'blockquote', children: [child] }) };
	});
	const count = found.filter((tab) => tab.title).length;
	convert.notes.push({
		level: 'info',
		message:
			count === 1 ? 'a content tab became a section' : `${count} content tabs became sections, one after another`,
	});
	return tabSections(found, convert.headingDepth);
}

/**
 * Numbered steps (GitBook's `{% stepper %}`): each step an item of an ordered list, the
 * heading it opens with its title in bold, as a Mintlify or Fumadocs step is (steps.ts).
 * Anything between the steps stays with the step before it.
 */
function steps(node: ContainerDirective, convert: BlockConverter): RootContent[] {
	const before: RootContent[] = [];
	const listItems: ListItem[] = [];
	for (const child of node.children) {
		if (child.type === 'containerDirective' && blockKindOf(child.name) === 'section') {
			listItems.push(stepItem(convert.children(child)));
			continue;
		}
		const converted = convert.children({ type: 'blockquote', children: [child] });
		const last = listItems.at(-1);
		if (last) last.children.push(...(converted as BlockContent[]));
		else before.push(...converted);
	}
	return listItems.length > 0 ? [...before, stepList(listItems)] : before;
}

/**
 * A legacy GitBook `{% swagger %}` block written by hand: its method and address, summary,
 * description, and its `parameter` and `response` blocks (api-operation.ts); anything
 * else inside stays where it was, with the description.
 */
function apiOperation(node: ContainerDirective, convert: BlockConverter): RootContent[] {
	const operation: ApiOperation = {
		method: attributeOf(node, 'method') ?? '',
		path: (attributeOf(node, 'path') ?? '').trim(),
		summary: attributeOf(node, 'summary') ?? '',
		description: [],
		parameters: [],
		responses: [],
	};
	for (const child of node.children) {
		const kind = child.type === 'containerDirective' ? blockKindOf(child.name) : undefined;
		if (child.type === 'containerDirective' && kind === 'parameter')
			operation.parameters.push({
				in: attributeOf(child, 'in') ?? '',
				name: attributeOf(child, 'name') ?? '',
				type: attributeOf(child, 'type') ?? '',
				required: attributeOf(child, 'required') === 'true',
				description: convert.children(child),
			});
		else if (child.type === 'containerDirective' && kind === 'response')
			operation.responses.push({
				status: attributeOf(child, 'status') ?? '',
				description: attributeOf(child, 'description') ?? '',
				body: convert.children(child),
			});
		else operation.description.push(...convert.children({ type: 'blockquote', children: [child as BlockContent] }));
	}
	return apiOperationBlocks(operation);
}

/**
 * A block another generator's syntax made (see gitbook.ts, mkdocs.ts) as the page
 * shows it: an aside, sections, a link, or, for syntax nothing here renders, an
 * import note before its content.
 */
export function sourceBlock(
	kind: BlockKind,
	node: ContainerDirective,
	title: string | undefined,
	convert: BlockConverter,
): RootContent[] {
	if (kind === 'tabs') return tabs(node, convert);
	if (kind === 'steps') return steps(node, convert);
	if (kind === 'operation' && attributeOf(node, 'spec') !== 'true') return apiOperation(node, convert);
	const children = convert.children(node);
	const syntax = attributeOf(node, 'syntax') ?? '';
	if (kind === 'aside') {
		const type = asideTypes.find((known) => known === attributeOf(node, 'type')) ?? 'note';
		if (children.length === 0 && !title) {
			convert.notes.push({ ...emptyCalloutNote(`a ${type} callout`), line: convert.line });
			return [];
		}
		return [asideNode(type, title, children as BlockContent[], convert.format)];
	}
	if (kind === 'section') return tabSections([{ title, children }], undefined);
	const path = attributeOf(node, 'path')?.trim();
	if (kind === 'operation' && path) {
		convert.notes.push({
			level: 'review',
			message:
				'an API operation block shows its method and path and its link to the spec; the parameters and responses the old site drew from the spec are not shown',
			line: convert.line,
		});
		return [operationLine(attributeOf(node, 'method') ?? '', path), ...children];
	}
	const url = attributeOf(node, 'url')?.trim();
	if (kind === 'link' && url) {
		const [first, ...rest] = children;
		const caption = first?.type === 'paragraph' && rest.length === 0 ? first.children : undefined;
		if (syntax) convert.notes.push({ level: 'info', message: `${syntax} became a link` });
		const link = convert.link({ type: 'link', url, children: caption ?? [{ type: 'text', value: url }] });
		return [{ type: 'paragraph', children: link }, ...(caption ? [] : children)];
	}
	convert.notes.push({
		level: 'review',
		message: `${syntax || node.name} was not converted${children.length > 0 ? '; its content is kept' : ''}`,
		line: convert.line,
	});
	return [
		importNote(unconvertedComponent(syntax || node.name, children.length > 0), undefined, convert.format),
		...children,
	];
}
