import type { Expression, Program } from 'estree';
import type { BlockContent, Code, List, ListItem, Paragraph, Parents, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastText } from 'mdast-util-to-string';
import { foldNode, saysSomething, summaryWords } from './folds.ts';
import { mediaLink } from './media.ts';
import { importNote, missingEmbed } from './notes.ts';
import { type TitledContent, tabSections } from './source-blocks.ts';
import { stepItem, stepList, stepTitle } from './steps.ts';
import { attributeText } from './string-attribute.ts';
import { isSummaryLine, summaryLineWords, summaryParagraph } from './summary.ts';
import { titleWords } from './title-code.ts';
import { typeTableRows } from './type-table.ts';
import type { ConversionNote, OutputFormat } from './types.ts';

/**
 * The layout components of Docusaurus and Mintlify pages (tabs, steps, code groups,
 * accordions, cards, API fields, frames, changelog updates) as what a help-center
 * article can show in Markdown: titled sections, ordered lists, titled code blocks,
 * bold-titled paragraphs and lists of links. Callouts are read in markdown.ts.
 */

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** What converting a component's content takes from the Markdown converter around it. */
export interface ComponentConverter {
	/** Converts the children of `parent` in place and returns them. */
	children: (parent: Parents) => RootContent[];
	/** Converts a node made here (a link, an image) as any such node of the page. */
	node: (node: RootContent) => RootContent[];
	notes: ConversionNote[];
	format: OutputFormat;
	/** The depth of the heading the component sits under, when it sits at the top of the page. */
	headingDepth: number | undefined;
	/** The values the page declares (`export const options = {…}`), by name, for attributes that name one. */
	constants?: ReadonlyMap<string, Expression>;
}

