/**
 * Containers of VuePress 2's official Markdown plugins that show something other than
 * their words, read from the lines between `::: name Title` and its `:::`:
 * `@vuepress/plugin-markdown-file-tree`'s `::: file-tree` (a list drawn as a tree of files
 * and folders, `# comment` after a name, `**name**` highlighted) becomes the nested list of
 * names a Nextra or Fumadocs file tree becomes, each name as code and a folder's ending in
 * a slash; `@vuepress/plugin-markdown-preview`'s `::: preview` (its Markdown rendered, its
 * source a click away) becomes the rendered content followed by that source as a
 * ```` ```md ```` code block. Either one's title is a bold line above it.
 */

/** The containers read here, by name. */
export const VUEPRESS_PLUGIN_BLOCKS = new Set(['file-tree', 'preview']);

const ITEM = /^([ \t]*)[-*+][ \t]+(.*?)[ \t]*$/;
/** A comment after an entry's name: ` # This could also be your Dropbox`. */
const COMMENT = /[ \t]+#[ \t]+(.*)$/;
const HIGHLIGHT = /^\*\*(.+)\*\*$/;
const ELLIPSIS = /^(?:…|\.\.\.)$/;

/** Inline code around `text`, its fence longer than any run of backticks inside it. */
function codeSpan(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A title as Markdown words in bold, its emphasis marks escaped. */
const boldTitle = (title: string) => `**${title.replace(/[\\*_`[\]<>{}]/g, (character) => `\\${character}`)}**`;

/** The lines with the indent of their container (`indent`) taken off, where they have it. */
const dedented = (lines: readonly string[], indent: string) =>
	lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));

/** A file tree's list as a nested list of names in code, a folder (an entry with entries under it) ending in `/`. */
export function fileTreeLines(lines: readonly string[]): string[] {
	const items = lines.map((line) => ITEM.exec(line));
	return lines.map((line, index) => {
		const item = items[index];
		if (!item) return line;
		const [, indent = '', written = ''] = item;
		const comment = COMMENT.exec(written);
		let name = (comment ? written.slice(0, comment.index) : written).trim();
		const highlighted = HIGHLIGHT.exec(name);
		if (highlighted) name = (highlighted[1] ?? '').trim();
		const next = items.slice(index + 1).find((each) => each !== null);
		const folder = next !== undefined && next !== null && (next[1] ?? '').length > indent.length;
		const shown = ELLIPSIS.test(name) ? name : codeSpan(folder && !name.endsWith('/') ? `${name}/` : name);
		return `${indent}- ${highlighted ? `**${shown}**` : shown}${comment ? ` — ${comment[1]}` : ''}`;
	});
}

/** A fenced code block of `lines`, its fence longer than any inside them. */
function codeBlock(lines: readonly string[], language: string): string[] {
	const longest = Math.max(2, ...lines.map((line) => /^\s*(`{3,})/.exec(line)?.[1]?.length ?? 0));
	const fence = '`'.repeat(longest + 1);
	return [`${fence}${language}`, ...lines, fence];
}

/**
 * What a VuePress plugin's container showed, as lines at its `indent`: its title in bold,
 * then a file tree's list, or a preview's content (`rendered`, already read as the page's
 * other lines are) and its source.
 */
export function vuepressPluginBlock(
	name: string,
	title: string,
	indent: string,
	body: readonly string[],
	rendered: (lines: readonly string[]) => string[],
): string[] {
	const own = dedented(body, indent);
	while (own.length > 0 && own[0]?.trim() === '') own.shift();
	while (own.length > 0 && own.at(-1)?.trim() === '') own.pop();
	const heading = title ? [boldTitle(title), ''] : [];
	const lines =
		name === 'file-tree'
			? [...heading, ...fileTreeLines(own)]
			: [...heading, ...rendered(own), '', ...codeBlock(own, 'md')];
	return ['', ...lines.map((line) => (line === '' ? '' : `${indent}${line}`)), ''];
}
