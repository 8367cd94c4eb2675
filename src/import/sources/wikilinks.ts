import path from 'node:path';
import { slug as headingSlug } from 'github-slugger';
import type { ConversionNote } from '../convert/types.ts';

/**
 * Obsidian's own syntax, which Obsidian Publish help centers (and Quartz, Foam and
 * Dendron sites) are written in: wikilinks to notes and headings (`[[Core plugins]]`,
 * `[[Sync#Pricing|what Sync costs]]`), embeds of pictures, files and other notes
 * (`![[screenshot.png|300]]`), and `%%comments%%` the site never showed. They become
 * the Markdown links, images and nothing that the rest of the import already reads;
 * syntax written about in code stays as it is.
 */

/** Finds the vault's file a link names, from the page that links it; undefined when none has that name. */
export type VaultLookup = (target: string, fromFile: string) => string | undefined;

const MARKDOWN = ['.md', '.mdx', '.markdown'];
const PICTURE = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i;
/** `[[target#heading|words]]`, with `!` before it for an embed; in a table the bar is written `\\|`. */
const WIKILINK = /(!?)\[\[([^[\]\n|]+?)\\?(?:\|([^[\]\n]*?))?\]\]/g;
/** What other generators write in double brackets and read themselves (`[[toc]]`). */
const NOT_LINKS = new Set(['toc', '_toc_']);
/** A size, not words, after an embedded picture's bar: `![[shot.png|300]]`, `|640x480`. */
const SIZE = /^\s*\d+(?:\s*x\s*\d+)?\s*$/;
/** Inline code on a line: syntax in it is written about, not used. */
const CODE_SPAN = /(`+)(?:[^`]|(?!\1)`)*?\1/g;

/**
 * The vault's lookup over its files (paths relative to its root, `/`-separated), as
 * Obsidian resolves a link: by path, else by file name anywhere; among several files
 * of one name, the one beside the linking page, else the one with the shortest path.
 * A name without an extension names a note (`.md`).
 */
export function vaultLookup(files: readonly string[]): VaultLookup {
	const byPath = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const file of files) {
		byPath.set(file.toLowerCase(), file);
		const name = path.posix.basename(file).toLowerCase();
		byName.set(name, [...(byName.get(name) ?? []), file]);
	}
	return (target, fromFile) => {
		const clean = target.trim().replace(/^\.?\/+/, '');
		if (clean === '') return undefined;
		const forms = path.posix.extname(clean) ? [clean] : [];
		forms.push(...MARKDOWN.map((extension) => `${clean}${extension}`));
		const folder = path.posix.dirname(fromFile);
		for (const form of forms) {
			const lower = form.toLowerCase();
			const exact = byPath.get(lower) ?? byPath.get(path.posix.join(folder, form).toLowerCase());
			if (exact) return exact;
			const named = (byName.get(path.posix.basename(lower)) ?? []).filter(
				(file) => file.toLowerCase() === lower || file.toLowerCase().endsWith(`/${lower}`),
			);
			if (named.length === 0) continue;
			const beside = named.find((file) => path.posix.dirname(file) === folder);
			return beside ?? [...named].sort((a, b) => a.split('/').length - b.split('/').length || a.length - b.length)[0];
		}
		return undefined;
	};
}

/** A link's address from one file of the vault to another, every segment percent-encoded. */
function relativeAddress(fromFile: string, toFile: string): string {
	return encodePath(path.posix.relative(path.posix.dirname(fromFile), toFile));
}

/** Each segment percent-encoded, brackets too, so no name can end the Markdown link it is written in. */
function encodePath(sitePath: string): string {
	return sitePath
		.split('/')
		.map((segment) =>
			encodeURIComponent(segment).replace(/[()]/g, (bracket) => `%${bracket.charCodeAt(0).toString(16)}`),
		)
		.join('/');
}

function linkWords(words: string): string {
	return words.replace(/([\\[\]])/g, '\\$1');
}

/** The heading a `#` part names (the last of `#Setup#Windows`); none for a block reference (`#^a1b2`). */
function headingOf(fragment: string | undefined): string | undefined {
	const heading = fragment
		?.split('#')
		.filter((part) => part.trim() !== '')
		.at(-1);
	return heading && !heading.startsWith('^') ? heading.trim() : undefined;
}

