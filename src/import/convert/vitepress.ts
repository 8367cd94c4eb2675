import { blockKinds, codeFenceTracker } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';
import { VUEPRESS_PLUGIN_BLOCKS, vuepressPluginBlock } from './vuepress-blocks.ts';

/**
 * VitePress' (and VuePress') custom containers, written with a space after the colons
 * (`::: tip Title`, `::: details`, `::: code-group`), which remark-directive does not
 * read: callouts become `:::tip[Title]` for the converter, a details block a section
 * under its title, a code group its code blocks each under its label (```` ```sh [npm] ````),
 * and `::: raw`/`::: v-pre` just their content. `[[toc]]` goes: the help center draws its
 * own table of contents. vitepress-plugin-tabs' `:::tabs` (a `== Title` line opening each
 * tab) and VuePress' `::: tabs` and `::: code-tabs` (an `@tab Title` line) become content
 * tabs: each tab's content under its title.
 */

/** `::: name rest`, or `:::name` (for nesting), with the fence length that closes it. */
const OPENING = /^(\s*)(:{3,})[ \t]*([a-z][\w-]*)[ \t]*(.*?)\s*$/i;
const CLOSING = /^\s*(:{3,})\s*$/;
/** A code fence's label in a code group: ```` ```js [config.js] ````. */
const CODE_LABEL = /^(\s*(?:`{3,}|~{3,})[^\s[]*)(.*?)\[([^\]]+)\](.*)$/;
const TOC = /^\s*\[\[toc\]\]\s*$/i;
/**
 * A tab: vitepress-plugin-tabs' `== Title {#id}`, or VuePress' (`@vuepress/plugin-markdown-tab`,
 * vuepress-theme-hope) `@tab Title`, `@tab:active Title` or `@tab Title#value`; the id, the
 * value and `:active` only name or pick the tab in the browser.
 */
const TAB = /^\s*(?:==[ \t]+(.*?)(?:[ \t]*\{#[^}]*\})?|@tab(?::active)?[ \t]+(.*?)(?:#[\w-]*)?)\s*$/;
/**
 * A tabs block, also written without a space (`:::tabs key:os`, VuePress' `::: tabs#os`
 * and `::: code-tabs#shell`), its first tab next.
 */
const TABS = /^[ \t]*:{3,}[ \t]*(?:code-)?tabs(?:[ \t#][^\n]*)?\n(?:[ \t]*\n)*[ \t]*(?:==[ \t]|@tab\b)/im;
const TAB_BLOCKS = new Set(['tabs', 'code-tabs']);
/**
 * A callout's title given in braces, as Rspress allows: `:::tip{title="Before you start"}`.
 * Only Rspress' callout names: other generators' components (MDC's `:::card{title="…"}`) are their readers'.
 */
const TITLE_ATTRIBUTE =
	/^\s*:{3,}[ \t]*(?:tip|info|note|warning|danger|caution|details)[ \t]*\{[^}\n]*?\btitle=(["'])(.*?)\1[^}\n]*\}\s*$/im;
/**
 * Containers that only change how their content is rendered, not what it says: VitePress'
 * `raw` and `v-pre`, and vuepress-theme-hope's alignment (`::: center`, `::: right`).
 */
const TRANSPARENT = new Set(['raw', 'v-pre', 'left', 'center', 'right', 'justify']);

/** Whether the text has VitePress containers or a `[[toc]]` at all. */
export function hasVitepressBlocks(text: string): boolean {
	return (
		/^\s*:{3,}[ \t]+[a-z]/im.test(text) ||
		/^\s*\[\[toc\]\]\s*$/im.test(text) ||
		TABS.test(text) ||
		// Rspress writes them without the space (`:::details Title`), a title in braces too (`:::tip{title="Title"}`).
		/^\s*:{3,}details\b/im.test(text) ||
		TITLE_ATTRIBUTE.test(text)
	);
}

type Tab = { title: string; lines: string[] };
type Open = {
	kind: 'code-group' | 'transparent' | 'section' | 'kept' | 'tabs';
	fence: string;
	indent: string;
	/** A `:::tabs` block's tabs so far, each with its lines as written. */
	tabs?: Tab[];
};

/** Whether the first line with words after `index` opens a tab, as vitepress-plugin-tabs requires of its block. */
function opensTabs(lines: readonly string[], index: number): boolean {
	const next = lines.slice(index + 1).find((line) => line.trim() !== '');
	return next !== undefined && TAB.test(next);
}

/** Container fences shorten inward, so the Markdown parser nests them as written; a tabs block takes two (its sections). */
const fenceAt = (depth: number) => ':'.repeat(3 + Math.max(1, 8 - depth));
const depthOf = (stack: readonly Open[]) => stack.reduce((depth, open) => depth + (open.kind === 'tabs' ? 2 : 1), 0);
const labelOf = (title: string) => (title ? `[${title.replace(/[[\]]/g, '')}]` : '');

/** A tabs block as content tabs: each tab a section under its title. */
function tabsBlock(open: Open, depth: number): string[] {
	const section = fenceAt(depth + 1);
	return [
		'',
		`${open.indent}${open.fence}${blockKinds.tabs}`,
		...(open.tabs ?? []).flatMap((tab) => [
			'',
			`${open.indent}${section}${blockKinds.section}${labelOf(tab.title)}`,
			...tab.lines,
			`${open.indent}${section}`,
		]),
		`${open.indent}${open.fence}`,
		'',
	];
}

export function vitepressBlocks(text: string): { text: string; notes: ConversionNote[] } {
	const notes: ConversionNote[] = [];
	const inCode = codeFenceTracker();
	const stack: Open[] = [];
	const written: string[] = [];
	// Lines go to the tab being read, when a tabs block is open around them.
	const out = {
		push(...lines: string[]) {
			const tabs = stack.findLast((open) => open.kind === 'tabs')?.tabs;
			(tabs?.at(-1)?.lines ?? written).push(...lines);
		},
	};
	let groups = 0;
	/** A VuePress plugin's container being read to its end (see vuepress-blocks.ts), with the containers opened inside it. */
	let collecting:
		| { name: string; title: string; indent: string; lines: string[]; depth: number; inCode: (line: string) => boolean }
		| undefined;
	const pluginBlock = (block: NonNullable<typeof collecting>) => {
		notes.push({
			level: 'info',
			message:
				block.name === 'file-tree'
					? 'a file tree (::: file-tree) became a nested list of its names'
					: 'a preview (::: preview) became its content, then its Markdown source as code',
		});
		return vuepressPluginBlock(block.name, block.title, block.indent, block.lines, (own) => {
			const inner = vitepressBlocks(own.join('\n'));
			notes.push(...inner.notes);
			return inner.text.split('\n');
		});
	};
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (collecting) {
			const code = collecting.inCode(line);
			if (!code && CLOSING.test(line)) {
				if (collecting.depth === 0) {
					out.push(...pluginBlock(collecting));
					collecting = undefined;
					continue;
				}
				collecting.depth--;
			} else if (!code && OPENING.test(line)) collecting.depth++;
			collecting.lines.push(line);
			continue;
		}
		const inGroup = stack.some((open) => open.kind === 'code-group');
		const wasCode = inCode(line);
		if (wasCode) {
			const label = inGroup ? CODE_LABEL.exec(line) : null;
			// An opening fence in a code group names its tab: the label becomes the block's title.
			out.push(
				label && /^\s*(`{3,}|~{3,})\S*/.test(line) && !/title=/.test(line)
					? `${label[1]}${label[2]}${label[4]} title="${(label[3] ?? '').replace(/"/g, "'")}"`.replace(/\s+$/, '')
					: line,
			);
			continue;
		}
		if (TOC.test(line)) {
			notes.push({ level: 'info', message: '[[toc]] was removed: the help center shows its own table of contents' });
			out.push('');
			continue;
		}
		const innermost = stack.at(-1);
		const tab = innermost?.kind === 'tabs' ? TAB.exec(line) : null;
		if (tab) {
			innermost?.tabs?.push({ title: (tab[1] ?? tab[2] ?? '').trim(), lines: [] });
			continue;
		}
		const closing = CLOSING.exec(line);
		if (closing && stack.length > 0) {
			const open = stack.pop() as Open;
			if (open.kind === 'tabs') out.push(...tabsBlock(open, depthOf(stack)));
			else out.push(open.kind === 'kept' || open.kind === 'section' ? `${open.indent}${open.fence}` : '');
			continue;
		}
		const opening = OPENING.exec(line);
		if (!opening) {
			out.push(line);
			continue;
		}
		const [, indent = '', , name = '', rest = ''] = opening;
		const kind = name.toLowerCase();
		// Containers nest by fence length: the outer one must be longer for the Markdown parser.
		const fence = fenceAt(depthOf(stack));
		const title = rest.replace(/\{[^}]*\}\s*$/, '').trim() || (TITLE_ATTRIBUTE.exec(line)?.[2] ?? '');
		if (VUEPRESS_PLUGIN_BLOCKS.has(kind)) {
			collecting = { name: kind, title, indent, lines: [], depth: 0, inCode: codeFenceTracker() };
		} else if (TAB_BLOCKS.has(kind) && opensTabs(lines, index)) {
			stack.push({ kind: 'tabs', fence, indent, tabs: [] });
		} else if (kind === 'code-group') {
			groups++;
			stack.push({ kind: 'code-group', fence, indent });
			out.push('');
		} else if (TRANSPARENT.has(kind)) {
			stack.push({ kind: 'transparent', fence, indent });
			out.push('');
		} else if (kind === 'details') {
			// A fold (folds.ts), titled "Details" as VitePress titles one without a title.
			stack.push({ kind: 'section', fence, indent });
			out.push(`${indent}${fence}${blockKinds.fold}[${(title || 'Details').replace(/[[\]]/g, '')}]`);
		} else {
			stack.push({ kind: 'kept', fence, indent });
			const label = title ? `[${title.replace(/[[\]]/g, '')}]` : '';
			out.push(`${indent}${fence}${name}${label}`);
		}
	}
	if (groups > 0)
		notes.push({
			level: 'info',
			message: `${groups} code ${groups === 1 ? 'group' : 'groups'} became code blocks, one after another`,
		});
	// A block left open at the end of the page keeps its words.
	if (collecting) out.push(...pluginBlock(collecting));
	while (stack.length > 0) {
		const open = stack.pop() as Open;
		if (open.kind === 'tabs') out.push(...tabsBlock(open, depthOf(stack)));
	}
	return { text: written.join('\n'), notes };
}

/**
 * A badge (`<Badge text="beta" type="warning" />`, `<Badge type="tip">new</Badge>`, as
 * VitePress', VuePress' and Starlight's themes draw it): a label in the sentence or the
 * heading, whose words the reader saw (`Get <Badge text="Token" />` read "Get Token").
 */
const BADGE = /<Badge\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*(?:\/>|>([^<]*)<\/Badge\s*>)/g;
const BADGE_TEXT = /(?:^|\s)text=(?:"([^"]*)"|'([^']*)')/;

export function hasBadges(text: string): boolean {
	return /<Badge\b/.test(text);
}

/** Text in Markdown as plain words. */
const plainWords = (value: string) =>
	value
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>{}|]/g, (character) => `\\${character}`);

/** Each badge outside code as its words. */
export function badgeWords(text: string): string {
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) => {
			if (inCode(line) || !line.includes('<Badge')) return line;
			// Code spans (`` `<Badge text="beta" />` ``) show the component as written.
			return line
				.split(/(`+[^`]*`+)/)
				.map((part, index) =>
					index % 2 === 1
						? part
						: part.replace(BADGE, (written, attributes: string, inner?: string) => {
								const label = BADGE_TEXT.exec(attributes);
								const words = label ? (label[1] ?? label[2] ?? '') : inner;
								return words === undefined ? written : plainWords(words);
							}),
				)
				.join('');
		})
		.join('\n');
}
