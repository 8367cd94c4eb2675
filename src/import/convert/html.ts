import type { Element, ElementContent, Root as HastRoot, Parents, Text } from 'hast';
import { type Handle, toMdast, defaultHandlers as toMdastHandlers } from 'hast-util-to-mdast';
import { toString as hastText } from 'hast-util-to-string';
import type { BlockContent, Heading, Root as MdastRoot, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { unsafeAddressReason } from '../../text/unsafe-address.ts';
import { labelledBoxType, takeCalloutLabel } from './callout-labels.ts';
import {
	type AsideType,
	asideNode,
	asideTypeFromColour,
	asideTypeFromColourWord,
	asideTypeOf,
	asideTypeOfIcon,
	titleSaysOnlyTheKind,
} from './callouts.ts';
import { codeLanguage } from './code-language.ts';
import {
	codeLinesBlock,
	flattenCell,
	headingReplacement,
	layoutTableContent,
	nestStrayLists,
	replaceWith,
	settleAttentionEdges,
	spaceBlocksInHeading,
	styledTag,
	unboldHeadings,
} from './editor-markup.ts';
import { foldNode, saysSomething, summaryWords } from './folds.ts';
import { markNode } from './highlights.ts';
import { hostedVideoLink, type MediaLink, mediaLink } from './media.ts';
import { anchorNode, importNote, inlineAnchorNode, missingEmbed } from './notes.ts';
import { isPhrasing } from './phrasing.ts';
import { summaryParagraph } from './summary.ts';
import { giveHeaderRow, showsSomething } from './table-header.ts';
import type { ConversionNote, ConvertContext, LinkOutcome, OutputFormat } from './types.ts';

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** Parses an HTML body from a help center (untrusted) into hast. */
export function parseHtml(html: string): HastRoot {
	return htmlParser.parse(html);
}

type Visit = (node: Element, parent: Parents, index: number) => void;

function walk(parent: Parents, visit: Visit) {
	// Visitors may replace a child; read children afresh at each step.
	for (let index = 0; index < parent.children.length; index++) {
		const child = parent.children[index];
		if (child?.type !== 'element') continue;
		visit(child, parent, index);
		const current = parent.children[index];
		if (current?.type === 'element') walk(current, visit);
	}
}

function classTokens(element: Element): string[] {
	const value: unknown = element.properties?.className;
	const tokens = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
	return tokens.map((token) => String(token).toLowerCase());
}

const blockTags = new Set(['div', 'aside', 'section', 'p', 'blockquote', 'figure']);
const calloutMarkers = new Set(['callout', 'admonition', 'alert']);

/** A kind run together with `box` in one class name (`warningBox`, `tipbox`), as Document360's editor names its callouts. */
const BOX_NAME = /^(note|info|tip|hint|success|warning|warn|caution|danger|error|important|alert)box$/;

/** The kind of callout an element is, or undefined when it is an ordinary block. */
export function calloutType(element: Element): AsideType | undefined {
	if (!blockTags.has(element.tagName)) return undefined;
	const role = String(element.properties?.role ?? '').toLowerCase();
	if (role === 'note') return 'note';
	if (role === 'alert') return 'caution';
	const tokens = classTokens(element).map((token) => BOX_NAME.exec(token)?.[1] ?? token);
	const marked = tokens.filter((token) => {
		const words = token.split(/[-_]+/);
		if (asideTypeOf(words[0] ?? '') !== undefined || words.some((word) => calloutMarkers.has(word))) return true;
		// A box's modifier names its kind: Bootstrap's `panel panel-warning`, Bulma's `notification is-warning`.
		const base = token.slice(0, token.search(/[-_]+[^-_]+$/));
		return (
			asideTypeOf(words.at(-1) ?? '') !== undefined && words.length > 1 && (base === 'is' || tokens.includes(base))
		);
	});
	// A plain `<aside>` is set apart from the text, as Notion exports its callouts (`<aside>💡 …`): its icon says the kind.
	if (marked.length === 0)
		return element.tagName === 'aside' ? (asideTypeOfIcon(leadingIcon(element)) ?? 'note') : undefined;
	const named = asideTypeOf(marked.join(' ')) ?? 'note';
	if (named !== 'note') return named;
	// An icon the author opened it with (`⚠️`, `💡`) says more than the box's colour.
	return (
		asideTypeOfIcon(leadingIcon(element)) ??
		asideTypeFromColourWord(marked) ??
		asideTypeFromColour(String(element.properties?.style ?? '')) ??
		'note'
	);
}

/** An emoji at the start of a text (with its variation selector), as editors put before a callout's words. */
const LEADING_ICON = /^\s*(\p{Extended_Pictographic}\uFE0F?)\s*/u;

function firstText(element: Element): Text | undefined {
	for (const child of element.children) {
		if (child.type === 'text' && child.value.trim() !== '') return child;
		if (child.type === 'element') {
			const found = firstText(child);
			if (found) return found;
		}
	}
	return undefined;
}

function leadingIcon(element: Element): string | undefined {
	return LEADING_ICON.exec(firstText(element)?.value ?? '')?.[1];
}

/** The icon a callout opens with, which the aside's kind now says: taken out of its words. */
function dropLeadingIcon(element: Element): void {
	const text = firstText(element);
	if (text) text.value = text.value.replace(LEADING_ICON, '');
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TITLE_CLASS = /title|heading|header/;

/** A callout's own title: a heading or a "title" element at its start. */
export function takeCalloutTitle(element: Element): string | undefined {
	const first = element.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
	if (first?.type !== 'element') return undefined;
	if (!headingTags.has(first.tagName) && !classTokens(first).some((token) => TITLE_CLASS.test(token))) return undefined;
	const title = hastText(first).replace(/\s+/g, ' ').trim();
	if (title === '' || title.length > 80) return undefined;
	element.children.splice(element.children.indexOf(first), 1);
	// "Note" over a note says nothing the aside's own label does not; "Important" does.
	return titleSaysOnlyTheKind(title) ? undefined : title;
}

function sourceOf(element: Element): string | undefined {
	const own = element.properties?.src ?? element.properties?.data;
	if (own) return String(own);
	const source = element.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'source',
	);
	return source?.properties?.src ? String(source.properties.src) : undefined;
}

/** A video, a recording or a known host's video player, as the link it becomes; undefined for other embeds. */
function playedMedia(tag: string, source: string | undefined, node: Element): MediaLink | undefined {
	const title = node.properties?.title ?? node.properties?.ariaLabel;
	const named = title === undefined ? undefined : String(title);
	if (tag === 'video' || tag === 'audio') return mediaLink(tag, source, named);
	return tag === 'iframe' && source ? hostedVideoLink(source, named) : undefined;
}

const embeds: Record<string, string> = {
	iframe: 'an embedded frame',
	embed: 'embedded content',
	object: 'embedded content',
	video: 'a video',
	audio: 'an audio clip',
	canvas: 'a drawing surface',
	svg: 'an inline SVG drawing',
	math: 'a formula',
	form: 'a form',
	select: 'a form field',
	textarea: 'a form field',
};

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An address from an article, absolute against the article's old address (when it has one). */
export function resolveUrl(url: string, base: string | undefined): string {
	const trimmed = url.trim();
	if (trimmed.startsWith('#') || base === undefined) return trimmed;
	try {
		// A protocol-relative address (`//cdn.example.com/x.png`) goes to that host over the web, never to a file.
		if (trimmed.startsWith('//') && base.startsWith('file:')) return new URL(`https:${trimmed}`).href;
		return new URL(trimmed, base).href;
	} catch {
		return trimmed;
	}
}

/**
 * A link's address, absolute: one written relative and without a file's extension
 * (`../billing/`, `../api#keys`) is an address the browser read from where the page was
 * served (`linkBaseUrl`); a file's path (`../billing.md`, `diagram.png`) is the file's.
 */
export function resolveLink(url: string, context: Pick<ConvertContext, 'baseUrl' | 'linkBaseUrl'>): string {
	const trimmed = url.trim();
	const filePath = trimmed.replace(/[?#].*$/, '');
	const address =
		context.linkBaseUrl !== undefined &&
		!HAS_SCHEME.test(trimmed) &&
		!/^[/\\#?]/.test(trimmed) &&
		!/\.[a-z0-9]+$/i.test(filePath.replace(/\/+$/, ''));
	return resolveUrl(trimmed, address ? context.linkBaseUrl : context.baseUrl);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
	return { type: 'element', tagName, properties, children };
}

function prepareImage(node: Element, parent: Parents, index: number, context: ConvertContext) {
	const raw = node.properties?.src;
	if (raw === undefined || String(raw).trim() === '') {
		parent.children.splice(index, 1, { type: 'text', value: '' });
		return;
	}
	node.properties.src = context.image(resolveUrl(String(raw), context.baseUrl)).src;
}

function childElements(node: Element, tagName: string): Element[] {
	return node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);
}

/** Tags that make a block of their own inside a card's cell. */
const CARD_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A card's first cell as its title and the text under it: a cell of several blocks
 * (`<h4>Title</h4><p>Text</p>`, as GitBook writes a card with its text in the same
 * cell) is titled by its first block, where its words alone would run into the text.
 */
function cardTitle(cell: Element): { title: Element; more: ElementContent[] } {
	const children = cell.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
	const [first, ...more] = children;
	if (first?.type === 'element' && CARD_BLOCKS.has(first.tagName) && more.length > 0) return { title: first, more };
	return { title: cell, more: [] };
}

const isBlankInline = (node: ElementContent | undefined) =>
	node !== undefined &&
	((node.type === 'element' && node.tagName === 'br') || (node.type === 'text' && node.value.trim() === ''));

/** A block's words as part of a line, without the line breaks an editor left at its ends. */
function blockWords(node: ElementContent): ElementContent[] {
	if (node.type !== 'element' || !CARD_BLOCKS.has(node.tagName)) return [node];
	const words = [...node.children];
	while (isBlankInline(words[0])) words.shift();
	while (isBlankInline(words.at(-1))) words.pop();
	return words;
}

/**
 * GitBook's cards (`<table data-view="cards">`): a row is a card, its first cell the
 * title, a `data-card-target` column where it leads and a `data-card-cover` column its
 * picture. As a table, the titles (headings) would leave their cells; as a list, each
 * card is its title, linked where the card led (or, without a target, where its title
 * links), and its text.
 */
function cardList(table: Element): Element | undefined {
	if (String(table.properties?.dataView ?? '') !== 'cards') return undefined;
	const rows = (node: Element): Element[] =>
		node.children.flatMap((child) =>
			child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : child.tagName === 'thead' ? [] : rows(child),
		);
	const header = childElements(childElements(table, 'thead')[0] ?? table, 'tr')[0];
	const columns = header ? header.children.filter((child): child is Element => child.type === 'element') : [];
	const isColumn = (at: number, property: string) => columns[at]?.properties?.[property] !== undefined;
	const items = rows(table).map((row) => {
		const cells = row.children.filter((child): child is Element => child.type === 'element');
		const target = cells.find((_, at) => isColumn(at, 'dataCardTarget'));
		const href = target && walkFirst(target, 'a')?.properties?.href;
		const content = cells.filter(
			(cell, at) => cell !== target && !isColumn(at, 'dataCardCover') && hastText(cell).trim() !== '',
		);
		const [first, ...rest] = content;
		const { title: titleNode, more } = first ? cardTitle(first) : { title: undefined, more: [] };
		const link = href ?? (titleNode && walkFirst(titleNode, 'a')?.properties?.href);
		const title = titleNode ? hastText(titleNode).replace(/\s+/g, ' ').trim() : String(link ?? '');
		const words: ElementContent[] = [{ type: 'text', value: title }];
		const lead = link !== undefined ? element('a', { href: link }, words) : element('strong', {}, words);
		// One line of text, a space before each block and cell (a list item holds one paragraph).
		const parts = [...more.map(blockWords), ...rest.map((cell) => cell.children.flatMap(blockWords))];
		const text = parts.flatMap((words) => [{ type: 'text' as const, value: ' ' }, ...words]);
		return element('li', {}, [
			element('p', {}, [lead, ...(text.length > 0 ? [{ type: 'text' as const, value: ':' }] : []), ...text]),
		]);
	});
	return element('ul', {}, items);
}

function walkFirst(node: Element, tagName: string): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === tagName) return child;
		const found = walkFirst(child, tagName);
		if (found) return found;
	}
	return undefined;
}

