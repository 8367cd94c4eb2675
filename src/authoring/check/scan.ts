import { withoutBackslashEscapes } from '../../markdown/backslash-escapes.ts';
import { parseBodyTree } from './body-tree.ts';
import { headingText } from './heading-text.ts';

/** A link or image reference in an article body, at its position in the file. */
export interface BodyReference {
	url: string;
	/** 1-based line and column of the URL in the file. */
	line: number;
	column: number;
	/** `image` for `![..](..)` and `src="..."`; `link` for everything else. */
	type: 'link' | 'image';
	/** A reference definition (`[label]: url`), which may stand for a link or an image. */
	definition?: boolean;
	/** A definition's label as written (`Docs` in `[Docs]: /docs/`). */
	label?: string;
	/**
	 * A `[words](url)` link's words, or an `<a href="url">words</a>`'s on one line, as
	 * written, Markdown and all (inline code blanked out).
	 */
	words?: string;
}

/** A reference link's use, `[words][label]`, `[words][]` or `[words]`: a link where a definition gives its label. */
export interface BodyReferenceUse {
	label: string;
	words: string;
	line: number;
}

export interface BodyHeading {
	text: string;
	line: number;
	/** Its level: 1 for `#` (or a line of `=` under it), 2 for `##` (or `-`), up to 6. */
	depth: number;
}

export interface BodyComment {
	text: string;
	line: number;
	column: number;
}

/** A picture in a body, with what it gives screen readers to say. */
export interface BodyImage {
	/** 1-based line and column of its `!` or `<`. */
	line: number;
	column: number;
	/** `markdown` for `![alt](src)` and `![alt][label]`; `tag` for an HTML `<img>` or an MDX `<Image>`. */
	syntax: 'markdown' | 'tag';
	/** The alt text as written (`''` for `![](…)` or `alt=""`); undefined when a tag has no alt attribute. */
	alt: string | undefined;
	/** Its address as written (`src="…"`, `src={shot}`), for messages; undefined when none is written. */
	src?: string;
	/** A tag that spreads attributes (`{...props}`), which may give it an alt text the scan cannot see. */
	spread?: boolean;
}

export interface ScannedBody {
	references: BodyReference[];
	/** Pictures, Markdown and tags alike, outside code. */
	images: BodyImage[];
	headings: BodyHeading[];
	/** Explicit `id="..."` attributes, which are anchors too. */
	ids: string[];
	/** HTML comments in .md files, JavaScript comments in braces in .mdx files. */
	comments: BodyComment[];
	/** Reference links' uses; `references` holds the definitions they name. */
	referenceUses: BodyReferenceUse[];
}

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
/** An ATX heading, also one that opens a list item (`1. ### Install`), as an imported step's title does. */
const ATX = /^ {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that cannot continue a paragraph into a setext heading. */
const NOT_PARAGRAPH = /^\s*(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<|\{|import\s|export\s)/;
/** `[label]: url`; `[^label]: text` is a GFM footnote, whose text is no address. */
const DEFINITION = /^ {0,3}\[(?!\^)((?:[^\]\\]|\\.)+)\]:[ \t]*(<[^>]*>|\S+)/;
const ATTRIBUTE = /\b(href|src|id)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Where a line stands inside an HTML or JSX tag that a line above opened and left open. */
interface TagState {
	open: boolean;
	quote: string;
	braces: number;
}

/**
 * The parts of a line inside HTML or JSX tags (`<img src="…">`, `<Image` with its
 * attributes on the lines below): only there is `src="…"` an attribute. In running
 * text (`set its src="widget.js"`) it is words the page shows. Quotes and braces
 * (`onClick={() => open()}`) do not end a tag.
 */
function tagSpans(line: string, state: TagState): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	let start = state.open ? 0 : -1;
	for (let index = 0; index < line.length; index++) {
		const char = line[index] as string;
		if (!state.open) {
			if (char === '<' && /[A-Za-z]/.test(line[index + 1] ?? '')) {
				state.open = true;
				start = index;
			}
		} else if (state.quote !== '') {
			if (char === state.quote) state.quote = '';
		} else if (char === '"' || char === "'") {
			state.quote = char;
		} else if (char === '{') {
			state.braces++;
		} else if (char === '}') {
			state.braces = Math.max(0, state.braces - 1);
		} else if (char === '>' && state.braces === 0) {
			spans.push([start, index + 1]);
			state.open = false;
		}
	}
	if (state.open) spans.push([start, line.length]);
	return spans;
}

