import type { Parents, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { codeFenceTracker } from './source-blocks.ts';

/**
 * Vue components in a VitePress or VuePress page: the theme registers them for every
 * page (`<CardGroup :cols="3"><Card title href>…</Card></CardGroup>`, `<NotFound />`),
 * and Markdown reads their lines as raw HTML, where an HTML parser lowercases their
 * names, treats `<NotFound />` as an opening tag and unwraps what it does not know.
 * Read from the page's text instead, as MDX reads a component, they convert as the MDX
 * component of the same name does (cards, steps, tabs…) or are kept under a note.
 */

/** A component's name as Vue resolves it: capitalised (`CardGroup`) or kebab-case (`card-group`). */
const COMPONENT_NAME = String.raw`[A-Z][\w.]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+`;
const OPENS_WITH_COMPONENT = new RegExp(String.raw`^\s*<(${COMPONENT_NAME})(?=[\s/>])`);
/** The few names with a hyphen that are SVG's or MathML's, not a component's. */
const NOT_COMPONENTS = new Set([
	'annotation-xml',
	'color-profile',
	'font-face',
	'font-face-src',
	'font-face-uri',
	'font-face-format',
	'font-face-name',
	'missing-glyph',
]);
/** HTML's elements, which old pages sometimes write in capitals (`<IMG SRC>`, `<BR>`): no components. */
const HTML_ELEMENTS = new Set(
	(
		'a abbr address area article aside audio b bdi bdo blockquote body br button canvas caption center cite code col ' +
		'colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 ' +
		'h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav ' +
		'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select ' +
		'small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title ' +
		'tr track tt u ul var video wbr'
	).split(' '),
);
const isComponent = (name: string) =>
	!NOT_COMPONENTS.has(name) && !(/^[A-Z][A-Z0-9]*$/.test(name) && HTML_ELEMENTS.has(name.toLowerCase()));
/** A tag, its quoted attribute values read whole (`title="a > b"`). */
const TAG = /<(\/?)([A-Za-z][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
/** Vue's own attributes, read by Vue and never shown: `:cols="3"`, `v-if="x"`, `v-else`, `@click="go"`, `#default`. */
const VUE_ATTRIBUTE = /\s(?::|@|#|v-)[\w.:[\]-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>/]+))?/g;
const VOID = /^(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** `card-group` → `CardGroup`, the name Vue finds it by. */
const pascal = (name: string) =>
	name.includes('-') && name === name.toLowerCase()
		? name.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
		: name;

/** The offset just past the tag that closes the component opened at `start`, else undefined; tags in code are none. */
function elementEnd(source: string, code: readonly boolean[], start: number, name: string): number | undefined {
	let depth = 0;
	TAG.lastIndex = start;
	for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
		if (match[2] !== name || code[match.index]) continue;
		if (match[1] === '/') depth--;
		else if (match[4] !== '/') depth++;
		if (depth <= 0) return match.index + match[0].length;
	}
	return undefined;
}

/** Which characters of `text` are code (fenced blocks, their fences, and code spans), where nothing is rewritten. */
function codeMask(text: string): boolean[] {
	const mask: boolean[] = [];
	const inFence = codeFenceTracker();
	for (const line of text.split('\n')) {
		const fenced = inFence(line);
		const spans = fenced ? [] : [...line.matchAll(/(`+)[^`]*?\1/g)];
		for (let at = 0; at < line.length; at++)
			mask.push(fenced || spans.some((span) => at >= span.index && at < span.index + span[0].length));
		mask.push(false);
	}
	return mask;
}

/**
 * The component's text as MDX can read it, line for line: Vue's attributes and comments go,
 * an HTML void element closes itself, and braces in its words stay words (`{{ count }}`);
 * code inside it stays as written.
 */
function asMdx(text: string): string {
	const source = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
	const code = codeMask(source);
	const words = (from: number, to: number) => {
		let out = '';
		for (let at = from; at < to; at++) {
			const character = source[at] ?? '';
			out += !code[at] && (character === '{' || character === '}') ? `\\${character}` : character;
		}
		return out;
	};
	let out = '';
	let last = 0;
	TAG.lastIndex = 0;
	for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
		if (code[match.index]) continue;
		out += words(last, match.index);
		const [, closing = '', name = '', attributes = '', self = ''] = match;
		const kept = attributes.replace(VUE_ATTRIBUTE, '');
		out += `<${closing}${name}${kept}${self || (!closing && VOID.test(name) ? ' /' : '')}>`;
		last = match.index + match[0].length;
	}
	return out + words(last, source.length);
}

type Parse = (text: string) => Root;

/**
 * Each block of a page that opens with a Vue component (outside code) re-read from the
 * page's text as MDX, with its lines the page's; kebab-case names as Vue resolves them.
 * A block MDX cannot read stays as it was, raw HTML.
 */
export function vueComponentBlocks(tree: Root, source: string, parseMdx: Parse): void {
	let code: boolean[] | undefined;
	const walk = (parent: Parents) => {
		const children = parent.children as RootContent[];
		for (let index = 0; index < children.length; index++) {
			const child = children[index] as RootContent;
			const start = child.position?.start;
			// A tag with Vue's attributes (`@click`) is no HTML to Markdown: its line is a paragraph.
			const opening =
				(child.type === 'html' || child.type === 'paragraph') && start?.offset !== undefined
					? OPENS_WITH_COMPONENT.exec(source.slice(start.offset, start.offset + 200))
					: null;
			const name = opening?.[1];
			if (!opening || !name || !isComponent(name) || start?.offset === undefined) {
				if ('children' in child && child.type !== 'heading' && child.type !== 'paragraph') walk(child as Parents);
				continue;
			}
			code ??= codeMask(source);
			const end = elementEnd(source, code, start.offset + opening[0].indexOf('<'), name);
			if (end === undefined) continue;
			// The blocks the element spans, from its opening line to the end of the block its closing tag is in.
			let last = index;
			while ((children[last + 1]?.position?.start.offset ?? Number.POSITIVE_INFINITY) < end) last++;
			const through = Math.max(end, children[last]?.position?.end.offset ?? end);
			let read: Root;
			try {
				read = parseMdx(asMdx(source.slice(start.offset, through)));
			} catch {
				continue;
			}
			visit(read, (node) => {
				if (node.position) {
					// Lines are the page's; offsets into the re-read text would point nowhere in it.
					node.position = {
						start: { line: node.position.start.line + start.line - 1, column: node.position.start.column },
						end: { line: node.position.end.line + start.line - 1, column: node.position.end.column },
					};
				}
				if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
					const element = node as MdxJsxFlowElement | MdxJsxTextElement;
					if (element.name)
						element.name = isComponent(element.name) ? pascal(element.name) : element.name.toLowerCase();
				}
			});
			children.splice(index, last - index + 1, ...read.children);
			index += read.children.length - 1;
		}
	};
	walk(tree);
}