/** A `<pre>` as one `<code>` with the language the source gave it. */
function prepareCode(node: Element) {
	const lang = codeLanguage(node);
	const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
	const target = code ?? element('code', {}, node.children);
	if (!code) node.children = [target];
	target.properties = { ...target.properties, className: lang ? [`language-${lang}`] : [] };
}

/** The most an icon measures on a side; a drawing worth reviewing is larger. */
const ICON_SIZE = 48;

/** Whether an inline SVG is drawn larger than an icon: a width or height set above ICON_SIZE. */
function drawnLarge(svg: Element): boolean {
	const { width, height } = svg.properties ?? {};
	return [width, height].some((value) => {
		const size = Number.parseFloat(String(value ?? ''));
		return Number.isFinite(size) && size > ICON_SIZE;
	});
}

/** An element's words, without what its drawings hold (an SVG's `<title>`). */
function wordsOf(node: Parents): string {
	return node.children
		.map((child) =>
			child.type === 'text' ? child.value : child.type === 'element' && child.tagName !== 'svg' ? wordsOf(child) : '',
		)
		.join('');
}

/**
 * Leaves out the icons whose meaning the words beside them already carry: an SVG hidden
 * from screen readers, and one of icon size inside a link or button with words of its
 * own (a link card's arrow, `<a><svg/> Settings</a>`), as a theme's icon shortcodes go.
 * An icon that stands for a word (`Tap the <svg/> button`) stays a note for review.
 */
