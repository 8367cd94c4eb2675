import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExternalToc } from './external-toc.ts';
import { expandMystIncludes } from './myst-includes.ts';
import { sectionTitle } from './nav-code.ts';
import type { NavSections } from './nav-sections.ts';
import { expandRstIncludes, isRstFile } from './rst-pages.ts';

/**
 * A Sphinx site's navigation is its toctrees: the root document (`index`, or the
 * `root_doc`/`master_doc` of its `conf.py`) holds several, each under a `:caption:`
 * ("Getting started", "Channels"), and the sidebar shows those captions as its sections.
 * A page listed under a captioned toctree of the root document, directly or through the
 * toctrees of the pages listed there, sat in that caption's section, under the titles of
 * the pages whose toctrees list it, as the sidebar nested it. Read as text, in
 * reStructuredText (`.. toctree::`) and MyST (```` ```{toctree} ````, `:::{toctree}`).
 */

/** One toctree as Sphinx reads it: its caption and the documents it lists, in its order. */
export interface Toctree {
	caption: string | undefined;
	/** Its entries as written: a document (`setup/install`, `/reference/api`), `self`, a link, a pattern. */
	entries: { target: string; explicit: boolean }[];
	glob: boolean;
	reversed: boolean;
}

/** Sphinx's `explicit_title_re`: `Title <target>`. */
const EXPLICIT = /^(.+?)\s*<([^<]*?)>$/s;
/** Sphinx's `url_re`: an entry that is a link, not a document. */
const URL = /^.+:\/\/.*/;
/** An entry Sphinx reads as a pattern under `:glob:`. */
const PATTERN = /[*?[]/;
/** Source suffixes a document's file may have, as Sphinx sites and myst-parser name them. */
const SUFFIXES = ['.rst', '.md', '.txt', '.markdown', '.ipynb'];

/** The options of a directive (`:caption: Channels`, `:hidden:`, or a MyST `---` block of `key: value`). */
function directiveOptions(lines: readonly string[]): { options: Map<string, string>; rest: number } {
	const options = new Map<string, string>();
	let at = 0;
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((line, index) => index > at && line.trim() === '---');
		if (end > at) {
			for (const line of lines.slice(at + 1, end)) {
				const entry = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
				if (entry?.[1]) options.set(entry[1].toLowerCase(), (entry[2] ?? '').replace(/^(["'])(.*)\1$/, '$2'));
			}
			return { options, rest: end + 1 };
		}
	}
	while (at < lines.length) {
		const option = /^\s*:([\w-]+):(?:\s+(.*?))?\s*$/.exec(lines[at] ?? '');
		if (!option?.[1]) break;
		options.set(option[1].toLowerCase(), option[2] ?? '');
		at++;
	}
	return { options, rest: at };
}

/** A flag option that is set (`:glob:`, `glob: true`). */
const isSet = (options: Map<string, string>, name: string) => {
	const value = options.get(name);
	return value !== undefined && !/^(false|no|0)$/i.test(value.trim());
};

function toctreeOf(lines: readonly string[]): Toctree {
	const { options, rest } = directiveOptions(lines);
	const entries: Toctree['entries'] = [];
	for (const line of lines.slice(rest)) {
		const entry = line.trim();
		// Empty lines, and comments (`..` in reStructuredText, `%` in MyST), list nothing.
		if (entry === '' || /^\.\.(\s|$)/.test(entry) || entry.startsWith('%')) continue;
		const explicit = EXPLICIT.exec(entry);
		entries.push({ target: (explicit?.[2] ?? entry).trim(), explicit: explicit !== null });
	}
	return {
		caption: sectionTitle(options.get('caption')),
		entries,
		glob: isSet(options, 'glob'),
		reversed: isSet(options, 'reversed'),
	};
}

/** The toctrees of a page's text, reStructuredText or MyST, in their order. */
export function pageToctrees(text: string): Toctree[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const found: Toctree[] = [];
	for (let at = 0; at < lines.length; at++) {
		const line = lines[at] ?? '';
		const rst = /^([ \t]*)\.\. toctree::[ \t]*$/.exec(line);
		if (rst) {
			const indent = rst[1]?.length ?? 0;
			let end = at + 1;
			while (
				end < lines.length &&
				((lines[end] ?? '').trim() === '' || (/^[ \t]*/.exec(lines[end] ?? '')?.[0].length ?? 0) > indent)
			)
				end++;
			found.push(toctreeOf(lines.slice(at + 1, end)));
			at = end - 1;
			continue;
		}
		const myst = /^([ \t]*)(`{3,}|:{3,})\{toctree\}[ \t]*$/.exec(line);
		if (myst) {
			const fence = myst[2] ?? '```';
			const close = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : ':'}{${fence.length},}[ \\t]*$`);
			let end = at + 1;
			while (end < lines.length && !close.test(lines[end] ?? '')) end++;
			found.push(toctreeOf(lines.slice(at + 1, end)));
			at = end;
			continue;
		}
		// Other fenced code (```` ```rst ```` examples, `{eval-rst}`) lists no page of this one.
		const fence = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			let end = at + 1;
			while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) end++;
			at = end;
		}
	}
	return found;
}

/** Sphinx's glob (`sphinx.util.matching`): `*` and `?` within one name, `**` across folders, `[…]` a class. */
function globPattern(pattern: string): RegExp {
	let source = '';
	for (let at = 0; at < pattern.length; at++) {
		const character = pattern[at] as string;
		if (character === '*' && pattern[at + 1] === '*') {
			source += '.*';
			at++;
		} else if (character === '*') source += '[^/]*';
		else if (character === '?') source += '[^/]';
		else if (character === '[') {
			const end = pattern.indexOf(']', at + 2);
			if (end < 0) source += '\\[';
			else {
				const inside = pattern.slice(at + 1, end);
				source += `[${inside.startsWith('!') ? `^/${inside.slice(1)}` : inside}]`;
				at = end;
			}
		} else source += character.replace(/[.+^${}()|\\/]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}

/** A toctree entry's document (`docname_join`): from the listing document's folder, or from the root for `/…`; without a source suffix. */
export function documentName(listing: string, target: string): string {
	const joined = target.startsWith('/')
		? target.slice(1)
		: path.posix.join(path.posix.dirname(listing), target).replace(/^\.\//, '');
	const normal = path.posix.normalize(joined);
	const suffix = SUFFIXES.find((each) => normal.toLowerCase().endsWith(each));
	return suffix ? normal.slice(0, -suffix.length) : normal;
}

/**
 * The documents a toctree lists, as Sphinx reads them: a link (`https://…`) and `self`
 * list none, `Title <path>` its path, under `:glob:` a pattern the site's documents it
 * matches, sorted, but not the listing document itself.
 */
export function toctreeDocuments(tree: Toctree, listing: string, documents: readonly string[]): string[] {
	const listed: string[] = [];
	const left = new Set(documents);
	left.delete(listing);
	for (const { target, explicit } of tree.entries) {
		if (target === 'self' || URL.test(target)) continue;
		const name = documentName(listing, target);
		if (tree.glob && !explicit && PATTERN.test(target)) {
			const pattern = globPattern(name);
			for (const each of [...left].filter((document) => pattern.test(document)).sort()) {
				listed.push(each);
				left.delete(each);
			}
			continue;
		}
		listed.push(name);
		left.delete(name);
	}
	return tree.reversed ? listed.reverse() : listed;
}

/** Whether two names are the same words, in any case. */
const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A page's title as its sidebar entry showed it: a MyST page's `title:` or first `#`
 * heading, a reStructuredText page's first section title (a line of text over a line of
 * one punctuation character at least as long, an overline allowed). Undefined when none.
 */
export function pageTitle(text: string, file: string): string | undefined {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (!isRstFile(file)) {
		const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
		const titled = front && /^title:\s*(["']?)(.+?)\1\s*$/m.exec(front)?.[2];
		if (titled) return sectionTitle(titled);
		let fence: string | undefined;
		for (const line of lines) {
			const marker = /^\s*(`{3,}|~{3,}|:{3,})/.exec(line)?.[1];
			if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
				fence = fence ? undefined : marker;
				continue;
			}
			const heading = fence ? undefined : /^#\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
			if (heading) return sectionTitle(heading);
		}
		return undefined;
	}
	for (let at = 0; at + 1 < lines.length; at++) {
		const words = lines[at] ?? '';
		const under = (lines[at + 1] ?? '').trimEnd();
		if (!/^\S/.test(words) || /^\.\.(\s|$)/.test(words) || /^([!-/:-@[-`{-~])\1*$/.test(words.trim())) continue;
		if (/^([!-/:-@[-`{-~])\1+$/.test(under) && under.length >= words.trim().length) return sectionTitle(words);
	}
	return undefined;
}

/** The root document a `conf.py` names (`root_doc`, else the older `master_doc`), as a plain string; `index` when none. */
export function sphinxRootDoc(conf: string): string {
	for (const name of ['root_doc', 'master_doc']) {
		const value = new RegExp(`^${name}\\s*=\\s*[rRuU]?(["'])([^"'\\n]+)\\1`, 'm').exec(conf)?.[2];
		if (value) return value.trim();
	}
	return 'index';
}

/**
 * The section of each page of a Sphinx site (`files`, relative to `dir`, where its
 * `conf.py` is) by its `/`-separated path: the caption of the root document's toctree
 * that lists it, or lists a page whose toctrees lead to it, then the title of each page
 * between (`Channels › Email` for a page of the email page's toctree). A page listed in two belongs
 * to the first, in the order the sidebar shows them; a caption is kept as written.
 * Where the site's toctrees are kept apart from its pages (`toc`: a Jupyter Book's or
 * sphinx-external-toc's `_toc.yml`), they and its root are read from there, and an entry's
 * `title` names its section. Undefined when no toctree of the root document has a caption.
 */
export function sphinxNavSections(
	dir: string,
	files: readonly string[],
	conf: string,
	toc?: ExternalToc,
): NavSections | undefined {
	const fileOf = new Map<string, string>();
	for (const file of files) {
		const posix = file.split(path.sep).join('/');
		const suffix = SUFFIXES.find((each) => posix.toLowerCase().endsWith(each));
		if (suffix && !fileOf.has(posix.slice(0, -suffix.length))) fileOf.set(posix.slice(0, -suffix.length), posix);
	}
	const documents = [...fileOf.keys()];
	const read = new Map<string, Toctree[]>();
	const texts = new Map<string, string>();
	const textOf = (document: string): string => {
		const file = fileOf.get(document);
		if (file && !texts.has(document))
			try {
				texts.set(document, readFileSync(path.join(dir, file), 'utf8'));
			} catch {
				texts.set(document, '');
			}
		return texts.get(document) ?? '';
	};
	const toctreesOf = (document: string): Toctree[] => {
		if (toc) return toc.toctrees.get(document) ?? [];
		const file = fileOf.get(document);
		if (!file) return [];
		let trees = read.get(document);
		if (!trees) {
			const full = path.join(dir, file);
			const text = textOf(document);
			const include = { file: full, root: dir, roots: [dir, path.dirname(dir)] };
			try {
				// A toctree an included part holds lists pages from the including page's folder, as Sphinx builds it.
				trees = pageToctrees(
					isRstFile(file) ? expandRstIncludes(text, include, []) : expandMystIncludes(text, include, []),
				);
			} catch {
				trees = [];
			}
			read.set(document, trees);
		}
		return trees;
	};
	const root = toc?.root ?? sphinxRootDoc(conf);
	const sections: NavSections = new Map();
	const seen = new Set([root]);
	/** Each document its toctrees list, depth first as the sidebar shows them, in the section around it (the root's: each toctree's caption). */
	const visit = (document: string, around: readonly string[] | undefined) => {
		for (const tree of toctreesOf(document)) {
			const titles = document === root ? (tree.caption ? [tree.caption] : undefined) : around;
			for (const listed of toctreeDocuments(tree, document, documents)) {
				if (seen.has(listed)) continue;
				seen.add(listed);
				const file = fileOf.get(listed);
				if (titles && file) sections.set(file, titles);
				// The pages its own toctrees list sat under it in the sidebar: its title names their section inside the caption's.
				const title =
					titles && file && toctreesOf(listed).length > 0
						? (toc?.titles.get(listed) ?? pageTitle(textOf(listed), file))
						: undefined;
				visit(listed, titles && title && !sameWords(title, titles.at(-1) ?? '') ? [...titles, title] : titles);
			}
		}
	};
	if (!toctreesOf(root).some((tree) => tree.caption)) return undefined;
	visit(root, undefined);
	return sections;
}
