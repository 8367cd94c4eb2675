import { asideTypeOf } from './callouts.ts';
import { asideTypeOfAdmonition } from './mkdocs.ts';
import { csvTable, listTable } from './myst-tables.ts';
import { type BlockKind, closingFence, directiveBlock, rewriteOutsideCode } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';

/**
 * MyST Markdown, which Sphinx (with myst-parser) and Jupyter Book read, writes its
 * directives as fenced blocks whose info string is a name in braces: ```` ```{note} ````,
 * `:::{warning}`, ```` ```{admonition} Title ```` with options under it (`:class: tip`,
 * or a `---` block of YAML). Left alone, each one is a code block of its Markdown. Each
 * becomes the nearest thing the help center shows (an aside of its kind, code, a
 * picture, tabs, a list of the pages a table of contents named); a directive nothing
 * here renders keeps its content under an import note.
 */

/** The opening fence: indentation, fence, the directive's name and its argument. */
const OPENING = /^([ \t]*)(`{3,}|:{3,})\{([A-Za-z][\w:.+-]*)\}[ \t]*(.*?)[ \t]*$/;
/** One option line under the opening (`:class: warning`, `:hidden:`). */
const OPTION = /^[ \t]*:([\w-]+):(?:[ \t]+(.*?))?[ \t]*$/;

/** Whether the text has a MyST directive at all. */
export function hasMystDirectives(text: string): boolean {
	return /^[ \t]*(?:`{3,}|:{3,})\{[A-Za-z][\w:.+-]*\}/m.test(text);
}

interface Directive {
	name: string;
	argument: string;
	options: Map<string, string>;
	/** The content's lines, without the directive's indentation. */
	body: string[];
	indent: string;
}

/** Admonitions whose kind's name here is not the word Sphinx shows: the word becomes the title. */
const SHOWN_NAMES: Record<string, string> = {
	seealso: 'See also',
	important: 'Important',
	attention: 'Attention',
	hint: 'Hint',
	error: 'Error',
	todo: 'To do',
};

const ADMONITIONS = new Set(['note', 'tip', 'warning', 'caution', 'danger', ...Object.keys(SHOWN_NAMES)]);

/** Sphinx's words for the versions a change came in, as it shows them. */
const VERSION_WORDS: Record<string, string> = {
	versionadded: 'Added in version',
	versionchanged: 'Changed in version',
	deprecated: 'Deprecated since version',
	versionremoved: 'Removed in version',
};

/** Directives whose content is code or text shown as written, with the language they give it. */
/** Diagrams drawn from their source (sphinxcontrib-mermaid, Sphinx's graphviz, plantuml), by the language of that source. */
const DIAGRAMS = new Map([
	['mermaid', 'mermaid'],
	['graphviz', 'dot'],
	['plantuml', 'plantuml'],
	['uml', 'plantuml'],
]);
const CODE = new Set(['code-block', 'code', 'sourcecode', 'code-cell', 'parsed-literal', 'math']);

/** Directives that show nothing of their own on the page: their content stands as it is. */
const TRANSPARENT = new Set(['only', 'container', 'div', 'glossary', 'grid', 'grid-item', 'card-carousel']);

/** Directives that place nothing a reader sees on the page (a local table of contents, the page's metadata). */
const INVISIBLE = new Set(['contents', 'tableofcontents', 'meta', 'highlight', 'default-role', 'currentmodule']);

function fenceFor(body: readonly string[], character: '`' | '~'): string {
	const longest = Math.max(
		2,
		...body.map((line) => new RegExp(`^\\s*(\\${character}{3,})`).exec(line)?.[1]?.length ?? 0),
	);
	return character.repeat(longest + 1);
}

/** A line without up to `columns` spaces of indentation. */
function withoutIndent(line: string, columns: number): string {
	const leading = /^ */.exec(line)?.[0].length ?? 0;
	return line.slice(Math.min(leading, columns));
}