function leaveOutIcons(tree: HastRoot, notes: ConversionNote[]) {
	let left = 0;
	const visit = (parent: Parents, labelled: boolean) => {
		parent.children = parent.children.filter((child) => {
			if (child.type !== 'element') return true;
			const { ariaHidden, role } = child.properties ?? {};
			const hidden = String(ariaHidden) === 'true' || role === 'presentation' || role === 'none';
			if (child.tagName === 'svg' && (hidden || (labelled && !drawnLarge(child)))) {
				left++;
				return false;
			}
			const link = child.tagName === 'a' || child.tagName === 'button';
			visit(child, labelled || (link && wordsOf(child).trim() !== ''));
			return true;
		}) as typeof parent.children;
	};
	visit(tree, false);
	if (left > 0) notes.push({ level: 'info', message: 'icons of the old site were left out' });
}

/** Marks, rewrites and replaces what Markdown cannot say, before hast becomes mdast. */
function prepare(tree: HastRoot, context: ConvertContext, notes: ConversionNote[]) {
	leaveOutIcons(tree, notes);
	walk(tree, (node, parent, index) => {
		const tag = node.tagName;
		if (tag === 'script' || tag === 'style' || tag === 'template') {
			parent.children.splice(index, 1, { type: 'text', value: '' });
			if (tag === 'script') notes.push({ level: 'info', message: 'a script was removed' });
			return;
		}
		const embed = embeds[tag];
		if (embed) {
			const source = sourceOf(node);
			const media = playedMedia(tag, source, node);
			if (media) {
				notes.push({ level: 'info', message: `${embed} became a link to it` });
				parent.children.splice(index, 1, element('a', { href: media.url }, [{ type: 'text', value: media.text }]));
				return;
			}
			const href = source ? resolveUrl(source, context.baseUrl) : undefined;
			const link = href && /^https?:/i.test(href) ? href : undefined;
			notes.push({ level: 'review', message: `${embed} could not be converted${link ? ` (${link})` : ''}` });
			parent.children.splice(index, 1, element('x-import-note', { message: embed, href: link }));
			return;
		}
		if (tag === 'input' && String(node.properties?.type ?? '') !== 'checkbox') {
			parent.children.splice(index, 1, { type: 'text', value: '' });
			return;
		}
		const callout = calloutType(node) ?? labelledBoxType(node);
		if (callout) {
			// The aside shows its kind: an icon saying one goes (a plain <aside>'s any icon, which is its kind).
			if (tag === 'aside' || asideTypeOfIcon(leadingIcon(node)) !== undefined) dropLeadingIcon(node);
			const title = takeCalloutTitle(node) ?? takeCalloutLabel(node);
			parent.children.splice(index, 1, element('x-import-callout', { asideType: callout, title }, node.children));
			return;
		}
		const styled = styledTag(node);
		if (styled) node.tagName = styled;
		if (tag === 'ul' || tag === 'ol') nestStrayLists(node);
		if (tag === 'td' || tag === 'th') flattenCell(node);
		if (headingTags.has(tag)) {
			const replacement = headingReplacement(node);
			if (replacement) {
				replaceWith(parent, index, [replacement]);
				return;
			}
			spaceBlocksInHeading(node);
		}
		const codeLines = codeLinesBlock(node);
		if (codeLines) {
			replaceWith(parent, index, [codeLines]);
			// Visited again as the code block it now is.
			prepareCode(codeLines);
			return;
		}
		if (tag === 'pre') {
			prepareCode(node);
			return;
		}
		if (tag === 'figcaption') {
			// A picture's caption reads as one, in italics under it; GitBook writes empty ones.
			const inline = node.children.flatMap((child) =>
				child.type === 'element' && child.tagName === 'p' ? child.children : [child],
			);
			parent.children.splice(
				index,
				1,
				hastText(node).trim() === '' ? { type: 'text', value: '' } : element('p', {}, [element('em', {}, inline)]),
			);
			return;
		}
		if (tag === 'table') {
			const cards = cardList(node);
			const layout = cards ? undefined : layoutTableContent(node);
			if (cards) parent.children.splice(index, 1, cards);
			else if (layout) replaceWith(parent, index, layout);
			else giveHeaderRow(node);
			return;
		}
		if (tag === 'a') {
			// A Markdown footnote's reference, in a block read with its raw HTML: the `sup` handler makes it one again.
			if (footnoteOf(node) !== undefined) return;
			const id = node.properties?.id ?? node.properties?.name;
			// A named anchor (`<a name="x"></a>`) is no link, nor is a link to itself (GitBook's
			// `<a href="#x" id="x"></a>` in a heading): its id stays on a span.
			if (node.properties?.href === undefined || (id !== undefined && String(node.properties.href) === `#${id}`)) {
				parent.children.splice(index, 1, element('span', { id }, node.children));
				return;
			}
			// A link with nothing in it (an editor leaves one where its words were cut) showed nothing;
			// kept, it would be an empty link a screen reader names by its address. Its spaces stay.
			if (hastText(node).trim() === '' && !showsSomething(node)) {
				parent.children.splice(index, 1, { type: 'text', value: hastText(node) });
				return;
			}
			// An image that links to itself (full size on the old host) is just the image.
			const only = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
			const image = only.length === 1 && only[0]?.type === 'element' && only[0].tagName === 'img' ? only[0] : undefined;
			if (
				image &&
				resolveUrl(String(image.properties?.src ?? ''), context.baseUrl) ===
					resolveUrl(String(node.properties.href), context.baseUrl)
			) {
				// Named as an anchor (`<a href="shot.png" name="pic_1">`), the page's links to it keep a place to land.
				const anchor = id === undefined ? [] : [element('span', { id }, [])];
				parent.children.splice(index, 1, ...anchor, image);
				prepareImage(image, parent, index + anchor.length, context);
				return;
			}
			const raw = String(node.properties.href).trim();
			// Absolute addresses stay exactly as written; relative ones resolve against the old page.
			const href = HAS_SCHEME.test(raw) ? raw : resolveUrl(raw, context.baseUrl);
			// The address as written decides: a relative one resolved against a file of a docs folder is that file.
			// One that runs code stays a link here: the article's last pass removes it and says so (unsafe-addresses.ts).
			const outcome: LinkOutcome =
				HAS_SCHEME.test(raw) && unsafeAddressReason(raw) !== undefined
					? { kind: 'kept', href: raw }
					: context.link(href, hastText(node));
			if (outcome.kind === 'unlinked') {
				// The words stay; only the link goes.
				parent.children.splice(index, 1, element('span', { id }, node.children));
				return;
			}
			node.properties.href = outcome.href;
			return;
		}
		if (tag === 'img') prepareImage(node, parent, index, context);
	});
	// Ids other articles link to that are not on a heading stay as explicit anchors.
	if (context.keepIds && context.keepIds.size > 0) keepAnchors(tree, context.keepIds);
	markHeadingIds(tree);
}

