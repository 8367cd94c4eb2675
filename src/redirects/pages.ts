import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redirectFilePath, redirectPageHtml, redirectPagePath } from './old-path.ts';
import type { ResolvedRedirect } from './resolve.ts';

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
