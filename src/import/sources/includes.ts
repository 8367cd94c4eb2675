import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type SplitTags, tagsOnOneLine } from '../convert/template-tags.ts';
import type { ConversionNote } from '../convert/types.ts';
import { expandSnippets, type SnippetSettings } from './snippets.ts';

/** MkDocs' includes: pymdownx.snippets' `--8<-- "file.md"` and markdown-include's `{!file.md!}`. */
const SNIPPET = /^([ \t]*)-{1,}8<-{1,}[ \t]+(["'])(.+?)\2[ \t]*$/;
const INCLUDE = /^([ \t]*)\{!\s*(.+?)\s*!\}[ \t]*$/;
/** VitePress' code imports: `<<< @/snippets/app.js{2 ts} [app.js]`, `@` being the docs' root. */
const CODE_IMPORT = /^([ \t]*)<<<[ \t]+(\S+?)(?:\{([^}]*)\})?(?:[ \t]+\[([^\]]+)\])?[ \t]*$/;
/**
 * VuePress 2's code imports: `@[code](./app.js)`, `@[code{3-10} js{2}:no-line-numbers title="app.js"](../app.js)`,
 * a line range first, then the language and options; `@source/` is the docs' root.
 */
const VUEPRESS_CODE_IMPORT = /^([ \t]*)@\[code(?:\{(\d*)-?(\d*)\})?(?:[ \t]+([^\]]*))?\]\(([^()\s]+)\)[ \t]*$/;
/**
 * A code demo of Rspress' preview plugin (and dumi's) on a line of its own: `<code src="./demos/app.tsx" />`
 * or `<code src="./demos/app.tsx"></code>`, which showed the file's component and its code.
 */