function keepAnchors(tree: HastRoot, keepIds: ReadonlySet<string>) {
	const inHeading = (ancestors: Element[]) => ancestors.some((ancestor) => headingTags.has(ancestor.tagName));
	const visit = (parent: Parents, ancestors: Element[]) => {
		for (let index = 0; index < parent.children.length; index++) {
			const child = parent.children[index];
			if (child?.type !== 'element') continue;
			const id = String(child.properties?.id ?? child.properties?.name ?? '');
			if (id && keepIds.has(id) && !headingTags.has(child.tagName) && !inHeading(ancestors)) {
				// In a table cell the anchor must be inline: a block would end the table.
				const inline = ancestors.some((ancestor) => ancestor.tagName === 'td' || ancestor.tagName === 'th');
				parent.children.splice(index, 0, element('x-import-anchor', { anchor: id, inline }));
				index++;
			}
			visit(child, [...ancestors, child]);
		}
	};
	visit(tree, []);
}

/** Records on each heading the ids the source gave it or the anchors inside it. */
function markHeadingIds(tree: HastRoot) {
	walk(tree, (node) => {
		if (!headingTags.has(node.tagName)) return;
		const ids: string[] = [];
		const collect = (element: Element) => {
			const id = element.properties?.id ?? element.properties?.name;
			if (id !== undefined && String(id) !== '') ids.push(String(id));
			for (const child of element.children) if (child.type === 'element') collect(child);
		};
		collect(node);
		if (ids.length > 0) node.properties = { ...node.properties, dataSourceIds: ids.join(' ') };
	});
}