/** Blanks out inline code spans so their content is never read as links. */
function blankInlineCode(line: string): string {
	if (!line.includes('`')) return line;
	return line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (match) => ' '.repeat(match.length));
}

interface CommentState {
	open: boolean;
	text: string;
	line: number;
	column: number;
}

/**
 * Removes comments from a line (keeping columns) and records them. Comments may
 * span lines; `state` carries an open one to the next line.
 */
function stripComments(
	line: string,
	mdx: boolean,
	lineNumber: number,
	state: CommentState,
	comments: BodyComment[],
): string {
	const [open, close] = mdx ? ['{/*', '*/}'] : ['<!--', '-->'];
	let out = '';
	let index = 0;
	while (index < line.length) {
		if (state.open) {
			const end = line.indexOf(close, index);
			if (end === -1) {
				state.text += `${line.slice(index)}\n`;
				out += ' '.repeat(line.length - index);
				return out;
			}
			state.text += line.slice(index, end);
			comments.push({ text: state.text.trim(), line: state.line, column: state.column });
			out += ' '.repeat(end + close.length - index);
			index = end + close.length;
			state.open = false;
			continue;
		}
		const start = line.indexOf(open, index);
		if (start === -1) return out + line.slice(index);
		out += line.slice(index, start);
		Object.assign(state, { open: true, text: '', line: lineNumber, column: start + 1 });
		out += ' '.repeat(open.length);
		index = start + open.length;
	}
	return out;
}

/** Reads `](destination` starting after `(`; returns the URL, as Markdown reads it, and its offset. */
function destinationAt(line: string, start: number): { url: string; offset: number } | undefined {
	let index = start;
	while (line[index] === ' ' || line[index] === '\t') index++;
	if (line[index] === '<') {
		const end = line.indexOf('>', index);
		return end === -1 ? undefined : { url: withoutBackslashEscapes(line.slice(index + 1, end)), offset: index + 1 };
	}
	let depth = 0;
	let end = index;
	for (; end < line.length; end++) {
		const char = line[end];
		if (char === '\\') {
			end++;
			continue;
		}
		if (char === ' ' || char === '\t') break;
		if (char === '(') depth++;
		if (char === ')') {
			if (depth === 0) break;
			depth--;
		}
	}
	return { url: withoutBackslashEscapes(line.slice(index, end)), offset: index };
}

