import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';
import { componentFile, rendersOnlyHead } from './site-components.ts';
import type { PartialFile } from './types.ts';

/** `import Name from './_partial.mdx'`, `import Name from "/snippets/step.mdx";` */
const IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(["'])([^"'\n]+\.mdx?)\2\s*;?\s*$/;
/** Mintlify's older `<Snippet file="name.mdx" />`, which names a file of `snippets/`. */
const SNIPPET = /<Snippet\s+file=(["'])([^"'\n]+\.mdx?)\1/g;
/** Fumadocs' `<include>./shared/limits.mdx</include>`, a Markdown file written in where it stands. */
const INCLUDE = /<include(?:\s[^>]*)?>\s*([^<>\n]+?\.mdx?)\s*<\/include>/g;
/**
 * `import Seo from '@site/src/components/Seo';`, `import {Required, Optional} from '../src/js/helpers';`:
 * a site's own components, by a path in the project.
 */
const COMPONENT_IMPORT =
	/^import\s+(?:([A-Z][\w$]*)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+(["'])((?:@site\/|\.{1,2}\/|\/)[^"'\n]+)\3\s*;?\s*$/;
const DEPTH = 4;

export interface PartialRoots {
	/** Where `/snippets/x.mdx` starts: the docs folder (Mintlify), else the site's folder. */
	root: string;
	/** Where `@site/docs/_x.mdx` starts (Docusaurus' site folder). */
	siteRoot: string;
	/** Folders a partial may be read from; nothing elsewhere on this machine is. */
	allowed: readonly string[];
	/** The frontmatter off a file's text. */
	body: (text: string) => string;
}

/** The file an import names, if it is in the project; `find` picks the file a path stands for. */
function resolve(
	specifier: string,
	from: string,
	roots: PartialRoots,
	find: (candidate: string) => string | undefined = (candidate) =>
		existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined,
): string | undefined {
	// The path is a JavaScript string, where `'./\_note.md'` (as Markdown formatters escape it) is `./_note.md`.
	const unescaped = specifier.replace(/\\(.)/g, '$1');
	const candidates = unescaped.startsWith('@site/')
		? [path.join(roots.siteRoot, unescaped.slice('@site/'.length))]
		: unescaped.startsWith('/')
			? [path.join(roots.root, unescaped), path.join(roots.siteRoot, unescaped)]
			: [path.resolve(path.dirname(from), unescaped)];
	const inside = (candidate: string) =>
		roots.allowed.some((root) => {
			const relative = path.relative(root, candidate);
			return !relative.startsWith('..') && !path.isAbsolute(relative);
		});
	for (const candidate of candidates) {
		const file = inside(candidate) ? find(candidate) : undefined;
		if (file && inside(file)) return file;
	}
	return undefined;
}

/** The names an import line gives a module's components: `[local name, exported name]`, `default` for its default. */
function importedNames(defaultName: string | undefined, named: string | undefined): [string, string][] {
	const names: [string, string][] = defaultName ? [[defaultName, 'default']] : [];
	for (const part of (named ?? '').split(',')) {
		const [exported, local] = part
			.trim()
			.split(/\s+as\s+/)
			.map((each) => each.trim());
		if (exported && /^[A-Za-z_$][\w$]*$/.test(exported)) names.push([local || exported, exported]);
	}
	return names.filter(([local]) => /^[A-Z]/.test(local));
}

/**
 * The site's own components a text imports: one that shows nothing on the page (see
 * site-components.ts) as a partial with nothing to write in, any other with its code,
 * which the converter reads for what it shows (static-component.ts).
 */
function siteComponents(text: string, file: string, roots: PartialRoots, found: Record<string, PartialFile>) {
	const inCode = codeFenceTracker();
	for (const line of text.split('\n')) {
		if (inCode(line)) continue;
		const match = COMPONENT_IMPORT.exec(line.trim());
		const [, defaultName, named, , specifier] = match ?? [];
		if (!specifier || /\.mdx?$/.test(specifier)) continue;
		const names = importedNames(defaultName, named).filter(([local]) => !found[local]);
		const target = names.length > 0 ? resolve(specifier, file, roots, componentFile) : undefined;
		if (!target) continue;
		const shown = path.relative(roots.siteRoot, target).split(path.sep).join('/');
		for (const [local, exported] of names)
			found[local] =
				exported === 'default' && rendersOnlyHead(target)
					? {
							text: '',
							base: pathToFileURL(target).href,
							invisible: "only sets the page's <head> (meta tags), which shows nothing on the page",
						}
					: {
							text: '',
							base: pathToFileURL(target).href,
							component: {
								file: shown,
								code: readFileSync(target, 'utf8'),
								typescript: /\.tsx?$/.test(target),
								name: exported,
							},
						};
	}
}

/** The partials a text imports (by the name it gives them), and the `<Snippet file>`s it shows. */
function importsOf(text: string): { name: string; specifier: string }[] {
	const inCode = codeFenceTracker();
	const found: { name: string; specifier: string }[] = [];
	for (const line of text.split('\n')) {
		if (inCode(line)) continue;
		const match = IMPORT.exec(line.trim());
		if (match?.[1] && match[3]) found.push({ name: match[1], specifier: match[3] });
		for (const include of line.matchAll(INCLUDE))
			if (include[1]) found.push({ name: `include:${include[1]}`, specifier: include[1] });
		for (const snippet of line.matchAll(SNIPPET))
			if (snippet[2])
				found.push({
					name: `Snippet:${snippet[2]}`,
					specifier: `/snippets/${snippet[2].replace(/^\/?(snippets\/)?/, '')}`,
				});
	}
	return found;
}

/**
 * The MDX files a page imports to show as components (Docusaurus partials,
 * Mintlify snippets, Fumadocs' `<include>`s), and the ones those import, read so the converter can write
 * each in where the page shows it. One that is not in the project is said in a note;
 * the converter then leaves an import note where it stood.
 */
export function readPartials(
	text: string,
	file: string,
	roots: PartialRoots,
	notes: ConversionNote[],
	found: Record<string, PartialFile> = {},
	depth = 0,
): Record<string, PartialFile> {
	if (depth >= DEPTH) return found;
	siteComponents(text, file, roots, found);
	for (const { name, specifier } of importsOf(text)) {
		if (found[name]) continue;
		const target = resolve(specifier, file, roots);
		if (!target) {
			notes.push({
				level: 'review',
				message: `the imported file ${specifier} is not in the folder, so <${name.replace(/^(Snippet|include):.*/, '$1')}> could not be written in`,
			});
			continue;
		}
		const body = roots.body(readFileSync(target, 'utf8'));
		found[name] = { text: body, base: pathToFileURL(target).href };
		readPartials(body, target, roots, notes, found, depth + 1);
	}
	return found;
}

const MDX_COMPONENTS = ['js', 'jsx', 'ts', 'tsx'].map((extension) => `src/theme/MDXComponents.${extension}`);

/**
 * The partials a Docusaurus site shows on every page without importing them: the
 * MDX files its swizzled `src/theme/MDXComponents` imports and registers as components.
 */
export function siteWidePartials(siteRoot: string, roots: PartialRoots): Record<string, PartialFile> {
	const file = MDX_COMPONENTS.map((name) => path.join(siteRoot, name)).find((candidate) => existsSync(candidate));
	// One it cannot find is said where a page shows it, as an unknown component.
	return file ? readPartials(readFileSync(file, 'utf8'), file, roots, []) : {};
}