/** Where a directive opened at `index` ends (the closing fence's line), or -1 when it is never closed. */
function closingLine(lines: readonly string[], index: number, fence: string): number {
	const character = fence[0] === '`' ? '`' : ':';
	const closing = closingFence(fence);
	// Fenced code inside a colon fence holds its own lines.
	let code: string | undefined;
	for (let end = index + 1; end < lines.length; end++) {
		const line = lines[end] ?? '';
		if (character === ':') {
			const codeFence = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
			if (code !== undefined) {
				if (codeFence && codeFence[0] === code[0] && codeFence.length >= code.length && line.trim() === codeFence)
					code = undefined;
				continue;
			}
			// So do the directives written with backticks inside it (```` ```{image} ````).
			if (codeFence) {
				code = codeFence;
				continue;
			}
		}
		if (closing.test(line)) return end;
	}
	return -1;
}

/** The options under the opening line (`:key: value` lines, or a `---` block of YAML keys) and the content after them. */
function splitOptions(lines: string[]): { options: Map<string, string>; body: string[] } {
	const options = new Map<string, string>();
	let at = 0;
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
		if (end > 0) {
			for (const line of lines.slice(1, end)) {
				const entry = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
				if (entry?.[1]) options.set(entry[1].toLowerCase(), unquote(entry[2] ?? ''));
			}
			at = end + 1;
		}
	} else {
		while (at < lines.length) {
			const option = OPTION.exec(lines[at] ?? '');
			if (!option?.[1]) break;
			options.set(option[1].toLowerCase(), option[2] ?? '');
			at++;
		}
	}
	const body = lines.slice(at);
	while (body.length > 0 && body[0]?.trim() === '') body.shift();
	while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
	return { options, body };
}