function toBlocks(nodes: RootContent[]): BlockContent[] {
	return nodes.filter((node) => node.type !== 'definition') as BlockContent[];
}

function handlers(context: ConvertContext): Record<string, Handle> {
	const heading: Handle = (state, node, parent) => {
		const result = (toMdastHandlers.h2 as (...args: Parameters<Handle>) => Heading | undefined)(state, node, parent);
		const ids = node.properties?.dataSourceIds;
		// Ids written in the HTML are what links from outside name (Zendesk's `h_01…`, made when
		// an author links the heading; an `<a name>` inside it): each is kept as an anchor.
		if (result && ids) {
			const sourceIds = String(ids).split(' ');
			result.data = { ...result.data, sourceIds, chosenIds: sourceIds } as Heading['data'];
		}
		return result;
	};
	return {
		h1: heading,
		h2: heading,
		h3: heading,
		h4: heading,
		h5: heading,
		h6: heading,
		'x-import-callout': (state, node) => {
			const children = toBlocks(state.toFlow(state.all(node)));
			const type = String(node.properties?.asideType ?? 'note') as AsideType;
			const title = node.properties?.title ? String(node.properties.title) : undefined;
			return asideNode(type, title, children, context.format);
		},
		'x-import-note': (_state, node) =>
			importNote(
				missingEmbed(String(node.properties?.message ?? 'content')),
				node.properties?.href ? String(node.properties.href) : undefined,
				context.format,
			),
		'x-import-anchor': (_state, node) =>
			node.properties?.inline
				? inlineAnchorNode(String(node.properties?.anchor), context.format)
				: anchorNode(String(node.properties?.anchor), context.format),
		sup: (state, node) => {
			const only = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
			const footnote = only.length === 1 && only[0]?.type === 'element' ? footnoteOf(only[0]) : undefined;
			if (footnote !== undefined) return { type: 'footnoteReference', identifier: footnote, label: footnote };
			return raisedOrLowered('sup', state.all(node) as PhrasingContent[], context.format);
		},
		sub: (state, node) => raisedOrLowered('sub', state.all(node) as PhrasingContent[], context.format),
		ruby: (state, node) => raisedOrLowered('ruby', state.all(node) as PhrasingContent[], context.format),
		rb: (state, node) => raisedOrLowered('rb', state.all(node) as PhrasingContent[], context.format),
		rt: (state, node) => raisedOrLowered('rt', state.all(node) as PhrasingContent[], context.format),
		rp: (state, node) => raisedOrLowered('rp', state.all(node) as PhrasingContent[], context.format),
		mark: (state, node) => markNode(state.all(node) as PhrasingContent[], context.format),
		summary: (state, node) => summaryParagraph(state.all(node) as PhrasingContent[]),
		details: (state, node) => {
			const summary = node.children.find(
				(child): child is Element => child.type === 'element' && child.tagName === 'summary',
			);
			const words = summary ? summaryWords(state.all(summary)) : [];
			const body = toBlocks(state.toFlow(state.all({ ...node, children: node.children.filter((c) => c !== summary) })));
			// Without a summary, a fold cannot say what it hides: its content stays open.
			if (!saysSomething(words)) return body;
			return foldNode(words, body, node.properties?.open !== undefined && node.properties.open !== false);
		},
	};
}

