import type { Code, Link, Paragraph, Parents, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastText } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { type AsideType, asideTypeOf } from './callouts.ts';
import { isPhrasing } from './phrasing.ts';

/**
 * MDC, the Markdown of Nuxt Content sites (Docus, Nuxt UI's docs templates), as
 * remark-mdc reads it: block components (`::callout{color="warning"}` … `::`, nested
 * with more colons, their props also a YAML block, their `#title` slot), inline ones
 * (`:badge[New]`, `:kbd{value="K"}`) and spans (`[words]{.class}`). Each component
 * becomes the element the converter already reads from other generators' MDX: the
 * prose callouts an `<Callout type>`, `::code-group` a `<CodeGroup>`, `::tabs-item` a
 * `<Tab label>`, `::field` a `<ParamField>` and so on; any other keeps its name, in
 * PascalCase as Nuxt resolves it (`::shiny-card` is `<ShinyCard>`), and its notes say
 * it as the page wrote it (see `mdcWritten`).
 */

/** A component as remark-mdc parses it. */
export interface MdcComponent {
	type: 'containerComponent' | 'leafComponent' | 'textComponent';
	name: string;
	attributes?: Record<string, unknown>;
	/** The YAML props written under the opening line, up to and with their closing `---`. */
	rawData?: string;
	children: RootContent[];
	position?: RootContent['position'];
}

