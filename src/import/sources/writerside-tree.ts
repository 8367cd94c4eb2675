/**
 * A Writerside instance's table of contents, its `.tree` file: `<instance-profile
 * name="…" start-page="…">` holding nested `<toc-element topic="…">`s. A topic in it
 * was published; one in no entry was not. An entry without a topic (`toc-title` only)
 * is a section of the navigation with no page of its own.
 */

/** Where a `<toc-element>` sits, outermost first: each around it by its topic file or its `toc-title`. */
export interface TocParent {
	topic?: string;
	tocTitle?: string;
}

export interface TocEntry {
	/** The topic file (`setup.md`, `install.topic`). */
	topic: string;
	/** Its `id`, which `redirection-rules.xml` names. */
	id?: string;
	/** Its `toc-title`, the title the navigation showed instead of the topic's. */
	tocTitle?: string;
	/** Its `accepts-web-file-names`: old addresses (`old-setup.html`) that lead to it. */
	acceptsWebFileNames: string[];
	/** The entries around it, outermost first. */
	parents: TocParent[];
}

export interface TocTree {
	/** The instance's `name` (`Acme Help`). */
	name?: string;
	/** Its `start-page`: the topic shown at the instance's root. */
	startPage?: string;
	entries: TocEntry[];
}

/** An attribute's value in a tag (`topic="setup.md"`), its XML escapes read. */
function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
	const value = match?.[1] ?? match?.[2];
	return value
		?.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The line of an offset in the text, from 1. */
function lineAt(text: string, offset: number): number {
	return text.slice(0, offset).split('\n').length;
}

/** The tree of a `.tree` file, or the line and what is wrong when it does not read. */
export function tocTree(written: string): TocTree | { problem: string; line: number } {
	// Comments go, their lines kept, so the lines said stay the file's.
	const text = written.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
	const profile = /<instance-profile\b[^>]*>/.exec(text);
	if (!profile)
		return {
			problem: 'no <instance-profile> element: not a Writerside tree file',
			line: 1,
		};
	const stack: { parent: TocParent; line: number }[] = [];
	const entries: TocEntry[] = [];
	const tags = /<(\/?)toc-element\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
	let checked = 0;
	for (const match of text.matchAll(tags)) {
		const [whole, closing, attributes = '', selfClosing] = match;
		const at = match.index;
		// A `<toc-element` the pattern passed over is one that never ends (`<toc-element topic="a.md"`).
		const skipped = text.slice(checked, at).search(/<\/?toc-element\b/);
		if (skipped !== -1)
			return {
				problem: 'a <toc-element> tag that is never closed with ">"',
				line: lineAt(text, checked + skipped),
			};
		checked = at + whole.length;
		if (closing) {
			if (!stack.pop())
				return {
					problem: '</toc-element> closes no open <toc-element>',
					line: lineAt(text, at),
				};
			continue;
		}
		const topic = attribute(attributes, 'topic');
		const tocTitle = attribute(attributes, 'toc-title');
		const parents = stack.map((open) => open.parent);
		if (topic) {
			const accepts = attribute(attributes, 'accepts-web-file-names');
			const id = attribute(attributes, 'id');
			entries.push({
				topic,
				...(id ? { id } : {}),
				...(tocTitle ? { tocTitle } : {}),
				acceptsWebFileNames: (accepts ?? '')
					.split(/[\s,]+/)
					.map((name) => name.trim())
					.filter(Boolean),
				parents,
			});
		}
		if (!selfClosing)
			stack.push({
				parent: {
					...(topic ? { topic } : {}),
					...(tocTitle ? { tocTitle } : {}),
				},
				line: lineAt(text, at),
			});
	}
	const rest = text.slice(checked).search(/<\/?toc-element\b/);
	if (rest !== -1)
		return {
			problem: 'a <toc-element> tag that is never closed with ">"',
			line: lineAt(text, checked + rest),
		};
	const open = stack.at(-1);
	if (open)
		return {
			problem: '<toc-element> is never closed (no </toc-element> for it)',
			line: open.line,
		};
	const name = attribute(profile[0], 'name');
	const startPage = attribute(profile[0], 'start-page');
	return {
		...(name ? { name } : {}),
		...(startPage ? { startPage } : {}),
		entries,
	};
}
