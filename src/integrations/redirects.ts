import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content-model/content.ts';
import { formatProblem } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import { displayPath, resolveContentDir } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { loadRedirects, redirectsPath } from '../redirects/file.ts';
import { isStaticPagePath, type ResolvedRedirect, redirectsFileText, resolveRedirects } from '../redirects/resolve.ts';

/** Cloudflare Pages reads at most this many static redirects from `_redirects`. */
const CLOUDFLARE_LIMIT = 2000;

/**
 * Old addresses from `content/redirects.yaml` (the help center a team moved from)
 * keep working: each becomes one of Astro's redirect pages (a page with a refresh
 * and a canonical link, for any static host) and a line of `_redirects` for Netlify
 * and Cloudflare Pages. Only articles this build publishes get redirects.
 */
export function oldAddressRedirects(options: { audience: Audience }): AstroIntegration {
	let redirects: ResolvedRedirect[] = [];
	return {
		name: 'tryblock:redirects',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				const contentDir = resolveContentDir();
				const entries = loadRedirects(contentDir);
				if (entries.length === 0) return;
				const content = loadContent(contentDir, { cacheDir: frontmatterCacheDir() });
				const result = resolveRedirects(
					entries,
					content.articles,
					options.audience,
					displayPath(redirectsPath(contentDir)),
				);
				for (const problem of result.problems) logger.warn(formatProblem(problem));
				redirects = result.redirects;
				const pages = redirects.filter((redirect) => isStaticPagePath(redirect.from));
				updateConfig({ redirects: Object.fromEntries(pages.map((redirect) => [redirect.from, redirect.to])) });
				const left = result.hidden > 0 ? `; ${result.hidden} to articles this build does not publish are left out` : '';
				logger.info(`${redirects.length} old addresses redirect to their articles${left}.`);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (redirects.length === 0) return;
				const file = path.join(fileURLToPath(dir), '_redirects');
				// A team's own public/_redirects comes first: the first matching rule wins.
				if (existsSync(file)) appendFileSync(file, `\n${redirectsFileText(redirects)}`);
				else writeFileSync(file, redirectsFileText(redirects));
				if (redirects.length > CLOUDFLARE_LIMIT) {
					logger.warn(
						`_redirects has ${redirects.length} redirects; Cloudflare Pages reads the first ${CLOUDFLARE_LIMIT} (the redirect pages still cover every one)`,
					);
				}
			},
		},
	};
}