/** A named slot (`#title`) inside a block component. */
interface MdcSlot {
	type: 'componentContainerSection';
	name: string;
	children: RootContent[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const MDC_TYPES = new Set(['containerComponent', 'leafComponent', 'textComponent']);

function isMdcComponent(node: { type: string }): node is MdcComponent {
	return MDC_TYPES.has(node.type);
}

/** Parents whose children are blocks: a component among them is one too (`:video-embed{…}` on a line of its own). */
const FLOW_PARENTS = new Set([
	'root',
	'blockquote',
	'listItem',
	'mdxJsxFlowElement',
	'footnoteDefinition',
	'containerDirective',
]);

/**
 * A paragraph that holds nothing but components with nothing in them, each on a line
 * (`:video-embed{id="…"}`): those components, each a block of the page.
 */
function emptyComponents(node: RootContent): MdcComponent[] | undefined {
	if (node.type !== 'paragraph') return undefined;
	const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
	const found = (parts as { type: string }[]).filter(
		(child): child is MdcComponent => isMdcComponent(child) && child.children.length === 0,
	);
	return found.length > 0 && found.length === parts.length ? found : undefined;
}

/**
 * A block the import's own readers wrote (`:::tryblock-section[Show Operations]`, from a
 * VitePress `::: details` left in the page), which remark-mdc reads as a component: the
 * directive it is, its label the words before its first block.
 */
function importBlock(node: MdcComponent): RootContent {
	const split = node.children.findIndex((child) => !isPhrasing(child));
	const label = (split === -1 ? node.children : node.children.slice(0, split)) as PhrasingContent[];
	const body = split === -1 ? [] : node.children.slice(split);
	const directive = {
		type: 'containerDirective',
		name: node.name,
		attributes: Object.fromEntries(
			Object.entries(node.attributes ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
		),
		children: [
			...(label.length > 0 ? [{ type: 'paragraph', children: label, data: { directiveLabel: true } }] : []),
			...body,
		],
		position: node.position,
	} as unknown as Parents;
	mdcComponents(directive);
	return directive as RootContent;
}

/** `:br` and `:hr`, which Nuxt draws as the HTML elements of those names. */
const HTML_BREAKS = new Set(['br', 'hr']);

function htmlBreak(name: string, flow: boolean): RootContent[] {
	if (name === 'hr') return flow ? [{ type: 'thematicBreak' }] : [];
	return flow ? [] : [{ type: 'break' }];
}

/** What a component stands for, as a block when it sits among blocks (`flow`). */
function converted(node: MdcComponent, flow: boolean): RootContent[] {
	if (node.name.startsWith('tryblock-')) return [importBlock(node)];
	if (HTML_BREAKS.has(node.name)) return htmlBreak(node.name, flow);
	return [mdcElement(node, !flow) as RootContent];
}

/** Every MDC component of the tree as the element it stands for (see `mdcElement`), from the inside out. */
export function mdcComponents(parent: Parents): void {
	const flow = FLOW_PARENTS.has(parent.type);
	const out: RootContent[] = [];
	for (const child of parent.children as RootContent[]) {
		const alone = flow ? emptyComponents(child) : undefined;
		if (alone) out.push(...alone.flatMap((component) => converted(component, true)));
		else if (isMdcComponent(child)) out.push(...converted(child, flow));
		else {
			if ('children' in child) mdcComponents(child);
			out.push(child);
		}
	}
	(parent as { children: RootContent[] }).children = out;
}

/** Nuxt UI's prose callouts by name, and the `<Aside>` each becomes. */
const PROSE_CALLOUTS: Record<string, AsideType> = {
	note: 'note',
	tip: 'tip',
	warning: 'caution',
	caution: 'caution',
	important: 'note',
	danger: 'danger',
	info: 'note',
	success: 'tip',
};

/** Nuxt UI's colours beyond the words callouts.ts knows (`info`, `success`, `warning`, `error`). */
const COLOURS: Record<string, AsideType> = {
	green: 'tip',
	emerald: 'tip',
	yellow: 'caution',
	amber: 'caution',
	orange: 'caution',
	red: 'danger',
	rose: 'danger',
};

/** Nuxt Content's and Nuxt UI's prose components, as the elements the converter reads (components.ts). */
const ALIASES: Record<string, string> = {
	'code-group': 'CodeGroup',
	tabs: 'Tabs',
	'tabs-item': 'Tab',
	steps: 'Steps',
	'card-group': 'CardGroup',
	card: 'Card',
	// Nuxt UI's page components, which Docus pages use for grids of cards.
	'u-page-grid': 'CardGroup',
	'u-page-columns': 'CardGroup',
	'u-page-card': 'Card',
	accordion: 'AccordionGroup',
	'accordion-item': 'Accordion',
	collapsible: 'Accordion',
	'field-group': 'Fragment',
	field: 'ParamField',
	div: 'Fragment',
	span: 'Fragment',
	badge: 'Badge',
	kbd: 'Kbd',
	icon: 'Icon',
};

const pascal = (name: string) =>
	name
		.split(/[-_]+/)
		.map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
		.join('');

/** A prop's value as the converter reads an attribute's: text, or no value for `true` (`{required}`). */
function attributeOf(name: string, value: unknown): MdxJsxAttribute | undefined {
	// `:items="[…]"` and `v-bind` pass code, `@click` a handler: nothing a reader saw.
	if (!/^[A-Za-z][\w-]*$/.test(name)) return undefined;
	if (value === true) return { type: 'mdxJsxAttribute', name, value: null };
	if (typeof value === 'string' || typeof value === 'number')
		return { type: 'mdxJsxAttribute', name, value: String(value) };
	return undefined;
}

/** The props written as YAML under the opening line, or none when they do not parse as a map. */
function yamlProps(rawData: string | undefined): Record<string, unknown> {
	if (!rawData) return {};
	try {
		const data: unknown = parseYaml(rawData.replace(/\n?---[ \t]*$/, ''));
		return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** The words of a slot or a bold line, on one line. */
const oneLine = (node: RootContent | { type: 'root'; children: RootContent[] }) =>
	mdastText(node).replace(/\s+/g, ' ').trim();

/**
 * A callout's first line in bold (`**Cracked shelves**`, then its words on the next
 * line), as Directus writes a callout's title: the title, taken off the content.
 */
function boldTitle(children: RootContent[]): string | undefined {
	const first = children[0];
	if (first?.type !== 'paragraph') return undefined;
	const [lead, next] = first.children;
	if (lead?.type !== 'strong') return undefined;
	const endsLine =
		next === undefined
			? children.length > 1
			: next.type === 'break' || (next.type === 'text' && /^[ \t]*\n/.test(next.value));
	const title = oneLine(lead);
	if (!endsLine || title === '') return undefined;
	const rest = first.children.slice(next?.type === 'break' ? 2 : 1);
	const opening = rest[0];
	if (opening?.type === 'text') opening.value = opening.value.replace(/^\s+/, '');
	if (rest.length === 0 || (rest.length === 1 && opening?.type === 'text' && opening.value === '')) children.shift();
	else first.children = rest;
	return title;
}

function hasLink(nodes: readonly RootContent[], to?: string): boolean {
	return nodes.some(
		(node) =>
			(node.type === 'link' && (to === undefined || node.url === to)) ||
			('children' in node && hasLink(node.children as RootContent[], to)),
	);
}

/**
 * Where a callout led (`to="/guides/loading"`: the whole box was a link): its bold
 * first words, else its one paragraph, become the link; a box that holds other links
 * gets one more after them. Nothing when it links there already.
 */
function linkCallout(children: RootContent[], to: string): void {
	if (hasLink(children, to)) return;
	const first = children[0];
	const link = (words: PhrasingContent[]): Link => ({ type: 'link', url: to, children: words });
	if (first?.type === 'paragraph' && first.children[0]?.type === 'strong' && !hasLink([first.children[0]])) {
		first.children[0] = link([first.children[0]]);
		return;
	}
	if (children.length === 1 && first?.type === 'paragraph' && !hasLink(children)) {
		first.children = [link(first.children)];
		return;
	}
	children.push({ type: 'paragraph', children: [link([{ type: 'text', value: 'Open it' }])] } satisfies Paragraph);
}

/**
 * The element a component stands for: `inline` when it sits in a sentence. Its slots
 * become its `title` and `description`; other slots' content stays in its place.
 */
function mdcElement(node: MdcComponent, inline: boolean): Jsx {
	const written = node.name;
	const base = written.toLowerCase().replace(/^prose-/, '');
	const props: Record<string, unknown> = { ...(node.attributes ?? {}), ...yamlProps(node.rawData) };
	const children: RootContent[] = [];
	for (const child of node.children) {
		const slot = child as unknown as MdcSlot;
		if (slot.type !== 'componentContainerSection') children.push(child);
		else if ((slot.name === 'title' || slot.name === 'description') && props[slot.name] === undefined)
			props[slot.name] = oneLine({ type: 'root', children: slot.children });
		else children.push(...slot.children);
	}
	let name = ALIASES[base] ?? pascal(written);
	// A site's own one-word callout (`::notice`, `::danger`) reads as other generators' `:::notice` does.
	const callout =
		base === 'callout' || base === 'alert'
			? 'from-colour'
			: (PROSE_CALLOUTS[base] ?? (/^[a-z]+$/.test(base) ? asideTypeOf(base) : undefined));
	if (callout) {
		name = 'Callout';
		const colour = String(props.color ?? props.type ?? '').toLowerCase();
		props.type = callout === 'from-colour' ? (asideTypeOf(colour) ?? COLOURS[colour] ?? 'note') : callout;
		const to = typeof props.to === 'string' && props.to.trim() !== '' ? props.to.trim() : undefined;
		if (to) linkCallout(children, to);
		else if (props.title === undefined) props.title = boldTitle(children);
	}
	// Nuxt UI's collapsible shows "Show properties" (its `name`), the content under it.
	if (base === 'collapsible' && props.title === undefined) {
		const words = typeof props.name === 'string' && props.name.trim() !== '' ? props.name.trim() : 'properties';
		props.title = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
	}
	// A component that leads somewhere reads as other generators' do (`href`).
	if (props.href === undefined && typeof props.to === 'string' && !callout) props.href = props.to;
	const attributes = Object.entries(props).flatMap(([key, value]) => attributeOf(key, value) ?? []);
	const element = {
		type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
		name,
		attributes,
		children: children as MdxJsxFlowElement['children'],
		data: { mdc: `${node.type === 'textComponent' ? ':' : '::'}${written}` } as MdxJsxFlowElement['data'],
		position: node.position,
	} as Jsx;
	mdcComponents(element);
	return element;
}

/** How the page wrote a component made from MDC (`::shiny-card`, `:product-link`), for notes; undefined for MDX's own. */
export function mdcWritten(node: Jsx): string | undefined {
	return (node.data as { mdc?: string } | undefined)?.mdc;
}

/**
 * A fence's MDC meta (```` ```ts [app.ts] {2} ````): its file name in brackets is its
 * title, as other generators' `title="…"` is; the lines to highlight stay in the meta.
 */
export function mdcCode(code: Code): Code {
	// No language, the name first (```` ```[Field Selection] ````): Markdown takes its first word for the language.
	const nameFirst = code.lang?.startsWith('[') === true;
	const meta = nameFirst ? `${code.lang} ${code.meta ?? ''}`.trim() : (code.meta ?? '');
	const file = /\[([^\]]+)\]/.exec(meta);
	if (!file?.[1] || /(?:^|\s)(?:title|filename)=/.test(meta))
		return nameFirst ? { ...code, lang: null, meta: meta || null } : code;
	const title = file[1].replace(/"/g, "'");
	const rest = meta.replace(file[0], ' ').replace(/\s+/g, ' ').trim();
	return { ...code, lang: nameFirst ? null : code.lang, meta: `filename="${title}"${rest ? ` ${rest}` : ''}` };
}
