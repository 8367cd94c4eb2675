import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConversionNote } from '../convert/types.ts';

/**
 * mdBook's file links (`{{#include file.rs:2:10}}`, `{{#rustdoc_include file.rs:anchor}}`,
 * `{{#playground example.rs}}`), in prose or inside a code block, and its `{{#title}}`.
 * A backslash before one (`\{{#include}}`) is mdBook's escape: it shows as written.
 */
const LINK = /(\\?)\{\{#(include|rustdoc_include|playground|title)[ \t]+([^}\n]*?)[ \t]*\}\}/g;

/** Whether the text has mdBook's links at all. */
export function hasMdbookLinks(text: string): boolean {
	return text.includes('{{#');
}

/**
 * The part of a file a link names after its path: a line (`:4`), a range (`:2:10`,
 * `::10`, `:2:`) or an anchor (`:setup`, the lines between `ANCHOR: setup` and
 * `ANCHOR_END: setup`). Lines that mark anchors never show.
 */
export function fileSlice(text: string, selector: string | undefined): string | undefined {
	const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
	const marker = /\bANCHOR(?:_END)?:\s*[\w-]+/;
	const visible = (part: string[]) => part.filter((line) => !marker.test(line)).join('\n');
	if (!selector) return visible(lines);
	const range = /^(\d*)(?::(\d*))?$/.exec(selector);
	if (range) {
		const start = range[1] ? Number(range[1]) : 1;
		const end = range[2] === undefined ? (range[1] ? start : lines.length) : range[2] ? Number(range[2]) : lines.length;
		return visible(lines.slice(Math.max(0, start - 1), end));
	}
	const opening = lines.findIndex((line) => new RegExp(String.raw`\bANCHOR:\s*${selector}\b`).test(line));
	if (opening === -1) return undefined;
	const closing = lines.findIndex(
		(line, index) => index > opening && new RegExp(String.raw`\bANCHOR_END:\s*${selector}\b`).test(line),
	);
	return visible(lines.slice(opening + 1, closing === -1 ? undefined : closing));
}

const LANGUAGES: Record<string, string> = { rs: 'rust', py: 'python', js: 'javascript', ts: 'typescript', sh: 'bash' };

/**
 * A page with mdBook's links written in, as mdBook builds it: the file (or the part of
 * it the link names) read from beside the page, a playground as a code block. Only
 * files of the book (`roots`) come in; a link to one that is not there stays as
 * written and is listed. `{{#title}}` goes: the article has its own title.
 */
export function expandMdbookLinks(
	text: string,
	options: { file: string; roots: readonly string[] },
	notes: ConversionNote[],
): string {
	return text.replace(LINK, (whole, escaped: string, kind: string, argument: string) => {
		if (escaped) return whole.slice(1);
		if (kind === 'title') return '';
		const target = argument.split(/\s+/)[0] ?? '';
		const colon = target.indexOf(':');
		const name = colon === -1 ? target : target.slice(0, colon);
		const selector = colon === -1 ? undefined : target.slice(colon + 1);
		const file = path.resolve(path.dirname(options.file), name);
		const inside = options.roots.some((root) => !path.relative(root, file).startsWith('..'));
		const content =
			inside && existsSync(file) && statSync(file).isFile()
				? fileSlice(readFileSync(file, 'utf8'), selector)
				: undefined;
		if (content === undefined) {
			notes.push({
				level: 'review',
				message: `the included file ${name} is not in the book; its link stays as written`,
			});
			return whole;
		}
		notes.push({ level: 'info', message: `the included file ${name} was written in` });
		if (kind !== 'playground') return content;
		const extension = path.extname(name).slice(1).toLowerCase();
		const language = LANGUAGES[extension] ?? extension;
		return `\`\`\`${language}\n${content}\n\`\`\``;
	});
}