/** The first of `names` the element sets to a string. */
export function attribute(node: Jsx, ...names: string[]): string | undefined {
	for (const name of names) {
		const found = node.attributes.find(
			(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name,
		);
		const text = found ? attributeText(found.value) : undefined;
		if (text !== undefined && text.trim() !== '') return text.trim();
	}
	return undefined;
}

/** Whether a boolean attribute is on: `required`, `required={true}`, `required="true"`. */
function flag(node: Jsx, name: string): boolean {
	const found = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name,
	);
	if (!found) return false;
	if (found.value === null || found.value === undefined) return true;
	const value = typeof found.value === 'string' ? found.value : found.value.value;
	return value.trim() === 'true';
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strongLine = (title: string): Paragraph => ({
	type: 'paragraph',
	children: [{ type: 'strong', children: titleWords(title) }],
});

/** The elements among `parent`'s children named `names`, also when written inline in a paragraph of their own. */
function items(parent: Jsx, names: readonly string[]): { item?: Jsx; other?: RootContent }[] {
	const found: { item?: Jsx; other?: RootContent }[] = [];
	const isItem = (node: RootContent): node is Jsx =>
		(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && names.includes(node.name ?? '');
	for (const child of parent.children as RootContent[]) {
		if (isItem(child)) found.push({ item: child });
		else if (
			child.type === 'paragraph' &&
			child.children.some(isItem) &&
			child.children.every((grand) => isItem(grand) || (grand.type === 'text' && grand.value.trim() === ''))
		)
			for (const grand of child.children) {
				if (isItem(grand)) found.push({ item: grand });
			}
		else if (!(child.type === 'text' && child.value.trim() === '')) found.push({ other: child });
	}
	return found;
}

/** An element's content as blocks: inline content (`<Tab>text</Tab>` on one line) becomes a paragraph. */
function blocksOf(node: Jsx, convert: ComponentConverter): RootContent[] {
	const children = convert.children(node);
	return node.type === 'mdxJsxTextElement'
		? [{ type: 'paragraph', children: children as PhrasingContent[] }]
		: children;
}

/** The items a component made, as a list that the converter joins with the next one of the same kind. */
function list(kind: string, ordered: boolean, listItems: ListItem[]): List {
	return { type: 'list', ordered, spread: false, children: listItems, data: { componentList: kind } as List['data'] };
}

function item(lead: PhrasingContent[], body: RootContent[]): ListItem {
	const [first, ...rest] = body;
	// A description that is one paragraph joins the lead: "`name` (string, required): What it is."
	if (lead.length > 0 && first?.type === 'paragraph')
		return {
			type: 'listItem',
			spread: false,
			children: [
				{ type: 'paragraph', children: [...lead, text(': '), ...first.children] },
				...(rest as BlockContent[]),
			],
		};
	const children = lead.length > 0 ? [{ type: 'paragraph' as const, children: lead }, ...body] : body;
	return { type: 'listItem', spread: false, children: children as BlockContent[] };
}

/** Docusaurus' older way to label tabs: `<Tabs values={[{label: 'Yarn', value: 'yarn'}]}>` (or its keys quoted, as JSON), by value. */
function tabLabels(node: Jsx): Map<string, string> {
	const values = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'values',
	)?.value;
	const code = typeof values === 'object' && values !== null ? values.value : '';
	const labels = new Map<string, string>();
	for (const entry of code.matchAll(/\{([^{}]*)\}/g)) {
		// The key bare or quoted, as JSON writes it (`"label": "YAML"`).
		const field = (name: string) => new RegExp(`\\b${name}["']?\\s*:\\s*(["'\`])(.*?)\\1`).exec(entry[1] ?? '')?.[2];
		const value = field('value');
		const label = field('label');
		if (value !== undefined && label !== undefined) labels.set(value, label);
	}
	return labels;
}

/** Nextra's tab titles, given up front in order: `<Tabs items={['pnpm', 'npm']}>`. */
function tabItems(node: Jsx): string[] {
	const items = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'items',
	)?.value;
	const code = typeof items === 'object' && items !== null ? items.value : '';
	return [...code.matchAll(/(["'`])((?:(?!\1)[^\\])*)\1/g)].map((match) => match[2] ?? '');
}

/**
 * Tabs (Docusaurus' `<Tabs><TabItem label>`, Mintlify's `<Tabs><Tab title>`, Nextra's
 * `<Tabs items={[…]}><Tabs.Tab>`): each tab's content under its title.
 */
function tabs(node: Jsx, convert: ComponentConverter): RootContent[] {
	const labels = tabLabels(node);
	const ordered = tabItems(node);
	const titleOf = (tab: Jsx, index: number) => {
		const value = attribute(tab, 'value');
		return (
			attribute(tab, 'title', 'label') ??
			(value !== undefined ? (labels.get(value) ?? value) : undefined) ??
			ordered[index]
		);
	};
	let index = 0;
	const found: TitledContent[] = items(node, ['TabItem', 'Tab', 'Tabs.Tab']).map(({ item: tab, other }) =>
		tab
			? { title: titleOf(tab, index++), children: blocksOf(tab, convert) }
			: { title: undefined, children: convert.children({ type: 'blockquote', children: [other as BlockContent] }) },
	);
	const count = found.filter((tab) => tab.title).length;
	convert.notes.push({
		level: 'info',
		message: count === 1 ? 'a tab became a section' : `${count} tabs became sections, one after another`,
	});
	return tabSections(found, convert.headingDepth);
}

/**
 * A step (Mintlify's `<Step title>` in `<Steps>`): an item of an ordered list, its
 * title in bold. Steps side by side make one list, also those a snippet brings.
 * A step that opens with a heading instead (Fumadocs' `<Step>` then `### Title`) takes
 * that heading as its title, since a heading cannot stand in a list item; the
 * heading's anchors go with the title (see `keepStepTitleAnchors`).
 */
function step(node: Jsx, convert: ComponentConverter): RootContent[] {
	const title = attribute(node, 'title');
	const body = blocksOf(node, convert);
	return [stepList([title ? item([], [strongLine(title), ...body]) : stepItem(body)])];
}

/**
 * Nextra's `<Steps>`, whose steps are headings (`### Fill the can`, each with what
 * follows it up to the next): the same numbered steps under their titles in bold as a
 * `<Step>`'s, one way for steps across generators. The shallowest heading inside is the
 * steps' level (Nextra lets an author choose it); what stands before the first stays
 * before the list. Steps of other kinds (`<Step>` elements, Starlight's ordered list)
 * stay as they are, the `<Steps>` around them a wrapper.
 */
function steps(node: Jsx, convert: ComponentConverter): RootContent[] {
	const blocks = blocksOf(node, convert);
	const depths = blocks.flatMap((block) => (block.type === 'heading' ? [block.depth] : []));
	if (depths.length === 0) return unwrapped(node, blocks);
	const level = Math.min(...depths);
	const before: RootContent[] = [];
	const listItems: ListItem[] = [];
	for (const block of blocks) {
		if (block.type === 'heading' && block.depth === level) listItems.push(item([], [stepTitle(block)]));
		else if (listItems.length === 0) before.push(block);
		else listItems.at(-1)?.children.push(block as BlockContent);
	}
	return [...before, stepList(listItems)];
}

/** Words of a code block's meta that are settings, not its title: `{1,3}`, `lines`, `icon="npm"`. */
const CODE_SETTINGS =
	/\{[^}]*\}|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)|\b(?:lines|wrap|expandable|twoslash|showLineNumbers|live|noInline)\b/g;

/**
 * A code block's title, which the help center does not show from the block's meta:
 * `title="app.js"` (Docusaurus, Starlight), `filename="app.js"` (Nextra), or in a code group (Mintlify), the meta's
 * words (```` ```bash npm ````). The title becomes a line above the block.
 */
export function titledCode(code: Code, loose: boolean): RootContent[] {
	const meta = code.meta ?? '';
	const quoted = /(?:^|\s)(?:title|filename)=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
	const title = (quoted ? (quoted[1] ?? quoted[2] ?? quoted[3]) : loose ? meta.replace(CODE_SETTINGS, ' ') : '')
		?.replace(/\s+/g, ' ')
		.trim();
	if (!title) return [code];
	const rest = quoted ? meta.replace(quoted[0], ' ').trim() : loose ? '' : meta;
	const heading: PhrasingContent = /^[\w./-]+\.\w+$|\//.test(title)
		? { type: 'inlineCode', value: title }
		: { type: 'strong', children: titleWords(title) };
	return [
		{ type: 'paragraph', children: [heading] },
		{ ...code, meta: rest || null },
	];
}

/** Mintlify's `<CodeGroup>`: its code blocks one after another, each under its title. */
function codeGroup(node: Jsx, convert: ComponentConverter): RootContent[] {
	return convert.children(node).flatMap((child) => (child.type === 'code' ? titledCode(child, true) : [child]));
}

/**
 * An accordion, an expandable or a details block: a fold (folds.ts), its title the summary.
 * The old site let links open an accordion (not an expandable) by its title's slug (Mintlify's
 * `#when-am-i-charged`) or by its `id`: the fold keeps both, as a step's title that was
 * a heading does (see `keepStepTitleAnchors`). One without a title shows its content.
 */
function accordion(node: Jsx, convert: ComponentConverter): RootContent[] {
	const title = attribute(node, 'title', 'summary', 'label');
	const id = attribute(node, 'id')?.trim();
	// An expandable (Mintlify's nested fields of an API field) is not linked to.
	const linked = title && node.name !== 'Expandable';
	const body = blocksOf(node, convert);
	if (!title) return body;
	const fold = foldNode(titleWords(title), body, flag(node, 'defaultOpen') || flag(node, 'open'));
	if (linked) fold.data = { stepTitle: { sourceIds: id ? [id] : [] } } as MdxJsxFlowElement['data'];
	return [fold];
}

/**
 * An HTML `<details>` written in an MDX page (Docusaurus, Nextra): a fold, its `<summary>`
 * the summary, whatever else it holds the body.
 */
function details(node: Jsx, convert: ComponentConverter): RootContent[] {
	const children = convert.children(node).map(unwrapSummaryLine);
	const at = children.findIndex((child) => child.type === 'paragraph' && isSummaryLine(child));
	const rest = children.filter((_, index) => index !== at);
	const body = node.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: rest } as Paragraph] : rest;
	const words = at >= 0 ? (summaryLineWords(children[at] as Paragraph) ?? []) : [];
	if (!saysSomething(words)) return body;
	return [foldNode(words, body, flag(node, 'open'))];
}

