import { asideTypeOf } from './callouts.ts';
import { codeFenceTracker, directiveBlock } from './source-blocks.ts';

/**
 * Jekyll's Liquid and kramdown, as Just the Docs and other Jekyll themes use them:
 * a block attribute naming a callout (`{: .warning }` before or after a paragraph or a
 * block quote) makes that block a callout; `{% link docs/page.md %}` is the page it
 * names, from the site's root; `{{ site.baseurl }}` and `| relative_url` are the
 * site's own prefix, which links between imported articles no longer need.
 */

/** A block attribute list with classes only: `{: .note }`, `{: .warning .mt-4 }`. */
const BLOCK_CLASSES = /^\s*\{:\s*((?:\.[\w-]+\s*)+)\}\s*$/;
const LINK_TAG = /\{%-?\s*link\s+([^\s%]+)\s*-?%\}/g;
const SITE_PREFIX = /\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g;
const RELATIVE_URL = /\{\{-?\s*(["'])([^"']*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g;

/** Whether the text uses any of it. */
export function hasJekyllSyntax(text: string): boolean {
	return /\{%-?\s*link\s|\{\{-?\s*site\.(?:baseurl|url)|_url\s*-?\}\}|^\s*\{:\s*\./m.test(text);
}

/**
 * The callout a block attribute names, if one of its classes is a callout's name
 * (`.warning`), or one with its title on the first line (`.note-title`, Just the Docs).
 */
function calloutOf(line: string): { type: string; titled: boolean } | undefined {
	const classes = BLOCK_CLASSES.exec(line)?.[1];
	if (!classes) return undefined;
	for (const name of classes.split(/\s+/).filter(Boolean)) {
		// Only a class that is a callout's name as a whole: `.label-green` or `.text-delta` are looks.
		const word = /^\.([a-z]+)(-title)?$/i.exec(name);
		const type = word?.[1] ? asideTypeOf(word[1]) : undefined;
		if (type) return { type, titled: word?.[2] !== undefined };
	}
	return undefined;
}

/** The block starting at `start` and going `step` (1 or -1): lines up to a blank one. */
function blockAt(lines: readonly string[], start: number, step: 1 | -1): number[] {
	const taken: number[] = [];
	for (let index = start; index >= 0 && index < lines.length; index += step) {
		const line = lines[index] ?? '';
		if (line.trim() === '' || BLOCK_CLASSES.test(line)) break;
		taken.push(index);
	}
	return step === 1 ? taken : taken.reverse();
}

export function jekyllSyntax(text: string): string {
	const inCode = codeFenceTracker();
	const lines = text.split('\n').map((line) => {
		if (inCode(line)) return line;
		return line
			.replace(LINK_TAG, (_, target: string) => `/${target.replace(/^\/+/, '')}`)
			.replace(RELATIVE_URL, (_, __, target: string) => target)
			.replace(SITE_PREFIX, '');
	});
	// Which lines each callout holds: the block right after its attribute line, or right before it.
	const callouts = new Map<number, { type: string; titled: boolean; lines: number[] }>();
	const codeAgain = codeFenceTracker();
	const inCodeLine = lines.map((line) => codeAgain(line));
	for (const [index, line] of lines.entries()) {
		if (inCodeLine[index]) continue;
		const callout = calloutOf(line);
		if (!callout) continue;
		const before = index > 0 && (lines[index - 1] ?? '').trim() !== '' ? blockAt(lines, index - 1, -1) : [];
		const held = before.length > 0 ? before : blockAt(lines, index + 1, 1);
		if (held.length > 0) callouts.set(index, { ...callout, lines: held });
	}
	if (callouts.size === 0) return lines.join('\n');
	const opens = new Map<number, { type: string; titled: boolean }>();
	const closes = new Set<number>();
	const removed = new Set<number>();
	for (const [at, { lines: held, ...callout }] of callouts) {
		removed.add(at);
		opens.set(held[0] as number, callout);
		closes.add(held.at(-1) as number);
	}
	const out: string[] = [];
	let body: string[] | undefined;
	let open: { type: string; titled: boolean } = { type: 'note', titled: false };
	for (const [index, line] of lines.entries()) {
		if (removed.has(index)) continue;
		if (opens.has(index)) {
			body = [];
			open = opens.get(index) ?? open;
		}
		if (!body) {
			out.push(line);
			continue;
		}
		// A quoted callout (`> text`) is the quote's content.
		body.push(line.replace(/^\s*> ?/, ''));
		if (closes.has(index)) {
			// A titled callout's first line is its title.
			const title = open.titled ? body.shift()?.trim() : undefined;
			out.push(...directiveBlock('aside', { label: title, attributes: { type: open.type } }, body));
			body = undefined;
		}
	}
	if (body) out.push(...body);
	return out.join('\n');
}
