import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConversionNote } from './types.ts';

/**
 * JetBrains Writerside's Markdown topics, written as the Markdown and components the
 * rest of the import reads: its semantic elements (`<tabs>`, `<procedure>`, `<code-block>`,
 * `<include>`, `<snippet>`, `<a href="topic.md"/>`, `<seealso>`), its attribute lists
 * (`{style="warning"}` under a quote makes it a warning) and its `%variables%`.
 */
export interface WritersideContext {
	/** The topic's file. */
	file: string;
	/** The project's topics folder, where `<include from>` names files. */
	topicsRoot: string;
	/** The images folder, where an image named without a folder is. */
	imagesRoot: string;
	/** The code snippets folder `<code-block src>` reads. */
	snippetsRoot: string;
	/** The project's variables (`v.list`). */
	vars: ReadonlyMap<string, string>;
	/** A topic's title, by its file name (`setup.md`), for a link that gives no words (`<a href="setup.md"/>`). */
	titleOf: (topic: string) => string | undefined;
}

/** An attribute of a tag's text (`title="Setup"`), XML escapes read. */
function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
	const value = match?.[1] ?? match?.[2];
	return value === undefined ? undefined : unescapeXml(value);
}

function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** A value for a JSX attribute in double quotes. */
function jsxValue(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Inside a file's text, the element with `id="…"` (a `<snippet>`'s content, any other element whole). */
export function elementById(text: string, id: string): string | undefined {
	const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const open = new RegExp(`<([a-z][\\w-]*)\\b[^>]*\\sid\\s*=\\s*["']${escaped}["'][^>]*?(/?)>`).exec(text);
	if (!open) return undefined;
	const [whole, name = '', selfClosing] = open;
	if (selfClosing) return '';
	const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'g');
	tags.lastIndex = open.index + whole.length;
	let depth = 1;
	for (const match of text.matchAll(tags)) {
		if (match.index < open.index + whole.length) continue;
		if (match[2]) continue;
		depth += match[1] ? -1 : 1;
		if (depth === 0) {
			const inner = text.slice(open.index + whole.length, match.index);
			return name === 'snippet' ? inner : text.slice(open.index, match.index + match[0].length);
		}
	}
	return undefined;
}

const INCLUDE = /<include\b([^>]*?)(?:\/>|>\s*<\/include>)/g;

/** The text with each `<include from="lib.md" element-id="…"/>` written in, up to a few levels deep. */
export function withWritersideIncludes(
	text: string,
	context: Pick<WritersideContext, 'file' | 'topicsRoot'>,
	notes: ConversionNote[],
	depth = 0,
): string {
	return text.replace(INCLUDE, (_whole, attributes: string) => {
		const from = attribute(attributes, 'from');
		const id = attribute(attributes, 'element-id');
		const source = from ? path.resolve(context.topicsRoot, from) : context.file;
		const named = from ?? path.basename(context.file);
		const inside = path.relative(context.topicsRoot, source);
		if (!id || inside.startsWith('..') || path.isAbsolute(inside) || !existsSync(source)) {
			notes.push({
				level: 'review',
				message: `an <include> of ${named}${id ? ` (element-id "${id}")` : ''} the import could not find in the topics folder was left out`,
			});
			return '';
		}
		if (depth >= 5) {
			notes.push({
				level: 'review',
				message: `an <include> of ${named} nested too deep was left out`,
			});
			return '';
		}
		const found = elementById(readFileSync(source, 'utf8'), id);
		if (found === undefined) {
			notes.push({
				level: 'review',
				message: `an <include> of ${named} names element-id "${id}", which it does not hold: left out`,
			});
			return '';
		}
		return `\n${withWritersideIncludes(found, { ...context, file: source }, notes, depth + 1)}\n`;
	});
}

/** The text with every `%name%` the project's variables know written as its value. */
export function withWritersideVars(text: string, vars: ReadonlyMap<string, string>): string {
	if (vars.size === 0 || !text.includes('%')) return text;
	const once = (value: string) => value.replace(/%([\w.-]+)%/g, (whole, name: string) => vars.get(name) ?? whole);
	// A variable may be written with another (`%product% %version%`).
	return once(once(text));
}

/** Headings with the project's variables written in, the topic's title among them. */
export function withWritersideHeadingVars(text: string, vars: ReadonlyMap<string, string>): string {
	return text.replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gm, (line) => withWritersideVars(line, vars));
}

/** Lines without the indentation they all share, blank ones at the ends left out. */
function dedent(text: string): string {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
	while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
	const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
	const shared = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(Math.min(shared, /^[ \t]*/.exec(line)?.[0].length ?? 0))).join('\n');
}

/** Code as a fenced block, its fence longer than any run of backticks in it. */
function fenced(code: string, language: string | undefined): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map(([run]) => run.length));
	const fence = '`'.repeat(longest + 1);
	return `\n\n${fence}${language ?? ''}\n${code}\n${fence}\n\n`;
}

