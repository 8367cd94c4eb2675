import { codeFenceTracker, sectionListMark } from './source-blocks.ts';

/**
 * A Jekyll page that lists pages of the site with a Liquid loop (`{% for item in
 * site.pages %}` … `<a href="{{ item.url }}">{{ item.title }}</a>` … `{% endfor %}`, often
 * through a sorted copy: `{% assign sorted = site.pages | sort: "nav_order" %}`), as section
 * pages on Just the Docs and other themes list their children. The loop, the `assign`s that
 * fed it and an HTML list holding only it are marked as the list of the section's pages
 * (see `section-list.ts`), which the import writes from the imported articles. A loop whose
 * filter chose the pages naming this one as their `parent` (`where: "parent", page.title`,
 * `item.parent == page.title`, as Just the Docs' section pages do) lists the page's children
 * in the old site's navigation; any other (by `dir`, folder, `url`) the pages of its folder.
 */

const FOR_TAG = /\{%-?\s*for\s+(\w+)\s+in\s+([\w.]+)[^%]*?-?%\}/g;
const ASSIGN_TAG = /\{%-?\s*assign\s+(\w+)\s*=\s*([\w.]+)([^%]*?)-?%\}/g;
const LOOP_TAG = /\{%-?\s*(for|endfor)\b[^%]*?-?%\}/g;
/** `site.` values that are not pages: data files, static files, taxonomies, settings. */
const NOT_PAGES =
	/^site\.(?:data|static_files|html_files|tags|categories|collections|github|baseurl|url|title|description|time)\b/;

/** A filter or condition choosing the pages whose `parent` is this page's title. */
const BY_PARENT =
	/\bwhere\s*:\s*["']parent["']\s*,\s*page\.title\b|\b\w+\.parent\s*==\s*page\.title\b|\bpage\.title\s*==\s*\w+\.parent\b/;
/** How many `assign`s a loop's pages may come through (`children = site.pages | where…`, `sorted = children | sort…`). */
const MAX_ASSIGNS = 8;

/** Whether the text loops over the site's pages, or assigns them, with Liquid. */
export function hasJekyllPageLists(text: string): boolean {
	return /\{%-?\s*(?:for\s+\w+\s+in|assign\s+\w+\s*=)\s*site\.\w/.test(text);
}

/** The text with code blocks blanked out, same length, so tags inside code are not matched. */
function outsideCode(text: string): string {
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) => (inCode(line) ? ' '.repeat(line.length) : line))
		.join('\n');
}

const isPages = (source: string | undefined) =>
	source !== undefined && /^site\.\w+$/.test(source) && !NOT_PAGES.test(source);

/** Where the `{% endfor %}` closing the loop opened before `from` ends, if it does. */
function loopEnd(text: string, from: number): { start: number; end: number } | undefined {
	let depth = 1;
	LOOP_TAG.lastIndex = from;
	for (let found = LOOP_TAG.exec(text); found; found = LOOP_TAG.exec(text)) {
		depth += found[1] === 'for' ? 1 : -1;
		if (depth === 0) return { start: found.index, end: found.index + found[0].length };
	}
	return undefined;
}

export function jekyllPageLists(text: string): string {
	const plain = outsideCode(text);
	const assigned = new Map<string, { source: string; filters: string; spans: [number, number][] }>();
	for (const found of plain.matchAll(ASSIGN_TAG)) {
		const [written, name = '', source = '', filters = ''] = found;
		const entry = assigned.get(name) ?? { source, filters, spans: [] };
		// A tag alone on its line goes with its line.
		const lineStart = plain.lastIndexOf('\n', found.index - 1) + 1;
		const lineEnd = plain.indexOf('\n', found.index + written.length);
		const alone =
			plain.slice(lineStart, found.index).trim() === '' &&
			plain.slice(found.index + written.length, lineEnd === -1 ? undefined : lineEnd).trim() === '';
		entry.spans.push(
			alone ? [lineStart, lineEnd === -1 ? plain.length : lineEnd + 1] : [found.index, found.index + written.length],
		);
		assigned.set(name, entry);
	}
	/** Spans to cut, and what each becomes. */
	const cuts: { start: number; end: number; with: string }[] = [];
	let after = 0;
	for (const found of plain.matchAll(FOR_TAG)) {
		const [written, item = '', source = ''] = found;
		if (found.index < after) continue;
		// The assigns the loop's pages came through, from the loop back to the site's pages.
		const fed: { source: string; filters: string; spans: [number, number][] }[] = [];
		for (let name = source; !isPages(name) && fed.length < MAX_ASSIGNS; ) {
			const entry = assigned.get(name);
			if (!entry || fed.includes(entry)) break;
			fed.push(entry);
			name = entry.source;
		}
		if (!isPages(source) && !isPages(fed.at(-1)?.source)) continue;
		const end = loopEnd(plain, found.index + written.length);
		if (!end) continue;
		const body = plain.slice(found.index, end.start);
		// A loop that links each page it goes through (`{{ item.url }}`) lists them.
		if (!new RegExp(`\\b${item}\\.url\\b`).test(body)) continue;
		const byParent = BY_PARENT.test(body) || fed.some((entry) => BY_PARENT.test(entry.filters));
		after = end.end;
		let start = found.index;
		let stop = end.end;
		for (const [from, to] of fed.flatMap((entry) => entry.spans)) cuts.push({ start: from, end: to, with: '' });
		// An HTML list that holds only the loop (and the assigns that fed it) goes with it.
		const before = plain
			.slice(0, start)
			.replace(/\{%-?\s*assign\s+\w+\s*=[^%]*?-?%\}/g, (tag) => ' '.repeat(tag.length));
		const open = /<(ol|ul)\b[^>]*>\s*$/.exec(before);
		const close = open ? new RegExp(`^\\s*</${open[1]}>`).exec(plain.slice(stop)) : null;
		if (open && close) {
			start = open.index;
			stop += close[0].length;
		}
		cuts.push({
			start,
			end: stop,
			with: `\n\n${sectionListMark(written, false, byParent ? 'navigation' : 'folder')}\n\n`,
		});
	}
	if (cuts.length === 0) return text;
	// An assign inside a list that goes as a whole goes with it (it starts inside the cut before it).
	const kept = cuts.sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const cut of kept) {
		if (cut.start < at) continue;
		out += text.slice(at, cut.start);
		at = cut.end;
		if (cut.with === '') continue;
		// The list's mark stands alone between blank lines, with no blank lines piled up around it.
		out = out.replace(/\s*$/, '') + cut.with;
		at += /^\s*/.exec(text.slice(at))?.[0].length ?? 0;
	}
	return (out + text.slice(at)).replace(/^\n+/, '');
}
