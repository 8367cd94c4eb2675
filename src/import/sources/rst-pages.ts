import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rstToMyst } from '../convert/rst.ts';
import type { ConversionNote } from '../convert/types.ts';

/**
 * A Sphinx site's reStructuredText pages (`.rst`) as the MyST Markdown the folder
 * reader reads (see convert/rst.ts): `.. include::` written in first, as docutils does
 * (only files of the site), with the substitutions of `rst_prolog` and `rst_epilog`
 * from its `conf.py`.
 */

/** Whether a page is reStructuredText. */
export const isRstFile = (relative: string) => /\.rst$/i.test(relative);

const INCLUDE = /^([ \t]*)\.\. include::[ \t]+(\S.*?)[ \t]*$/;
const DEPTH = 4;

/** The `conf.py` of the Sphinx site the folder is (or is in), if any. */
export function sphinxConf(dir: string): string | undefined {
	return [path.join(dir, 'conf.py'), path.join(dir, 'source', 'conf.py'), path.join(dir, '..', 'conf.py')].find(
		(file) => existsSync(file),
	);
}

/** The text of `rst_prolog` and `rst_epilog` in a `conf.py`, where each is a plain string (triple-quoted or not). */
export function confProlog(code: string): string {
	const parts: string[] = [];
	for (const name of ['rst_prolog', 'rst_epilog']) {
		const match = new RegExp(`^${name}\\s*=\\s*[rRuU]?("""|'''|"|')([\\s\\S]*?)\\1`, 'm').exec(code);
		if (match) parts.push(match[2] ?? '');
	}
	return parts.join('\n');
}

/**
 * The file an `.. include::` names: from the docs' root when it starts with `/`, else from the
 * folder of the page being built, as Sphinx reads it even inside an included file (so one shared
 * part can include the note beside each page that includes it), else, as docutils alone reads
 * it, from the folder of the file the directive stands in.
 */
function includedPath(name: string, options: { file: string; root: string; page: string }): string {
	if (name.startsWith('/')) return path.join(options.root, name);
	const fromPage = path.resolve(path.dirname(options.page), name);
	if (options.page === options.file || existsSync(fromPage)) return fromPage;
	return path.resolve(path.dirname(options.file), name);
}

/** The page with the files its `.. include::` directives name written in, indented where each stood. */
export function expandRstIncludes(
	text: string,
	options: { file: string; root: string; roots: readonly string[]; page?: string },
	notes: ConversionNote[],
	depth = 0,
): string {
	if (!text.includes('.. include::')) return text;
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const out: string[] = [];
	for (let at = 0; at < lines.length; at++) {
		const line = lines[at] ?? '';
		const include = INCLUDE.exec(line);
		if (!include) {
			out.push(line);
			continue;
		}
		const indent = include[1] ?? '';
		// Its options (`:start-after:`, `:literal:`) stand under it.
		const settings = new Map<string, string>();
		while (/^[ \t]+:[\w-]+:/.test(lines[at + 1] ?? '') && (lines[at + 1]?.length ?? 0) > indent.length) {
			const option = /^[ \t]+:([\w-]+):[ \t]*(.*)$/.exec(lines[at + 1] ?? '');
			if (option?.[1]) settings.set(option[1], option[2] ?? '');
			at++;
		}
		const name = (include[2] ?? '').replace(/^<(.*)>$/, '$1');
		const candidate = includedPath(name, { ...options, page: options.page ?? options.file });
		const inside = options.roots.some((root) => !path.relative(root, candidate).startsWith('..'));
		if (!inside || depth >= DEPTH || !existsSync(candidate) || !statSync(candidate).isFile()) {
			notes.push({ level: 'review', message: `the included file ${name} is not in the site; write its words in` });
			continue;
		}
		let included = readFileSync(candidate, 'utf8').replace(/\r\n?/g, '\n');
		const after = settings.get('start-after');
		if (after && included.includes(after)) included = included.slice(included.indexOf(after) + after.length);
		const before = settings.get('end-before');
		if (before && included.includes(before)) included = included.slice(0, included.indexOf(before));
		if (settings.has('literal') || settings.has('code')) {
			const language = settings.get('code') ?? '';
			out.push(
				`${indent}.. code-block:: ${language}`.trimEnd(),
				'',
				...included.split('\n').map((text) => `${indent}   ${text}`),
				'',
			);
			continue;
		}
		const expanded = /\.rst$|\.txt$|\.inc$/i.test(candidate)
			? expandRstIncludes(
					included,
					{ ...options, file: candidate, page: options.page ?? options.file },
					notes,
					depth + 1,
				)
			: included;
		out.push(...expanded.split('\n').map((text) => (text.trim() === '' ? '' : `${indent}${text}`)));
	}
	return out.join('\n');
}

/** Reads a site's reStructuredText pages as Markdown, once each. */
export class RstPages {
	readonly #texts = new Map<string, { markdown: string; notes: ConversionNote[] }>();
	#prolog: string | undefined;
	#sectionLabels: 'title' | 'document' | 'none' | undefined;
	readonly dir: string;
	readonly roots: readonly string[];
	constructor(dir: string, roots: readonly string[]) {
		this.dir = dir;
		this.roots = roots;
	}

