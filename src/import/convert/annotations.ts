import { codeFenceTracker } from './source-blocks.ts';

/**
 * Material for MkDocs' annotations in text: a paragraph or list marked `{ .annotate }`
 * (attr_list's line under it) shows each `(1)` in it as a button whose note is the first
 * item of the numbered list right after it. The help center has no such buttons; the
 * markers and the list are read as footnotes, each marker a footnote reference and each
 * note its footnote, where they would show as `(1)` and a list torn from its words. A
 * marker with no note, and markers in code, stay as written. Notes are numbered over the
 * page (`[^note-3]`), as two annotated paragraphs both have a `(1)`.
 */

const ANNOTATE = /^([ \t]*)\{:?[ \t]*(?:[^}]*\s)?\.annotate(?:\s[^}]*)?\}[ \t]*$/;
const ITEM = /^([ \t]*)(\d+)\.([ \t]+)(.*)$/;
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

export function annotationFootnotes(text: string): string {
	if (!hasAnnotations(text)) return text;
	const lines = text.split('\n');
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let notes = 0;
	let index = 0;
	while (index < lines.length) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			index++;
			continue;
		}
		const annotate = ANNOTATE.exec(line);
		// The block it marks: the lines above it, up to a blank line.
		let start = out.length;
		while (annotate && start > 0 && (out[start - 1] as string).trim() !== '') start--;
		let next = index + 1;
		while (next < lines.length && (lines[next] as string).trim() === '') next++;
		const first = ITEM.exec(lines[next] ?? '');
		if (!annotate || start === out.length || first?.[2] !== '1') {
			out.push(line);
			index++;
			continue;
		}
		// The notes: the numbered list's items, each with the lines indented under it.
		const base = width(first[1] ?? '');
		const items: { number: string; lines: string[] }[] = [];
		let end = next;
		while (end < lines.length) {
			const current = lines[end] as string;
			const item = ITEM.exec(current);
			if (item && width(item[1] ?? '') === base) {
				const content = width(`${item[1]}${item[2]}.${item[3]}`);
				items.push({ number: item[2] ?? '', lines: [item[4] ?? ''] });
				const own = items.at(-1) as { lines: string[] };
				end++;
				while (end < lines.length) {
					const body = lines[end] as string;
					if (body.trim() !== '' && width(/^[ \t]*/.exec(body)?.[0] ?? '') < content) break;
					own.lines.push(body.trim() === '' ? '' : `    ${body.replace(new RegExp(`^[ \\t]{0,${content}}`), '')}`);
					end++;
				}
				continue;
			}
			break;
		}
		const labels = new Map(items.map((item) => [item.number, `note-${++notes}`]));
		const block = out.splice(start).map((held) => withReferences(held, labels));
		const indent = first[1] ?? '';
		out.push(...block, '');
		for (const item of items) {
			while (item.lines.at(-1) === '') item.lines.pop();
			out.push(
				`${indent}[^${labels.get(item.number)}]: ${item.lines[0]}`,
				...item.lines.slice(1).map((body) => (body ? indent + body : '')),
				'',
			);
		}
		index = end;
	}
	return out.join('\n');
}
