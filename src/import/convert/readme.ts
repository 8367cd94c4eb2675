import { asideTypeOf } from './callouts.ts';
import { markdownTable, tableCell } from './markdown-table.ts';
import { codeFenceTracker, directiveBlock } from './source-blocks.ts';

/**
 * ReadMe (readme.com) pages as its Markdown export and `rdme` write them. Its first
 * editor kept every rich block as one JSON object between `[block:type]` and
 * `[/block]` lines (`callout`, `api-header`, `code`, `image`, `parameters`, `html`,
 * `embed`), and its links name pages by kind and slug (`[Setup](doc:setup)`,
 * `(ref:create-user)`). Left alone, readers would see the JSON as text and links that
 * lead nowhere.
 */

const OPENING = /^[ \t]*\[block:([\w-]+)\][ \t]*$/;
const CLOSING = /^[ \t]*\[\/block\][ \t]*$/;

/** Whether the text holds ReadMe's blocks or links at all. */
export function hasReadmeSyntax(text: string): boolean {
	return /^[ \t]*\[block:[\w-]+\][ \t]*$/m.test(text) || README_LINK.test(text);
}

/**
 * Where ReadMe serves each kind of page a link names, from the host's root: guides
 * under `/docs/`, the API reference, the changelog, custom pages and recipes.
 */
