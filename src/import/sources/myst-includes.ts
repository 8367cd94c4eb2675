import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { closingFence, rewriteOutsideCode } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';

/**
 * MyST's includes, as Sphinx builds them: ```` ```{include} add-users.md ```` writes
 * another Markdown file in where it stands, and ```` ```{literalinclude} app.py ````
 * shows a file as code, each with options under it (`:start-after:`, `:end-before:`,
 * `:lines:`, `:language:`, `:heading-offset:`). A path is read from the page's folder,
 * or from the docs' root when it starts with `/`. One that is not found, or is outside
 * the docs project, stays as written, for the converter to show as an import note.
 */

const OPENING = /^([ \t]*)(`{3,}|:{3,})\{(include|literalinclude)\}[ \t]+(\S.*?)[ \t]*$/;
const OPTION = /^[ \t]*:([\w-]+):(?:[ \t]+(.*?))?[ \t]*$/;
const DEPTH = 4;

/** Whether the text includes a file the MyST way at all. */
export function hasMystIncludes(text: string): boolean {
	return /^[ \t]*(?:`{3,}|:{3,})\{(?:include|literalinclude)\}/m.test(text);
}

/** `1-3,7,10-` (Sphinx's `:lines:`, counted from 1) as the lines it names. */
function selectLines(lines: string[], spec: string): string[] {
	const chosen: string[] = [];
	for (const part of spec.split(',')) {
		const range = /^\s*(\d*)\s*(-)?\s*(\d*)\s*$/.exec(part);
		if (!range) return lines;
		const from = range[1] ? Number(range[1]) : 1;
		const to = range[2] ? (range[3] ? Number(range[3]) : lines.length) : from;
		chosen.push(...lines.slice(Math.max(0, from - 1), to));
	}
	return chosen;
}

/** The part of a file the options name: after a marker, before one, by line numbers. */
function slice(text: string, options: Map<string, string>, literal: boolean): string {
	let content = text.replace(/\r\n?/g, '\n');
	const after = options.get('start-after');
	if (after) {
		const at = content.indexOf(after);
		// Sphinx's literalinclude starts on the line after the marker's; include right after it.
		if (at >= 0)
			content = literal
				? content.slice(content.indexOf('\n', at) + 1 || content.length)
				: content.slice(at + after.length);
	}
	const before = options.get('end-before');
	if (before) {
		const at = content.indexOf(before);
		if (at >= 0) content = literal ? content.slice(0, content.lastIndexOf('\n', at) + 1) : content.slice(0, at);
	}
	let lines = content.split('\n');
	const startLine = Number(options.get('start-line'));
	const endLine = Number(options.get('end-line'));
	if (Number.isInteger(startLine) || Number.isInteger(endLine))
		lines = lines.slice(Number.isInteger(startLine) ? startLine : 0, Number.isInteger(endLine) ? endLine : undefined);
	const spec = options.get('lines');
	if (spec) lines = selectLines(lines, spec);
	return lines.join('\n');
}

/** A file's lines as a fenced code block that no backtick run inside can close. */
function codeBlock(code: string, language: string, title: string | undefined): string[] {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	const meta = title ? ` title="${title.replace(/"/g, "'")}"` : '';
	return [`${fence}${language}${meta}`, ...code.replace(/\n+$/, '').split('\n'), fence];
}

/** Headings a level (or `offset` levels) down, outside code, as `:heading-offset:` asks. */
function offsetHeadings(text: string, offset: number): string {
	if (!(offset > 0)) return text;
	let fence: string | undefined;
	return text
		.split('\n')
		.map((line) => {
			const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
			if (opening && (fence === undefined || opening.startsWith(fence)))
				fence = fence === undefined ? opening : undefined;
			else if (fence === undefined && /^#{1,6}\s/.test(line))
				return `${'#'.repeat(offset)}${line}`.replace(/^#{7,}/, '######');
			return line;
		})
		.join('\n');
}

/**
 * The page with the files its MyST includes name written in (see the module's
 * comment); `root` is the docs' root, `roots` the folders files may come from.
 */
export function expandMystIncludes(
	body: string,
	options: { file: string; root: string; roots: readonly string[] },
	notes: ConversionNote[],
	depth = 0,
): string {
	const lines = body.split('\n');
	return rewriteOutsideCode(lines, (index) => {
		const opening = OPENING.exec(lines[index] ?? '');
		const fence = opening?.[2] ?? '';
		const closing = closingFence(fence);
		const end = opening ? lines.findIndex((next, at) => at > index && closing.test(next)) : -1;
		if (!opening || end < 0) return undefined;
		const indent = opening[1] ?? '';
		const literal = opening[3] === 'literalinclude';
		const name = opening[4] ?? '';
		const settings = new Map<string, string>();
		for (const optionLine of lines.slice(index + 1, end)) {
			const option = OPTION.exec(optionLine);
			if (option?.[1]) settings.set(option[1].toLowerCase(), option[2] ?? '');
		}
		const candidate = name.startsWith('/')
			? path.join(options.root, name)
			: path.resolve(path.dirname(options.file), name);
		// Only files of the docs project come in, never one elsewhere on this machine.
		const inside = options.roots.some((root) => !path.relative(root, candidate).startsWith('..'));
		const found =
			inside && existsSync(candidate) && statSync(candidate).isFile() && depth < DEPTH ? candidate : undefined;
		if (!found || (!literal && /\.rst$/i.test(found))) return { lines: lines.slice(index, end + 1), end };
		notes.push({ level: 'info', message: `the included file ${name} was written in` });
		const file = readFileSync(found, 'utf8');
		// An included page's own frontmatter is not shown where it is written in.
		const text = slice(
			literal ? file : file.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, ''),
			settings,
			literal,
		);
		const asCode = literal || settings.has('literal') || settings.has('code');
		const written = asCode
			? codeBlock(
					text,
					settings.get('language') ?? settings.get('code') ?? path.extname(found).slice(1),
					settings.get('caption'),
				)
			: offsetHeadings(
					expandMystIncludes(text, { ...options, file: found }, notes, depth + 1),
					Number(settings.get('heading-offset') ?? 0),
				)
					.replace(/\n+$/, '')
					.split('\n');
		return { lines: ['', ...written.map((text) => (text === '' ? '' : indent + text)), ''], end };
	}).join('\n');
}
