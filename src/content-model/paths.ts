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
} as const;