const LINK_KINDS: Record<string, string> = {
	doc: '/docs/',
	ref: '/reference/',
	changelog: '/changelog/',
	page: '/page/',
	recipe: '/recipes/',
};
const README_LINK = /\]\((?:doc|ref|changelog|page|recipe):[^\s)]/;
/** A link's destination in Markdown (`](doc:setup#dns)`) or HTML (`href="doc:setup"`). */
const LINK_DESTINATION = /(\]\(\s*<?|\bhref\s*=\s*["'])(doc|ref|changelog|page|recipe):([^\s)"'>]*)/g;

/** A ReadMe link as the address ReadMe served it at (`doc:setup#dns` → `/docs/setup#dns`). */
export function readmeLinkAddress(kind: string, target: string): string {
	return `${LINK_KINDS[kind] ?? '/'}${target}`;
}

/** Each line's ReadMe links as root-relative addresses, outside inline code. */
function withAddresses(line: string): string {
	if (!line.includes(':')) return line;
	return line
		.split(/(`+[^`]*`+)/)
		.map((part, index) =>
			index % 2 === 1
				? part
				: part.replace(
						LINK_DESTINATION,
						(_, before: string, kind: string, target: string) => `${before}${readmeLinkAddress(kind, target)}`,
					),
		)
		.join('');
}

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Lines of a Markdown text held in a JSON string (a callout's body, a table cell). */
const linesOf = (value: unknown): string[] => text(value).replace(/\r\n?/g, '\n').split('\n');

/** Fenced code around `code`, its fence longer than any run of backticks inside it. */
function fenced(code: string, language: string): string[] {
	const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(Math.max(3, longest + 1));
	const info = /^[\w+#.-]+$/.test(language) ? language : '';
	return [`${fence}${info}`, ...code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n'), fence];
}

/**
 * A code block's tabs: one code is a code block (under its name when it has one); several
 * are tabs, each named by its name or language, as ReadMe showed them.
 */
function codeBlock(data: Json): string[] {
	const codes = (Array.isArray(data.codes) ? data.codes : []).filter(
		(entry): entry is Json => typeof entry === 'object' && entry !== null,
	);
	const blocks = codes.map((entry) => ({
		title: text(entry.name).trim() || text(entry.language).trim() || undefined,
		lines: fenced(text(entry.code), text(entry.language).trim()),
	}));
	if (blocks.length === 0) return [];
	if (blocks.length === 1) {
		const [only] = blocks as [(typeof blocks)[number]];
		const named = codes[0]?.name !== undefined && text(codes[0]?.name).trim() !== '';
		return named ? directiveBlock('section', { label: only.title }, only.lines) : ['', ...only.lines, ''];
	}
	return directiveBlock(
		'tabs',
		{},
		blocks.flatMap((block) => directiveBlock('section', { label: block.title }, block.lines)),
	);
}

/** Images, each with its caption under it; the caption (else the file's name) is its text for screen readers. */
function imageBlock(data: Json): string[] {
	const images = (Array.isArray(data.images) ? data.images : []).filter(
		(entry): entry is Json => typeof entry === 'object' && entry !== null,
	);
	return images.flatMap((entry) => {
		const [url, name] = Array.isArray(entry.image) ? entry.image : [];
		if (typeof url !== 'string' || url.trim() === '') return [];
		const caption = text(entry.caption).trim();
		const alt = (caption || text(name).replace(/\.[a-z0-9]+$/i, '')).replace(/[[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
		return [
			'',
			`![${alt}](<${url.trim().replace(/[<>]/g, encodeURIComponent)}>)`,
			...(caption ? ['', caption] : []),
			'',
		];
	});
}

/** A cell's Markdown on one line of a table. */
const cell = (value: unknown) => tableCell(linesOf(value));

/** A parameters table: `h-0`… are the header cells, `0-0`… the rows', by row and column. */
function tableBlock(data: Json): string[] {
	const cells = typeof data.data === 'object' && data.data !== null ? (data.data as Json) : {};
	const keys = Object.keys(cells);
	const columns = Math.max(
		Number(data.cols) || 0,
		...keys.map((key) => Number(/^(?:h|\d+)-(\d+)$/.exec(key)?.[1] ?? -1) + 1),
	);
	const rows = Math.max(Number(data.rows) || 0, ...keys.map((key) => Number(/^(\d+)-\d+$/.exec(key)?.[1] ?? -1) + 1));
	const row = (prefix: string) => Array.from({ length: columns }, (_, column) => cell(cells[`${prefix}-${column}`]));
	return markdownTable(
		row('h'),
		Array.from({ length: rows }, (_, index) => row(String(index))),
	);
}

/** One block as Markdown the converter reads; a type nothing here shows stays visible as an import note. */
function blockMarkdown(type: string, data: Json, written: string): string[] {
	switch (type) {
		case 'callout': {
			const title = text(data.title).trim();
			const body = linesOf(data.body);
			const hasBody = body.some((line) => line.trim() !== '');
			return directiveBlock(
				'aside',
				{
					label: hasBody ? title : undefined,
					// ReadMe's themes: info, success (also "okay"), warning, danger (also "error").
					attributes: {
						type: text(data.type).toLowerCase() === 'okay' ? 'tip' : (asideTypeOf(text(data.type)) ?? 'note'),
					},
				},
				hasBody ? body : [title],
			);
		}
		case 'api-header': {
			const title = text(data.title).trim().replace(/\s+/g, ' ');
			return title ? ['', `## ${title}`, ''] : [];
		}
		case 'code':
			return codeBlock(data);
		case 'image':
			return imageBlock(data);
		case 'parameters':
			return tableBlock(data);
		case 'html':
			return ['', ...linesOf(data.html), ''];
		case 'embed': {
			const url = text(data.url).trim() || text(data.href).trim();
			if (url) return directiveBlock('link', { attributes: { url, syntax: written } }, [text(data.title).trim()]);
			return directiveBlock('unknown', { attributes: { syntax: written } }, []);
		}
		default:
			return directiveBlock('unknown', { attributes: { syntax: written } }, []);
	}
}

/**
 * ReadMe's blocks as Markdown and directive containers (source-blocks.ts), and its
 * links as the addresses ReadMe served (`doc:setup` → `/docs/setup`), which the import
 * then leads to the imported page. A block whose JSON cannot be read stays as written,
 * in a code block, with an import note, so no word is lost.
 */
export function readmeSyntax(source: string): string {
	const lines = source.split('\n');
	const out: string[] = [];
	const inCode = codeFenceTracker();
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			continue;
		}
		const opening = OPENING.exec(line);
		if (!opening) {
			out.push(withAddresses(line));
			continue;
		}
		let end = index + 1;
		while (end < lines.length && !CLOSING.test(lines[end] as string)) end++;
		if (end === lines.length) {
			out.push(line);
			continue;
		}
		const type = (opening[1] as string).toLowerCase();
		const json = lines.slice(index + 1, end).join('\n');
		let data: unknown;
		try {
			data = JSON.parse(json);
		} catch {
			data = undefined;
		}
		const written = `[block:${type}]`;
		const markdown =
			typeof data === 'object' && data !== null && !Array.isArray(data)
				? blockMarkdown(type, data as Json, written)
				: directiveBlock('unknown', { attributes: { syntax: written } }, fenced(json, 'json'));
		// Code is shown as written, links and all.
		out.push(...(type === 'code' ? markdown : markdown.map(withAddresses)));
		index = end;
	}
	return out.join('\n');
}