/**
 * The footnote a link written for a Markdown footnote's reference names (`[^1]`, which a
 * table or paragraph holding raw HTML is read through HTML as: `<sup><a href="#user-content-fn-1"
 * data-footnote-ref>1</a></sup>`), so it stays a reference to the footnote under the page.
 */
function footnoteOf(node: Element): string | undefined {
	if (node.tagName !== 'a' || node.properties?.dataFootnoteRef === undefined) return undefined;
	const found = /^#user-content-fn-(.+)$/.exec(String(node.properties.href ?? ''));
	if (!found?.[1]) return undefined;
	try {
		return decodeURIComponent(found[1]);
	} catch {
		return found[1];
	}
}

/** Inline elements Markdown has no form for, whose words alone would read wrong: kept as elements. */
export const keptInlineTags = ['sup', 'sub', 'ruby', 'rb', 'rt', 'rp'] as const;
type InlineKept = (typeof keptInlineTags)[number];

/**
 * Superscript and subscript keep their place (`2025<sup>1</sup>`, `H<sub>2</sub>O`):
 * Markdown has neither, and the words alone would read as another number (`20251`).
 * So does a ruby annotation, a reading shown above its word (`<ruby>東京<rt>とうきょう</rt></ruby>`),
 * whose two would otherwise run together (`東京とうきょう`).
 * MDX writes the element; Markdown its tags around the escaped words.
 */
