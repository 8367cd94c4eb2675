import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
