import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * A Hugo site's own shortcodes (`layouts/shortcodes/linked_headline.html`), rendered as
 * Hugo renders them, so a page shows what its readers saw instead of an import note.
 * Only templates of the plain kind are read: their arguments (`.Get 0`, `.Get "title"`),
 * their content (`.Inner`), the site's params (`.Site.Params.x`), `with`, `if`/`else`,
 * variables, `printf "%s"` and the filters that shape text (`urlize`, `markdownify`,
 * `safeHTML`…), comparisons and values of the site's data files (`index .Site.Data.codes
 * "404"`). A template that does more (a `range` over pages, a partial) renders nothing,
 * and the shortcode stays an import note.
 */

/** One shortcode use: its arguments (positional ones as "0", "1"…) and its content, if it has an end tag. */
export interface ShortcodeCall {
	arguments: Readonly<Record<string, string | number | boolean>>;
	inner?: string;
}

/**
 * A shortcode's arguments as Hugo types them: written without quotes, `true` and `false`
 * are booleans and a number is a number (`required=false` is false to `if`, `code=404`
 * compares with `gt`); anything quoted, or any other word, is text.
 */
export function typedArguments(text: string): Record<string, string | number | boolean> {
	const found: Record<string, string | number | boolean> = {};
	let position = 0;
	const typed = (word: string) =>
		word === 'true' || word === 'false' ? word === 'true' : /^-?\d+(?:\.\d+)?$/.test(word) ? Number(word) : word;
	for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g)) {
		if (match[1]) found[match[1]] = match[2] ?? match[3] ?? typed(match[4] ?? '');
		else found[String(position++)] = match[5] ?? match[6] ?? typed(match[7] ?? '');
	}
	return found;
}

/** A page of the site as a template reaches it (`.Site.GetPage`, `relref`): its link from the page being read, its title. */
export interface HugoPageRef {
	/** The page's file, relative to the page being read, with the ref's `#anchor`: a link the import resolves like any other. */
	link: string;
	title?: string | undefined;
	linkTitle?: string | undefined;
}

/** The page a ref names (`client/token#scopes`, `/admin/setup`), found as Hugo finds it from the page being read. */
export type HugoPageLookup = (ref: string) => HugoPageRef | undefined;

/**
 * What templates read besides the call: the site configuration's (YAML, JSON or TOML)
 * `params`, `baseURL` and `title`, its translations in the default language (`i18n`),
 * and the site's pages as the page being read reaches them.
 */
export interface HugoSiteData {
	params: Record<string, unknown>;
	baseURL?: string;
	title?: string;
	translations?: Readonly<Record<string, string>>;
	pages?: HugoPageLookup;
	/** The front matter of the page being read (Hugo's `.Page.Params`), which `{{< param >}}` reads before the site's. */
	pageParams?: Record<string, unknown>;
	/** The site's data files (`.Site.Data`): `data/http/codes.toml` as `{ http: { codes: … } }`. */
	data?: Readonly<Record<string, unknown>>;
}

/** Markdown the template hands to `markdownify`: set off by blank lines, so the parser reads it inside the HTML. */
const MARKDOWN_START = '\u0000md-start\u0000';
const MARKDOWN_END = '\u0000md-end\u0000';

