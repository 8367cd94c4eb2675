import { codeFenceTracker } from './source-blocks.ts';

/**
 * Template tags that wrap Markdown, as docs generators write them: GitBook's and
 * Jekyll's `{% hint %}…{% endhint %}`, Hugo's shortcodes `{{< alert >}}…{{< /alert >}}`.
 * A page is read as a tree of tag pairs (a tag with no end stands alone), which each
 * generator's reader (gitbook.ts, hugo.ts) writes out as directive containers.
 */

export interface Tag {
	name: string;
	/** Named arguments by name; positional ones (`{{% notice warning %}}`) as "0", "1"… */
	arguments: Record<string, string>;
	/** The tag as written, for a note about one nothing renders. */
	written: string;
}

export type TagNode =
	| { line: string }
	| {
			tag: Tag;
			indent: string;
			children: TagNode[] | undefined;
			/** The shortcode of its own that ended it (`endtab` for `tab`), when not an end tag (`/tab`). */
			closedBy?: Tag;
	  };
type Piece =
	| { line: string }
	| { open: Tag; indent: string }
	| { close: string; written: string; indent: string; closer?: Tag };

/** How one generator writes its tags. */
export interface TagSyntax {
	/** A global pattern matching one tag. */
	pattern: RegExp;
	/** Whether a line may hold a tag at all (a cheap test before the pattern). */
	marker: string;
	/** What a match is: an end tag's name, or an opening tag. */
	read: (match: RegExpMatchArray) => { close: string } | { open: Tag };
	/**
	 * The tag a tag of its own closes, if it may (Hugo's `{{< endtab >}}` for `{{< tab >}}`):
	 * it does when that tag is open, and opens a tag of its own otherwise (`endpoint`).
	 */
	closerOf?: (tag: Tag) => string | undefined;
}

/** `key="value"`, `key='value'`, `key=value`, `"positional"` or `positional`, in order. */
export function argumentsOf(text: string): Record<string, string> {
	const found: Record<string, string> = {};
	let position = 0;
	for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g)) {
		if (match[1]) found[match[1]] = match[2] ?? match[3] ?? match[4] ?? '';
		else found[String(position++)] = match[5] ?? match[6] ?? match[7] ?? '';
	}
	return found;
}

/** Lines split at each tag, so a tag is always a piece of its own. */
function pieces(text: string, syntax: TagSyntax): Piece[] {
	const inCode = codeFenceTracker();
	const out: Piece[] = [];
	for (const line of text.split('\n')) {
		if (inCode(line) || !line.includes(syntax.marker)) {
			out.push({ line });
			continue;
		}
		const indent = /^\s*/.exec(line)?.[0] ?? '';
		let last = 0;
		// A tag inside inline code (`{% hint %}` written about, not used) is text.
		const code = [...line.matchAll(/(`+)[^`]+?\1/g)].map((span) => [
			span.index ?? 0,
			(span.index ?? 0) + span[0].length,
		]);
		for (const match of line.matchAll(syntax.pattern)) {
			const at = match.index ?? 0;
			if (code.some(([start = 0, end = 0]) => at >= start && at < end)) continue;
			const before = line.slice(last, match.index);
			if (before.trim() !== '') out.push({ line: last === 0 ? before : indent + before.trim() });
			const [written] = match;
			const read = syntax.read(match);
			out.push('close' in read ? { close: read.close, written, indent } : { open: read.open, indent });
			last = at + written.length;
		}
		const after = line.slice(last);
		if (last === 0 || after.trim() !== '') out.push({ line: last === 0 ? line : indent + after.trim() });
	}
	return out;
}

