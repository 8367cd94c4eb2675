import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFenceTracker } from '../convert/source-blocks.ts';
import type { ConversionNote } from '../convert/types.ts';
import { astroShowsNothing, componentFile, rendersOnlyHead } from './site-components.ts';
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
	/^import\s+(?:([A-Z][\w$]*)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+(["'])((?:@site\/|\.{1,2}\/|\/|[@~#][\w-]*\/)[^"'\n]+)\3\s*;?\s*$/;
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
	/** The project's path aliases (`@/` for `src/`, from its `tsconfig.json`): the folder each prefix names. */
	aliases?: readonly { prefix: string; folder: string }[];
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
	const alias = roots.aliases?.find(({ prefix }) => unescaped.startsWith(prefix));
	// A package's module (`@theme/Tabs`, `@scope/ui`) is no file of the project.
	if (!alias && !/^(?:@site\/|\.{1,2}\/|\/)/.test(unescaped)) return undefined;
	const candidates = alias
		? [path.join(alias.folder, unescaped.slice(alias.prefix.length))]
		: unescaped.startsWith('@site/')
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
		if (!specifier) continue;
		// An MDX file's default export is its page (a partial); names in braces are components its `export const`s define.
		const mdx = /\.mdx?$/.test(specifier);
		if (mdx && !named) continue;
		const names = importedNames(mdx ? undefined : defaultName, named).filter(([local]) => !found[local]);
		const target = names.length > 0 ? resolve(specifier, file, roots, mdx ? undefined : componentFile) : undefined;
		if (!target) continue;
		const shown = path.relative(roots.siteRoot, target).split(path.sep).join('/');
		const code = readFileSync(target, 'utf8');
		for (const [local, exported] of names) {
			const invisible =
				exported !== 'default'
					? undefined
					: rendersOnlyHead(target)
						? "only sets the page's <head> (meta tags), which shows nothing on the page"
						: astroShowsNothing(target)
							? 'only adds a script or styles to the page, and shows nothing on it'
							: undefined;
			found[local] = invisible
				? { text: '', base: pathToFileURL(target).href, invisible }
				: {
						text: '',
						base: pathToFileURL(target).href,
						component: {
							file: shown,
							code: mdx ? mdxExports(code) : code,
							typescript: /\.tsx?$/.test(target),
							name: exported,
						},
					};
		}
	}
}

/**
 * The code of an MDX file's `export` blocks (Mintlify's `export const LoomVideo = ({ id }) => (…)`
 * in `snippets/`): each runs from its `export` line to the next blank line, as MDX reads them.
 */
function mdxExports(text: string): string {
	return text
		.split(/\r?\n(?:[ \t]*\r?\n)+/)
		.filter((block) => /^export\s/.test(block))
		.join('\n\n');
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
		// A partial's own imports are its own: `<Tip />` in it is the file it imports as `Tip`, whatever the page calls `Tip`.
		const own = readPartials(body, target, roots, notes, {}, depth + 1);
		found[name] = {
			text: body,
			base: pathToFileURL(target).href,
			...(Object.keys(own).length > 0 ? { partials: own } : {}),
		};
	}
	return found;
}

const EXTENSIONS = ['js', 'jsx', 'ts', 'tsx'];
/** Where each generator registers the components every page may show without importing them. */
const MDX_COMPONENTS = {
	/** A swizzled `src/theme/MDXComponents`. */
	docusaurus: EXTENSIONS.map((extension) => `src/theme/MDXComponents.${extension}`),
	/** `mdx-components.tsx`, whose `getMDXComponents` returns them, at the app's root or in `src/`. */
	fumadocs: ['', 'src/'].flatMap((folder) => EXTENSIONS.map((extension) => `${folder}mdx-components.${extension}`)),
};

/**
 * The partials and components a site shows on every page without importing them: the
 * MDX files and the site's own components that Docusaurus' swizzled
 * `src/theme/MDXComponents` or Fumadocs' `mdx-components.tsx` imports to register. The
 * site's own are read for what they show, as an imported one is; one it cannot find or
 * read is said where a page shows it, as an unknown component.
 */
export function siteWidePartials(
	generator: keyof typeof MDX_COMPONENTS,
	siteRoot: string,
	roots: PartialRoots,
): Record<string, PartialFile> {
	const file = MDX_COMPONENTS[generator]
		.map((name) => path.join(siteRoot, name))
		.find((candidate) => existsSync(candidate));
	if (!file) return {};
	const siteRoots = { ...roots, siteRoot, allowed: [...roots.allowed, siteRoot], aliases: tsconfigAliases(siteRoot) };
	return readPartials(readFileSync(file, 'utf8'), file, siteRoots, []);
}

/**
 * The path aliases of a project's `tsconfig.json` (`"@/*": ["./src/*"]`), as prefixes and
 * the folders they name. Its comments and trailing commas, which TypeScript accepts, are
 * read past; a file that still does not parse gives none.
 */
export function tsconfigAliases(siteRoot: string): { prefix: string; folder: string }[] {
	const file = path.join(siteRoot, 'tsconfig.json');
	if (!existsSync(file)) return [];
	let config: { compilerOptions?: { baseUrl?: unknown; paths?: unknown } };
	try {
		config = JSON.parse(withoutJsonComments(readFileSync(file, 'utf8'))) as typeof config;
	} catch {
		return [];
	}
	const base = path.resolve(
		siteRoot,
		typeof config.compilerOptions?.baseUrl === 'string' ? config.compilerOptions.baseUrl : '.',
	);
	const paths = config.compilerOptions?.paths;
	if (typeof paths !== 'object' || paths === null) return [];
	return Object.entries(paths).flatMap(([pattern, targets]) => {
		const [target] = Array.isArray(targets) ? targets : [];
		if (!pattern.endsWith('/*') || typeof target !== 'string' || !target.endsWith('/*')) return [];
		return [{ prefix: pattern.slice(0, -1), folder: path.resolve(base, target.slice(0, -2)) }];
	});
}

/** JSON with comments (line and block comments) and trailing commas, as tsconfig.json is written, as plain JSON: strings stay as written. */
function withoutJsonComments(text: string): string {
	// A string, a comment, or a comma before a closing bracket: strings are kept, the rest goes.
	return text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\/|,(?=\s*[}\]])/g, (match, string) =>
		string === undefined ? '' : match,
	);
}