	get prolog(): string {
		if (this.#prolog === undefined) {
			const conf = sphinxConf(this.dir);
			this.#prolog = conf ? confProlog(readFileSync(conf, 'utf8')) : '';
		}
		return this.#prolog;
	}

	/** Whether the site's `conf.py` loads autosectionlabel, and whether its labels start with the page's path. */
	get sectionLabels(): 'title' | 'document' | 'none' {
		if (this.#sectionLabels === undefined) {
			const conf = sphinxConf(this.dir);
			const code = conf ? readFileSync(conf, 'utf8') : '';
			this.#sectionLabels = !/['"]sphinx\.ext\.autosectionlabel['"]/.test(code)
				? 'none'
				: /^autosectionlabel_prefix_document\s*=\s*True/m.test(code)
					? 'document'
					: 'title';
		}
		return this.#sectionLabels;
	}

	/** The page (relative to the folder) as MyST Markdown, and what its conversion noted. */
	page(relative: string): { markdown: string; notes: ConversionNote[] } {
		let page = this.#texts.get(relative);
		if (!page) {
			const file = path.join(this.dir, relative);
			const notes: ConversionNote[] = [];
			const conf = sphinxConf(this.dir);
			const text = expandRstIncludes(
				readFileSync(file, 'utf8'),
				{ file, root: conf ? path.dirname(conf) : this.dir, roots: this.roots },
				notes,
			);
			page = {
				markdown: rstToMyst(
					text,
					{
						prolog: this.prolog,
						file: relative,
						...(this.sectionLabels === 'none' ? {} : { sectionLabels: this.sectionLabels }),
					},
					notes,
				).markdown,
				notes,
			};
			this.#texts.set(relative, page);
		}
		return page;
	}
}

/**
 * The reStructuredText files of the folder that another page includes (`.. include:: /_shared/intro.rst`),
 * followed through the files they include as each page reads them: parts, not pages, unless a
 * toctree lists one, as a page of the site's navigation that another page also writes in whole.
 */
export function rstIncludedFiles(dir: string, files: readonly string[]): Set<string> {
	const included = new Set<string>();
	const conf = sphinxConf(dir);
	const root = conf ? path.dirname(conf) : dir;
	const texts = new Map<string, string>();
	const textOf = (file: string) => {
		let text = texts.get(file);
		if (text === undefined) {
			text = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : '';
			texts.set(file, text);
		}
		return text;
	};
	const follow = (file: string, page: string, depth: number) => {
		const text = textOf(file);
		if (!text.includes('.. include::') || depth >= DEPTH) return;
		for (const match of text.matchAll(/^[ \t]*\.\. include::[ \t]+(\S.*?)[ \t]*$/gm)) {
			const name = (match[1] ?? '').replace(/^<(.*)>$/, '$1');
			const target = includedPath(name, { file, root, page });
			included.add(path.relative(dir, target));
			if (/\.rst$|\.txt$|\.inc$/i.test(target)) follow(target, page, depth + 1);
		}
	};
	for (const relative of files) {
		const file = path.join(dir, relative);
		follow(file, file, 0);
	}
	for (const listed of rstToctreeFiles(dir, files, textOf)) included.delete(listed);
	return included;
}

/** The files (relative to the folder) that the toctrees of the site's pages list. */
function rstToctreeFiles(dir: string, files: readonly string[], textOf: (file: string) => string): Set<string> {
	const listed = new Set<string>();
	const known = new Set(files);
	const conf = sphinxConf(dir);
	const root = conf ? path.dirname(conf) : dir;
	for (const relative of files) {
		const text = textOf(path.join(dir, relative));
		if (!text.includes('toctree::')) continue;
		const lines = text.replace(/\r\n?/g, '\n').split('\n');
		for (let at = 0; at < lines.length; at++) {
			const directive = /^([ \t]*)\.\. toctree::/.exec(lines[at] ?? '');
			if (!directive) continue;
			const indent = directive[1]?.length ?? 0;
			for (at++; at < lines.length; at++) {
				const line = lines[at] ?? '';
				if (line.trim() === '') continue;
				if ((/^[ \t]*/.exec(line)?.[0].length ?? 0) <= indent) {
					at--;
					break;
				}
				const entry = line.trim();
				if (entry.startsWith(':')) continue;
				const target = (/<([^<>]+)>$/.exec(entry)?.[1] ?? entry).trim();
				const file = target.startsWith('/')
					? path.join(root, target)
					: path.resolve(path.dirname(path.join(dir, relative)), target);
				const name = path.relative(dir, file);
				for (const candidate of [name, `${name}.rst`]) if (known.has(candidate)) listed.add(candidate);
			}
		}
	}
	return listed;
}

/** Whether a Sphinx site's `conf.py` reads Markdown: a Markdown parser among its extensions, or `.md` in its `source_suffix`. */
export function sphinxReadsMarkdown(code: string): boolean {
	if (/['"](?:myst_parser|myst_nb|recommonmark|m2r2?|sphinx_mdinclude|sphinx_markdown_parser)['"]/.test(code))
		return true;
	const suffix = /^source_suffix\s*=\s*(\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|['"][^'"\n]*['"])/m.exec(code)?.[1];
	return suffix !== undefined && /\.(?:md|markdown)\b/.test(suffix);
}
