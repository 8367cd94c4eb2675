import { asideTypeOfAdmonition } from './mkdocs.ts';
import { codeFenceTracker, directiveBlock, foldBlock } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';

/**
 * Retype's own Markdown (retype.com/components): blocks fenced by a line that opens and a
 * line that closes them, never by indentation as MkDocs' look alike, and components
 * written as links.
 *
 * - a callout, `!!!warning Title` (or `!!! Title`, `!!!`) … `!!!`, is an aside of the
 *   kind its variant names (`warning`, `danger`, `tip`, `success`, `info`…);
 * - a panel, `=== Title`, and a column, `||| Title` … `|||`, are content under their
 *   title, a collapsed panel, `==- Title` … `===`, a fold (folds.ts); panels and columns
 *   written one after another are each their own;
 * - tabs, `+++ Tab 1` … `+++ Tab 2` … `+++`, are content tabs; steps, `>>> Title` … `>>>`,
 *   numbered steps; a container, `:::` … `:::`, its content;
 * - `[!badge Text]`, `[!badge text="Text" variant="info"]` show their words (a link when
 *   one follows), `[!button Text](url)`, `[!ref Text](page.md)`, `[!file](file.pdf)` and
 *   `[!embed](url)` are links, a `!ref` without words named by its page's title;
 * - `:icon-name:` (an Octicon) shows a picture with no words: left out;
 * - `{{ include "snippets/contact" }}` writes a file of the project's `_includes/` in.
 */

export interface RetypeContext {
	/** The title of the page a link leads to (its `label`, else its heading), when it is a page of the site. */
	pageTitle?: (url: string) => string | undefined;
	/** The text of the file an include names, when the project holds it. */
	include?: (name: string) => string | undefined;
}