/** Pairs each opening tag with its end tag; a tag with none (`{% embed %}`) stands alone. */
function tree(list: Piece[], syntax: TagSyntax): TagNode[] {
	const root: TagNode[] = [];
	const stack: { tag: Tag; indent: string; children: TagNode[] }[] = [];
	const current = () => stack.at(-1)?.children ?? root;
	/** An opened tag that never closed stands alone, its would-be content after it. */
	const unwind = () => {
		const frame = stack.pop();
		if (!frame) return;
		current().push({ tag: frame.tag, indent: frame.indent, children: undefined }, ...frame.children);
	};
	for (const listed of list) {
		const closes = 'open' in listed ? syntax.closerOf?.(listed.open) : undefined;
		const piece: Piece =
			'open' in listed && closes !== undefined && stack.some((frame) => frame.tag.name === closes)
				? { close: closes, written: listed.open.written, indent: listed.indent, closer: listed.open }
				: listed;
		if ('line' in piece) current().push(piece);
		else if ('open' in piece) stack.push({ tag: piece.open, indent: piece.indent, children: [] });
		else if (!stack.some((frame) => frame.tag.name === piece.close)) {
			current().push({
				tag: { name: `end${piece.close}`, arguments: {}, written: piece.written },
				indent: piece.indent,
				children: undefined,
			});
		} else {
			while (stack.at(-1)?.tag.name !== piece.close) unwind();
			const frame = stack.pop();
			if (frame)
				current().push({
					tag: frame.tag,
					indent: frame.indent,
					children: frame.children,
					...(piece.closer ? { closedBy: piece.closer } : {}),
				});
		}
	}
	while (stack.length > 0) unwind();
	return root;
}

/** The page's tags as a tree; everything else as lines. */
export function tagTree(text: string, syntax: TagSyntax): TagNode[] {
	return tree(pieces(text, syntax), syntax);
}

/** The body lines of a block, relative to the block's own indent. */
export function dedent(lines: string[], indent: string): string[] {
	return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
}

/** How a generator's tags may run over several lines, for `tagsOnOneLine`. */
export interface SplitTags {
	/** How many lines one tag may run over. */
	maxLines: number;
	/** What the start of a tag looks like after its `{%`; any text when left out. */
	opening?: RegExp;
	/** Whether a blank line ends the search: a tag's attribute may hold a paragraph break (GitBook) or not (Markdoc). */
	blankLineEnds: boolean;
	/**
	 * Whether the lines a tag spanned stay, empty, after it, so notes still name the
	 * page's lines. GitBook's are dropped: an empty line inside a list would loosen it.
	 */
	keepLineNumbers: boolean;
	/** How a tag opens and closes, `{%` and `%}` unless said (Zola's shortcodes without a body: `{{` and `}}`). */
	delimiters?: readonly [string, string];
}

/**
 * Each `{% tag %}` written over several lines (an attribute a line, as editors save it,
 * or an attribute holding a line break) on one line, where the tag reader, which reads a
 * line at a time, finds it; fenced code stays as it is. A line that opens another tag
 * before this one closes ends the search, and the tag stays as written.
 */
export function tagsOnOneLine(lines: readonly string[], split: SplitTags): string[] {
	const out: string[] = [];
	const inCode = codeFenceTracker();
	const [start, stop] = split.delimiters ?? ['{%', '%}'];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		const open = line.lastIndexOf(start);
		const opens =
			open !== -1 && line.indexOf(stop, open) === -1 && (split.opening?.test(line.slice(open + start.length)) ?? true);
		if (inCode(line) || !opens) {
			out.push(line);
			continue;
		}
		let end = index + 1;
		while (end < lines.length && end - index < split.maxLines && !(lines[end] ?? '').includes(stop)) {
			const next = lines[end] ?? '';
			if (next.includes(start) || (split.blankLineEnds && next.trim() === '')) break;
			end++;
		}
		const closing = lines[end] ?? '';
		const closes = closing.indexOf(stop);
		const opensFirst = closing.indexOf(start) !== -1 && closing.indexOf(start) < closes;
		if (end >= lines.length || closes === -1 || opensFirst) {
			out.push(line);
			continue;
		}
		out.push(
			lines
				.slice(index, end + 1)
				.map((part, at) => (at === 0 ? part.trimEnd() : part.trim()))
				.join(' '),
		);
		if (split.keepLineNumbers) for (let blank = index + 1; blank <= end; blank++) out.push('');
		index = end;
	}
	return out;
}

/**
 * Whether a fold's tag opens it from the start: `open`, `open=true` (Hugo Book, Relearn's
 * `expand`, Markdoc's `details`), or `closed="false"` (Hextra's, open unless closed).
 */
export function startsOpen(tag: Tag): boolean {
	return Object.entries(tag.arguments).some(([key, value]) => {
		const word = value.trim().toLowerCase();
		if (key === 'open') return word === '' || word === 'true';
		if (key === 'closed') return word === 'false';
		return /^\d+$/.test(key) && word === 'open';
	});
}
