import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where Tryblock keeps results it can always recompute: beside Astro's cache in
 * node_modules/.astro, or under TRYBLOCK_CACHE_DIR (tests and benchmarks).
 */
export function tryblockCacheDir(name: string): string {
	return path.join(process.env.TRYBLOCK_CACHE_DIR ?? 'node_modules/.astro', name);
}

/**
 * Where Astro keeps a build's cache, its content store among it: one per audience, so
 * the public and internal builds don't invalidate each other's cached Markdown, and one
 * per content folder. The store keeps each entry with its file and reuses it while the
 * text is the same, so a build of another folder (`TRYBLOCK_CONTENT_DIR`, an imported
 * help center beside the team's own) sharing it rendered the first folder's files, with
 * their images, and warned of "multiple entries with the same slug". The project's own
 * `content/` keeps the plain name. `TRYBLOCK_CACHE_DIR` names the folder outright.
 */
export function astroCacheDir(audience: string, contentDir: string, projectRoot: string): string {
	const given = process.env.TRYBLOCK_CACHE_DIR;
	if (given) return given;
	const base = `./node_modules/.astro/${audience}`;
	if (path.resolve(contentDir) === path.resolve(projectRoot, 'content')) return base;
	return `${base}-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`;
}

/**
 * The code that turns an article's Markdown into HTML: every file of `src/markdown/`,
 * what its plugins import from elsewhere, the configuration that lists them and the
 * installed packages.
 */
export function markdownRenderSources(root: string): string[] {
	const own = readdirSync(path.join(root, 'src/markdown'))
		.filter((file) => file.endsWith('.ts'))
		.sort()
		.map((file) => `src/markdown/${file}`);
	return [
		...own,
		'src/attachments/links.ts',
		'src/site/urls.ts',
		'src/content-model/entry-files.ts',
		'src/content-model/paths.ts',
		'astro.config.mjs',
		'package-lock.json',
	];
}

/** The file in Astro's cache folder that names the render code its Markdown was rendered with. */
const RENDER_STAMP = 'tryblock-render-version';

/**
 * Empties Astro's cache folder when the code that renders Markdown has changed since
 * it was filled. Astro's content store keeps each Markdown entry's HTML while the
 * entry's text is the same, and its incremental build copies pages from the last build:
 * neither sees a change to a remark or rehype plugin, so after an upgrade of Tryblock
 * a build would go on publishing pages rendered by the old plugins. A folder filled
 * before this stamp existed counts as changed. Returns whether it emptied the folder.
 */
export function retireStaleAstroCache(cacheDir: string, version: string | undefined): boolean {
	if (version === undefined) return false;
	const stamp = path.join(cacheDir, RENDER_STAMP);
	let previous: string | undefined;
	try {
		previous = readFileSync(stamp, 'utf8');
	} catch {
		previous = undefined;
	}
	if (previous === version) return false;
	const filled = existsSync(cacheDir) && readdirSync(cacheDir).length > 0;
	if (filled) rmSync(cacheDir, { recursive: true, force: true });
	writeFileAtomic(stamp, version);
	return filled;
}

/**
 * A digest of the files a cached result depends on (the code that computes it and the
 * lock file of the installed packages), so a change to any of them retires every
 * entry. Undefined when one cannot be read: a caller outside the project root then
 * skips its cache rather than risk serving results older code wrote.
 */
export function sourcesVersion(root: string, files: readonly string[]): string | undefined {
	const digest = createHash('sha256');
	try {
		for (const file of files) digest.update(readFileSync(path.join(root, file)));
	} catch {
		return undefined;
	}
	return digest.digest('hex');
}

/**
 * Writes then renames, so a build running at the same time never reads half a file.
 * The partial file's name is unique to the call: a worker thread shares its process id
 * with the main thread, and both may write the same entry at once.
 */
export function writeFileAtomic(file: string, data: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const partial = `${file}.${randomUUID()}.tmp`;
	writeFileSync(partial, data);
	renameSync(partial, file);
}