function unquote(value: string): string {
	return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** A YAML or option flag that is set (`:hidden:`, `hidden: true`). */
function flag(options: Map<string, string>, name: string): boolean {
	const value = options.get(name);
	return value !== undefined && !/^(false|no|0)$/i.test(value.trim());
}

const escapeText = (text: string) => text.replace(/([\\[\]*_`<])/g, '\\$1');

/**
 * Sphinx's anchor for a label (docutils' `make_id`): lower case, every run of other
 * characters than letters and digits one hyphen, none at the ends nor digits first
 * (`howto:api-only` → `howto-api-only`).
 */
export function mystLabelId(label: string): string {
	return label
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^[-0-9]+|-+$/g, '');
}

/** A raw anchor line for a label that names no heading. */
function anchorLines(label: string | undefined, indent: string): string[] {
	const id = label === undefined ? '' : mystLabelId(label);
	return id === '' ? [] : ['', `${indent}<a id="${id}"></a>`, ''];
}

function block(
	kind: BlockKind,
	options: { label?: string; attributes?: Record<string, string> },
	body: string[],
	indent: string,
	notes: ConversionNote[],
): string[] {
	return directiveBlock(kind, options, mystDirectives(body.join('\n'), notes).split('\n'), indent);
}

/** A table of contents as the list of the pages it names (their titles replace the paths), or nothing when it was hidden. */
function toctree(directive: Directive, notes: ConversionNote[]): string[] {
	const { options, body, indent } = directive;
	if (flag(options, 'hidden')) {
		notes.push({ level: 'info', message: 'a hidden table of contents (toctree) was removed' });
		return [];
	}
	const entries: string[] = [];
	for (const line of body) {
		const entry = line.trim();
		if (entry === '' || entry === 'self' || entry.startsWith('#') || /^\.\.(\s|$)/.test(entry)) continue;
		// `Title <path>` gives the words; a bare path is replaced by its page's title.
		const titled = /^(.*?)\s*<([^<>]+)>$/.exec(entry);
		const target = (titled?.[2] ?? entry).trim();
		if (/[*?[]/.test(target)) {
			notes.push({
				level: 'review',
				message: `a table of contents (toctree) entry "${target}" names pages by a pattern; list them by hand`,
			});
			continue;
		}
		const words = titled?.[1]?.trim() || target;
		entries.push(`${indent}- [${escapeText(words)}](<${target}>${titled ? '' : ' "mention"'})`);
	}
	if (entries.length === 0) return [];
	const caption = options.get('caption');
	// A comment keeps the list its own where a list ends right above it, as Sphinx shows it: a block of its own.
	return [
		'',
		...(caption ? [`${indent}**${escapeText(caption)}**`] : [`${indent}<!-- toctree -->`]),
		'',
		...entries,
		'',
	];
}

/** A picture (`{image}`, `{figure}`): its address, its alt text, a link it led to, and a figure's caption under it. */
function picture(directive: Directive, notes: ConversionNote[]): string[] {
	const { name, argument, options, body, indent } = directive;
	if (name === 'figure-md')
		return [...anchorLines(options.get('name'), indent), ...body.map((line) => `${indent}${line}`)];
	const alt = escapeText(options.get('alt') ?? '');
	const image = `![${alt}](<${argument}>)`;
	const target = options.get('target');
	const shown = target ? `[${image}](<${target}>)` : image;
	const caption = name === 'figure' ? mystDirectives(body.join('\n'), notes).split('\n') : [];
	return [
		...anchorLines(options.get('name'), indent),
		'',
		`${indent}${shown}`,
		'',
		...caption.map((line) => (line.trim() === '' ? '' : `${indent}${line}`)),
		'',
	];
}

function code(directive: Directive): string[] {
	const { name, argument, options, body, indent } = directive;
	const language = name === 'math' ? 'latex' : name === 'parsed-literal' ? '' : (argument.split(/\s/)[0] ?? '');
	const fence = fenceFor(body, '`');
	return [
		...anchorLines(options.get('name'), indent),
		'',
		`${indent}${fence}${language === 'default' || language === 'none' ? '' : language}`,
		...body.map((line) => `${indent}${line}`),
		`${indent}${fence}`,
		'',
	];
}

/** One directive as the Markdown (and directive containers) the converter reads. */
function convertDirective(directive: Directive, notes: ConversionNote[]): string[] {
	const { name, argument, options, body, indent } = directive;
	const label = anchorLines(options.get('name'), indent);
	if (name === 'toctree') return toctree(directive, notes);
	if (INVISIBLE.has(name)) return [];
	if (CODE.has(name)) return code(directive);
	const diagram = DIAGRAMS.get(name);
	if (diagram && body.some((line) => line.trim() !== '')) {
		notes.push({
			level: 'review',
			message: `the {${name}} diagram is shown as its source, in code, since the help center draws no diagrams: put a picture of it in its place`,
		});
		return code({ ...directive, argument: diagram });
	}
	if (['image', 'figure', 'figure-md'].includes(name)) return picture(directive, notes);
	if (name === 'list-table' || name === 'csv-table') {
		const table = name === 'list-table' ? listTable(directive) : csvTable(directive);
		if (table) return [...label, ...table.map((line) => (line === '' ? '' : `${indent}${line}`))];
	}
	if (TRANSPARENT.has(name))
		return [
			'',
			...mystDirectives(body.join('\n'), notes)
				.split('\n')
				.map((line) => (line.trim() === '' ? '' : `${indent}${line}`)),
			'',
		];
	const version = VERSION_WORDS[name];
	if (version) {
		// `5.0 What changed.`: the version, then the first words of the content.
		const [number = '', ...words] = argument.split(/\s+/);
		const content = [...(words.length > 0 ? [words.join(' '), ''] : []), ...body];
		const title = `${version} ${number}`.trim();
		if (content.every((line) => line.trim() === '')) return [...label, '', `${indent}_${escapeText(title)}._`, ''];
		return [...label, ...block('aside', { label: title, attributes: { type: 'note' } }, content, indent, notes)];
	}
	// sphinx-togglebutton's folds: an admonition of class `dropdown` (open with `toggle-shown`),
	// titled as its box was, and `{toggle}`, a button "Click to show" (open with `:show:`).
	const classes = (options.get('class') ?? '').split(/[\s,]+/);
	if (classes.includes('dropdown') && (ADMONITIONS.has(name) || name === 'admonition')) {
		const named = name === 'admonition';
		const title = named ? argument || 'Note' : (SHOWN_NAMES[name] ?? name.charAt(0).toUpperCase() + name.slice(1));
		const content = !named && argument ? [argument, '', ...body] : body;
		const open: Record<string, string> = classes.includes('toggle-shown') ? { open: 'true' } : {};
		return [...label, ...block('fold', { label: title, attributes: open }, content, indent, notes)];
	}
	if (name === 'toggle') {
		const open: Record<string, string> = options.has('show') ? { open: 'true' } : {};
		return [...label, ...block('fold', { label: 'Click to show', attributes: open }, body, indent, notes)];
	}
	if (ADMONITIONS.has(name)) {
		// The argument of a note is its first line of content, not a title.
		const content = argument ? [argument, ...body] : body;
		const type = asideTypeOfAdmonition(name);
		return [...label, ...block('aside', { label: SHOWN_NAMES[name], attributes: { type } }, content, indent, notes)];
	}
	// sphinx-design's dropdown folds (a fold, folds.ts), open with `:open:`; untitled, it showed only an arrow.
	if (name === 'dropdown')
		return [
			...label,
			...block(
				'fold',
				{ label: argument || 'Details', attributes: options.has('open') ? { open: 'true' } : {} },
				body,
				indent,
				notes,
			),
		];
	if (name === 'admonition' || name === 'topic' || name === 'sidebar') {
		const type = classes.map((word) => asideTypeOf(word)).find((found) => found !== undefined) ?? 'note';
		return [...label, ...block('aside', { label: argument || undefined, attributes: { type } }, body, indent, notes)];
	}
	if (name === 'tab-set' || name === 'tabs') return [...label, ...block('tabs', {}, body, indent, notes)];
	if (name === 'tab-item' || name === 'tab')
		return block('section', { label: argument || undefined }, body, indent, notes);
	if (name === 'rubric') return ['', `${indent}**${escapeText(argument)}**`, ''];
	if (name === 'epigraph' || name === 'pull-quote' || name === 'highlights' || name === 'blockquote')
		return [
			'',
			...mystDirectives(body.join('\n'), notes)
				.split('\n')
				.map((line) => `${indent}> ${line}`),
			'',
		];
	// reStructuredText, and what reads files the page does not hold, cannot be shown as Markdown.
	const foreign = name === 'eval-rst' || name === 'eval-rest' || name === 'literalinclude' || name.includes(':');
	const syntax = `{${name}}${argument ? ` ${argument}` : ''}`.slice(0, 80);
	return [...label, ...block('unknown', { attributes: { syntax } }, foreign ? [] : body, indent, notes)];
}

/**
 * MyST directives as the Markdown and directive containers the converter reads (see
 * the module's comment); directives shown inside code stay code. `notes` gathers what
 * was left out on purpose.
 */
export function mystDirectives(text: string, notes: ConversionNote[]): string {
	const lines = text.split('\n');
	return rewriteOutsideCode(lines, (index) => {
		const opening = OPENING.exec(lines[index] ?? '');
		const end = opening ? closingLine(lines, index, opening[2] ?? '```') : -1;
		if (!opening || end < 0) return undefined;
		const indent = opening[1] ?? '';
		const { options, body } = splitOptions(
			lines.slice(index + 1, end).map((bodyLine) => withoutIndent(bodyLine, indent.length)),
		);
		return {
			lines: convertDirective(
				{ name: (opening[3] ?? '').toLowerCase(), argument: opening[4] ?? '', options, body, indent },
				notes,
			),
			end,
		};
	}).join('\n');
}
