import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { loadContent } from '../content-model/content.ts';
import { formatProblem } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import { displayPath, resolveContentDir } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { loadTaxonomy } from '../content-model/settings.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { loadRedirects, redirectsPath } from '../redirects/file.ts';
import { isStaticPagePath, type RedirectGroup, redirectsFileText, resolveRedirects } from '../redirects/resolve.ts';
import { categoryRedirects, shownCategories } from '../site/customer-terms.ts';

/** Cloudflare Pages reads at most this many static redirects from `_redirects`. */
const CLOUDFLARE_LIMIT = 2000;

/**
 * Every redirect of a build, from its two sources: old addresses from
 * `content/redirects.yaml` (the help center a team moved from), and the pages of ticket
 * categories this build does not show (`categoryRedirects`). Only articles this build
 * publishes get redirects.
 */
function collectRedirects(audience: Audience, logger: AstroIntegrationLogger): RedirectGroup[] {
	const contentDir = resolveContentDir();
	const entries = loadRedirects(contentDir);
	const taxonomy = loadTaxonomy(contentDir);
	const hidesCategories = shownCategories(taxonomy, audience).length < taxonomy.categories.length;
	if (entries.length === 0 && !hidesCategories) return [];
	const content = loadContent(contentDir, { cacheDir: frontmatterCacheDir() });
	const groups: RedirectGroup[] = [];
	if (entries.length > 0) {
		const result = resolveRedirects(entries, content.articles, audience, displayPath(redirectsPath(contentDir)));
		for (const problem of result.problems) logger.warn(formatProblem(problem));
		const left = result.hidden > 0 ? `; ${result.hidden} to articles this build does not publish are left out` : '';
		logger.info(`${result.redirects.length} old addresses redirect to their articles${left}.`);
		groups.push({ comment: 'Old help-center addresses (content/redirects.yaml)', redirects: result.redirects });
	}
	const published = content.articles.filter((article) => isArticleVisible(article.data, audience));
	groups.push({
		comment: 'Ticket categories this help center does not show customers (taxonomy: no `customer` words)',
		redirects: categoryRedirects(
			taxonomy,
			published.map((article) => article.data),
			audience,
		),
	});
	return groups;
}

/**
 * The build's redirects, by one mechanism: each becomes one of Astro's redirect pages
 * (a page with a refresh and a canonical link, for any static host) and a line of
 * `_redirects` for Netlify and Cloudflare Pages. `isRedirect` tells the sitemap which
 * addresses to leave out.
 */
export function siteRedirects(options: { audience: Audience }): AstroIntegration & {
	isRedirect: (pathname: string) => boolean;
} {
	let groups: RedirectGroup[] = [];
	let sources = new Set<string>();
	return {
		name: 'tryblock:redirects',
		isRedirect: (pathname) => sources.has(pathname.replace(/\/$/, '')),
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				groups = collectRedirects(options.audience, logger);
				const redirects = groups.flatMap((group) => group.redirects);
				sources = new Set(redirects.map((redirect) => redirect.from));
				const pages = redirects.filter((redirect) => isStaticPagePath(redirect.from));
				if (pages.length > 0)
					updateConfig({ redirects: Object.fromEntries(pages.map((redirect) => [redirect.from, redirect.to])) });
			},
			'astro:build:done': ({ dir, logger }) => {
				const count = sources.size;
				if (count === 0) return;
				const file = path.join(fileURLToPath(dir), '_redirects');
				const text = redirectsFileText(groups);
				// A team's own public/_redirects comes first: the first matching rule wins.
				if (existsSync(file)) appendFileSync(file, `\n${text}`);
				else writeFileSync(file, text);
				if (count > CLOUDFLARE_LIMIT) {
					logger.warn(
						`_redirects has ${count} redirects; Cloudflare Pages reads the first ${CLOUDFLARE_LIMIT} (the redirect pages still cover every one)`,
					);
				}
			},
		},
	};
}