/** One wikilink or embed as Markdown. */
function convertOne(
	embed: boolean,
	target: string,
	words: string | undefined,
	fromFile: string,
	lookup: VaultLookup,
	notes: ConversionNote[],
): string {
	const hash = target.indexOf('#');
	const name = (hash === -1 ? target : target.slice(0, hash)).trim();
	const heading = headingOf(hash === -1 ? undefined : target.slice(hash + 1));
	const anchor = heading ? `#${headingSlug(heading)}` : '';
	if (name === '') return `[${linkWords(words?.trim() || heading || target)}](${anchor || '#'})`;
	const file = lookup(name, fromFile);
	// A file the vault lacks keeps the address Obsidian would give it, for the import to report.
	const address = file
		? relativeAddress(fromFile, file)
		: `${encodePath(name)}${path.posix.extname(name) ? '' : '.md'}`;
	const shown = name.replace(/\.(mdx?|mdoc|markdown)$/i, '');
	if (embed && PICTURE.test(file ?? name)) {
		const alt = words && !SIZE.test(words) ? words.trim() : '';
		return `![${linkWords(alt)}](${address})`;
	}
	if (embed && (!file || MARKDOWN.includes(path.posix.extname(file).toLowerCase()))) {
		notes.push({
			level: 'info',
			message: `the note embedded with ![[${target}]] became a link to it`,
		});
	}
	const label = words?.trim() || (heading ? `${shown} > ${heading}` : shown);
	return `[${linkWords(label)}](${address}${anchor})`;
}

/** A wikilink or embed, or a comment on one line. */
const LINK_OR_COMMENT = new RegExp(`${WIKILINK.source}|[ \\t]*%%.*?%%`, 'g');

/** A line's wikilinks and comments converted; those that start inside a code span are written about, and stay. */
function convertLine(line: string, fromFile: string, lookup: VaultLookup, notes: ConversionNote[]): string {
	const spans = [...line.matchAll(CODE_SPAN)].map((code) => [code.index, code.index + code[0].length] as const);
	const inCode = (offset: number) => spans.some(([start, end]) => offset >= start && offset < end);
	return line.replace(
		LINK_OR_COMMENT,
		(whole: string, bang: string, target: string | undefined, words: string | undefined, offset: number) => {
			const start = offset + whole.length - whole.trimStart().length;
			if (inCode(start)) return whole;
			// A comment goes with the space before it, unless words follow that need one.
			if (target === undefined)
				return /^[ \t]/.test(whole) && /^[^\s.,;:!?)]/.test(line.slice(offset + whole.length)) ? ' ' : '';
			return NOT_LINKS.has(target.trim().toLowerCase())
				? whole
				: convertOne(bang === '!', target, words, fromFile, lookup, notes);
		},
	);
}

/** Whether a page uses any of the syntax: most pages of other generators do not, and are left untouched. */
export function hasObsidianSyntax(text: string): boolean {
	return text.includes('[[') || text.includes('%%');
}

/**
 * A page with its wikilinks, embeds and comments in plain Markdown. `fromFile` is the
 * page's path in the vault (as `lookup` knows it).
 */
export function convertObsidianSyntax(
	text: string,
	fromFile: string,
	lookup: VaultLookup,
	notes: ConversionNote[],
): string {
	if (!hasObsidianSyntax(text)) return text;
	let fence: string | undefined;
	let comment = false;
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (!comment && opening && (fence === undefined || opening.startsWith(fence))) {
			fence = fence === undefined ? opening : undefined;
			lines.push(line);
			continue;
		}
		if (fence !== undefined) {
			lines.push(line);
			continue;
		}
		// A comment over several lines: from a line that opens one and does not close it to the line that does.
		if (comment) {
			const end = line.indexOf('%%');
			if (end === -1) continue;
			comment = false;
			lines.push(convertLine(line.slice(end + 2), fromFile, lookup, notes));
			continue;
		}
		const withoutCode = line.replace(CODE_SPAN, '');
		const opens = (withoutCode.match(/%%/g) ?? []).length % 2 === 1;
		if (opens) {
			const start = line.lastIndexOf('%%');
			comment = true;
			const before = convertLine(line.slice(0, start), fromFile, lookup, notes);
			if (before.trim() !== '') lines.push(before);
			continue;
		}
		lines.push(convertLine(line, fromFile, lookup, notes));
	}
	return lines.join('\n');
}
