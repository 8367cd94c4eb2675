import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redirectFilePath, redirectPageHtml, redirectPagePath } from './old-path.ts';
import type { ResolvedRedirect } from './resolve.ts';

/** What Astro's redirect pages hold and no other page does. */
const ASTRO_REDIRECT = '<meta http-equiv="refresh"';

/**
 * Writes the redirect pages Astro cannot name (an address with a `.`, `[`, or a `%`, `#`
 * or `?` once decoded) into a built site, so hosts that do not read `_redirects` (GitHub
 * Pages, S3, a plain web server) lead them on too. A file already there (a page of the
 * site, a team's own file in `public/`) is kept, and its address returned as `taken`.
 */
export function writeRemainingRedirectPages(
	outDir: string,
	redirects: readonly ResolvedRedirect[],
	site: string | undefined,
): { written: number; taken: string[] } {
	const root = path.resolve(outDir);
	let written = 0;
	const taken: string[] = [];
	for (const redirect of redirects) {
		if (redirectPagePath(redirect.from) !== undefined) continue;
		const file = redirectFilePath(redirect.from);
		if (file === undefined) continue;
		const target = path.resolve(root, file);
		if (!target.startsWith(`${root}${path.sep}`)) continue;
		if (existsSync(target)) {
			taken.push(redirect.from);
			continue;
		}
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, redirectPageHtml({ from: redirect.from, to: redirect.to, site }));
		written++;
	}
	return { written, taken };
}

/**
 * Replaces the redirect pages Astro wrote with the build's own, which hand the
 * address's `#section` on (`redirectPageHtml`), for hosts that serve the pages rather
 * than `_redirects`. Only a file that is still a redirect page is replaced. Returns how many.
 */
export function replaceAstroRedirectPages(
	outDir: string,
	redirects: readonly ResolvedRedirect[],
	site: string | undefined,
): number {
	let replaced = 0;
	for (const redirect of redirects) {
		const page = redirectPagePath(redirect.from);
		if (page === undefined) continue;
		const file = path.join(outDir, page, 'index.html');
		if (!existsSync(file) || !readFileSync(file, 'utf8').includes(ASTRO_REDIRECT)) continue;
		writeFileSync(file, redirectPageHtml({ from: redirect.from, to: redirect.to, site }));
		replaced++;
	}
	return replaced;
}
