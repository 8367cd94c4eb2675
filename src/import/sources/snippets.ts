import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConversionNote } from '../convert/types.ts';

/**
 * pymdownx.snippets as it ran on an MkDocs site whose configuration turns it on: before
 * Markdown is read, so in code blocks too (Material's docs fill a code block with a source
 * file that way). `--8<-- "file.md"` and the block form (`--8<--`, a file a line, `--8<--`)
 * write the files in, each with the indentation of its line; `file.md:3:10` (`:3`, `::3`,
 * `1:3,5:6`, counted from the end when negative) takes those lines and `file.md:name` the
 * lines between `--8<-- [start:name]` and `--8<-- [end:name]`, whose marker lines never
 * show; a `;` before a file's name leaves it out, and one before the scissors (`;--8<--`)
 * shows the line without that `;`. Files are looked for under the `base_path` entries (a
 * folder, or a file matched by its name), then where other includes are (includes.ts),
 * never outside the site's project. One that is not found keeps its line, for the
 * converter to show as an import note. Of the `auto_append` files, the link definitions
 * the page's links name come along.
 */

/** The settings of pymdownx.snippets that say where files are. */
export interface SnippetSettings {
	/** `base_path`, each entry resolved from the configuration's folder. */
	basePaths: string[];
	/** The folder of the site's configuration: no file outside it is read. */
	project: string;
	/** `auto_append`: files pymdownx added to the end of every page. */
	autoAppend: string[];
}

const ALL_SNIPPETS = /^([ \t]*)(;*)(?:(-+8<-+[ \t]+)("(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')|(-+8<-+))[ \t]*$/;
const SECTION = /^(.*?)(;*)(-+8<-+[ \t]+)(\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\])(.*)$/i;
const FILE = /^(.*?)(?:((?::-?\d*){1,2}(?:,(?=[-0-9:])-?\d*(?::-?\d*)?)*)|(:[a-z][-_0-9a-z]*))?$/i;
const DEPTH = 4;

/** Where a named snippet is: under the base paths first, then beside the page and in the include roots. */
function snippetFile(
	name: string,
	settings: SnippetSettings,
	fallback: { file: string; roots: readonly string[] },
): string | undefined {
	const inProject = (candidate: string) =>
		!path.relative(settings.project, candidate).startsWith('..') &&
		existsSync(candidate) &&
		statSync(candidate).isFile();
	for (const base of settings.basePaths) {
		const stat = statSync(base, { throwIfNoEntry: false });
		if (stat?.isDirectory()) {
			const candidate = path.resolve(base, name);
			if (!path.relative(base, candidate).startsWith('..') && inProject(candidate)) return candidate;
		} else if (stat?.isFile() && path.resolve(path.dirname(base), name) === base && inProject(base)) return base;
	}
	return [path.dirname(fallback.file), ...fallback.roots]
		.map((root) => path.resolve(root, name))
		.find((candidate) => inProject(candidate));
}

/** The lines a section names, its marker lines left out; an escaped marker inside shows without its `;`. */
function sectionLines(lines: string[], name: string): string[] {
	const picked: string[] = [];
	let inside = false;
	for (const line of lines) {
		const marker = SECTION.exec(line);
		if (marker && inside && marker[2]) {
			picked.push(`${marker[1]}${marker[2].slice(1)}${marker[3]}${marker[4]}${marker[7]}`);
			continue;
		}
		if (marker && marker[6]?.toLowerCase() === name.toLowerCase()) {
			if (marker[5]?.toLowerCase() === 'start') {
				inside = true;
				continue;
			}
			if (inside) break;
			continue;
		}
		if (marker) continue;
		if (inside) picked.push(line);
	}
	return picked;
}

/** The lines `1:3,5:6` selects, as pymdownx counts them: from 1, negative from the end, `0` as `1`. */
function rangeLines(lines: string[], ranges: string): string[] {
	const total = lines.length;
	const picked: string[] = [];
	for (const range of ranges.slice(1).split(',')) {
		const [from, to] = range.split(':').map((value) => (value ? Number(value) : undefined));
		const start = from === undefined ? 0 : from < 0 ? Math.max(0, total + from) : Math.max(0, from - 1);
		const end = to === undefined ? total : to < 0 ? Math.max(0, total + 1 + to) : to;
		picked.push(...lines.slice(start, end));
	}
	return picked;
}

/** A file's lines as pymdownx reads them: a file ending with a line break ends with an empty line. */
function fileLines(file: string): string[] {
	return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
}

/** A link reference definition on a line of its own: `[_snippets]: https://… "Source"`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:/;
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The link definitions of the `auto_append` files that the page's bracketed words name: what
 * pymdownx appended to every page for its `[words][label]` links. The rest of them (abbreviations,
 * which showed as tooltips, a footer every page repeated) stays out of the article.
 */
function appendedDefinitions(
	body: string,
	settings: SnippetSettings,
	options: { file: string; roots: readonly string[] },
): string[] {
	if (settings.autoAppend.length === 0) return [];
	const used = new Set([...body.matchAll(/\[((?:[^\]\\\n]|\\.)+)\]/g)].map((match) => labelKey(match[1] ?? '')));
	const appended = snippetLines(['--8<--', ...settings.autoAppend, '--8<--'], settings, options, [], new Set(), false);
	return appended.filter((line) => {
		const label = DEFINITION.exec(line)?.[1];
		return label !== undefined && used.has(labelKey(label));
	});
}

