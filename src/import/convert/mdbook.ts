import { asideTypeOfAdmonition, typeName } from './mkdocs.ts';
import { closingFence, directiveBlock, foldBlock, rewriteOutsideCode } from './source-blocks.ts';

/**
 * mdbook-admonish, the mdBook preprocessor for callouts, marks them as fenced code
 * whose info string starts with `admonish`: ```` ```admonish warning "Title" ````, or
 * with TOML options, ```` ```admonish info title="Title" collapsible=true ````. The
 * body is Markdown. Left alone, the converter would show each one as a code block.
 */

/** The opening fence: its indentation, its fence, and the rest of the info string. */
const OPENING = /^([ \t]*)(`{3,}|~{3,})[ \t]*admonish(?:[ \t]+(.*?))?[ \t]*$/;
/** A double-quoted string as JSON and TOML write it. */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const OPTION = new RegExp(String.raw`([\w-]+)[ \t]*=[ \t]*(${QUOTED}|'[^']*'|[^\s"']+)`, 'g');

/** Whether the text has an mdbook-admonish block at all. */
export function hasMdbookAdmonish(text: string): boolean {
	return /^[ \t]*(?:`{3,}|~{3,})[ \t]*admonish\b/m.test(text);
}

function unquoted(value: string): string {
	if (value.startsWith("'")) return value.slice(1, -1);
	if (!value.startsWith('"')) return value;
	try {
		return String(JSON.parse(value));
	} catch {
		return value.slice(1, -1);
	}
}

/**
 * What an info string after `admonish` says: the type (the first bare word, else a
 * `type=` option, else note) and the title (a quoted string, else a `title=` option).
 * `collapsible=true` folds it (a fold, folds.ts); `class` changes only how the old site drew the box.
 */
export function admonishOptions(info: string): { type: string; title: string | undefined; collapsible: boolean } {
	const options = new Map<string, string>();
	for (const option of info.matchAll(OPTION)) options.set(option[1] ?? '', unquoted(option[2] ?? ''));
	const rest = info.replace(OPTION, ' ').trim();
	const word = /^([A-Za-z][\w-]*)/.exec(rest)?.[1];
	const quoted = new RegExp(`(?:^|\\s)(${QUOTED})`).exec(rest)?.[1];
	return {
		type: word ?? options.get('type') ?? 'note',
		title: quoted !== undefined ? unquoted(quoted) : options.get('title'),
		collapsible: options.get('collapsible') === 'true',
	};
}

/**
 * mdbook-admonish blocks as directive containers (an aside of the kind their type
 * names, with their title; no title, or `""`, shows the kind's name); other code,
 * and a block shown inside it, stays as it was written.
 */
export function mdbookAdmonish(text: string): string {
	const lines = text.split('\n');
	return rewriteOutsideCode(lines, (index) => {
		const opening = OPENING.exec(lines[index] ?? '');
		if (!opening) return undefined;
		const indent = opening[1] ?? '';
		const fence = opening[2] ?? '```';
		let end = index + 1;
		while (end < lines.length && !closingFence(fence).test(lines[end] ?? '')) end++;
		// Never closed: mdBook shows the rest of the page as code, and so does the converter.
		if (end === lines.length) return undefined;
		const { type, title, collapsible } = admonishOptions(opening[3] ?? '');
		const body = lines.slice(index + 1, end).map((bodyLine) => withoutIndent(bodyLine, indent.length));
		const content = mdbookAdmonish(body.join('\n')).split('\n');
		// A collapsible one is a fold, titled as the box was: by its title, else its type's name.
		if (collapsible) return { lines: foldBlock(title || typeName(type), false, content, indent), end };
		return {
			lines: directiveBlock(
				'aside',
				{ label: title, attributes: { type: asideTypeOfAdmonition(type) } },
				content,
				indent,
			),
			end,
		};
	}).join('\n');
}

/** A line without up to `columns` spaces of indentation, as a fenced block's content loses its fence's. */
function withoutIndent(line: string, columns: number): string {
	const leading = /^ */.exec(line)?.[0].length ?? 0;
	return line.slice(Math.min(leading, columns));
}