/** `<https://...>` autolinks (Markdown only: MDX reads `<` as JSX). */
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
/** GFM's bare-URL autolinks: an address in running text, not a link's destination or an attribute. */
const BARE_URL = /(?<![<"'=[\w/])(?<!\]\(\s*)https?:\/\/[^\s<>]+/g;
/** Punctuation GFM leaves out of the end of a bare URL. */
const TRAILING = /[.,:;!?*_~'")\]]+$/;

/**
 * Where the words of each `[words](destination)` on a line lie: an address among
 * them (`[see https://…](…)`, a pasted address as a link's words) is no link of its
 * own, since a link cannot hold another.
 */
function linkWordSpans(line: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	if (!line.includes('](')) return spans;
	const openings: number[] = [];
	for (let index = 0; index < line.length; index++) {
		const char = line[index];
		if (char === '\\') index++;
		else if (char === '[') openings.push(index);
		else if (char === ']') {
			const start = openings.pop();
			if (start !== undefined && line[index + 1] === '(') spans.push([start, index]);
		}
	}
	return spans;
}

/** Addresses that render as links without brackets; only those on the site's own origin matter to the checks. */
function autolinks(line: string, lineNumber: number, mdx: boolean, references: BodyReference[]) {
	if (!line.includes('://')) return;
	const wordSpans = linkWordSpans(line);
	const inLinkWords = (at: number) => wordSpans.some(([start, end]) => at > start && at < end);
	if (!mdx) {
		for (const match of line.matchAll(AUTOLINK)) {
			references.push({ url: match[1] as string, line: lineNumber, column: (match.index ?? 0) + 2, type: 'link' });
		}
	}
	for (const match of line.matchAll(BARE_URL)) {
		if (inLinkWords(match.index ?? 0)) continue;
		const url = match[0].replace(TRAILING, '');
		references.push({ url, line: lineNumber, column: (match.index ?? 0) + 1, type: 'link' });
	}
}

/** An `<a ...>` tag's end and the `</a>` closing it on the same line, from where its `href` stands. */
function anchorWords(line: string, attributeAt: number): string | undefined {
	const tagStart = line.lastIndexOf('<', attributeAt);
	if (tagStart === -1 || !/^<a\s/i.test(line.slice(tagStart, tagStart + 3))) return undefined;
	const tagEnd = line.indexOf('>', attributeAt);
	if (tagEnd === -1) return undefined;
	const close = line.slice(tagEnd + 1).search(/<\/a\s*>/i);
	return close === -1 ? undefined : line.slice(tagEnd + 1, tagEnd + 1 + close);
}

/**
 * A reference link's label after its words (`[label]` or the `[]` of a collapsed one)
 * and where it ends; none when a shortcut reference's words stand alone.
 */
function referenceLabelAt(line: string, index: number): { label: string; end: number } | undefined {
	if (line[index] !== '[') return undefined;
	for (let end = index + 1; end < line.length; end++) {
		const char = line[end];
		if (char === '\\') end++;
		else if (char === '[') return undefined;
		else if (char === ']') return { label: line.slice(index + 1, end), end };
	}
	return undefined;
}

function inlineReferences(
	line: string,
	lineNumber: number,
	references: BodyReference[],
	uses: BodyReferenceUse[],
	tags: Array<[number, number]>,
	images: BodyImage[],
) {
	if (line.includes(']')) {
		const openings: number[] = [];
		for (let index = 0; index < line.length; index++) {
			const char = line[index];
			if (char === '\\') {
				index++;
			} else if (char === '[') {
				openings.push(index);
			} else if (char === ']') {
				const start = openings.pop();
				if (start === undefined) continue;
				if (line[index + 1] !== '(') {
					const words = line.slice(start + 1, index);
					const label = referenceLabelAt(line, index + 1);
					if (label) index = label.end;
					// `![alt][label]` is a picture; `![alt]` alone may be one too, but then its words are its alt text.
					if (line[start - 1] === '!' && label && !isInside(tags, start)) {
						images.push({ line: lineNumber, column: start, syntax: 'markdown', alt: words, src: `[${label.label}]` });
					}
					// `![alt][ref]` is an image and `[^1]` a footnote; neither names a page in words.
					if (line[start - 1] === '!' || line[start + 1] === '^' || openings.length > 0) continue;
					if (label) uses.push({ label: label.label.trim() === '' ? words : label.label, words, line: lineNumber });
					else if (line[index + 1] !== ':') uses.push({ label: words, words, line: lineNumber });
					continue;
				}
				const destination = destinationAt(line, index + 2);
				if (!destination || destination.url === '') continue;
				const type = line[start - 1] === '!' ? 'image' : 'link';
				const reference: BodyReference = {
					url: destination.url,
					line: lineNumber,
					column: destination.offset + 1,
					type,
				};
				if (type === 'image' && !isInside(tags, start)) {
					images.push({
						line: lineNumber,
						column: start,
						syntax: 'markdown',
						alt: line.slice(start + 1, index),
						src: destination.url,
					});
				}
				if (type === 'link') reference.words = line.slice(start + 1, index);
				references.push(reference);
			}
		}
	}
	if (line.includes('=')) {
		for (const match of line.matchAll(ATTRIBUTE)) {
			const [, name, double, single] = match;
			if (name === 'id' || !isInside(tags, match.index ?? 0)) continue;
			const value = double ?? single ?? '';
			const column = (match.index ?? 0) + match[0].indexOf(value) + 1;
			const reference: BodyReference = {
				url: value,
				line: lineNumber,
				column,
				type: name === 'src' ? 'image' : 'link',
			};
			const words = name === 'href' ? anchorWords(line, match.index ?? 0) : undefined;
			if (words !== undefined) reference.words = words;
			references.push(reference);
		}
	}
}

interface OpenTag {
	text: string;
	line: number;
	column: number;
}

/**
 * Follows the tags on a line, joining a tag that runs over several lines, and records
 * each picture tag (`<img>`, `<Image>`) once it closes. Returns the tag still open at
 * the end of the line.
 */
function collectTags(
	line: string,
	lineNumber: number,
	spans: Array<[number, number]>,
	state: { open: boolean; carried: OpenTag | undefined },
	images: BodyImage[],
): OpenTag | undefined {
	let carried = state.carried;
	spans.forEach(([start, end], index) => {
		const piece = line.slice(start, end);
		const current: OpenTag =
			index === 0 && start === 0 && carried
				? { ...carried, text: `${carried.text}\n${piece}` }
				: { text: piece, line: lineNumber, column: start + 1 };
		carried = undefined;
		if (index < spans.length - 1 || !state.open) {
			const image = pictureTag(current);
			if (image) images.push(image);
		} else carried = current;
	});
	return spans.length === 0 ? undefined : carried;
}

const PICTURE_TAG = /^<(?:img|image)(?=[\s/>]|$)/i;

/**
 * A tag with the values in its quotes and braces blanked out, at the same columns, so
 * an attribute's name is never read inside another's value (`title="no alt here"`).
 */
function withoutValues(text: string): string {
	const blank = (match: string) => `${match[0]}${' '.repeat(match.length - 2)}${match.at(-1)}`;
	let out = text.replace(/"[^"]*"|'[^']*'/g, blank);
	for (let previous = ''; previous !== out; ) {
		previous = out;
		out = out.replace(/\{[^{}]*\}/g, (match) => `(${' '.repeat(match.length - 2)})`);
	}
	return out;
}

/** A picture tag's alt text and address, if the tag is `<img>` or `<Image>`. */
function pictureTag(tag: OpenTag): BodyImage | undefined {
	if (!PICTURE_TAG.test(tag.text)) return undefined;
	const bare = withoutValues(tag.text);
	const image: BodyImage = { line: tag.line, column: tag.column, syntax: 'tag', alt: undefined };
	const alt = /\salt(?=\s*=|[\s/>]|$)/i.exec(bare);
	if (alt) {
		const value = /^\s*alt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/i.exec(
			tag.text.slice(alt.index),
		);
		// A bare `alt` is an empty one in HTML; an expression (`alt={caption}`) is taken as text.
		image.alt = value
			? (value.slice(1).find((part) => part !== undefined) ?? '')
			: /^\s*alt\s*=/i.test(tag.text.slice(alt.index))
				? '{…}'
				: '';
	}
	const src = /\ssrc\s*=/i.exec(bare);
	if (src) {
		const value = /^\s*src\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^{}]*\}))/i.exec(tag.text.slice(src.index));
		if (value) image.src = value[1] ?? value[2] ?? value[3];
	}
	if (/\{\s*\.\.\./.test(tag.text)) image.spread = true;
	return image;
}