/** The page's text with its snippets written in, and the link definitions `auto_append` gave it. */
export function expandSnippets(
	body: string,
	settings: SnippetSettings,
	options: { file: string; roots: readonly string[] },
	notes: ConversionNote[],
): string {
	const definitions = appendedDefinitions(body, settings, options);
	const expanded = /-8<-/.test(body)
		? snippetLines(body.split('\n'), settings, options, notes, new Set([options.file]), false).join('\n')
		: body;
	return definitions.length > 0 ? `${expanded.replace(/\n+$/, '')}\n\n${definitions.join('\n')}\n` : expanded;
}

function snippetLines(
	lines: string[],
	settings: SnippetSettings,
	options: { file: string; roots: readonly string[] },
	notes: ConversionNote[],
	seen: Set<string>,
	isSection: boolean,
): string[] {
	const out: string[] = [];
	let block = false;
	for (const line of lines) {
		const match = ALL_SNIPPETS.exec(line);
		let written: string | undefined;
		let indent = '';
		if (match) {
			if (match[2]) {
				out.push(line.replace(';', ''));
				continue;
			}
			if (!match[4]) {
				block = !block;
				continue;
			}
			// A single-line snippet directly inside a block is no snippet.
			if (block) continue;
			indent = match[1] ?? '';
			written = (match[4] ?? '').slice(1, -1).trim();
		} else if (block) {
			indent = /^[ \t]*/.exec(line)?.[0] ?? '';
			written = line.trim();
			if (written === '') {
				out.push('');
				continue;
			}
		} else {
			const marker = isSection ? undefined : SECTION.exec(line);
			if (marker?.[2]) out.push(`${marker[1]}${marker[2].slice(1)}${marker[3]}${marker[4]}${marker[7]}`);
			else if (!marker) out.push(line);
			continue;
		}
		// A `;` before the name leaves the file out.
		if (written.startsWith(';')) continue;
		const parts = FILE.exec(written);
		const name = parts?.[1]?.trim() ?? '';
		const found = name && !/^https?:\/\//i.test(name) ? snippetFile(name, settings, options) : undefined;
		// One not found keeps its line (a single line for a block's), for the converter to show.
		if (!found) {
			out.push(block ? `${indent}--8<-- "${written}"` : line);
			continue;
		}
		if (seen.has(found) || seen.size > DEPTH) continue;
		let included = fileLines(found);
		if (parts?.[2]) included = rangeLines(included, parts[2]);
		else if (parts?.[3]) included = sectionLines(included, parts[3].slice(1));
		notes.push({ level: 'info', message: `the included file ${written} was written in` });
		seen.add(found);
		const expanded = snippetLines(
			included,
			settings,
			{ ...options, file: found },
			notes,
			seen,
			parts?.[3] !== undefined,
		);
		seen.delete(found);
		out.push(...expanded.map((text) => (text === '' ? '' : indent + text)));
	}
	return out;
}