/** A summary on a line of its own is a paragraph holding it: the summary's line itself. */
function unwrapSummaryLine(node: RootContent): RootContent {
	if (node.type !== 'paragraph') return node;
	const meaningful = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
	const [only] = meaningful as RootContent[];
	return meaningful.length === 1 && only?.type === 'paragraph' && isSummaryLine(only) ? only : node;
}

/** A card (Mintlify, Docusaurus sites): an item of a list of links, "[Title](href): what it says". */
function card(node: Jsx, convert: ComponentConverter): RootContent[] {
	const title = attribute(node, 'title', 'label');
	const href = attribute(node, 'href', 'to', 'link', 'url');
	// Fumadocs' `<Card description>` shows it under the title, before the card's own words.
	const description = attribute(node, 'description');
	const body = [
		...(description ? [{ type: 'paragraph', children: titleWords(description) } as Paragraph] : []),
		...blocksOf(node, convert),
	];
	let lead: PhrasingContent[] = [];
	if (href) {
		const words = title ?? (body[0]?.type === 'paragraph' ? mdastText(body[0]) : href);
		const linkWords = title ? titleWords(title) : [text(words)];
		lead = convert.node({ type: 'link', url: href, children: linkWords }) as PhrasingContent[];
		if (!title && !description && body[0]?.type === 'paragraph') body.shift();
	} else if (title) lead = [{ type: 'strong', children: titleWords(title) }];
	return [list('cards', false, [item(lead, body)])];
}