const PROTECTED = '\u0000wrs';

/**
 * `<code-block lang="php">` (its code in `<![CDATA[ … ]]>` or written escaped, or read from
 * the snippets folder with `src`) as fenced code. Code marked `ignore-vars="true"` keeps its
 * `%words%`; the rest has the project's variables written in, as Writerside shows them.
 */
function withCodeBlocks(text: string, context: WritersideContext, notes: ConversionNote[], kept: string[]): string {
	return text.replace(
		/<code-block\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/code-block>)/g,
		(_whole, attributes: string, inner: string | undefined) => {
			const language = attribute(attributes, 'lang')
				?.toLowerCase()
				.replace(/[^\w+#-]/g, '');
			const src = attribute(attributes, 'src');
			let code: string;
			if (src) {
				const file = path.resolve(context.snippetsRoot, src);
				const inside = path.relative(context.snippetsRoot, file);
				if (inside.startsWith('..') || path.isAbsolute(inside) || !existsSync(file)) {
					notes.push({
						level: 'review',
						message: `a <code-block> of ${src}, which is not in the code snippets folder, was left out`,
					});
					return '';
				}
				code = readFileSync(file, 'utf8');
				if (attribute(attributes, 'include-lines') || attribute(attributes, 'include-symbol'))
					notes.push({
						level: 'review',
						message: `a <code-block> showed part of ${src} (include-lines or include-symbol); the whole file came over`,
					});
			} else {
				const written = inner ?? '';
				const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(written);
				code = cdata ? (cdata[1] ?? '') : unescapeXml(written);
			}
			const ignoreVars = attribute(attributes, 'ignore-vars') === 'true';
			const shown = ignoreVars ? dedent(code) : withWritersideVars(dedent(code), context.vars);
			kept.push(fenced(shown, language));
			return `${PROTECTED}${kept.length - 1}${PROTECTED}`;
		},
	);
}

/** Writerside's callout styles for a quote, as GitHub's alert names. */
const QUOTE_STYLES: Record<string, string> = {
	note: 'NOTE',
	tip: 'TIP',
	warning: 'WARNING',
	information: 'NOTE',
	info: 'NOTE',
};

/** A line that is only an attribute list (`{style="warning"}`, `{type="narrow" id="x"}`), quoted or not. */
const ATTRIBUTE_LINE = /^(\s*>?\s*)\{((?:\s*[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'))+)\s*\}\s*$/;
/** An attribute list at the end of a heading or paragraph line (`## Setup {id="setup"}`). */
const TRAILING_ATTRIBUTES = /\s*\{((?:\s*[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'))+)\s*\}\s*$/;

/**
 * Attribute lists: `{style="warning"}` on or under a quote makes it GitHub's `> [!WARNING]`
 * alert, a heading's `{id="x"}` its anchor (`{#x}`); the rest (`{type="narrow"}`,
 * `{collapsible="true"}`, a library's `{is-library="true"}`) only changed how a thing looked.
 */
function withAttributeLists(text: string): string {
	const lines = text.split('\n');
	let inCode = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
		if (inCode) continue;
		const alone = ATTRIBUTE_LINE.exec(line);
		if (alone) {
			const style = attribute(alone[2] ?? '', 'style')?.toLowerCase();
			const alert = style === undefined ? undefined : QUOTE_STYLES[style];
			// The quote this list belongs to ends on this line (`> {style=…}`) or just above it.
			let end = index - 1;
			if (alert && end >= 0 && /^\s*>/.test(lines[end] ?? '')) {
				while (end > 0 && /^\s*>/.test(lines[end - 1] ?? '')) end--;
				if (!/^\s*>\s*\[!/.test(lines[end] ?? '')) {
					lines.splice(end, 0, `> [!${alert}]`);
					index++;
				}
			}
			lines.splice(index, 1);
			index--;
			continue;
		}
		const trailing = TRAILING_ATTRIBUTES.exec(line);
		if (trailing && !/^\s*</.test(line)) {
			const id = attribute(trailing[1] ?? '', 'id');
			const heading = /^\s{0,3}#{1,6}\s/.test(line);
			lines[index] = line.slice(0, trailing.index) + (heading && id ? ` {#${id}}` : '');
		}
	}
	return lines.join('\n');
}

/** A link to a topic (`setup.md`) with its anchor (`anchor="x"`), as written in Markdown. */
function topicLink(attributes: string): string | undefined {
	const href = attribute(attributes, 'href');
	if (!href) return undefined;
	const anchor = attribute(attributes, 'anchor');
	return anchor ? `${href}#${anchor}` : href;
}

/** Markdown's `[words](address)`, its words' brackets escaped. */
function markdownLink(words: string, address: string): string {
	return `[${words.replace(/([[\]])/g, '\\$1')}](${address.replace(/[()\s]/g, (char) => encodeURIComponent(char))})`;
}

/** Writerside's block elements, outermost first, whose content an author indents inside them. */
const BLOCKS = ['tabs', 'tab', 'procedure', 'step', 'tldr', 'snippet', 'note', 'tip', 'warning', 'seealso', 'category'];

/**
 * The content of each block element without the indentation its lines share: Writerside
 * reads `<tab>` and `<step>` content indented inside them as text, Markdown as code.
 */
function withoutBlockIndentation(text: string): string {
	let result = text;
	for (const name of BLOCKS)
		result = result.replace(
			new RegExp(`(<${name}\\b[^>]*>)([\\s\\S]*?)(</${name}>)`, 'g'),
			(whole, open: string, inner: string, close: string) => {
				const lines = inner.split('\n');
				const indents = lines
					.slice(1)
					.filter((line) => line.trim() !== '')
					.map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
				const shared = indents.length > 0 ? Math.min(...indents) : 0;
				if (shared === 0) return whole;
				const dedented = lines.map((line, index) =>
					index === 0 ? line : line.slice(Math.min(shared, /^[ \t]*/.exec(line)?.[0].length ?? 0)),
				);
				return `${open}${dedented.join('\n')}${close}`;
			},
		);
	return result;
}

/**
 * Writerside's `<list>` as HTML's list it drew: numbered (`type="decimal"`, `alpha-lower` and
 * the like) an `<ol>`, else a `<ul>`, each closing tag matched to its own opening one.
 */
function withHtmlLists(text: string): string {
	const open: string[] = [];
	return text.replace(/<(\/?)list\b([^>]*)>/g, (_whole, closing: string, attributes: string) => {
		if (closing) return `</${open.pop() ?? 'ul'}>`;
		const type = attribute(attributes, 'type');
		const tag = type && type !== 'bullet' && type !== 'none' ? 'ol' : 'ul';
		open.push(tag);
		return `<${tag}>`;
	});
}

/** The elements that only framed their content, and what each becomes. */
function withElements(text: string, context: WritersideContext, notes: ConversionNote[]): string {
	let left: string[] = [];
	const converted = text
		// Summaries for search engines and link previews were never shown on the page.
		.replace(/<(web-summary|card-summary|link-summary)\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<show-structure\b[^>]*\/>/g, '')
		// An API reference Writerside drew from an OpenAPI file has no words here.
		.replace(/<(api-doc|api-endpoint|api-schema)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g, (_whole, name: string) => {
			left = [...left, name];
			return '';
		})
		.replace(/<\/?snippet\b[^>]*>/g, '\n')
		.replace(/<tldr\b[^>]*>/g, '\n')
		.replace(/<\/tldr>/g, '\n')
		.replace(/^[ \t]*<tabs\b[^>]*>[ \t]*$/gm, '\n<Tabs>\n')
		.replace(/<tabs\b[^>]*>/g, '\n<Tabs>\n')
		.replace(/^[ \t]*<\/tabs>[ \t]*$/gm, '\n</Tabs>\n')
		.replace(/<\/tabs>/g, '\n</Tabs>\n')
		.replace(/^[ \t]*<tab\b([^>]*)>/gm, (_whole, attributes: string) => {
			const title = attribute(attributes, 'title');
			return title === undefined ? '\n<Tab>\n\n' : `\n<Tab title="${jsxValue(title)}">\n\n`;
		})
		.replace(/<tab\b([^>]*)>/g, (_whole, attributes: string) => {
			const title = attribute(attributes, 'title');
			return title === undefined ? '\n<Tab>\n\n' : `\n<Tab title="${jsxValue(title)}">\n\n`;
		})
		.replace(/^[ \t]*<\/tab>/gm, '\n\n</Tab>\n')
		.replace(/<\/tab>/g, '\n\n</Tab>\n')
		.replace(/^[ \t]*<procedure\b([^>]*)>/gm, (_whole, attributes: string) => {
			const title = attribute(attributes, 'title');
			return `\n${title ? `**${title}**\n\n` : ''}<Steps>\n`;
		})
		.replace(/^[ \t]*<\/procedure>/gm, '\n</Steps>\n')
		.replace(/^[ \t]*<step\b[^>]*>/gm, '\n<Step>\n\n')
		.replace(/<step\b[^>]*>/g, '\n<Step>\n\n')
		.replace(/<\/step>/g, '\n\n</Step>\n')
		// `<note>`, `<tip>` and `<warning>` are the asides a styled quote is.
		.replace(/<(note|tip|warning)\b[^>]*>([\s\S]*?)<\/\1>/g, (_whole, name: string, inner: string) => {
			const lines = inner.trim().split('\n');
			return `\n\n> [!${QUOTE_STYLES[name]}]\n${lines.map((line) => `> ${line}`.trimEnd()).join('\n')}\n\n`;
		})
		.replace(
			/<(control|ui-path|shortcut)\b[^>]*>([\s\S]*?)<\/\1>/g,
			(_whole, _name: string, words: string) => `**${words.trim()}**`,
		)
		.replace(/<path\b[^>]*>([\s\S]*?)<\/path>/g, (_whole, words: string) => `\`${words.trim()}\``)
		.replace(/<emphasis\b[^>]*>([\s\S]*?)<\/emphasis>/g, (_whole, words: string) => `*${words.trim()}*`)
		.replace(/<seealso\b[^>]*>([\s\S]*?)<\/seealso>/g, (_whole, inner: string) => {
			const links = [...inner.matchAll(/<a\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a>)/g)].flatMap(
				([, attributes = '', words]) => {
					const address = topicLink(attributes);
					const shown = words?.trim() || (address && context.titleOf(address.split('#')[0] ?? '')) || address;
					return address && shown ? [`- ${markdownLink(shown, address)}`] : [];
				},
			);
			return links.length > 0 ? `\n\n**See also**\n\n${links.join('\n')}\n\n` : '';
		})
		.replace(/<a\b([^>]*?)\/>/g, (whole, attributes: string) => {
			const address = topicLink(attributes);
			if (!address) return whole;
			const title = context.titleOf(address.split('#')[0] ?? '') ?? attribute(attributes, 'summary') ?? address;
			return markdownLink(title, address);
		})
		.replace(/<a\b([^>]*?)>([^<]*)<\/a>/g, (whole, attributes: string, words: string) => {
			const address = topicLink(attributes);
			return address ? markdownLink(words.trim() || address, address) : whole;
		});
	if (left.length > 0)
		notes.push({
			level: 'review',
			message: `an API reference Writerside drew from an OpenAPI file (<${[...new Set(left)].join('>, <')}>) was left out: link to the API's own reference instead`,
		});
	return converted;
}

/** The one image of that name in the images folder or a folder below it, when exactly one has it. */
function imageByName(root: string, name: string): string | undefined {
	if (!existsSync(root)) return undefined;
	const found = globSync(`**/${name.replace(/[*?[\]{}]/g, '\\$&')}`, {
		cwd: root,
	});
	return found.length === 1 && found[0] ? path.join(root, found[0]) : undefined;
}

/**
 * Images named by their file alone (`![Portal](portal.png)`, `<img src="portal.png"/>`), which
 * Writerside finds in its images folder: written as their path from the topic.
 */
function withImagePaths(text: string, context: WritersideContext): string {
	const resolved = (name: string) => {
		if (/^[a-z][\w+.-]*:|^\/|^#/i.test(name) || existsSync(path.resolve(path.dirname(context.file), name)))
			return undefined;
		const named = path.resolve(context.imagesRoot, name);
		const inside = path.relative(context.imagesRoot, named);
		if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
		// Writerside finds an image by its name in any folder of the images folder.
		const file = existsSync(named) ? named : imageByName(context.imagesRoot, path.basename(name));
		if (!file) return undefined;
		const relative = path.relative(path.dirname(context.file), file).split(path.sep).join('/');
		return relative.startsWith('.') ? relative : `./${relative}`;
	};
	return text
		.replace(/(!\[[^\]\n]*\]\()([^)\s]+)/g, (whole, before: string, name: string) => {
			const found = resolved(name);
			return found ? `${before}${found}` : whole;
		})
		.replace(/(<img\b[^>]*?\ssrc=")([^"]+)"/g, (whole, before: string, name: string) => {
			const found = resolved(name);
			return found ? `${before}${found}"` : whole;
		});
}

/** A Writerside Markdown topic as Markdown the import reads. */
export function writersideMarkup(text: string, context: WritersideContext, notes: ConversionNote[]): string {
	const included = withWritersideIncludes(text, context, notes);
	const kept: string[] = [];
	const protectedCode = withCodeBlocks(included, context, notes, kept);
	const written = withImagePaths(
		withAttributeLists(
			withElements(
				withHtmlLists(withoutBlockIndentation(withWritersideVars(protectedCode, context.vars))),
				context,
				notes,
			),
		),
		context,
	);
	return (
		written
			.replace(new RegExp(`${PROTECTED}(\\d+)${PROTECTED}`, 'g'), (_whole, index: string) => kept[Number(index)] ?? '')
			.replace(/\n{3,}/g, '\n\n')
			// Tabs and steps sit next to each other, as the components' own pages write them.
			.replace(/(<Tabs>|<\/Tab>|<Steps>|<\/Step>)\n\n(?=<Tab[ >]|<\/Tabs>|<Step>|<\/Steps>)/g, '$1\n')
	);
}
