import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The content folder. `TRYBLOCK_CONTENT_DIR` points a build or a command at another
 * folder (fixture sites in tests, generated content in benchmarks).
 */
export function resolveContentDir(dir = process.env.TRYBLOCK_CONTENT_DIR ?? 'content'): string {
	return path.resolve(dir);
}

/** Paths in messages are relative to where the command runs, so editors can open them. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** An entry's slug: its file name without extension, whatever folder it is filed in. */
export function slugFromFile(file: string): string {
	return path.basename(file).replace(/\.mdx?$/, '');
}

export const contentLayout = {
	taxonomy: ['taxonomy.yaml', 'taxonomy.yml', 'taxonomy.json'],
	config: ['tryblock.yaml', 'tryblock.yml', 'tryblock.json'],
	articles: 'articles',
	runbooks: 'runbooks',
	tickets: 'tickets',
	evals: 'evals',
	redirects: ['redirects.yaml'],
	synonyms: ['search/synonyms.yaml', 'search/synonyms.yml', 'search/synonyms.json'],
} as const;

/**
 * A file or folder of the content folder as messages name it: the file read (the
 * first of its names that exists, `tryblock.yml` where that is the one), else its
 * first name, relative to the working directory as every path in messages is, so a
 * team whose content lives in `TRYBLOCK_CONTENT_DIR` reads its own path
 * (`help/tryblock.yaml`), not `content/tryblock.yaml`. A folder ends with `/`.
 */
export function contentPath(part: keyof typeof contentLayout, contentDir = resolveContentDir()): string {
	const names: readonly string[] | string = contentLayout[part];
	if (typeof names === 'string') return `${displayPath(path.join(contentDir, names))}/`;
	const files = names.map((name) => path.join(contentDir, name));
	return displayPath(files.find((file) => existsSync(file)) ?? (files[0] as string));
}