class Unsupported extends Error {}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * Hugo's `markdownify`: a lone line of Markdown is its words as inline HTML, without the
 * paragraph around them, as Hugo renders it (a link card's caption, `**Read** this`), so
 * it stays inside the element around it; anything more is Markdown the page reads as blocks.
 */
function markdownified(source: string): Value {
	const tree = markdownParser.parse(source) as MdastRoot;
	const only = tree.children.length === 1 ? tree.children[0] : undefined;
	if (only?.type === 'paragraph' && !source.trim().includes('\n')) {
		const paragraph = toHast(only) as Element;
		return { html: toHtml(paragraph.children) };
	}
	return { html: `${MARKDOWN_START}${source}${MARKDOWN_END}` };
}

type Value = string | boolean | number | Record<string, unknown> | undefined | { html: string } | { page: HugoPageRef };
type Node =
	| { text: string }
	| { output: string }
	| { assign: string; expression: string }
	| { block: 'if' | 'with'; expression: string; variable?: string; body: Node[]; otherwise: Node[] };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Hugo's `urlize`: an anchor-safe form of the words. */
const urlize = (text: string) =>
	text
		.trim()
		.toLowerCase()
		.replace(/\s+/g, '-')
		.replace(/[^\p{L}\p{N}\-_.~]/gu, '');

/** The template's text and actions, `{{- x -}}` trimming the white space beside it. */
function tokens(template: string): ({ text: string } | { action: string })[] {
	const out: ({ text: string } | { action: string })[] = [];
	let last = 0;
	let trimNext = false;
	for (const match of template.matchAll(/\{\{(-\s)?\s*([\s\S]*?)\s*(\s-)?\}\}/g)) {
		let text = template.slice(last, match.index);
		if (trimNext) text = text.replace(/^\s+/, '');
		if (match[1]) text = text.replace(/\s+$/, '');
		out.push({ text });
		out.push({ action: match[2] ?? '' });
		trimNext = match[3] !== undefined;
		last = (match.index ?? 0) + match[0].length;
	}
	const rest = template.slice(last);
	out.push({ text: trimNext ? rest.replace(/^\s+/, '') : rest });
	return out;
}

function parse(template: string): Node[] {
	const root: Node[] = [];
	const stack: { node: Extract<Node, { block: string }>; inElse: boolean }[] = [];
	const current = () => {
		const top = stack.at(-1);
		if (!top) return root;
		return top.inElse ? top.node.otherwise : top.node.body;
	};
	for (const token of tokens(template)) {
		if ('text' in token) {
			if (token.text) current().push({ text: token.text });
			continue;
		}
		const action = token.action;
		if (/^\/\*[\s\S]*\*\/$/.test(action)) continue;
		const block = /^(if|with)\s+(?:(\$\w+)\s*:=\s*)?([\s\S]+)$/.exec(action);
		if (block) {
			const node: Extract<Node, { block: string }> = {
				block: block[1] as 'if' | 'with',
				expression: block[3] ?? '',
				body: [],
				otherwise: [],
				...(block[2] ? { variable: block[2] } : {}),
			};
			current().push(node);
			stack.push({ node, inElse: false });
			continue;
		}
		if (action === 'else') {
			const top = stack.at(-1);
			if (!top || top.inElse) throw new Unsupported();
			top.inElse = true;
			continue;
		}
		if (action === 'end') {
			if (!stack.pop()) throw new Unsupported();
			continue;
		}
		const assign = /^(\$\w+)\s*:?=\s*([\s\S]+)$/.exec(action);
		if (assign) {
			current().push({ assign: assign[1] ?? '', expression: assign[2] ?? '' });
			continue;
		}
		// `range`, `else if`, `template`, `partial`, `define`, `block`: more than plain text.
		if (/^(range|else\s|template|partial|define|block|return|break|continue)\b/.test(action)) throw new Unsupported();
		current().push({ output: action });
	}
	if (stack.length > 0) throw new Unsupported();
	return root;
}

/** A parenthesised group at the start of the text, nested ones and strings inside it whole (`(gt (.Get 0) 399)`). */
function group(text: string): string {
	let depth = 0;
	for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"|`[^`]*`|[()]/g)) {
		if (match[0] === '(') depth++;
		else if (match[0] === ')') depth--;
		if (depth === 0) return text.slice(0, (match.index ?? 0) + match[0].length);
	}
	throw new Unsupported();
}