function isInside(spans: Array<[number, number]>, at: number): boolean {
	return spans.some(([start, end]) => at > start && at < end);
}

/**
 * A line whose brackets or backticks do not pair up on it: a link, a picture or inline
 * code that may go on over the next line, which only a parse can follow.
 */
function mayContinue(line: string): boolean {
	if (line.includes('`')) {
		const runs = new Map<number, number>();
		for (const run of line.match(/`+/g) ?? []) runs.set(run.length, (runs.get(run.length) ?? 0) + 1);
		for (const count of runs.values()) if (count % 2 === 1) return true;
	}
	if (!line.includes('[') && !line.includes(']')) return false;
	let depth = 0;
	for (let index = 0; index < line.length; index++) {
		const char = line[index];
		if (char === '\\') index++;
		else if (char === '[') depth++;
		else if (char === ']') {
			if (depth === 0) return true;
			depth--;
		}
	}
	return depth !== 0;
}

/** An indented line (four spaces or a tab) after a blank one: indented code in Markdown, unless a list holds it. */
const INDENTED = /^(?: {4}|\t)/;

/**
 * Links, images, headings, explicit ids and comments in an article body, at their
 * lines. A line scan reads them in a few microseconds per article, where a full
 * Markdown parse costs a few milliseconds (seconds over 10,000 articles), and it agrees
 * with remark on the bodies help articles are made of (see the tests, which compare
 * the two on every demo article). Where a line alone cannot tell, a body with an
 * indented block (code in a `.md` file, or a list item's paragraph) or a link, a
 * picture or inline code left open at the end of a line, the body is parsed as the
 * build parses it: code of every kind is blanked before the line scan reads it again,
 * and the links and pictures written over several lines come from the parse, at the
 * line where each starts.
 */
export function scanBody(body: string, options: { firstLine: number; mdx: boolean }): ScannedBody {
	const first = scanLines(body, options);
	if (!first.uncertain) return first.scanned;
	const tree = parseBodyTree(body, options);
	if (!tree) return first.scanned;
	const { scanned } = scanLines(tree.masked, options);
	scanned.references.push(...tree.references);
	scanned.images.push(...tree.images);
	scanned.referenceUses.push(...tree.referenceUses);
	return scanned;
}

function scanLines(
	body: string,
	options: { firstLine: number; mdx: boolean },
): { scanned: ScannedBody; uncertain: boolean } {
	let uncertain = false;
	let afterBlank = true;
	const scanned: ScannedBody = {
		references: [],
		images: [],
		headings: [],
		ids: [],
		comments: [],
		referenceUses: [],
	};
	const lines = body.split('\n');
	const comment: CommentState = { open: false, text: '', line: 0, column: 0 };
	let fence: { char: string; length: number } | undefined;
	let paragraph: { lines: string[]; line: number; heading: boolean } | undefined;
	let container = false;
	const tag: TagState = { open: false, quote: '', braces: 0 };
	/** The text of a tag that runs on below the line it opened on. */
	let openTag: OpenTag | undefined;
	for (let index = 0; index < lines.length; index++) {
		const lineNumber = options.firstLine + index;
		const raw = (lines[index] as string).replace(/\r$/, '');
		const maybeFence = raw.includes('```') || raw.includes('~~~');
		if (fence) {
			if (!maybeFence) continue;
			const closing = FENCE.exec(raw);
			const marker = closing?.[1];
			if (marker && marker[0] === fence.char && marker.length >= fence.length && closing?.[2]?.trim() === '')
				fence = undefined;
			continue;
		}
		const opening = comment.open || !maybeFence ? undefined : FENCE.exec(raw);
		if (opening?.[1] && !(opening[1][0] === '`' && opening[2]?.includes('`'))) {
			fence = { char: opening[1][0] as string, length: opening[1].length };
			paragraph = undefined;
			continue;
		}
		const text = stripComments(raw, options.mdx, lineNumber, comment, scanned.comments);
		const line = blankInlineCode(text);
		const blank = line.trim() === '';
		if (!uncertain && !blank) uncertain = (afterBlank && !options.mdx && INDENTED.test(raw)) || mayContinue(text);
		afterBlank = blank;
		if (blank) {
			paragraph = undefined;
			container = false;
			// A blank line ends a tag left open by a stray `<` in running text.
			Object.assign(tag, { open: false, quote: '', braces: 0 });
			openTag = undefined;
			continue;
		}
		const tags = line.includes('<') || tag.open ? tagSpans(line, tag) : [];
		openTag = collectTags(line, lineNumber, tags, { open: tag.open, carried: openTag }, scanned.images);
		if (line.includes('=') && line.includes('id')) {
			for (const match of line.matchAll(ATTRIBUTE)) {
				if (match[1] === 'id' && isInside(tags, match.index ?? 0)) scanned.ids.push(match[2] ?? match[3] ?? '');
			}
		}
		const atx = text.includes('#') ? ATX.exec(text) : null;
		if (atx) {
			scanned.headings.push({
				text: headingText(atx[2] ?? '', options.mdx),
				line: lineNumber,
				depth: (atx[1] ?? '#').length,
			});
			inlineReferences(line, lineNumber, scanned.references, scanned.referenceUses, tags, scanned.images);
			autolinks(line, lineNumber, options.mdx, scanned.references);
			paragraph = undefined;
			continue;
		}
		if (paragraph?.heading && SETEXT.test(line)) {
			scanned.headings.push({
				text: headingText(paragraph.lines.join('\n'), options.mdx),
				line: paragraph.line,
				depth: line.trim().startsWith('=') ? 1 : 2,
			});
			paragraph = undefined;
			continue;
		}
		const definition = line.includes(']:') ? DEFINITION.exec(line) : null;
		if (definition?.[2]) {
			const url = definition[2].replace(/^<|>$/g, '');
			const column = line.indexOf(definition[2], definition[0].indexOf(']:')) + (definition[2].startsWith('<') ? 2 : 1);
			scanned.references.push({ url, line: lineNumber, column, type: 'link', definition: true, label: definition[1] });
			paragraph = undefined;
			continue;
		}
		if (NOT_PARAGRAPH.test(line)) {
			// List items, quotes, tables and tags: a `---` below them is a rule, not a heading underline.
			paragraph = undefined;
			container = true;
		} else if (paragraph) {
			paragraph.lines.push(text.trim());
		} else {
			// A paragraph that lazily continues a list item cannot become a setext heading.
			paragraph = { lines: [text.trim()], line: lineNumber, heading: !container };
		}
		inlineReferences(line, lineNumber, scanned.references, scanned.referenceUses, tags, scanned.images);
		autolinks(line, lineNumber, options.mdx, scanned.references);
	}
	return { scanned, uncertain };
}
