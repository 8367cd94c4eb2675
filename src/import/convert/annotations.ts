import { codeFenceTracker } from './source-blocks.ts';

/**
 * Material for MkDocs' annotations in text: a paragraph or list marked `{ .annotate }`
 * (attr_list's line under it) shows each `(1)` in it as a button whose note is the first
 * item of the numbered list right after it. The help center has no such buttons; the
 * markers and the list are read as footnotes, each marker a footnote reference and each
 * note its footnote, where they would show as `(1)` and a list torn from its words. A
 * marker with no note, and markers in code, stay as written. An admonition marked
 * `annotate` (`!!! note annotate "Title"`) is such a block, its title's references moved
 * to the end of its first line, since a title holds none. Notes are numbered over the
 * page (`[^note-3]`), as two annotated paragraphs both have a `(1)`.
 */

const ANNOTATE = /^([ \t]*)\{:?[ \t]*(?:[^}]*\s)?\.annotate(?:\s[^}]*)?\}[ \t]*$/;
const ITEM = /^([ \t]*)(\d+)\.([ \t]+)(.*)$/;
/** Material's admonition marked for annotations: `!!! note annotate "Title"`. */
const ADMONITION = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*?[ \t]+annotate\b/;
/** A marker, with the space before it: a footnote reference stands against its word. */
const MARKER = /[ \t]?\((\d+)\)/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

const width = (indent: string) => indent.replace(/\t/g, '    ').length;

/** Whether the text marks any block `{ .annotate }`. */
export function hasAnnotations(text: string): boolean {
	return /\.annotate\b/.test(text);
}

/** `line` with its markers outside code as footnote references, for the notes `labels` has. */
function withReferences(line: string, labels: Map<string, string>): string {
	let out = '';
	let at = 0;
	const replace = (part: string) =>
		part.replace(MARKER, (marker, number: string) => (labels.has(number) ? `[^${labels.get(number)}]` : marker));
	for (const span of line.matchAll(CODE_SPAN)) {
		out += replace(line.slice(at, span.index)) + span[0];
		at = span.index + span[0].length;
	}
	return out + replace(line.slice(at));
}

/** The numbered notes starting at `next` (`1.` first), each with the lines indented under it, and the line after them. */
function notesAt(lines: readonly string[], next: number): { items: Note[]; end: number; indent: string } | undefined {
	const first = ITEM.exec(lines[next] ?? '');
	if (first?.[2] !== '1') return undefined;
	const base = width(first[1] ?? '');
	const items: Note[] = [];
	let end = next;
	while (end < lines.length) {
		const item = ITEM.exec(lines[end] as string);
		if (!item || width(item[1] ?? '') !== base) break;
		const content = width(`${item[1]}${item[2]}.${item[3]}`);
		const own: Note = { number: item[2] ?? '', lines: [item[4] ?? ''] };
		items.push(own);
		end++;
		while (end < lines.length) {
			const body = lines[end] as string;
			if (body.trim() !== '' && width(/^[ \t]*/.exec(body)?.[0] ?? '') < content) break;
			own.lines.push(body.trim() === '' ? '' : `    ${body.replace(new RegExp(`^[ \\t]{0,${content}}`), '')}`);
			end++;
		}
	}
	return { items, end, indent: first[1] ?? '' };
}

interface Note {
	number: string;
	lines: string[];
}

/** The first line after `from` that is not blank. */
function nextFilled(lines: readonly string[], from: number): number {
	let next = from;
	while (next < lines.length && (lines[next] as string).trim() === '') next++;
	return next;
}

export function annotationFootnotes(text: string): string {
	if (!hasAnnotations(text)) return text;
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let count = 0;
	let index = 0;
	/** The block `out[start…]` with its markers as references, then the notes as its footnotes. */
	const attach = (start: number, notes: { items: Note[]; indent: string }, titled = false) => {
		const labels = new Map(notes.items.map((item) => [item.number, `note-${++count}`]));
		const block = out.splice(start);
		if (titled && block[0]) {
			// An admonition's title holds no reference: its markers' references open its body.
			const moved: string[] = [];
			block[0] = block[0].replace(/[ \t]?\((\d+)\)/g, (marker, number: string) => {
				if (!labels.has(number)) return marker;
				moved.push(`[^${labels.get(number)}]`);
				return '';
			});
			const body = block.findIndex((held, at) => at > 0 && held.trim() !== '');
			if (body > 0 && moved.length > 0) block[body] = `${block[body]}${moved.join('')}`;
		}
		out.push(...block.map((held, at) => (titled && at === 0 ? held : withReferences(held, labels))), '');
		for (const item of notes.items) {
			while (item.lines.at(-1) === '') item.lines.pop();
			out.push(
				`${notes.indent}[^${labels.get(item.number)}]: ${item.lines[0]}`,
				...item.lines.slice(1).map((body) => (body ? notes.indent + body : '')),
				'',
			);
		}
	};
	while (index < lines.length) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			index++;
			continue;
		}
		const admonition = ADMONITION.exec(line);
		if (admonition) {
			// `!!! note annotate "Title"`: the block is its title and the lines indented under it.
			const base = width(admonition[1] ?? '');
			let end = index + 1;
			let last = index;
			while (end < lines.length) {
				const body = lines[end] as string;
				if (body.trim() !== '' && width(/^[ \t]*/.exec(body)?.[0] ?? '') <= base) break;
				if (body.trim() !== '') last = end;
				end++;
			}
			const notes = notesAt(lines, nextFilled(lines, last + 1));
			if (notes && width(notes.indent) === base) {
				const start = out.length;
				out.push(...lines.slice(index, last + 1));
				attach(start, notes, true);
				index = notes.end;
				continue;
			}
		}
		const annotate = ANNOTATE.exec(line);
		// The block it marks: the lines above it, up to a blank line.
		let start = out.length;
		while (annotate && start > 0 && (out[start - 1] as string).trim() !== '') start--;
		const notes = annotate && start < out.length ? notesAt(lines, nextFilled(lines, index + 1)) : undefined;
		if (!notes) {
			out.push(line);
			index++;
			continue;
		}
		attach(start, notes);
		index = notes.end;
	}
	return out.join('\n');
}
