import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveImport } from '../authoring/check/checks/imports.ts';
import { codeImports, mdxImports } from '../authoring/check/module-imports.ts';
import { isExternal } from '../authoring/check/references.ts';
import { scanBody } from '../authoring/check/scan.ts';

/** Files whose own imports reach the page too. */
const MARKDOWN_FILE = /\.mdx?$/i;
const SCRIPT_FILE = /\.(?:[cm]?[jt]sx?|astro)$/i;

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/** The file a relative address of a page names (a picture, a linked file), from the page's file; undefined for anything else. */
function localFile(address: string, fromFile: string): string | undefined {
	if (isExternal(address) || address.startsWith('/') || address.startsWith('#')) return undefined;
	let bare = address.split(/[?#]/)[0] ?? '';
	try {
		bare = decodeURI(bare);
	} catch {
		// A malformed escape is looked for as written.
	}
	// Markdown names a picture relative to its page with or without `./`.
	return bare === '' ? undefined : path.resolve(path.dirname(fromFile), bare);
}

/** The module a relative import names, as Vite resolves it; undefined for packages, aliases and the site's own root. */
function importedFile(specifier: string, fromFile: string): string | undefined {
	return /^\.\.?\//.test(specifier) ? resolveImport(specifier, fromFile, process.cwd()) : undefined;
}

/** A Markdown file's text without its frontmatter. */
const withoutFrontmatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');

/** The files one file shows or imports: pictures and linked files of a page (its body), the modules of a script. */
function filesOf(file: string, body: string): string[] {
	if (SCRIPT_FILE.test(file)) {
		return codeImports(body).flatMap((entry) => (entry.glob ? [] : (importedFile(entry.specifier, file) ?? [])));
	}
	const mdx = file.endsWith('.mdx');
	const shown = scanBody(body, { firstLine: 1, mdx }).references.flatMap(
		(reference) => localFile(reference.url, file) ?? [],
	);
	const imported = mdx
		? mdxImports(body).flatMap((entry) => (entry.glob ? [] : (importedFile(entry.specifier, file) ?? [])))
		: [];
	return [...shown, ...imported];
}

/**
 * Every file a page is made of besides its entry: the pictures and files it shows or
 * links beside it, the partials and components its MDX imports, and what those import
 * in turn. A file named but missing is listed too, so that adding it changes the page.
 */
export function pageFiles(entryFile: string, entryBody: string): string[] {
	const entry = path.resolve(entryFile);
	const seen = new Set<string>();
	const visit = (file: string, body: string) => {
		for (const found of filesOf(file, body)) {
			if (seen.has(found) || found === entry) continue;
			seen.add(found);
			if (MARKDOWN_FILE.test(found) && isFile(found)) visit(found, withoutFrontmatter(readFileSync(found, 'utf8')));
			else if (SCRIPT_FILE.test(found) && isFile(found)) visit(found, readFileSync(found, 'utf8'));
		}
	};
	visit(entry, entryBody);
	return [...seen].sort();
}

/**
 * A digest of the bytes of every file a page is made of besides its entry. Astro's
 * incremental build copies a page whose cache key is unchanged, and the key sees the
 * entry's text only: without this, a screenshot replaced under its old name, or an
 * edited partial, would keep showing its old self until a forced build.
 */
export function pageFilesDigest(entryFile: string, entryBody: string): string {
	const digest = createHash('sha256');
	for (const file of pageFiles(entryFile, entryBody)) {
		digest.update(file).update('\0');
		digest.update(isFile(file) ? readFileSync(file) : 'missing').update('\0');
	}
	return digest.digest('base64url');
}
