import { docsifySyntax, hasDocsifySyntax } from './docsify.ts';
import { alignFenceBodies, hasFencedBlocks } from './fence-indent.ts';
import { gitbookBlocks, hasGitbookBlocks } from './gitbook.ts';
import { gluedFencesAsText, hasGluedFences } from './glued-fences.ts';
import { type HugoSiteShortcodes, hasHugoShortcodes, hugoShortcodes } from './hugo.ts';
import { hasJekyllSyntax, jekyllSyntax } from './jekyll.ts';
import { hasJekyllPageLists, jekyllPageLists } from './jekyll-page-lists.ts';
import { LineMap } from './line-map.ts';
import { hasListItemFences, listItemFencesIndented } from './list-item-fences.ts';
import { boldBesidePunctuation, dropEmptyBoldAfterBreak, tightenLooseBold } from './loose-emphasis.ts';
import { hasMarkdocTags, markdocBlocks } from './markdoc.ts';
import { hasMarkdownInsideHtml, markdownInsideHtml } from './markdown-inside-html.ts';
import { hasTexMath, texMathAsCode } from './math.ts';
import { hasMdbookAdmonish, mdbookAdmonish } from './mdbook.ts';
import { genericBlocks, hasGenericBlocks, hasMkdocsBlocks, mkdocsBlocks } from './mkdocs.ts';
import { hasMystDirectives, mystDirectives } from './myst.ts';
import { hasMystInline, mystInline, withoutMystHidden } from './myst-roles.ts';
import { hasReadmeSyntax, readmeSyntax } from './readme.ts';
import { codeFenceTracker } from './source-blocks.ts';
import type { ConversionNote } from './types.ts';
import { badgeWords, hasBadges, hasVitepressBlocks, vitepressBlocks } from './vitepress.ts';

/**
 * Docusaurus' `## Heading {#custom-id}` (written `\{#custom-id}` in MDX 2, a list item's heading too) and
 * Fumadocs' `## Heading [#custom-id]`: the id is taken off and remembered for links.
 */
