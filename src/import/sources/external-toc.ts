import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sectionTitle } from './nav-code.ts';
import { documentName, type Toctree } from './sphinx-toctrees.ts';

/**
 * A Jupyter Book's `_toc.yml`, and sphinx-external-toc's (the same file, which a plain
 * Sphinx site names with `external_toc_path`): the site's toctrees kept apart from its
 * pages. `root` is the root document; a document's toctrees are its `parts` or `subtrees`
 * (each with its `caption`), or, written short, one toctree of its `chapters`, `sections`
 * or `entries` (jb-book, jb-article and the extension's own format alike); each entry is
 * a `file` (with its own toctrees), a `glob` pattern or a `url`, which lists no page.
 * The toctrees are read as Sphinx builds them from it, for sphinx-toctrees.ts to follow
 * as it follows those written in the pages.
 */
export interface ExternalToc {
	root: string;
	/** Each document's toctrees, by its name (its path from the imported folder, without a suffix). */
	toctrees: Map<string, Toctree[]>;
	/** The `title` an entry gave its document, which the sidebar showed instead of the page's. */
	titles: Map<string, string>;
}

const SUBTREES = ['parts', 'subtrees'];
const ITEMS = ['chapters', 'sections', 'entries'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const isSet = (value: unknown) => value === true || (typeof value === 'string' && /^(true|yes|1)$/i.test(value));

/**
 * The table of contents in `text`, its paths read from `base` (the Sphinx source folder)
 * and named from `dir` (the imported folder); undefined when it is not YAML, or names no root.
 */
export function externalToc(text: string, base: string, dir: string): ExternalToc | undefined {
	let data: unknown;
	try {
		data = parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(data) || typeof data.root !== 'string' || data.root.trim() === '') return undefined;
	/** A path of the table of contents as a name from the imported folder, without a suffix. */
	const nameOf = (written: string) =>
		documentName('', `/${path.relative(dir, path.resolve(base, written.trim())).split(path.sep).join('/')}`);
	const toctrees = new Map<string, Toctree[]>();
	const titles = new Map<string, string>();
	const defaults = isRecord(data.defaults) ? data.defaults : {};
	const seen = new Set<string>();
	const visit = (node: Record<string, unknown>, name: string, depth: number) => {
		// A file listed twice is read where it is first (sphinx-external-toc refuses the second).
		if (seen.has(name) || depth > 50) return;
		seen.add(name);
		const short = ITEMS.find((key) => Array.isArray(node[key]));
		const subtrees = short
			? [{ ...(isRecord(node.options) ? node.options : {}), [short]: node[short] }]
			: (SUBTREES.map((key) => node[key]).find(Array.isArray) ?? []);
		const trees: Toctree[] = [];
		const below: [Record<string, unknown>, string][] = [];
		for (const subtree of subtrees) {
			if (!isRecord(subtree)) continue;
			const items = ITEMS.map((key) => subtree[key]).find(Array.isArray) ?? [];
			const tree: Toctree = {
				caption: sectionTitle(subtree.caption),
				entries: [],
				glob: false,
				reversed: isSet(subtree.reversed ?? defaults.reversed),
			};
			for (const item of items) {
				if (!isRecord(item)) continue;
				if (typeof item.file === 'string' && item.file.trim() !== '') {
					const listed = nameOf(item.file);
					// A file is a name, never a pattern, whatever it holds.
					tree.entries.push({ target: `/${listed}`, explicit: true });
					const title = sectionTitle(item.title);
					if (title && !titles.has(listed)) titles.set(listed, title);
					below.push([item, listed]);
				} else if (typeof item.glob === 'string' && item.glob.trim() !== '') {
					tree.entries.push({ target: `/${nameOf(item.glob)}`, explicit: false });
					tree.glob = true;
				}
			}
			trees.push(tree);
		}
		if (trees.length > 0) toctrees.set(name, trees);
		for (const [item, listed] of below) visit(item, listed, depth + 1);
	};
	const root = nameOf(data.root);
	visit(data, root, 0);
	return { root, toctrees, titles };
}

/**
 * The table of contents the folder's site was built from: a Jupyter Book's `_toc.yml`
 * beside its pages, or the file a Sphinx `conf.py` (`conf`, its code) names with
 * `external_toc_path` (`_toc.yml` by default) when it loads `sphinx_external_toc`, from its folder.
 */
export function siteExternalToc(dir: string, conf?: { file: string; code: string }): ExternalToc | undefined {
	let file: string;
	let base: string;
	if (conf) {
		if (!/["']sphinx_external_toc["']/.test(conf.code)) return undefined;
		base = path.dirname(conf.file);
		const named = /^external_toc_path\s*=\s*[rRuU]?(["'])([^"'\n]+)\1/m.exec(conf.code)?.[2];
		file = path.resolve(base, named ?? '_toc.yml');
	} else {
		base = dir;
		file = path.join(dir, '_toc.yml');
	}
	if (!existsSync(file)) return undefined;
	try {
		return externalToc(readFileSync(file, 'utf8'), base, dir);
	} catch {
		return undefined;
	}
}