/** Splits at top-level white space and `|`, keeping strings and parentheses whole. */
function words(expression: string): string[] {
	const out: string[] = [];
	const pattern = /"(?:[^"\\]|\\.)*"|`[^`]*`|\(|\||[^\s|()"`]+/g;
	for (let match = pattern.exec(expression); match; match = pattern.exec(expression)) {
		if (match[0] !== '(') {
			out.push(match[0]);
			continue;
		}
		const whole = group(expression.slice(match.index));
		out.push(whole);
		pattern.lastIndex = match.index + whole.length;
	}
	if (out.join('').replace(/\s/g, '') !== expression.replace(/\s/g, '')) throw new Unsupported();
	return out;
}

interface Scope {
	call: ShortcodeCall;
	site: HugoSiteData;
	dot: Value;
	variables: Map<string, Value>;
}

const text = (value: Value): string => {
	if (value === undefined || value === false) return '';
	if (typeof value === 'object') {
		if ('html' in value && typeof value.html === 'string') return value.html;
		throw new Unsupported();
	}
	return String(value);
};
const isPage = (value: Value): value is { page: HugoPageRef } =>
	typeof value === 'object' && value !== null && 'page' in value && typeof value.page === 'object';

/** A field of a page a template holds (`.Title` inside `with $page`, `$page.RelPermalink`). */
function pageField(page: HugoPageRef, name: string): Value {
	if (name === 'RelPermalink' || name === 'Permalink') return page.link;
	if (name === 'Title') return page.title ?? '';
	if (name === 'LinkTitle') return page.linkTitle ?? page.title ?? '';
	throw new Unsupported();
}
const truthy = (value: Value) => value !== undefined && value !== false && value !== '' && value !== 0;

/** `.Site.Params.a.b` and the other ways to reach the site's params. */
function field(path: string, scope: Scope): Value {
	const parts = path.split('.').filter(Boolean);
	if (isPage(scope.dot) && parts.length === 1) return pageField(scope.dot.page, parts[0] ?? '');
	const site =
		parts[0] === 'Page' && parts[1] === 'Site' ? parts.slice(2) : parts[0] === 'Site' ? parts.slice(1) : undefined;
	if (site?.length === 1 && (site[0] === 'BaseURL' || site[0] === 'Title')) {
		const value = site[0] === 'BaseURL' ? scope.site.baseURL : scope.site.title;
		if (value === undefined) throw new Unsupported();
		// Hugo's `.Site.BaseURL` always ends in a slash.
		return site[0] === 'BaseURL' ? value.replace(/\/*$/, '/') : value;
	}
	if (site?.[0] === 'Data' && scope.site.data) return dataValue(scope.site.data, site.slice(1));
	if (site?.[0] === 'Params') {
		let value: unknown = scope.site.params;
		for (const key of site.slice(1)) {
			const record = value as Record<string, unknown> | undefined;
			// Hugo reads params case-insensitively.
			const found = record && Object.keys(record).find((name) => name.toLowerCase() === key.toLowerCase());
			value = found === undefined ? undefined : record?.[found];
		}
		if (value === null || Array.isArray(value)) throw new Unsupported();
		return value as Value;
	}
	if (parts.length === 1 && parts[0] === 'Inner')
		return scope.call.inner === undefined ? '' : { html: `${MARKDOWN_START}${scope.call.inner}${MARKDOWN_END}` };
	// The page's own address: links to an anchor of the same page.
	if (parts.length === 2 && parts[0] === 'Page' && (parts[1] === 'RelPermalink' || parts[1] === 'Permalink')) return '';
	if (parts.length === 1 && (parts[0] === 'IsNamedParams' || parts[0] === 'Ordinal')) throw new Unsupported();
	throw new Unsupported();
}

/** A value of the site's data files, by its keys (a file's name, then its keys); one that is not there leaves the template unread. */
function dataValue(data: unknown, keys: readonly string[]): Value {
	let value = data;
	for (const key of keys) {
		const record =
			value !== null && typeof value === 'object' && !Array.isArray(value)
				? (value as Record<string, unknown>)
				: undefined;
		const found =
			record && (key in record ? key : Object.keys(record).find((name) => name.toLowerCase() === key.toLowerCase()));
		if (found === undefined) throw new Unsupported();
		value = record?.[found];
	}
	if (value === null || value === undefined || Array.isArray(value)) throw new Unsupported();
	return value as Value;
}

/** Go's comparison of two values: numbers as numbers, anything else as text. */
function compare(a: Value, b: Value): number {
	const number = (value: Value) =>
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value)
				? Number(value)
				: undefined;
	const [x, y] = [number(a), number(b)];
	if (x !== undefined && y !== undefined) return x - y;
	return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
}

function operand(word: string, scope: Scope): Value {
	if (/^".*"$/.test(word)) return JSON.parse(word) as string;
	if (/^`.*`$/.test(word)) return word.slice(1, -1);
	if (/^-?\d+$/.test(word)) return Number(word);
	if (word === 'true' || word === 'false') return word === 'true';
	if (word.startsWith('(')) return evaluate(word.slice(1, -1), scope);
	if (word === '.') return scope.dot;
	if (word === '$') throw new Unsupported();
	if (word.startsWith('$.')) return field(word.slice(2), scope);
	if (word.startsWith('$')) {
		const [name = '', ...fields] = word.split('.');
		if (!scope.variables.has(name)) throw new Unsupported();
		const value = scope.variables.get(name);
		if (fields.length === 0) return value;
		if (fields.length === 1 && isPage(value)) return pageField(value.page, fields[0] ?? '');
		throw new Unsupported();
	}
	if (word.startsWith('.')) return field(word.slice(1), scope);
	if (/^site\.Params\b/.test(word)) return field(word.replace(/^site/, 'Site'), scope);
	throw new Unsupported();
}

/** One command of a pipeline, given the value piped into it (if any) as its last argument. */
function command(parts: string[], piped: Value | typeof NOTHING, scope: Scope): Value {
	const [head = '', ...rest] = parts;
	const args = () => {
		const values = rest.map((word) => operand(word, scope));
		if (piped !== NOTHING) values.push(piped);
		return values;
	};
	if (head === '.Get' || head === '$.Get') {
		const [key] = args();
		return scope.call.arguments[String(key)];
	}
	const one = (): Value => {
		const values = args();
		if (values.length !== 1) throw new Unsupported();
		return values[0];
	};
	switch (head) {
		// The site's pages, as Hugo looks them up from the page being read; one not found leaves the template unread.
		case '.Site.GetPage':
		case 'site.GetPage':
		case '.Page.Site.GetPage': {
			const [ref] = args();
			if (typeof ref !== 'string') throw new Unsupported();
			const page = scope.site.pages?.(ref);
			return page ? { page } : undefined;
		}
		case 'relref':
		case 'ref': {
			// `relref . "x"`: the first argument is the page the ref is read from, this one.
			const values = args();
			const ref = values.at(-1);
			if (values.length !== 2 || typeof ref !== 'string') throw new Unsupported();
			const page = scope.site.pages?.(ref);
			if (!page) throw new Unsupported();
			return page.link;
		}
		case 'i18n':
		case 'T':
		case 'lang.Translate': {
			const [key] = args();
			const translated = typeof key === 'string' ? scope.site.translations?.[key] : undefined;
			if (translated === undefined) throw new Unsupported();
			return translated;
		}
		case 'printf': {
			const [format, ...values] = args();
			if (format !== '%s' || values.length !== 1) throw new Unsupported();
			return values[0];
		}
		case 'markdownify': {
			// `.Inner | markdownify`: the content is Markdown already, read once, not wrapped twice.
			const source = text(one());
			const inner = source.startsWith(MARKDOWN_START) && source.endsWith(MARKDOWN_END);
			return markdownified(inner ? source.slice(MARKDOWN_START.length, -MARKDOWN_END.length) : source);
		}
		case 'safeHTML':
		case 'safeHTMLAttr':
		case 'safeURL':
			return { html: text(one()) };
		case 'htmlEscape':
			return escapeHtml(text(one()));
		case 'plainify':
			return text(one()).replace(/<[^>]*>/g, '');
		case 'urlize':
		case 'anchorize':
			return urlize(text(one()));
		case 'lower':
			return text(one()).toLowerCase();
		case 'upper':
			return text(one()).toUpperCase();
		case 'chomp':
		case 'trim':
			return text(one()).trim();
		case 'default': {
			const [fallback, value] = args();
			return truthy(value) ? value : fallback;
		}
		case 'not':
			return !truthy(one());
		case 'string':
			return text(one());
		case 'gt':
		case 'ge':
		case 'lt':
		case 'le': {
			const values = args();
			if (values.length !== 2) throw new Unsupported();
			const order = compare(values[0], values[1]);
			return head === 'gt' ? order > 0 : head === 'ge' ? order >= 0 : head === 'lt' ? order < 0 : order <= 0;
		}
		case 'index': {
			// `index .Site.Data.codes "404"`: a map's value by its keys.
			const [collection, ...keys] = args();
			if (keys.length === 0 || keys.some((key) => typeof key === 'object')) throw new Unsupported();
			return dataValue(
				collection,
				keys.map((key) => text(key)),
			);
		}
		case 'eq':
		case 'ne': {
			const [a, b] = args();
			const same = text(a) === text(b);
			return head === 'eq' ? same : !same;
		}
		case 'in': {
			const [set, item] = args();
			return text(set).includes(text(item));
		}
		case 'and':
		case 'or': {
			const values = args();
			if (values.length === 0) throw new Unsupported();
			const found = head === 'and' ? values.find((value) => !truthy(value)) : values.find((value) => truthy(value));
			return found ?? values.at(-1);
		}
	}
	if (rest.length > 0 || piped !== NOTHING) throw new Unsupported();
	return operand(head, scope);
}

const NOTHING = Symbol('nothing piped');

function evaluate(expression: string, scope: Scope): Value {
	const commands: string[][] = [[]];
	for (const word of words(expression)) {
		if (word === '|') commands.push([]);
		else commands.at(-1)?.push(word);
	}
	let value: Value | typeof NOTHING = NOTHING;
	for (const parts of commands) {
		if (parts.length === 0) throw new Unsupported();
		value = command(parts, value, scope);
	}
	return value === NOTHING ? undefined : value;
}

function run(nodes: Node[], scope: Scope): string {
	let out = '';
	for (const node of nodes) {
		if ('text' in node) out += node.text;
		else if ('output' in node) {
			const value = evaluate(node.output, scope);
			// Hugo's html/template escapes every value it did not get as HTML.
			out += typeof value === 'object' && value !== null && 'html' in value ? value.html : escapeHtml(text(value));
		} else if ('assign' in node) scope.variables.set(node.assign, evaluate(node.expression, scope));
		else {
			const value = evaluate(node.expression, scope);
			if (!truthy(value)) out += run(node.otherwise, scope);
			else if (node.block === 'if') out += run(node.body, scope);
			else {
				const inner: Scope = { ...scope, dot: value, variables: new Map(scope.variables) };
				if (node.variable) inner.variables.set(node.variable, value);
				out += run(node.body, inner);
			}
		}
	}
	return out;
}

/**
 * The HTML a site's shortcode template makes of one use, as lines for a Markdown page:
 * one HTML block without blank lines, the Markdown it holds (`.Inner`, `markdownify`)
 * set off by blank lines so it is read as Markdown. Undefined when the template does
 * more than this reader knows.
 */
export function renderShortcodeTemplate(
	template: string,
	call: ShortcodeCall,
	site: HugoSiteData,
): string[] | undefined {
	let html: string;
	try {
		html = run(parse(template), { call, site, dot: undefined, variables: new Map() });
	} catch (error) {
		if (error instanceof Unsupported || error instanceof SyntaxError) return undefined;
		throw error;
	}
	const lines: string[] = [];
	const pieces = html.split(new RegExp(`(${MARKDOWN_START}[\\s\\S]*?${MARKDOWN_END})`));
	for (const [index, piece] of pieces.entries()) {
		if (piece.startsWith(MARKDOWN_START)) {
			// Markdown inside a tag (`<b title="{{ .Inner }}">`) is no block of the page: not read.
			if (/<[^>]*$/.test(pieces[index - 1] ?? '')) return undefined;
			const markdown = piece.slice(MARKDOWN_START.length, -MARKDOWN_END.length).trim();
			if (markdown) lines.push('', ...markdown.split('\n'), '');
			continue;
		}
		// Content the template used otherwise than as Markdown (in an attribute, through a filter): not read.
		if (piece.includes('\u0000')) return undefined;
		// An HTML block ends at a blank line: the template's empty lines go.
		lines.push(
			...piece
				.split('\n')
				.filter((line) => line.trim() !== '')
				.map((line) => line.trim()),
		);
	}
	return lines;
}