/** A card written as a block link (see markdown.ts): "[Title](href): what it says", an item of a list of cards. */
export function linkCard(link: PhrasingContent[], words: PhrasingContent[]): List {
	return list('cards', false, [item(link, words.length > 0 ? [{ type: 'paragraph', children: words }] : [])]);
}

/** A field's lead: "`id` (string, required, default: `8`)". */
function fieldLead(name: string | undefined, details: string[], fallback: string | undefined): PhrasingContent[] {
	const lead: PhrasingContent[] = name ? [{ type: 'inlineCode', value: name }] : [];
	if (details.length > 0 || fallback) {
		lead.push(text(` (${details.join(', ')}${fallback ? `${details.length > 0 ? ', ' : ''}default: ` : ''}`));
		if (fallback) lead.push({ type: 'inlineCode', value: fallback });
		lead.push(text(')'));
	}
	return lead;
}

/** An API field (`<ParamField path="id" type="string" required>`, `<ResponseField name>`): "`id` (string, required): …". */
function field(node: Jsx, convert: ComponentConverter): RootContent[] {
	const name = attribute(node, 'name', 'path', 'query', 'body', 'header', 'param');
	const details = [
		attribute(node, 'type'),
		flag(node, 'required') ? 'required' : undefined,
		flag(node, 'deprecated') ? 'deprecated' : undefined,
	].filter((part): part is string => part !== undefined);
	const lead = fieldLead(name, details, attribute(node, 'default'));
	return [list('fields', false, [item(lead, blocksOf(node, convert))])];
}

/**
 * Fumadocs' `<TypeTable type={{…}} />`: a list of its fields, as API fields are,
 * each description read as the Markdown Fumadocs renders it. Undefined when the
 * object is not written in the page (the caller keeps an import note).
 */
function typeTable(node: Jsx, convert: ComponentConverter): RootContent[] | undefined {
	const value = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'type',
	)?.value;
	const program =
		typeof value === 'object' && value !== null
			? ((value.data as { estree?: Program | null } | undefined)?.estree ?? undefined)
			: undefined;
	const rows = typeTableRows(program, convert.constants ?? new Map());
	if (!rows) return undefined;
	const listItems = rows.map((row) => {
		const details = [row.type, row.required ? 'required' : undefined, row.deprecated ? 'deprecated' : undefined];
		const lead = fieldLead(
			row.name,
			details.filter((part): part is string => part !== undefined),
			row.default,
		);
		// The description is the site's own Markdown (`code`, links); raw HTML in it stays words.
		const description = row.description ? fromMarkdown(row.description).children : [];
		const body = description.map((block) =>
			block.type === 'html' ? ({ type: 'paragraph', children: [text(block.value)] } as Paragraph) : block,
		);
		return item(lead, convert.children({ type: 'root', children: body }));
	});
	return [list('fields', false, listItems)];
}

/** A frame around a picture (Mintlify's `<Frame caption>`): the picture, its caption in italics under it. */
function frame(node: Jsx, convert: ComponentConverter): RootContent[] {
	const caption = attribute(node, 'caption');
	return [
		...blocksOf(node, convert),
		...(caption
			? [{ type: 'paragraph', children: [{ type: 'emphasis', children: titleWords(caption) }] } as Paragraph]
			: []),
	];
}

/** A changelog entry (Mintlify's `<Update label description>`): a section under its label. */
function update(node: Jsx, convert: ComponentConverter): RootContent[] {
	const description = attribute(node, 'description');
	const children = [
		...(description
			? [{ type: 'paragraph', children: [{ type: 'emphasis', children: titleWords(description) }] } as Paragraph]
			: []),
		...blocksOf(node, convert),
	];
	return tabSections([{ title: attribute(node, 'label', 'title'), children }], convert.headingDepth);
}

