import { createHash } from 'node:crypto';

/**
 * Makes the `cacheKey` function for Astro's incremental builds. A page whose key and
 * code are unchanged since the last build is copied from that build instead of
 * rendered again. Astro hashes a page's code itself but cannot see data files, so
 * `shared` is what every page reads besides its own entry (the audience, the
 * taxonomy's labels, the settings) and each page adds its own inputs: the entry and
 * whatever it shows of other entries, such as the titles of related articles.
 */
export function pageCacheKeys(shared: unknown): (...inputs: unknown[]) => string {
	const sharedJson = JSON.stringify(shared);
	return (...inputs) => createHash('sha256').update(sharedJson).update(JSON.stringify(inputs)).digest('base64url');
}