/** `!!!`, `!!!warning`, `!!!warning Title`, `!!! Title`. */
const CALLOUT = /^[ \t]*!!!([a-z]+)?(?:[ \t]+(.*?))?[ \t]*$/i;
const CALLOUT_CLOSE = /^[ \t]*!!![ \t]*$/;
/** `=== Title`, `==- Title` (collapsed). A bare `===` closes one, else it underlines a heading. */
const COLLAPSED = /^[ \t]*==-/;
const PANEL = /^[ \t]*(?:===|==-)[ \t]+(\S.*?)[ \t]*$/;
const PANEL_CLOSE = /^[ \t]*(?:===|==-)[ \t]*$/;
const TAB = /^[ \t]*\+\+\+[ \t]+(\S.*?)[ \t]*$/;
const TAB_CLOSE = /^[ \t]*\+\+\+[ \t]*$/;
const COLUMN = /^[ \t]*\|\|\|[ \t]+(\S.*?)[ \t]*$/;
/** `>>> Step title` (`>>> 12. Title` starts the count at 12) … `>>>`. */
const STEP = /^[ \t]*>>>[ \t]+(?:\d+\.[ \t]+)?(\S.*?)[ \t]*$/;
const STEP_CLOSE = /^[ \t]*>>>[ \t]*$/;
/** A container, `:::` … `:::` with nothing after either: its content, which it only set apart. */
const CONTAINER = /^[ \t]*:::[ \t]*$/;
const COLUMN_CLOSE = /^[ \t]*\|\|\|[ \t]*$/;
const INCLUDE = /^[ \t]*\{\{-?[ \t]*include[ \t]+(["'])(.+?)\1[ \t]*-?\}\}[ \t]*$/;

/** Retype's callout variants, where a word other generators know says otherwise (`question` is no caution). */
const VARIANTS: Record<string, 'note' | 'tip' | 'caution' | 'danger'> = {
	base: 'note',
	primary: 'note',
	secondary: 'note',
	light: 'note',
	dark: 'note',
	ghost: 'note',
	contrast: 'note',
	question: 'note',
	info: 'note',
	success: 'tip',
	tip: 'tip',
	warning: 'caution',
	danger: 'danger',
};

/** A component written as a link: `[!badge …]`, `[!ref …](…)`; its options, then where it leads. */
const COMPONENT_LINK =
	/\[!(badge|button|ref|file|embed|card)\b((?:[^\]\\]|\\.)*)\](?:\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+"[^"]*")?\))?/gi;
const ICON = /:icon-[a-z0-9-]+:/gi;
/** An icon with the space after it, which only set it apart from the words it stood before. */
const ICON_AND_SPACE = /:icon-[a-z0-9-]+:[ \t]*/gi;

/** Whether the text has any of Retype's syntax at all. */
export function hasRetypeSyntax(text: string): boolean {
	return /^[ \t]*(?:!!!|===|==-|\+\+\+|\|\|\||>>>|:::[ \t]*$|\{\{-?[ \t]*include\b)|\[!(?:badge|button|ref|file|embed|card)\b|:icon-[a-z0-9-]+:/im.test(
		text,
	);
}

/** A component's words: its `text="…"` option, else what is written before any other option (`Text|success` without its variant). */
function componentWords(options: string, kind: string): string {
	const named = /\b(?:text|title)=(?:"([^"]*)"|'([^']*)')/.exec(options);
	if (named) return (named[1] ?? named[2] ?? '').trim();
	// A card's bare words are its layout (`[!card compact]`), never its title.
	if (kind === 'card') return '';
	const bare = options.replace(/\b[\w-]+=(?:"[^"]*"|'[^']*'|\S+)/g, '').trim();
	return bare.replace(/\|[\w-]*$/, '').trim();
}

/** Text as Markdown that shows it as written. */
const plain = (value: string) => value.replace(/[\\`*_[\]<>{}]/g, (character) => `\\${character}`);

/** The last part of an address, without its extension and anchor, as words (`../guides/getting-started.md` → `getting-started`). */
const fileWords = (url: string) =>
	decodeURIComponent(
		url
			.replace(/[?#].*$/, '')
			.replace(/\/+$/, '')
			.split('/')
			.at(-1) ?? url,
	).replace(/\.(mdx?|html?)$/i, '') || url;

function inlineLine(line: string, context: RetypeContext, counts: { icons: number }): string {
	return line
		.split(/(`+[^`]*`+)/)
		.map((part, index) => {
			if (index % 2 === 1) return part;
			const icons = part.match(ICON)?.length ?? 0;
			counts.icons += icons;
			return part
				.replace(COMPONENT_LINK, (_written, name: string, options: string, url?: string) => {
					const kind = name.toLowerCase();
					const words = componentWords(options, kind);
					if (url === undefined || url === '') return words === '' ? '' : plain(words);
					const shown =
						words || (kind === 'ref' || kind === 'card' ? context.pageTitle?.(url) : undefined) || fileWords(url);
					return `[${plain(shown)}](${url})`;
				})
				.replace(ICON_AND_SPACE, '');
		})
		.join('');
}

/** Lines up to the one that closes a block (`close`), from `start`; code is skipped. Undefined when none closes it. */
function blockEnd(lines: readonly string[], start: number, close: RegExp, next?: RegExp): number | undefined {
	const inCode = codeFenceTracker();
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] as string;
		if (inCode(line)) continue;
		if (close.test(line) || next?.test(line)) return index;
	}
	return undefined;
}

/** The body of a block, without the blank lines Retype ignores at its start and end. */
function trimmed(lines: readonly string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] as string).trim() === '') start++;
	while (end > start && (lines[end - 1] as string).trim() === '') end--;
	return lines.slice(start, end);
}

function retypeLines(lines: readonly string[], context: RetypeContext, counts: Counts, depth: number): string[] {
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let index = 0;
	const body = (from: number, to: number) => retypeLines(trimmed(lines.slice(from, to)), context, counts, depth);
	while (index < lines.length) {
		const line = lines[index] as string;
		if (inCode(line)) {
			out.push(line);
			index++;
			continue;
		}
		const callout = CALLOUT.exec(line);
		if (callout) {
			const end = blockEnd(lines, index + 1, CALLOUT_CLOSE);
			if (end !== undefined) {
				let variant = callout[1]?.toLowerCase();
				let title = callout[2];
				// `!!! warning Title`, as older pages write it: a known variant first.
				const spaced = /^([a-z]+)(?:[ \t]+(.*))?$/i.exec(title ?? '');
				if (variant === undefined && spaced?.[1] && VARIANTS[spaced[1].toLowerCase()] && spaced[2] !== undefined) {
					variant = spaced[1].toLowerCase();
					title = spaced[2];
				}
				const type = VARIANTS[variant ?? 'primary'] ?? asideTypeOfAdmonition(variant ?? 'note');
				out.push(
					...directiveBlock(
						'aside',
						{ label: title ? inlineLine(title, context, counts).trim() : undefined, attributes: { type } },
						body(index + 1, end),
					),
				);
				counts.blocks++;
				index = end + 1;
				continue;
			}
		}
		let taken = false;
		for (const [open, close, kind] of [
			[TAB, TAB_CLOSE, 'tabs'],
			[PANEL, PANEL_CLOSE, 'panel'],
			[COLUMN, COLUMN_CLOSE, 'column'],
			[STEP, STEP_CLOSE, 'steps'],
		] as const) {
			if (!open.test(line)) continue;
			// A set of tabs (panels, columns): each opening line starts the next, a bare fence ends them all.
			const sections: { title: string; from: number; to: number }[] = [];
			let at = index;
			let closed: number | undefined;
			while (at < lines.length) {
				const title = open.exec(lines[at] as string)?.[1];
				if (title === undefined) break;
				const end = blockEnd(lines, at + 1, close, open);
				if (end === undefined) break;
				sections.push({ title, from: at + 1, to: end });
				if (close.test(lines[end] as string)) {
					closed = end;
					break;
				}
				at = end;
			}
			if (closed === undefined) break;
			const written = sections.flatMap((section) => {
				const title = inlineLine(section.title, context, counts).trim();
				// A step opens with its title as a heading, which the steps make its title in bold.
				if (kind === 'steps')
					return directiveBlock('section', {}, [`### ${title}`, '', ...body(section.from, section.to)]);
				// A collapsed panel showed its title until a click opened it: a fold, closed.
				if (kind === 'panel' && COLLAPSED.test(lines[section.from - 1] as string))
					return foldBlock(title, false, body(section.from, section.to));
				return directiveBlock('section', { label: title }, body(section.from, section.to));
			});
			out.push(
				...(kind === 'tabs'
					? directiveBlock('tabs', {}, written)
					: kind === 'steps'
						? directiveBlock('steps', {}, written)
						: written),
			);
			counts.blocks++;
			index = closed + 1;
			taken = true;
			break;
		}
		// A set of tabs, panels or columns above took this line and those after it.
		if (taken) continue;
		if (CONTAINER.test(line)) {
			const end = blockEnd(lines, index + 1, CONTAINER);
			if (end !== undefined) {
				out.push('', ...body(index + 1, end), '');
				index = end + 1;
				continue;
			}
		}
		const include = INCLUDE.exec(line);
		if (include?.[2]) {
			const included = depth < 5 ? context.include?.(include[2]) : undefined;
			if (included !== undefined) {
				out.push(...retypeLines(included.split(/\r?\n/), context, counts, depth + 1));
				counts.includes++;
			} else {
				out.push(...directiveBlock('unknown', { attributes: { syntax: line.trim() } }, []));
				counts.missing.push(include[2]);
			}
			index++;
			continue;
		}
		out.push(inlineLine(line, context, counts));
		index++;
	}
	return out;
}

interface Counts {
	blocks: number;
	icons: number;
	includes: number;
	missing: string[];
}

/** Retype's callouts, panels, tabs, columns, components and includes as what they showed; everything else as it was. */
export function retypeMarkup(text: string, notes: ConversionNote[], context: RetypeContext = {}): string {
	if (!hasRetypeSyntax(text)) return text;
	const counts: Counts = { blocks: 0, icons: 0, includes: 0, missing: [] };
	const out = retypeLines(text.split('\n'), context, counts, 0).join('\n');
	if (counts.icons > 0)
		notes.push({
			level: 'info',
			message: `${counts.icons} Retype ${counts.icons === 1 ? 'icon' : 'icons'} (:icon-name:) left out: pictures with no words`,
		});
	for (const name of new Set(counts.missing))
		notes.push({
			level: 'review',
			message: `{{ include "${name}" }} names no file of the project's _includes/ folder; it is kept as a note where it stood`,
		});
	return out;
}
