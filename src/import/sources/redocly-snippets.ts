import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { markdocAttributes } from '../convert/markdoc.ts';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';

/** The opening of Redocly's code-snippet tag, which may run over several lines, one attribute a line. */
const OPENING = /^([ \t]*)\{%-?\s*code-snippet\b/;
const CLOSING = /\/\s*-?%\}[ \t]*$/;
/** How many lines a tag written over several lines may take. */
const MAX_LINES = 20;
/** A snippet's file larger than this is no snippet the import writes in. */
const MAX_BYTES = 512 * 1024;

/**
 * Redocly's `{% code-snippet file="/_code-samples/pay.js" language="js" /%}` on a line of its
 * own, written as the code block it showed: the file (from the project's root when its path
 * starts with `/`, else from the page), cut as `from`/`after` and `to`/`before` say (a line
 * number, or the first line holding the words), in `language`, under its `title`. A file outside the project,
 * missing or too large keeps the tag, which the conversion then lists for review.
 */
export function withRedoclyCodeSnippets(
	text: string,
	where: { file: string; root: string },
	notes: ConversionNote[],
): string {
	if (!text.includes('code-snippet')) return text;
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let written = 0;
	for (let at = 0; at < lines.length; at++) {
		const line = lines[at] as string;
		const opening = inCode(line) ? undefined : OPENING.exec(line);
		if (!opening) {
			out.push(line);
			continue;
		}
		let end = at;
		while (end < lines.length - 1 && end - at < MAX_LINES && !CLOSING.test(lines[end] as string)) end++;
		const tag = lines.slice(at, end + 1).join(' ');
		const block = CLOSING.test(lines[end] as string) ? snippetBlock(tag, opening[1] ?? '', where) : undefined;
		if (!block) {
			out.push(line);
			continue;
		}
		out.push(...block);
		written++;
		at = end;
	}
	if (written > 0)
		notes.push({
			level: 'info',
			message: `${written === 1 ? 'a {% code-snippet %} was' : `${written} {% code-snippet %} tags were`} written in as the code ${written === 1 ? 'block' : 'blocks'} the old site showed`,
		});
	return out.join('\n');
}

/** The code block a tag shows, its lines indented as the tag is; undefined when its file cannot be read. */
function snippetBlock(tag: string, indent: string, where: { file: string; root: string }): string[] | undefined {
	const inner = tag.replace(/^\s*\{%-?\s*code-snippet\b/, '').replace(/\/\s*-?%\}\s*$/, '');
	const attributes = markdocAttributes(inner);
	const name = attributes.file;
	if (!name) return undefined;
	const file = name.startsWith('/') ? path.join(where.root, name) : path.resolve(path.dirname(where.file), name);
	const code = projectFileText(file, where.root);
	if (code === undefined) return undefined;
	const lines = cut(code.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n'), attributes);
	const language = (attributes.language ?? path.extname(file).slice(1)).replace(/[^\w+#.-]/g, '');
	const longest = Math.max(2, ...[...lines.join('\n').matchAll(/`{3,}/g)].map((match) => match[0].length));
	const fence = '`'.repeat(longest + 1);
	// A `title` is the block's name above it, read from the fence's meta as Docusaurus' is.
	const title = attributes.title?.replace(/["\n\r]/g, '').trim();
	return [
		`${indent}${fence}${language}${title ? ` title="${title}"` : ''}`,
		...lines.map((each) => (each === '' ? '' : `${indent}${each}`)),
		`${indent}${fence}`,
	];
}

/** A file's text when it is a file of the project once links are followed, and not too large. */
function projectFileText(file: string, root: string): string | undefined {
	try {
		if (!existsSync(file)) return undefined;
		const relative = path.relative(realpathSync(root), realpathSync(file));
		if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
		const stat = statSync(file);
		if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** The lines between `from` (or after `after`) and `to` (or before `before`), each a line number or words on the line. */
function cut(lines: string[], attributes: Record<string, string>): string[] {
	const find = (value: string | undefined, start: number): number | undefined => {
		if (value === undefined) return undefined;
		if (/^\d+$/.test(value)) return Number(value) - 1;
		const index = lines.findIndex((line, at) => at >= start && line.includes(value));
		return index === -1 ? undefined : index;
	};
	const fromLine = find(attributes.from, 0);
	const afterLine = find(attributes.after, 0);
	const first = fromLine ?? (afterLine === undefined ? 0 : afterLine + 1);
	const toLine = find(attributes.to, first);
	const beforeLine = find(attributes.before, first);
	const last = toLine ?? (beforeLine === undefined ? lines.length - 1 : beforeLine - 1);
	return lines.slice(Math.max(0, first), Math.max(0, last + 1));
}