const CUSTOM_ID = /^(\s{0,3}(?:(?:[-*+]|\d{1,9}[.)])\s+)?#{1,6}\s.*?)\s*\\?(?:\{#([\w-]+)\}|\[#([\w-]+)\])\s*$/;
/** Docusaurus 2's `:::tip Title` becomes the directive syntax `:::tip[Title]`. */
const TITLED_FENCE = /^(\s*:::+)([a-z]+)[ \t]+(?!\[)(\S.*?)\s*$/i;
/** A shortcode (`:material-pencil:`, `:smile:`), whose attribute list goes: mkdocs-icons.ts and emoji.ts write what it shows. */
const ICON = /:[\w+-]+:/;
/** One attribute of a Python-Markdown attribute list: `#id`, `.class` or `key="value"`. */
const ATTRIBUTE = String.raw`(?:#[\w.:-]+|\.[\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+))`;
/** An attribute list (`{ .shadow }`, `{: #id }`, `{ width="300" }`), which MkDocs reads and never shows. */
const ATTRIBUTE_LIST = String.raw`\{:?[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`;
const HEADING_ATTRIBUTES = new RegExp(String.raw`^(\s{0,3}#{1,6}\s.*?)\s*(${ATTRIBUTE_LIST})\s*$`);
/**
 * After a link or an image, one list or several: `![Screenshot](shot.png){ class="shadow" }`,
 * and VitePress' (markdown-it-attrs) bare names, `![Shot](shot.png){data-zoomable}{style="height:300px"}`.
 */
const INLINE_ATTRIBUTE = String.raw`(?:${ATTRIBUTE}|[A-Za-z][\w-]*)`;
const INLINE_ATTRIBUTE_LIST = String.raw`\{:?[ \t]*${INLINE_ATTRIBUTE}(?:[ \t]+${INLINE_ATTRIBUTE})*[ \t]*\}`;
const INLINE_ATTRIBUTES = new RegExp(
	String.raw`(\]\([^()]*(?:\([^()]*\)[^()]*)*\)|\]\[[^\]]*\]|${ICON.source})(?:${INLINE_ATTRIBUTE_LIST})+`,
	'g',
);
const BLOCK_ATTRIBUTES = new RegExp(String.raw`^\s*${ATTRIBUTE_LIST}\s*$`);
/**
 * After a reference written as its words alone (`![Kettle]{ width="300" }`, with `[Kettle]: kettle.png`
 * below), as attr_list reads it: Python-Markdown's lists only, so `a[i]{x}` stays as written, and
 * never after a directive's label (`:::aside[Title]{type="tip"}`).
 */
const SHORTCUT_ATTRIBUTES = new RegExp(String.raw`(?<![\w:\]!])(!?\[[^\]\n]*\])(?:${ATTRIBUTE_LIST})+`, 'g');
/**
 * Spaces kept as character references at the end of a line (`pretend funds&#x20;`), as
 * GitBook writes every trailing space: they show nothing, and after an address GFM
 * reads `&#x20` as part of it (`https://…#cards&#x20`), so they go before parsing.
 */
const ENCODED_LINE_END = /(?:[ \t]*&#(?:x20|32);)+[ \t]*$/i;

/** The line without the encoded spaces that end it, unless they are inside inline code. */
function withoutEncodedLineEnd(line: string): string {
	const match = ENCODED_LINE_END.exec(line);
	if (!match) return line;
	const before = line.slice(0, match.index);
	return (before.match(/`/g)?.length ?? 0) % 2 === 0 ? before : line;
}

/** Source text made ready for the Markdown parser, with what the rewrite found. */
export interface PreparedText {
	text: string;
	/** Heading ids taken off their lines (`{#id}`), by the line of `text`. */
	customIds: Map<number, string>;
	/** A note's `line` is the line of the source it is about. */
	notes: ConversionNote[];
	/** The line of the source (1-based) that a line of `text` stands for, when it is known. */
	sourceLine: (line: number) => number | undefined;
}

/** Python-Markdown's abbreviation definitions (`*[HTML]: HyperText…`), tooltips on the old site. */
const ABBREVIATION = /^\*\[[^\]\n]+\]:[ \t]/;

/**
 * Python-Markdown's footnotes extension puts a page's footnotes where a paragraph of
 * `///Footnotes Go Here///` stands (its default `PLACE_MARKER`); elsewhere the marker
 * shows as words. The help center lists footnotes at the article's end.
 */
const FOOTNOTE_MARKER = /^[ \t]*\/\/\/Footnotes Go Here\/\/\/[ \t]*$/;
const FOOTNOTE_DEFINITION = /^[ \t]{0,3}\[\^[^\]\s]+\]:/m;

/**
 * The text without its abbreviation definitions, which the old site never showed as
 * text: a page of nothing else (the glossary MkDocs appends to every page) showed
 * nothing of its own.
 */
export function withoutAbbreviations(text: string): string {
	return text
		.split('\n')
		.filter((line) => !ABBREVIATION.test(line))
		.join('\n');
}

/**
 * Source text made ready for the Markdown parser: other generators' block syntax
 * (GitBook, MkDocs) as directives, heading ids (`{#id}`, `{: #id }`) taken off and
 * remembered by line, and what the old site read but never showed (attribute lists,
 * abbreviation definitions) removed. A Hugo site's own shortcodes are rendered from
 * its templates (`hugo`), when given. Readers that write a block as fences add lines;
 * `sourceLine` follows each line back to the source's.
 */
export function preprocess(
	source: string,
	hugo?: HugoSiteShortcodes,
	options: { dollarMath?: boolean } = {},
): PreparedText {
	const customIds = new Map<number, string>();
	const notes: ConversionNote[] = [];
	let text = source;
	// Readers that add or take out lines (content tabs, admonitions as fences) are followed, so notes name the page's lines.
	const origin = new LineMap(source);
	const rewrite = (next: string) => {
		origin.rewrite(text, next);
		text = next;
	};
	if (hasHugoShortcodes(text)) {
		const shortcodes = hugoShortcodes(text, hugo);
		rewrite(shortcodes.text);
		notes.push(...shortcodes.notes);
	}
	// Before every reader that follows code fences: a list item's code written at the margin is the item's.
	if (hasListItemFences(text)) rewrite(listItemFencesIndented(text));
	// First: an admonish block is fenced code to every reader after it.
	if (hasMdbookAdmonish(text)) rewrite(mdbookAdmonish(text));
	if (hasReadmeSyntax(text)) rewrite(readmeSyntax(text));
	// MyST's directives are fenced code to every reader after them too; its roles and targets print as written.
	const myst = hasMystDirectives(text) || hasMystInline(text);
	if (hasMystDirectives(text)) rewrite(mystDirectives(text, notes));
	if (hasMystInline(text)) rewrite(mystInline(text));
	if (myst) {
		const hidden = withoutMystHidden(text);
		rewrite(hidden.text);
		if (hidden.comments > 0)
			notes.push({
				level: 'info',
				message: `${hidden.comments} MyST comment ${hidden.comments === 1 ? 'line' : 'lines'} (% …) removed: notes for the authors, which the old site never showed`,
			});
		if (hidden.fields.length > 0)
			notes.push({
				level: 'info',
				message: `the page's metadata fields (${hidden.fields.map((field) => `:${field}:`).join(' ')}) removed: Sphinx keeps them out of the page`,
			});
	}
	if (hasMarkdownInsideHtml(text)) rewrite(markdownInsideHtml(text));
	if (hasJekyllPageLists(text)) rewrite(jekyllPageLists(text));
	if (hasJekyllSyntax(text)) rewrite(jekyllSyntax(text));
	if (hasDocsifySyntax(text)) rewrite(docsifySyntax(text));
	// Before GitBook's reader, which knows `{% name %}` but not Markdoc's `{% /name %}` and `/%}`.
	if (hasMarkdocTags(text)) rewrite(markdocBlocks(text, notes));
	if (hasGitbookBlocks(text)) rewrite(gitbookBlocks(text, notes));
	if (hasMkdocsBlocks(text)) rewrite(mkdocsBlocks(text));
	if (hasGenericBlocks(text)) rewrite(genericBlocks(text));
	// Before any reader of `:::` blocks: a callout's name run into its words opens none.
	if (hasGluedFences(text)) rewrite(gluedFencesAsText(text));
	if (hasBadges(text)) rewrite(badgeWords(text));
	if (hasVitepressBlocks(text)) {
		const vitepress = vitepressBlocks(text);
		rewrite(vitepress.text);
		notes.push(...vitepress.notes);
	}
	// Every reader above writes `:::` blocks: one opened in a list item with its lines at the
	// margin keeps them, and one never closed is listed for review.
	if (hasFencedBlocks(text)) {
		const aligned = alignFenceBodies(text);
		notes.push(
			...aligned.notes.map(({ line, ...note }) => ({
				...note,
				line: line === undefined ? undefined : origin.original(line),
			})),
		);
		rewrite(aligned.text);
	}
	if (hasTexMath(text, options.dollarMath)) {
		const math = texMathAsCode(text, options.dollarMath);
		rewrite(math.text);
		if (math.formulas > 0)
			notes.push({
				level: 'review',
				message: `${math.formulas} math ${math.formulas === 1 ? 'formula is shown as its' : 'formulas are shown as their'} TeX, since the help center does not typeset math`,
			});
	}
	const inCode = codeFenceTracker();
	let abbreviations = 0;
	const footnotes = FOOTNOTE_DEFINITION.test(text);
	const lines = text.split('\n').map((written, index, all) => {
		if (inCode(written)) return written;
		const line = withoutEncodedLineEnd(written);
		if (ABBREVIATION.test(line)) {
			abbreviations++;
			return '';
		}
		if (BLOCK_ATTRIBUTES.test(line)) return '';
		if (footnotes && FOOTNOTE_MARKER.test(line)) {
			notes.push({
				level: 'info',
				message: 'the footnotes placed here on the old site (///Footnotes Go Here///) come at the end of the article',
				line: origin.original(index + 1),
			});
			return '';
		}
		const custom = CUSTOM_ID.exec(line);
		const customId = custom?.[2] ?? custom?.[3];
		if (custom?.[1] && customId) {
			customIds.set(index + 1, customId);
			return custom[1];
		}
		const attributes = HEADING_ATTRIBUTES.exec(line);
		if (attributes?.[1] && attributes[2]) {
			// `{ #id }`, or the same written as a key (`{ id="9.7.0" }`), as Material's changelog does.
			const id = /\{:?(?:.*\s)?(?:#([\w.:-]+)|\bid=(?:"([^"]+)"|'([^']+)'|([^\s"'}]+)))/
				.exec(attributes[2])
				?.slice(1)
				.find((value) => value !== undefined);
			if (id) customIds.set(index + 1, id);
			return attributes[1];
		}
		const titled = TITLED_FENCE.exec(line);
		if (titled) return `${titled[1]}${titled[2]}[${titled[3]?.replace(/[[\]]/g, '')}]`;
		return boldBesidePunctuation(
			tightenLooseBold(
				dropEmptyBoldAfterBreak(line, all[index - 1])
					.replace(INLINE_ATTRIBUTES, '$1')
					.replace(SHORTCUT_ATTRIBUTES, '$1'),
			),
		);
	});
	if (abbreviations > 0)
		notes.push({
			level: 'info',
			message: `${abbreviations} abbreviation ${abbreviations === 1 ? 'definition' : 'definitions'} (tooltips of the old site) removed`,
		});
	return { text: lines.join('\n'), customIds, notes, sourceLine: (line) => origin.original(line) };
}

/**
 * HTML comments (`<!-- prettier-ignore -->`) that start a line, as MDX comments:
 * MDX cannot parse `<!--`, where the generator the page came from (Docusaurus) read
 * them. Comments in code stay as they are.
 */
export function htmlCommentsAsMdx(text: string): string {
	if (!text.includes('<!--')) return text;
	const inCode = codeFenceTracker();
	const out: string[] = [];
	let comment: string[] | undefined;
	for (const line of text.split('\n')) {
		if (comment === undefined && (inCode(line) || !/^\s*<!--/.test(line))) {
			out.push(line);
			continue;
		}
		comment ??= [];
		comment.push(line);
		if (!line.includes('-->')) continue;
		const written = comment.join('\n');
		const end = written.indexOf('-->');
		const open = written.indexOf('<!--');
		const inner = written.slice(open + 4, end).replace(/\*\//g, '* /');
		// The lines it spanned stay lines, so line numbers in notes still match.
		out.push(...`${written.slice(0, open)}{/*${inner}*/}${written.slice(end + 3)}`.split('\n'));
		comment = undefined;
	}
	if (comment) out.push(...comment);
	return out.join('\n');
}
