import { asideTypeOf, titleSaysOnlyTheKind } from './callouts.ts';
import { mediaLink } from './media.ts';
import { codeFenceTracker, directiveBlock, foldBlock } from './source-blocks.ts';
import {
	dedent,
	type SplitTags,
	startsOpen,
	type Tag,
	type TagNode,
	type TagSyntax,
	tagsOnOneLine,
	tagTree,
} from './template-tags.ts';
import type { ConversionNote } from './types.ts';

/**
 * Markdoc's tags, as Markdoc sites write them in `.mdoc` pages (Stripe-style docs, Keystatic,
 * Astro's and Starlight's Markdoc integrations): `{% callout type="warning" %}…{% /callout %}`,
 * a self-closing `{% partial file="x.md" /%}`, a tag written over several lines, and
 * annotations after a heading or paragraph (`{% #id %}`, `{% .class %}`). They are read as a
 * tree of tag pairs and written as directive containers (source-blocks.ts), as GitBook's
 * and Hugo's are; a tag nothing here knows keeps its content and is listed for review.
 */

/** `{% name attrs %}`, `{% /name %}`, `{% name attrs /%}`; names may hold `-`, as `{% tab-item %}`. */
const MARKDOC: TagSyntax = {
	pattern: /\{%-?\s*(\/)?([a-z][\w-]*)((?:[^%"]|"(?:[^"\\]|\\.)*"|%(?!\}))*?)\/?\s*-?%\}/gi,
	marker: '{%',
	read: (match) => {
		const name = (match[2] ?? '').toLowerCase();
		if (match[1]) return { close: name };
		return { open: { name, arguments: markdocAttributes(match[3] ?? ''), written: match[0] } };
	},
};

/** The escapes of Markdoc's strings besides `\"` and `\\` (its tag grammar knows these five). */
const STRING_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

/**
 * A tag's attributes: `key="value"` (with Markdoc's escapes, `\"`, `\n`), `key=1`, `key=true`; a
 * first value with no key (`{% if $plan %}`) as "0". Arrays and objects are kept as written.
 */
export function markdocAttributes(text: string): Record<string, string> {
	const found: Record<string, string> = {};
	let position = 0;
	const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(\[[^\]]*\]|\{[^}]*\}|[^\s"]+))|"((?:[^"\\]|\\.)*)"|(\S+)/g;
	const unescaped = (value: string) => value.replace(/\\(.)/g, (_, char: string) => STRING_ESCAPES[char] ?? char);
	for (const match of text.matchAll(pattern)) {
		if (match[1]) found[match[1]] = match[2] !== undefined ? unescaped(match[2]) : (match[3] ?? '');
		else found[String(position++)] = match[4] !== undefined ? unescaped(match[4]) : (match[5] ?? '');
	}
	return found;
}

/** Whether the text uses Markdoc's tags: an end tag (`{% /callout %}`), a self-closing one (`/%}`), a variable or an annotation. */
export function hasMarkdocTags(text: string): boolean {
	return /\{%-?\s*\/[a-z]|[\s"]\/%\}|\{%\s*\$[\w]|\{%\s*[#.][\w-]+\s*%\}/i.test(text);
}

/** How Markdoc's tags run over lines: one attribute a line, as editors save them. */
const MARKDOC_SPLIT_TAGS: SplitTags = { maxLines: 20, blankLineEnds: true, keepLineNumbers: true };

/** An annotation (`{% #install %}`, `{% .lead %}`, `{% width="50%" %}`) ending a line. */
const ANNOTATION =
	/[ \t]*\{%\s*((?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|\S+)))*)\s*%\}[ \t]*$/;

/**
 * Annotations, which Markdoc reads and never shows: taken off their line, a heading's
 * `#id` written as `{#id}`, which the import keeps as the heading's anchor.
 */
function withoutAnnotations(line: string): string {
	const match = ANNOTATION.exec(line);
	if (!match) return line;
	const before = line.slice(0, match.index);
	const id = /(?:^|\s)#([\w-]+)/.exec(match[1] ?? '')?.[1];
	return id && /^\s{0,3}#{1,6}\s/.test(before) ? `${before} {#${id}}` : before;
}

/** A value of several names (`{% $product.name %}`), which the old site filled in from its variables. */
const VARIABLE = /\{%\s*\$([\w.-]+)\s*\/?%\}/g;

/** An attribute's value, the first of several names that has one. */
function attribute(tag: Tag, ...names: string[]): string | undefined {
	for (const name of names) {
		const value = tag.arguments[name]?.trim();
		if (value) return value;
	}
	return undefined;
}

/** Words for a Markdown link's or image's text. */
const plain = (text: string) => text.replace(/[[\]\\]/g, '').replace(/\s+/g, ' ');
const address = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** The address an embed's own HTML frames (`embedCode="<iframe src=…>"`). */
function framedAddress(tag: Tag): string | undefined {
	for (const value of Object.values(tag.arguments)) {
		const src = /<iframe\b[^>]*\ssrc=["']([^"']+)["']/i.exec(value)?.[1];
		if (src) return src;
	}
	return undefined;
}

/** Tags that only frame their content: what they hold is what they showed. */
const FRAMES = new Set(['layout', 'layout-area', 'columns', 'column', 'grid', 'cards', 'card-grid', 'div', 'section']);

function render(nodes: TagNode[], notes: ConversionNote[]): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if ('line' in node) {
			out.push(node.line);
			continue;
		}
		const { tag, indent } = node;
		const body = node.children ? dedent(render(node.children, notes), indent) : [];
		const block = (...args: Parameters<typeof directiveBlock>) => directiveBlock(args[0], args[1], args[2], indent);
		const kept = () => body.map((line) => (line.trim() === '' ? '' : indent + line));
		const name = tag.name;
		switch (name) {
			case 'callout':
			case 'aside':
			case 'admonition':
			case 'note':
			case 'tip':
			case 'info':
			case 'warning':
			case 'caution':
			case 'danger':
			case 'hint':
			case 'alert': {
				// Redocly's admonition names its heading `name` (`{% admonition type="warning" name="Caution" %}`).
				const written = attribute(tag, 'title', 'label', 'name');
				const title = written && !titleSaysOnlyTheKind(written) ? written : undefined;
				const type = asideTypeOf(attribute(tag, 'type', 'variant', 'kind', '0') ?? '') ?? asideTypeOf(name) ?? 'note';
				out.push(...block('aside', { label: title, attributes: { type } }, body));
				break;
			}
			case 'tabs':
				out.push(...block('tabs', {}, body));
				break;
			case 'tab':
			case 'tabitem':
			case 'tab-item':
				out.push(...block('section', { label: attribute(tag, 'label', 'title', 'name', '0') }, body));
				break;
			case 'details':
			case 'accordion':
			case 'collapse':
			case 'disclosure':
				out.push(
					...foldBlock(attribute(tag, 'summary', 'title', 'label', '0') ?? 'Details', startsOpen(tag), body, indent),
				);
				break;
			case 'steps':
				// Starlight's steps hold an ordered list: the list is the steps.
				out.push('', ...kept(), '');
				break;
			case 'table':
				out.push('', ...markdocTable(body).map((line) => (line === '' ? '' : indent + line)), '');
				break;
			case 'comment':
				notes.push({ level: 'info', message: 'a {% comment %} (hidden on the old site) was left out' });
				break;
			case 'image':
			case 'img':
			case 'figure': {
				const src = attribute(tag, 'src', 'url', '0');
				if (!src) {
					out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
					break;
				}
				const caption = attribute(tag, 'caption', 'title');
				out.push(
					'',
					`${indent}![${plain(attribute(tag, 'alt', 'caption', 'title') ?? '')}](${address(src)})`,
					...(caption ? ['', `${indent}*${plain(caption)}*`] : []),
					'',
				);
				break;
			}
			default: {
				if (FRAMES.has(name)) {
					out.push('', ...kept(), '');
					break;
				}
				// A site's own picture tag (`{% cloud-image src="…" alt="…" /%}`) is its picture.
				const src = attribute(tag, 'src');
				if (/image|img|picture|photo|screenshot/.test(name) && src && !node.children?.length) {
					out.push('', `${indent}![${plain(attribute(tag, 'alt', 'caption', 'title') ?? '')}](${address(src)})`, '');
					notes.push({ level: 'info', message: `a {% ${name} %} became the picture it showed` });
					break;
				}
				// An embed (a video, a post): a link to what it showed, as for a `<video>` or an `<iframe>`.
				const url = framedAddress(tag) ?? attribute(tag, 'url', 'href', 'embed', 'link');
				const media = /embed|video|youtube|vimeo|loom/.test(name) && url ? mediaLink('video', url) : undefined;
				if (media) {
					out.push(...block('link', { attributes: { url: media.url, syntax: `{% ${name} %}` } }, [plain(media.text)]));
					break;
				}
				out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
			}
		}
	}
	return out;
}

/**
 * Markdoc's table, a list a row with `---` between the rows (`* Name`, `* Type`, `---`,
 * `* to`, `* string`), as a Markdown table: the first row the header. A cell of several
 * lines keeps them with `<br>`; a table that is no such list stays as it was.
 */
export function markdocTable(lines: readonly string[]): string[] {
	const rows: string[][] = [[]];
	for (const line of lines) {
		if (line.trim() === '') continue;
		if (/^\s*-{3,}\s*$/.test(line)) {
			rows.push([]);
			continue;
		}
		const row = rows.at(-1) as string[];
		const item = /^[*-]\s+(.*)$/.exec(line);
		if (item) row.push((item[1] ?? '').trim());
		else if (row.length > 0 && /^\s+\S/.test(line)) row[row.length - 1] = `${row.at(-1)}<br>${line.trim()}`;
		else return [...lines];
	}
	const filled = rows.filter((row) => row.length > 0);
	if (filled.length === 0) return [...lines];
	const width = Math.max(...filled.map((row) => row.length));
	const cells = (row: string[]) =>
		`| ${Array.from({ length: width }, (_, at) => (row[at] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
	const [header = [], ...rest] = filled;
	return [cells(header), `| ${new Array<string>(width).fill('---').join(' | ')} |`, ...rest.map(cells)];
}

/** A badge in a line (Redocly's `{% badge href="…" %}New in: 2.0{% /badge %}`), words and all. */
const BADGE = /\{%-?\s*badge\b((?:[^%"]|"(?:[^"\\]|\\.)*")*)-?%\}([^{}\n]*?)\{%-?\s*\/badge\s*-?%\}/gi;

/** Badges as the words they showed, a link where the badge linked, so the sentence around them stays whole. */
function withBadgeWords(line: string): string {
	if (!line.includes('badge')) return line;
	return line.replace(BADGE, (_, attributes: string, words: string) => {
		const href = markdocAttributes(attributes).href?.trim();
		const text = words.trim();
		if (text === '') return '';
		return href ? `[${plain(text)}](${address(href)})` : text;
	});
}

/** Markdoc's tags as directive containers, annotations taken off, variables noted; everything else as it was. */
export function markdocBlocks(text: string, notes: ConversionNote[]): string {
	const inCode = codeFenceTracker();
	const variables = new Set<string>();
	const lines = tagsOnOneLine(text.split('\n'), MARKDOC_SPLIT_TAGS).map((line) => {
		if (inCode(line)) return line;
		return withBadgeWords(withoutAnnotations(line)).replace(VARIABLE, (written, name: string) => {
			variables.add(name);
			return `\`${written}\``;
		});
	});
	if (variables.size > 0)
		notes.push({
			level: 'review',
			message: `Markdoc ${variables.size === 1 ? 'variable' : 'variables'} ${[...variables].map((name) => `$${name}`).join(', ')} ${variables.size === 1 ? 'is' : 'are'} shown as written: the old site filled ${variables.size === 1 ? 'it' : 'them'} in; write the words ${variables.size === 1 ? 'it stood' : 'they stood'} for`,
		});
	return render(tagTree(lines.join('\n'), MARKDOC), notes).join('\n');
}