const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)(?:[?#]|$)/i;
const VIDEO = /\.(mp4|webm|mov|m4v)(?:[?#]|$)/i;

/** A component that shows a picture (`<DocsImage src alt>`, `<Image>`): the picture. */
function picture(node: Jsx, convert: ComponentConverter): RootContent[] | undefined {
	const src = attribute(node, 'src', 'image', 'url');
	if (!src || !(IMAGE.test(src) || /image|img|screenshot/i.test(node.name ?? ''))) return undefined;
	// An alt that is only a number (ReadMe's editor writes the picture's width there) says nothing.
	const alt = [attribute(node, 'alt'), attribute(node, 'caption'), attribute(node, 'title')].find(
		(value) => value !== undefined && !/^\d+$/.test(value),
	);
	const image: PhrasingContent = { type: 'image', url: src, alt: alt ?? '' };
	const converted = convert.node(image) as PhrasingContent[];
	return node.type === 'mdxJsxTextElement' ? converted : [{ type: 'paragraph', children: converted }];
}

/**
 * The addresses a video component names: its `src` or `url`, else the web addresses its
 * attributes named like one write as code (`src={"https://…"}`, `videoUrls={["https://…", …]}`).
 */
function videoAddresses(node: Jsx): string[] {
	const plain = attribute(node, 'src', 'url');
	if (plain) return [plain];
	// `<Recording><source src="/demo.mov"></source></Recording>`: the player's own sources, the first its video.
	const source = sourceElements(node)
		.map((element) => attribute(element, 'src'))
		.find(Boolean);
	if (source) return [source];
	return node.attributes.flatMap((entry) => {
		if (entry.type !== 'mdxJsxAttribute' || !/src|url/i.test(entry.name) || typeof entry.value !== 'object') return [];
		const code = entry.value?.value ?? '';
		return [...code.matchAll(/(["'`])(https?:\/\/[^"'`\s$]+)\1/g)].map((match) => match[2] ?? '');
	});
}

/** The `<source>` elements directly inside a component, on lines of their own or in a line of words. */
function sourceElements(node: Jsx): Jsx[] {
	return (node.children as RootContent[]).flatMap((child): Jsx[] => {
		const inside = child.type === 'paragraph' ? (child.children as RootContent[]) : [child];
		return inside.filter(
			(each): each is Jsx =>
				(each.type === 'mdxJsxFlowElement' || each.type === 'mdxJsxTextElement') && each.name === 'source',
		);
	});
}

/** A component that plays a video (`<DocsVideo src>`): a link to each video, or an import note when it names no address. */
function video(node: Jsx, convert: ComponentConverter): RootContent[] | undefined {
	const addresses = videoAddresses(node);
	const src = addresses[0];
	if (!(/video/i.test(node.name ?? '') || (src && VIDEO.test(src)))) return undefined;
	const title = attribute(node, 'title', 'caption', 'alt');
	const media = addresses.map((address) => mediaLink('video', address, title));
	if (media.length > 0 && media.every((each) => each !== undefined)) {
		convert.notes.push({
			level: 'info',
			message: `a video (<${node.name}>) became a link to it${media.length > 1 ? ` (${media.length} videos, a link each)` : ''}`,
		});
		const links = media.map(
			(each) => convert.node({ type: 'link', url: each.url, children: [text(each.text)] }) as PhrasingContent[],
		);
		if (node.type === 'mdxJsxTextElement')
			return links.flatMap((link, index) => (index > 0 ? [text(' '), ...link] : link));
		return links.map((children): Paragraph => ({ type: 'paragraph', children }));
	}
	convert.notes.push({
		level: 'review',
		message: `a video (<${node.name}>) could not be converted${src ? ` (${src})` : ''}`,
	});
	return [importNote(missingEmbed('a video'), src && /^https?:/.test(src) ? src : undefined, convert.format)];
}

/** A file tree (Nextra's `<FileTree.Folder name>`, `<FileTree.File name>`, Fumadocs' `<Files><Folder name><File name>`): a nested list, a folder's name ending in a slash. */
function fileTreeEntry(node: Jsx, convert: ComponentConverter): RootContent[] {
	const folder = node.name === 'FileTree.Folder' || node.name === 'Folder';
	const name = `${attribute(node, 'name', 'label') ?? ''}${folder ? '/' : ''}`;
	// The entries inside, each already a list of one item (its own file tree entry).
	const inner = convert.children(node).filter((child): child is List => child.type === 'list');
	const entries = inner.flatMap((child) => child.children);
	return [
		list('file-tree', false, [
			{
				type: 'listItem',
				spread: false,
				children: [
					{ type: 'paragraph', children: [{ type: 'inlineCode', value: name }] },
					...(entries.length > 0 ? [list('file-tree-inner', false, entries)] : []),
				],
			},
		]),
	];
}

/**
 * Rspress' `<PackageManagerTabs command="install -D lantern-cli" />`, a tab per package
 * manager with the command each runs: npm's, as a shell block, as Fumadocs' install blocks
 * come over (package-install.ts). A `command={{ npm: '…', yarn: '…' }}` gives each its own.
 */
function packageManagerTabs(node: Jsx, convert: ComponentConverter): RootContent[] {
	const given = node.attributes.find(
		(entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'command',
	);
	const written = given?.value;
	const perTool =
		written && typeof written === 'object'
			? /\bnpm\s*:\s*(["'`])((?:(?!\1)[^\n])*)\1/.exec(written.value)?.[2]
			: undefined;
	const command = perTool ?? attribute(node, 'command');
	if (!command) {
		convert.notes.push({ level: 'review', message: 'package manager tabs whose command is code were left out' });
		return [];
	}
	convert.notes.push({ level: 'info', message: 'package manager tabs became the npm command' });
	const npm =
		perTool ??
		(/^(?:npm|npx)\b/.test(command)
			? command
			: `${flag(node, 'dlx') || flag(node, 'exec') ? 'npx' : 'npm'} ${command}`);
	return [{ type: 'code', lang: 'bash', value: npm } as Code];
}

const handlers: Record<string, (node: Jsx, convert: ComponentConverter) => RootContent[]> = {
	PackageManagerTabs: packageManagerTabs,
	Tabs: tabs,
	Step: step,
	CodeGroup: codeGroup,
	Accordion: accordion,
	AccordionBlock: accordion,
	Expandable: accordion,
	Card: card,
	'Cards.Card': card,
	'FileTree.Folder': fileTreeEntry,
	'FileTree.File': fileTreeEntry,
	Folder: fileTreeEntry,
	File: fileTreeEntry,
	ParamField: field,
	ResponseField: field,
	Frame: frame,
	Update: update,
	details,
	// A bold line, which the `<details>` around it takes back as its summary.
	summary: (node, convert) => [summaryParagraph(summaryWords(convert.children(node)))],
};

/** Components that are blocks of the page, even when written inline (`<Card title="A">Text.</Card>` on one line). */
export const BLOCK_COMPONENTS = new Set([
	...Object.keys(handlers).filter((name) => name !== 'summary' && name !== 'details'),
	'Tab',
	'TabItem',
	'Tabs.Tab',
	'Cards',
	'CardGrid',
	'FileTree',
	'Files',
	'Steps',
	'TypeTable',
	'AccordionGroup',
	'Accordions',
	'CardGroup',
	'Columns',
	'Note',
	'Tip',
	'Info',
	'Warning',
	'Check',
	'Danger',
	'Callout',
	'Aside',
	'Admonition',
]);

/** Components that only hold others and draw a box or a grid around them: their content stays. */
const WRAPPERS = new Set([
	'Cards',
	'CardGrid',
	'FileTree',
	'Files',
	'Bleed',
	'AccordionGroup',
	'Accordions',
	'CardGroup',
	'Columns',
	'Tooltip',
	'Badge',
	'ResponseExample',
	'RequestExample',
	// ReadMe's block of raw HTML: what it holds is the content.
	'HTMLBlock',
	// VitePress' and VuePress' wrapper for what renders only in the browser.
	'ClientOnly',
]);

/** A wrapper's content in its place: its blocks, or the words of one written in a sentence. */
function unwrapped(node: Jsx, blocks: RootContent[]): RootContent[] {
	return node.type === 'mdxJsxTextElement' ? ((blocks[0] as Paragraph).children as RootContent[]) : blocks;
}

/** Icons: pictures that decorate the words beside them. */
const ICONS = /^(Icon|\w+Icon)$/;

/**
 * A layout component as Markdown, or undefined when it is none this converter
 * knows (the caller keeps its content under an import note).
 */
export function convertComponent(node: Jsx, convert: ComponentConverter): RootContent[] | undefined {
	const name = node.name ?? '';
	const handler = handlers[name];
	if (handler) return handler(node, convert);
	if (name === 'TypeTable') return typeTable(node, convert);
	if (ICONS.test(name) && node.children.length === 0) {
		convert.notes.push({ level: 'info', message: 'icons of the old site were left out' });
		return [];
	}
	if (name === 'Steps' && node.children.length > 0) return steps(node, convert);
	if (WRAPPERS.has(name) && node.children.length > 0) return unwrapped(node, blocksOf(node, convert));
	return picture(node, convert) ?? video(node, convert);
}