const PREVIEW_CODE = /^([ \t]*)<code\s+src=(["'])([^"'\n]+)\2[^<>]*?(?:\/>|>[ \t]*<\/code>)[ \t]*$/;
/**
 * Liquid's include of a Markdown file: GitBook's reusable content (`{% include "../.gitbook/includes/refunds.md" %}`)
 * and Jekyll's (`{% include note.md %}`, from the site's `_includes/`).
 */
const LIQUID_INCLUDE = /^([ \t]*)\{%-?\s*include\s+(?:"([^"]+)"|'([^']+)'|([^\s%"']+))[^%]*-?%\}[ \t]*$/;
/** Docsify's embed: a link alone on its line whose options say `:include` (`[Example](_media/app.js ':include :type=code')`). */
const DOCSIFY_EMBED = /^([ \t]*)\[[^\]\n]*\]\(([^()\s]+)[ \t]+(["'])([^"'\n]*:include\b[^"'\n]*)\3\)[ \t]*$/;
/**
 * Markdoc's partial on a line of its own: `{% partial file="header.md" /%}`, the file named
 * from the page (Astro's Markdoc integration) or from the site's `markdoc/partials/`
 * (Markdoc's Next.js plugin), with any `variables={name: "Printer"}` it fills in; Redocly's
 * `{% raw-partial file="…" /%}` too, which it writes in before reading the page (link definitions).
 */
const MARKDOC_PARTIAL = /^([ \t]*)\{%-?\s*(?:raw-)?partial\s+file=(["'])([^"'\n]+)\2(.*?)\/\s*-?%\}[ \t]*$/;
/** A partial tag written over several lines (its `variables={…}` an entry a line) is read as one. */
const PARTIAL_OVER_LINES: SplitTags = {
	maxLines: 20,
	opening: /^-?\s*(?:raw-)?partial\b/,
	blankLineEnds: true,
	keepLineNumbers: true,
};
const DEPTH = 4;

/** Every Markdoc partial tag in a page, wherever it stands, for the files they name. */
const PARTIAL_NAMES = /\{%-?\s*(?:raw-)?partial\s+file=(["'])([^"'\n]+)\1/g;

/**
 * The file a Markdoc partial names, if the project has it: beside the page (Astro's
 * Markdoc integration), in the pages folder or the folder above (Redocly writes
 * `/_partials/x.md` from there), or in their `markdoc/partials/` (Markdoc's Next.js plugin).
 */
export function markdocPartialFile(
	name: string,
	options: { file: string; roots: readonly string[] },
): string | undefined {
	const wanted = name.replace(/^\/+/, '');
	const candidates = [
		path.dirname(options.file),
		...options.roots,
		...options.roots.map((root) => path.join(root, 'markdoc', 'partials')),
	].map((root) => path.resolve(root, wanted));
	return candidates.find((candidate) => isProjectFile(candidate, options.roots));
}

/** The Markdoc partials the pages include, by their files' absolute paths: parts of pages, not pages. */
export function markdocPartialsOf(
	pages: readonly { file: string; text: string }[],
	roots: readonly string[],
): Map<string, string> {
	const included = new Map<string, string>();
	for (const { file, text } of pages) {
		if (!text.includes('partial')) continue;
		for (const match of text.matchAll(PARTIAL_NAMES)) {
			const found = markdocPartialFile(match[2] ?? '', { file, roots });
			if (found && !included.has(found)) included.set(found, file);
		}
	}
	return included;
}

/** Only files of the docs project come in, never one elsewhere on this machine. */
function isProjectFile(candidate: string, roots: readonly string[]): boolean {
	const inside = roots.some((root) => !path.relative(root, candidate).startsWith('..'));
	return inside && existsSync(candidate) && statSync(candidate).isFile();
}

/** A partial's `variables={name: "Printer", copies: 2}`: the ones written as plain values. */
function partialVariables(attributes: string): Map<string, string> {
	const object = /\bvariables\s*=\s*\{([^{}]*)\}/.exec(attributes)?.[1] ?? '';
	const found = new Map<string, string>();
	for (const entry of object.matchAll(
		/(?:^|,)\s*["']?([A-Za-z_$][\w$]*)["']?\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?|true|false))\s*(?=,|$)/g,
	)) {
		const value = entry[2] ?? entry[3] ?? entry[4] ?? '';
		found.set(entry[1] ?? '', value.replace(/\\(.)/g, '$1'));
	}
	return found;
}

/** A partial's text with the variables its tag gave written in; the others stay for the converter to show. */
function withVariables(text: string, variables: Map<string, string>): string {
	if (variables.size === 0) return text;
	return text.replace(/\{%-?\s*\$([A-Za-z_][\w]*)\s*-?%\}/g, (tag, name: string) => variables.get(name) ?? tag);
}

/** A code import: the file it names from the docs' root (`@/`) or the page, and how to show it. */
interface CodeImport {
	indent: string;
	name: string;
	language?: string;
	title?: string;
	/** The first and last line to import (VuePress' `{3-10}`), either open. */
	lines?: [number, number | undefined];
	/** Rspress' `<code src>`: a demo, whose component showed above its code. */
	demo?: boolean;
}

/** VitePress' `<<< @/app.js{2 ts} [app.js]`, VuePress' `@[code{3-10} js title="app.js"](./app.js)` or Rspress' `<code src="./app.tsx" />`. */
function codeImport(line: string): CodeImport | undefined {
	const vitepress = CODE_IMPORT.exec(line);
	if (vitepress) {
		// `#region` names part of a file: the whole file stands in for it.
		const name = (vitepress[2] ?? '').replace(/^@\//, '').replace(/#[\w-]*$/, '');
		const language = /(?:^|\s)([a-z][\w#+-]*)(?::[\w-]+)?\s*$/i.exec(vitepress[3] ?? '')?.[1];
		return { indent: vitepress[1] ?? '', name, language, title: vitepress[4] };
	}
	const preview = PREVIEW_CODE.exec(line);
	if (preview) return { indent: preview[1] ?? '', name: preview[3] ?? '', demo: true };
	const vuepress = VUEPRESS_CODE_IMPORT.exec(line);
	if (!vuepress) return undefined;
	const options = vuepress[4] ?? '';
	const [from, to] = [vuepress[2], vuepress[3]].map((value) => (value ? Number(value) : undefined));
	return {
		indent: vuepress[1] ?? '',
		name: (vuepress[5] ?? '').replace(/^@source\//, ''),
		language: /^[a-z][\w#+-]*/i.exec(options)?.[0],
		title: /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(options)?.slice(1).find(Boolean),
		...(from || to ? { lines: [from ?? 1, to] as [number, number | undefined] } : {}),
	};
}

/** A file's lines as a fenced code block that no backtick run inside can close. */
function codeBlock(code: string, language: string, title: string | undefined, indent: string): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	const meta = title ? ` title="${title.replace(/"/g, "'")}"` : '';
	return [`${fence}${language}${meta}`, ...code.replace(/\n+$/, '').split('\n'), fence]
		.map((text) => (text === '' ? '' : indent + text))
		.join('\n');
}

/**
 * A page with the files it includes written in, as MkDocs builds it: each is looked
 * for beside the page, in the docs folder and in the project folder above it (where
 * `mkdocs.yml` sits), or, where the site turns pymdownx.snippets on, as it read
 * them (snippets.ts). One that is not found stays as it was written, for the
 * converter to show as an import note.
 */
export function expandIncludes(
	written: string,
	options: { file: string; roots: readonly string[]; snippets?: SnippetSettings },
	notes: ConversionNote[],
	depth = 0,
): string {
	// An MkDocs site that turns pymdownx.snippets on read them as it does (snippets.ts).
	const body = options.snippets && depth === 0 ? expandSnippets(written, options.snippets, options, notes) : written;
	if (
		!body.includes('8<-') &&
		!body.includes('{!') &&
		!body.includes('<<<') &&
		!body.includes('include') &&
		!body.includes('partial') &&
		!body.includes('@[code') &&
		!body.includes('<code')
	)
		return body;
	let fence = false;
	const lines = body.split('\n');
	const usedLabels = body.includes('partial') ? bracketedLabels(body) : new Set<string>();
	return (body.includes('partial') ? tagsOnOneLine(lines, PARTIAL_OVER_LINES) : lines)
		.map((line) => {
			if (/^\s*(```|~~~)/.test(line)) fence = !fence;
			const code = fence ? undefined : codeImport(line);
			const liquid = fence ? undefined : LIQUID_INCLUDE.exec(line);
			// Only Markdown comes in this way; an HTML include (`{% include head.html %}`) is the theme's.
			const liquidName = liquid ? (liquid[2] ?? liquid[3] ?? liquid[4] ?? '') : undefined;
			if (liquidName !== undefined && !/\.(md|markdown|mdx)$/i.test(liquidName)) return line;
			const embed = fence ? undefined : DOCSIFY_EMBED.exec(line);
			// Docsify embeds Markdown as Markdown and any other file as code; an iframe, a video or a page elsewhere stays a link.
			if (embed && (/:type=(?:iframe|video|audio)\b/.test(embed[4] ?? '') || /^[a-z][\w+.-]*:/i.test(embed[2] ?? '')))
				return line;
			const partial = fence ? undefined : MARKDOC_PARTIAL.exec(line);
			const match = fence ? undefined : (SNIPPET.exec(line) ?? INCLUDE.exec(line) ?? liquid ?? embed ?? partial);
			if (!match && !code) return line;
			const indent = code?.indent ?? match?.[1] ?? '';
			// `#region` names part of a file: the whole file stands in for it.
			const name =
				liquidName ??
				(embed ? (embed[2] ?? '').replace(/^\/+/, '') : undefined) ??
				partial?.[3] ??
				code?.name ??
				(match?.length === 4 ? match[3] : match?.[2]) ??
				'';
			// `file.md:2:8` and `file.md:section` name part of a file: the whole file stands in for it.
			const candidates = [name, name.replace(/:[^/\\]*$/, '')].flatMap((wanted) =>
				[
					path.dirname(options.file),
					...options.roots,
					...(liquid ? options.roots.map((root) => path.join(root, '_includes')) : []),
				].map((root) => path.resolve(root, wanted)),
			);
			const found = partial
				? markdocPartialFile(name, options)
				: candidates.find((candidate) => isProjectFile(candidate, options.roots));
			// A demo whose file is not in the site left nothing to show: listed, never an empty code span.
			if (!found && code?.demo) {
				notes.push({ level: 'review', message: `the code demo ${name} is not in the site, so it was left out` });
				return '';
			}
			if (!found || depth >= DEPTH) return line;
			notes.push({ level: 'info', message: `the included file ${name} was written in` });
			if (code) {
				const text = readFileSync(found, 'utf8');
				// VuePress' `{3-10}` imports those lines of the file.
				const lines = code.lines
					? text
							.split('\n')
							.slice(code.lines[0] - 1, code.lines[1])
							.join('\n')
					: text;
				return codeBlock(lines, code.language ?? path.extname(found).slice(1), code.title, indent);
			}
			if (embed && (/:type=code\b/.test(embed[4] ?? '') || !/\.(md|markdown)$/i.test(found)))
				return codeBlock(readFileSync(found, 'utf8'), path.extname(found).slice(1), undefined, indent);
			// GitBook's reusable content starts with its own frontmatter (its title), which the page does not show.
			const text = readFileSync(found, 'utf8');
			const body = liquid || embed || partial ? text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '') : text;
			const filled = partial ? withVariables(body, partialVariables(partial[4] ?? '')) : body;
			// A shared list of link definitions (Redocly sites raw-partial one into every page) keeps those the page uses.
			const content = partial ? withUsedDefinitions(filled, usedLabels) : filled;
			const included = expandIncludes(content, { ...options, file: found }, notes, depth + 1);
			return included
				.replace(/\n+$/, '')
				.split('\n')
				.map((text) => (text === '' ? '' : indent + text))
				.join('\n');
		})
		.join('\n');
}

/** A Markdown link reference definition on a line of its own: `[account_info method]: /docs/…`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:/;

/** A label as CommonMark matches definitions to references: case and runs of white space aside. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Every bracketed text of a page (`[text]`, `[text][label]`), any of which may name a definition. */
function bracketedLabels(text: string): Set<string> {
	return new Set([...text.matchAll(/\[((?:[^\]\\\n]|\\.)+)\]/g)].map((match) => labelKey(match[1] ?? '')));
}

/**
 * A partial's text without the link definitions no bracketed text of the including page or of
 * the partial itself names: a definition showed nothing, and one no link uses did nothing.
 */
function withUsedDefinitions(text: string, used: ReadonlySet<string>): string {
	if (!/^ {0,3}\[[^\]]+\]:/m.test(text)) return text;
	const own = bracketedLabels(
		text
			.split('\n')
			.filter((line) => !DEFINITION.test(line))
			.join('\n'),
	);
	return text
		.split('\n')
		.filter((line) => {
			const label = DEFINITION.exec(line)?.[1];
			return label === undefined || used.has(labelKey(label)) || own.has(labelKey(label));
		})
		.join('\n');
}
