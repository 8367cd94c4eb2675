import { csvTableDelimiter, csvTableRows } from './csv-table-rows.ts';
import { inline, type RstInlineContext } from './rst-inline.ts';
import { GRID_BORDER, gridTable, joinedCell, SIMPLE_RULE, simpleTable } from './rst-tables.ts';
import type { ConversionNote } from './types.ts';

/**
 * reStructuredText's body elements as MyST Markdown, which the MyST reader then turns
 * into what the help center shows: section titles (`#` by the order their adornment
 * styles first appear, as docutils ranks them), paragraphs, lists, definition and
 * field lists, block quotes, line blocks, literal blocks (`::`), tables, labels
 * (`.. _label:` as `(label)=`) and directives (`.. note::` as ```` ```{note} ````,
 * whose content is converted too). Comments are dropped.
 */

export interface RstState {
	context: RstInlineContext;
	/** Title adornment styles (`=`, `=o` with an overline), in the order they first appeared. */
	styles: string[];
	/** The page's title: its first section title. */
	title?: string;
	/** The language `.. highlight::` set for literal blocks. */
	highlight: string;
	/** Fields of the page (`:description:`) and of `.. meta::`. */
	fields: Map<string, string>;
	notes: ConversionNote[];
	/** The page's path in the site, for notes. */
	file: string;
	/** The label a section title gives itself (Sphinx's autosectionlabel), if the site sets one. */
	sectionLabel?: (title: string) => string;
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
const BULLET = /^([-*+•‣⁃])(?: +|$)/;
const ENUMERATED = /^(?:(\d+|#)[.)]|\((\d+|#)\))(?: +|$)/;
const FIELD = /^:((?:[^:`\\]|\\.)+):(?: +|$)/;
const EXPLICIT = /^\.\.(?: |$)/;
const LINE_BLOCK = /^\|(?: |$)/;

/** Directives whose content is shown as written (code), not read as reStructuredText. */
const LITERAL_DIRECTIVES = new Set([
	'code-block',
	'code',
	'sourcecode',
	'parsed-literal',
	'math',
	'csv-table',
	'raw',
	// A diagram's source (sphinxcontrib-mermaid, Sphinx's graphviz, sphinxcontrib-plantuml).
	'mermaid',
	'graphviz',
	'plantuml',
	'uml',
]);
/** Directives that show nothing on the page here. */
const DROPPED = new Set([
	'contents',
	'index',
	'highlight',
	'sectnum',
	'rst-class',
	'cssclass',
	'class',
	'meta',
	'default-role',
	'role',
	'tabularcolumns',
	'vale',
	'spelling',
	'spelling:word-list',
	'title',
]);

/** Marks a title's own label (autosectionlabel's), which gives way to a label the author set on the title. */
export const SECTION_LABEL = '\u0000';

export const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
const blank = (line: string | undefined) => line === undefined || line.trim() === '';

/** The lines from `start` indented more than `base` (or blank), dedented by their least indent, and where they end. */
export function indentedBlock(
	lines: readonly string[],
	start: number,
	base = 0,
): { lines: string[]; end: number; indent: number } {
	let end = start;
	while (end < lines.length && (blank(lines[end]) || indentOf(lines[end] ?? '') > base)) end++;
	while (end > start && blank(lines[end - 1])) end--;
	const taken = lines.slice(start, end);
	const indents = taken.filter((line) => !blank(line)).map(indentOf);
	const indent = indents.length > 0 ? Math.min(...indents) : 0;
	return { lines: taken.map((line) => line.slice(indent)), end, indent };
}

/** Whether `line` is a title's adornment: one punctuation character repeated, three or more. */
function isAdornment(line: string | undefined): boolean {
	return line !== undefined && line.trim().length >= 3 && ADORNMENT.test(line) && indentOf(line) === 0;
}

/** A fence (backticks) longer than any fence in the content. */
function fenceFor(content: readonly string[]): string {
	const longest = Math.max(2, ...content.map((line) => /^\s*(`{3,})/.exec(line)?.[1]?.length ?? 0));
	return '`'.repeat(longest + 1);
}

function codeBlock(language: string, content: readonly string[]): string[] {
	const fence = fenceFor(content);
	const shown = language === 'none' || language === 'default' || language === 'text' ? '' : language;
	return ['', `${fence}${shown}`, ...content, fence, ''];
}

/** Lines indented under a list marker or a definition, prefixed for Markdown. */
function indented(lines: readonly string[], first: string, rest: string): string[] {
	const trimmed = [...lines];
	while (trimmed.length > 0 && blank(trimmed[0])) trimmed.shift();
	while (trimmed.length > 0 && blank(trimmed.at(-1))) trimmed.pop();
	return trimmed.map((line, index) => (index === 0 ? `${first}${line}` : blank(line) ? '' : `${rest}${line}`));
}

interface Directive {
	name: string;
	argument: string;
	options: [string, string][];
	body: string[];
}

/** A directive's argument, options and content, from its first line's rest and the block under it. */
function directiveParts(name: string, rest: string, block: readonly string[]): Directive {
	const argument = [rest.trim()];
	let at = 0;
	// The argument may go on over the lines before the options or a blank line.
	while (at < block.length && !blank(block[at]) && !FIELD.test(block[at] ?? '') && rest.trim() !== '') {
		argument.push((block[at] ?? '').trim());
		at++;
	}
	const options: [string, string][] = [];
	while (at < block.length && FIELD.test(block[at] ?? '')) {
		const field = FIELD.exec(block[at] ?? '');
		let value = (block[at] ?? '').slice(field?.[0].length ?? 0).trim();
		at++;
		while (at < block.length && !blank(block[at]) && indentOf(block[at] ?? '') > 0) {
			value += ` ${(block[at] ?? '').trim()}`;
			at++;
		}
		options.push([(field?.[1] ?? '').toLowerCase(), value]);
	}
	const body = block.slice(at);
	while (body.length > 0 && blank(body[0])) body.shift();
	return { name, argument: argument.filter(Boolean).join(' '), options, body };
}

/** A directive in MyST's fenced form, its content already Markdown. */
function mystDirective(name: string, argument: string, options: [string, string][], lines: string[]): string[] {
	const content = [...lines];
	while (content.length > 0 && blank(content[0])) content.shift();
	while (content.length > 0 && blank(content.at(-1))) content.pop();
	const fence = fenceFor(content);
	return [
		'',
		`${fence}{${name}}${argument ? ` ${argument}` : ''}`,
		...options.map(([key, value]) => `:${key}:${value ? ` ${value}` : ''}`),
		...(options.length > 0 && content.length > 0 ? [''] : []),
		...content,
		fence,
		'',
	];
}

function directive(parts: Directive, state: RstState): string[] {
	const { name, argument, options, body } = parts;
	const option = (key: string) => options.find(([found]) => found === key)?.[1];
	if (name === 'highlight') {
		state.highlight = argument.split(/\s+/)[0] ?? '';
		return [];
	}
	if (name === 'meta') {
		const description = option('description');
		if (description) state.fields.set('description', description);
		return [];
	}
	if (DROPPED.has(name)) return [];
	if (name === 'code-block' || name === 'code' || name === 'sourcecode')
		return [
			...(option('caption') ? ['', `**${inline(option('caption') ?? '', state.context)}**`] : []),
			...codeBlock(argument.split(/\s+/)[0] || state.highlight, body),
		];
	if (name === 'code-tab') {
		// sphinx-tabs' code tab: the language names the tab, unless a title follows it.
		const [language = '', ...title] = argument.split(/\s+/);
		return mystDirective('tab-item', title.join(' ') || language, [], codeBlock(language, body));
	}
	if (name === 'tab' || name === 'group-tab') return mystDirective('tab-item', argument, [], convert(body, state));
	if (name === 'tabs') return mystDirective('tab-set', '', [], convert(body, state));
	if (name === 'hlist' || name === 'centered' || name === 'compound')
		return [...(argument ? ['', inline(argument, state.context), ''] : []), ...convert(body, state)];
	if (name === 'image' || name === 'figure') {
		const kept = options.filter(([key]) => ['alt', 'target', 'name'].includes(key));
		return mystDirective(name, argument, kept, name === 'figure' ? convert(body, state) : []);
	}
	if (name === 'literalinclude' || name === 'include' || name === 'toctree')
		return mystDirective(name, argument, options, body);
	if (name === 'csv-table') {
		const cells = csvCellsAsMarkdown(body, options, state);
		if (cells) return mystDirective(name, argument && inline(argument, state.context), cells.options, cells.body);
	}
	if (LITERAL_DIRECTIVES.has(name)) return mystDirective(name, argument, options, body);
	// Everything else (admonitions, versions, tables, `only`, sphinx-design) holds reStructuredText.
	return mystDirective(name, argument && inline(argument, state.context), options, convert(body, state));
}

/**
 * A `csv-table`'s rows written in the page (and its `:header:`), each cell's reStructuredText
 * (`` ``code`` ``, `` `words <https://…>`_ ``, `**bold**`) as the Markdown the MyST table reads,
 * written back as CSV; undefined when the rows are read from a file or do not parse, which the
 * MyST table reports as it would.
 */
function csvCellsAsMarkdown(
	body: readonly string[],
	options: readonly (readonly [string, string])[],
	state: RstState,
): { body: string[]; options: [string, string][] } | undefined {
	if (options.some(([key]) => key === 'file' || key === 'url')) return undefined;
	const delimiter = csvTableDelimiter(options.find(([key]) => key === 'delim')?.[1]);
	const read = (text: string) => csvTableRows(text, delimiter);
	const write = (row: readonly string[]) =>
		row.map((cell) => `"${inline(cell, state.context).replace(/\n/g, ' ').replace(/"/g, '""')}"`).join(delimiter);
	const rows = read(body.join('\n'));
	if (!rows) return undefined;
	const written = options.map(([key, value]): [string, string] => {
		if (key !== 'header') return [key, value];
		const header = read(value)?.[0];
		return [key, header ? write(header) : value];
	});
	return { body: rows.map(write), options: written };
}

/** A title's style: its character, and whether it has an overline too. */
function heading(text: string, style: string, state: RstState): string[] {
	if (!state.styles.includes(style)) state.styles.push(style);
	const words = inline(text.trim(), state.context);
	// The title's own words, as autosectionlabel names it (a label holds no parentheses in MyST).
	const label = state.sectionLabel?.(text.trim().replace(/\\(.)/g, '$1'));
	const labelled = label && !/[()]/.test(label) ? ['', `${SECTION_LABEL}(${label})=`] : [];
	if (state.title === undefined) {
		state.title = text.trim();
		return [...labelled, '', `# ${words}`, ''];
	}
	const depth = Math.min(6, Math.max(2, state.styles.indexOf(style) + 1));
	return [...labelled, '', `${'#'.repeat(depth)} ${words}`, ''];
}

/** A paragraph's words: its lines joined, as Markdown (a `#` or `>` opening it escaped). */
function paragraph(lines: readonly string[], state: RstState): string[] {
	const text = inline(lines.map((line) => line.trim()).join('\n'), state.context);
	// A line that Markdown would open a heading, quote or list with keeps its words.
	return ['', text.replace(/^(?:([#>])|([+=-])(?= |$)|(\d+)([.)])(?= |$))/gm, '$3\\$1$2$4'), ''];
}

/**
 * reStructuredText lines (indented from column 0) as MyST Markdown lines. The
 * document's first section title becomes `# Title` and is kept in `state.title`.
 */
export function convert(lines: readonly string[], state: RstState): string[] {
	const out: string[] = [];
	let at = 0;
	const push = (...more: string[]) => out.push(...more);
	while (at < lines.length) {
		const line = lines[at] ?? '';
		if (blank(line)) {
			at++;
			continue;
		}
		// An indented block where nothing opened one is a quote.
		if (indentOf(line) > 0) {
			const quoted = indentedBlock(lines, at, 0);
			const inner = convert(quoted.lines, state);
			// Content indented only to set it off (a screenshot, a note, code, a list or a table under a paragraph) is
			// shown as it is: Markdown has no quote around a picture or an aside, and Sphinx's themes showed it as indentation.
			if (inner.some((text) => /^(?:`{3,}|\(.*\)=$|[-*+] |\d+\. |\| )/.test(text))) push('', ...inner, '');
			else push('', ...inner.map((text) => (text === '' ? '>' : `> ${text}`)), '');
			at = Math.max(quoted.end, at + 1);
			continue;
		}
		const next = lines[at + 1];
		// A title with an overline and an underline.
		if (isAdornment(line) && !blank(next) && isAdornment(lines[at + 2]) && lines[at + 2]?.[0] === line[0]) {
			push(...heading(next ?? '', `${line[0]}o`, state));
			at += 3;
			continue;
		}
		// A transition: a line of punctuation alone.
		if (
			isAdornment(line) &&
			line.trim().length >= 4 &&
			blank(next) &&
			!GRID_BORDER.test(line) &&
			!SIMPLE_RULE.test(line)
		) {
			push('', '***', '');
			at += 2;
			continue;
		}
		// A title over its underline.
		if (
			!isAdornment(line) &&
			isAdornment(next) &&
			!SIMPLE_RULE.test(next ?? '') &&
			((next ?? '').trim().length >= line.trim().length || (next ?? '').trim().length >= 4)
		) {
			push(...heading(line, (next ?? '')[0] ?? '=', state));
			at += 2;
			continue;
		}
		if (GRID_BORDER.test(line)) {
			let end = at;
			while (end < lines.length && !blank(lines[end])) end++;
			const table = gridTable(lines.slice(at, end), (cell) => joinedCell(convert(cell, state)));
			if (table) {
				push(...table);
				at = end;
				continue;
			}
		}
		if (SIMPLE_RULE.test(line)) {
			let end = at + 1;
			let rules = 1;
			while (end < lines.length) {
				const current = lines[end] ?? '';
				if (SIMPLE_RULE.test(current)) {
					rules++;
					// The table ends at a rule followed by a blank line (or the text's end), past its header.
					if (rules >= 2 && (blank(lines[end + 1]) || end + 1 >= lines.length)) break;
				}
				end++;
			}
			const table = simpleTable(lines.slice(at, end + 1), (cell) => joinedCell(convert(cell, state)));
			if (table) {
				push(...table);
				at = end + 1;
				continue;
			}
		}
		if (EXPLICIT.test(line)) {
			const block = indentedBlock(lines, at + 1);
			at = Math.max(block.end, at + 1);
			push(...explicit(line.slice(2).trimStart(), block.lines, state));
			continue;
		}
		const bullet = BULLET.exec(line);
		if (bullet) {
			const marker = bullet[1] ?? '-';
			while (at < lines.length && BULLET.exec(lines[at] ?? '')?.[1] === marker) {
				const current = lines[at] ?? '';
				const width = (BULLET.exec(current)?.[0].length ?? 2) || 2;
				const item = itemLines(lines, at, width);
				push(...indented(convert(item.lines, state), '- ', '  '));
				at = item.end;
				while (at < lines.length && blank(lines[at])) at++;
			}
			push('');
			continue;
		}
		const enumerated = ENUMERATED.exec(line);
		if (enumerated && (enumerated[1] ?? enumerated[2]) !== undefined) {
			const first = enumerated[1] ?? enumerated[2] ?? '1';
			let number = first === '#' ? 1 : Number.parseInt(first, 10);
			while (at < lines.length && ENUMERATED.test(lines[at] ?? '')) {
				const current = lines[at] ?? '';
				const width = ENUMERATED.exec(current)?.[0].length ?? 3;
				const item = itemLines(lines, at, width);
				const mark = `${number}. `;
				push(...indented(convert(item.lines, state), mark, ' '.repeat(mark.length)));
				number++;
				at = item.end;
				while (at < lines.length && blank(lines[at])) at++;
			}
			push('');
			continue;
		}
		if (LINE_BLOCK.test(line)) {
			const shown: string[] = [];
			while (
				at < lines.length &&
				(LINE_BLOCK.test(lines[at] ?? '') || (!blank(lines[at]) && indentOf(lines[at] ?? '') > 0))
			) {
				const current = lines[at] ?? '';
				if (LINE_BLOCK.test(current)) shown.push(inline(current.slice(2), state.context));
				else shown[shown.length - 1] += ` ${inline(current.trim(), state.context)}`;
				at++;
			}
			push('', ...shown.map((text, index) => (index < shown.length - 1 ? `${text}\\` : text)), '');
			continue;
		}
		const field = FIELD.exec(line);
		if (field && !line.slice(field[0].length - 1).startsWith('`')) {
			const item = itemLines(lines, at, 1);
			const valueLines = [line.slice(field[0].length).trim(), ...item.lines.slice(1)];
			const name = (field[1] ?? '').trim();
			// Fields before anything else on the page are its data (`:orphan:`, `:description:`).
			if (out.every((text) => text.trim() === '')) {
				state.fields.set(
					name.toLowerCase(),
					valueLines
						.map((text) => text.trim())
						.join(' ')
						.trim(),
				);
			} else {
				const converted = convert(
					indentedBlock(
						valueLines.map((text, index) => (index === 0 ? ` ${text}` : text)),
						0,
						-1,
					).lines,
					state,
				);
				push(...indented(converted, `- **${inline(name, state.context)}:** `, '  '), '');
			}
			at = item.end;
			continue;
		}
		// The short form of an anonymous target (`__ https://…`), read beforehand.
		if (/^__ +\S/.test(line)) {
			at = indentedBlock(lines, at + 1).end;
			continue;
		}
		if (line.startsWith('>>> ')) {
			let end = at;
			while (end < lines.length && !blank(lines[end])) end++;
			push(...codeBlock('python', lines.slice(at, end)));
			at = end;
			continue;
		}
		// A paragraph: the lines up to a blank line, or up to an indented one (a definition list's term).
		let end = at + 1;
		// An explicit markup line (`.. vale on`) right under the words ends them, as authors meant it to.
		while (
			end < lines.length &&
			!blank(lines[end]) &&
			indentOf(lines[end] ?? '') === 0 &&
			!isAdornment(lines[end]) &&
			!EXPLICIT.test(lines[end] ?? '')
		)
			end++;
		if (end === at + 1 && !blank(lines[end]) && indentOf(lines[end] ?? '') > 0 && !line.trimEnd().endsWith('::')) {
			// A definition list: each term followed by its indented definition.
			while (
				at < lines.length &&
				!blank(lines[at]) &&
				indentOf(lines[at] ?? '') === 0 &&
				indentOf(lines[at + 1] ?? '') > 0 &&
				!blank(lines[at + 1])
			) {
				const term = (lines[at] ?? '').split(/ +: +/)[0] ?? '';
				const definition = indentedBlock(lines, at + 1);
				push(
					'',
					`- **${inline(term, state.context)}**`,
					'',
					...indented(convert(definition.lines, state), '  ', '  '),
					'',
				);
				at = definition.end;
				while (at < lines.length && blank(lines[at])) at++;
			}
			continue;
		}
		const words = lines.slice(at, end);
		at = end;
		const last = (words.at(-1) ?? '').trimEnd();
		if (last.endsWith('::') && !last.endsWith('\\::')) {
			// A literal block follows: `Text::` shows `Text:`, a lone `::` nothing.
			const before = last.slice(0, -2);
			const shown = [...words.slice(0, -1), /\s$/.test(before) || before === '' ? before.trimEnd() : `${before}:`];
			if (shown.some((text) => text.trim() !== ''))
				push(
					...paragraph(
						shown.filter((text) => text.trim() !== ''),
						state,
					),
				);
			while (at < lines.length && blank(lines[at])) at++;
			if (at < lines.length && indentOf(lines[at] ?? '') > 0) {
				const block = indentedBlock(lines, at);
				push(...codeBlock(state.highlight, block.lines));
				at = block.end;
			} else if (at < lines.length) {
				// A quoted literal block: each line starts with the same punctuation.
				const quote = lines[at]?.[0] ?? '';
				let quotedEnd = at;
				while (quotedEnd < lines.length && lines[quotedEnd]?.[0] === quote) quotedEnd++;
				push(...codeBlock(state.highlight, lines.slice(at, quotedEnd)));
				at = quotedEnd;
			}
			continue;
		}
		push(...paragraph(words, state));
	}
	return out;
}

/** A list item's lines: the marker's line without its marker, and the lines indented under it. */
function itemLines(lines: readonly string[], at: number, width: number): { lines: string[]; end: number } {
	const first = (lines[at] ?? '').slice(width);
	let end = at + 1;
	while (end < lines.length && (blank(lines[end]) || indentOf(lines[end] ?? '') >= Math.min(width, 1))) {
		if (!blank(lines[end]) && indentOf(lines[end] ?? '') === 0) break;
		end++;
	}
	while (end > at + 1 && blank(lines[end - 1])) end--;
	const rest = lines.slice(at + 1, end);
	const indents = rest.filter((line) => !blank(line)).map(indentOf);
	const indent = indents.length > 0 ? Math.min(width, ...indents) : width;
	return { lines: [first, ...rest.map((line) => line.slice(indent))], end };
}

/** An explicit markup block (`.. ` and what follows): a label, a directive, a footnote; else a comment, dropped. */
function explicit(rest: string, block: readonly string[], state: RstState): string[] {
	const target = /^_(`[^`]+`|[^:\\]+|_)?:(?:\s+(.*))?$/.exec(rest);
	if (target) {
		const name = (target[1] ?? '').replace(/^`|`$/g, '');
		const url = [target[2] ?? '', ...block].join('').trim();
		// A target without an address labels what follows it; with one, references by name use it (read beforehand).
		return url === '' && name !== '_' && name !== '' ? ['', `(${name})=`, ''] : [];
	}
	if (/^\|[^|]+\|\s/.test(rest)) return [];
	const footnote = /^\[([^\]]+)\]\s*(.*)$/.exec(rest);
	if (footnote) return paragraph([`[${footnote[1]}] ${footnote[2] ?? ''}`, ...block], state);
	const named = /^([\w:.+-]+)::(?:\s+(.*))?$/.exec(rest);
	if (named) return directive(directiveParts((named[1] ?? '').toLowerCase(), named[2] ?? '', block), state);
	return [];
}
