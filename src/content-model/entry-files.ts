import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { quoted } from '../cli/untrusted-text.ts';
import type { ContentProblem } from './errors.ts';
import { contentLayout, displayPath, slugFromFile } from './paths.ts';
import { isValidSlug, slugFromTitle } from './slugs.ts';

export type EntryKind = 'article' | 'runbook';

/** An article or runbook file, found by name. */
export interface EntryFile {
	kind: EntryKind;
	/** File name without extension. */
	slug: string;
	/** Absolute path. */
	file: string;
}

export interface EntryFileScan {
	/** Files the site and every command read: real `.md`/`.mdx` files whose names are valid slugs. */
	files: EntryFile[];
	/** Files that look like entries but have a name no page can have (capitals, spaces, a case twin). */
	misnamed: EntryFile[];
	/** Paths named like entries that are not regular files (links, folders): never read as entries. */
	notFiles: EntryFile[];
	/** Links, other Markdown extensions and bad names, one problem per file. */
	problems: ContentProblem[];
}

/** The folder of each kind of entry inside the content folder. */
export function entryDir(contentDir: string, kind: EntryKind): string {
	return path.join(contentDir, kind === 'article' ? contentLayout.articles : contentLayout.runbooks);
}

/** The extensions Tryblock reads; every other Markdown extension is reported rather than skipped. */
const entryExtension = /\.mdx?$/;
const markdownExtension = /\.(?:md|mdx|markdown|mdown|mkdn?|mdwn|mdtxt|mdtext)$/i;

function suggestedName(stem: string, extension: string): string {
	const slug = slugFromTitle(stem);
	return slug === '' ? '' : `${slug}${extension}`;
}

function renameHint(stem: string, extension: string): string {
	const name = suggestedName(stem, extension);
	return name === ''
		? `rename it with lowercase letters, digits and hyphens, e.g. verify-domain${extension}`
		: `rename it to ${name}`;
}

/**
 * Walks one entry folder. Links are refused, not followed: Astro, `npm run check`
 * and every command must read the same files, and a link can pull in a file from
 * anywhere (another folder of content/, outside the repository) under a public name.
 */
function walk(dir: string, kind: EntryKind, found: EntryFile[], notFiles: EntryFile[], problems: ContentProblem[]) {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return;
		problems.push({ file: displayPath(dir), message: `cannot be read: ${(error as Error).message}` });
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		// Dot-files and dot-folders (editor and OS metadata) are never content.
		if (entry.name.startsWith('.')) continue;
		const absolute = path.join(dir, entry.name);
		if (!entry.isFile() && entryExtension.test(entry.name)) {
			notFiles.push({ kind, slug: slugFromFile(entry.name), file: absolute });
		}
		if (entry.isSymbolicLink()) {
			problems.push({
				file: displayPath(absolute),
				message: 'is a symbolic link, and Tryblock does not follow links in the content folders',
				hint: 'the site, npm run check and every command read only real files here: move or copy the files into this folder',
			});
		} else if (entry.isDirectory()) {
			walk(absolute, kind, found, notFiles, problems);
		} else if (entry.isFile()) {
			if (entryExtension.test(entry.name)) {
				found.push({ kind, slug: slugFromFile(entry.name), file: absolute });
			} else if (markdownExtension.test(entry.name)) {
				const extension = path.extname(entry.name);
				const wanted = extension.toLowerCase() === '.mdx' ? '.mdx' : '.md';
				problems.push({
					file: displayPath(absolute),
					message: `not read: ${kind}s are .md or .mdx files, and this one ends in ${quoted(extension)}`,
					hint: renameHint(path.basename(entry.name, extension), wanted),
				});
			}
		}
	}
}

/**
 * Every article and runbook file, by name only, with a problem for each file that
 * looks like an entry but cannot be one: a link, another Markdown extension, or a
 * name that is not a valid slug. Slugs that differ only in case name the same file
 * on macOS, Windows and many hosts, so they are reported together.
 */
export function scanEntryFiles(contentDir: string): EntryFileScan {
	const found: EntryFile[] = [];
	const notFiles: EntryFile[] = [];
	const problems: ContentProblem[] = [];
	for (const kind of ['article', 'runbook'] as const) {
		walk(entryDir(contentDir, kind), kind, found, notFiles, problems);
	}
	const byFoldedSlug = new Map<string, EntryFile>();
	for (const file of found) {
		const folded = file.slug.toLowerCase();
		if (!byFoldedSlug.has(folded) || isValidSlug(file.slug)) byFoldedSlug.set(folded, file);
	}
	const files: EntryFile[] = [];
	const misnamed: EntryFile[] = [];
	for (const file of found) {
		if (isValidSlug(file.slug)) {
			files.push(file);
			continue;
		}
		misnamed.push(file);
		const extension = path.extname(file.file);
		const twin = byFoldedSlug.get(file.slug.toLowerCase());
		if (twin && twin !== file) {
			problems.push({
				file: displayPath(file.file),
				message: `slug ${quoted(file.slug)} differs from ${quoted(twin.slug)} (${displayPath(twin.file)}) only in case, and macOS, Windows and many hosts treat the two as one file`,
				hint: 'merge the two, or give this one a different lowercase name',
			});
		} else {
			problems.push({
				file: displayPath(file.file),
				message: `file name ${quoted(file.slug)} is not a valid slug: slugs are lowercase letters, digits and hyphens, and become the page's URL`,
				hint: renameHint(file.slug, extension),
			});
		}
	}
	return { files, misnamed, notFiles, problems };
}