function raisedOrLowered(tag: InlineKept, children: PhrasingContent[], format: OutputFormat): PhrasingContent[] {
	if (children.every((child) => child.type === 'text' && child.value.trim() === '')) return children;
	if (format === 'mdx')
		return [{ type: 'mdxJsxTextElement', name: tag, attributes: [], children } as MdxJsxTextElement];
	return [{ type: 'html', value: `<${tag}>` }, ...children, { type: 'html', value: `</${tag}>` }];
}

/** Blank paragraphs (`<p>&nbsp;</p>`), which help-center editors leave everywhere. */
function isBlank(node: RootContent): boolean {
	return (
		node.type === 'paragraph' &&
		node.children.every((child) => child.type === 'text' && child.value.replace(/[\s\u00a0]/g, '') === '')
	);
}

function dropBlankParagraphs(parent: { children: RootContent[] }) {
	parent.children = parent.children.filter((child) => !isBlank(child));
	for (const child of parent.children) {
		if ('children' in child && Array.isArray(child.children)) dropBlankParagraphs(child as { children: RootContent[] });
	}
}

/**
 * Words left at the top of the tree, outside any paragraph (a link that held a block,
 * `<a class="card"><div>icon</div>Plans</a>`, comes out of the converter bare), made
 * a paragraph each run of them: bare, two such links one under the other would run
 * together on one line (`[Plans](…)[Support](…)`).
 */
function paragraphsAtRoot(tree: MdastRoot) {
	const children: RootContent[] = [];
	let run: PhrasingContent[] = [];
	const flush = () => {
		if (run.some((node) => node.type !== 'text' || node.value.trim() !== ''))
			children.push({ type: 'paragraph', children: run });
		run = [];
	};
	for (const child of tree.children) {
		if (isPhrasing(child)) run.push(child);
		else {
			flush();
			children.push(child);
		}
	}
	flush();
	tree.children = children;
}

/**
 * An HTML body as mdast: headings, lists, tables, code with its language, images
 * and links as the context decides, callouts as asides, and a visible note where
 * something (an iframe, a form) cannot be said in Markdown.
 */
export function htmlToMdast(
	html: string | HastRoot,
	context: ConvertContext,
): { tree: MdastRoot; notes: ConversionNote[] } {
	const hast = typeof html === 'string' ? parseHtml(html) : html;
	const notes: ConversionNote[] = [];
	prepare(hast, context, notes);
	const tree = toMdast(hast, {
		handlers: handlers(context),
		nodeHandlers: { comment: () => undefined },
	}) as MdastRoot;
	paragraphsAtRoot(tree);
	dropBlankParagraphs(tree);
	settleAttentionEdges(tree);
	unboldHeadings(tree);
	return { tree, notes };
}

/** Every image address in an HTML body, resolved, so they can be fetched before converting. */
export function imageSources(hast: HastRoot, baseUrl: string | undefined): string[] {
	const sources = new Set<string>();
	walk(hast, (node) => {
		if (node.tagName !== 'img') return;
		const src = node.properties?.src;
		if (src !== undefined && String(src).trim() !== '') sources.add(resolveUrl(String(src), baseUrl));
	});
	return [...sources];
}
