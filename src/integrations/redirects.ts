import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { loadContent } from '../content-model/content.ts';
import { formatProblemPlain } from '../content-model/errors.ts';
import { frontmatterCacheDir } from '../content-model/frontmatter-cache.ts';
import { displayPath, resolveContentDir } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';
import { loadConfig, loadTaxonomy } from '../content-model/settings.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { loadRedirects, redirectsPath } from '../redirects/file.ts';
import {
	composeRedirectsFile,
	hostRules,
	type RedirectGroup,
	type RedirectHost,
	resolveRedirectHost,
} from '../redirects/host-file.ts';
import { normalizeOldPath, redirectPagePath } from '../redirects/old-path.ts';
import { replaceAstroRedirectPages, writeRemainingRedirectPages } from '../redirects/pages.ts';
import { resolveRedirects } from '../redirects/resolve.ts';
import { categoryRedirects, shownCategories } from '../site/customer-terms.ts';

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
	const published = content.articles.filter((article) => isArticleVisible(article.data, audience));
	const groups: RedirectGroup[] = [
		{
			comment: 'Ticket categories this help center does not show customers (taxonomy: no `customer` words)',
			redirects: categoryRedirects(
				taxonomy,
				published.map((article) => article.data),
				audience,
			),
		},
	];
	if (entries.length > 0) {
		const result = resolveRedirects(entries, content.articles, audience, displayPath(redirectsPath(contentDir)));
		for (const problem of result.problems) logger.warn(formatProblemPlain(problem));
		const left = result.hidden > 0 ? `; ${result.hidden} to articles this build does not publish are left out` : '';
		logger.info(`${result.redirects.length} old addresses redirect to their articles${left}.`);
		groups.push({ comment: 'Old help-center addresses (content/redirects.yaml)', redirects: result.redirects });
	}
	return groups;
}

/**
 * The build's redirects, by one mechanism: each becomes one of Astro's redirect pages
 * (a page with a refresh and a canonical link, for any static host) and a line of
 * `_redirects` in the syntax of the host (`redirects.host`), so Netlify and Cloudflare
 * Pages answer with a real 301. `isRedirect` tells the sitemap which addresses to
 * leave out.
 */
export function siteRedirects(options: { audience: Audience }): AstroIntegration & {
	isRedirect: (pathname: string) => boolean;
} {
	let groups: RedirectGroup[] = [];
	let sources = new Set<string>();
	let host: RedirectHost = 'other';
	let site: string | undefined;
	return {
		name: 'tryblock:redirects',
		isRedirect: (pathname) => sources.has(normalizeOldPath(pathname).replace(/\/$/, '')),
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				groups = collectRedirects(options.audience, logger);
				host = resolveRedirectHost(loadConfig(resolveContentDir()).redirects.host, process.env);
				const redirects = groups.flatMap((group) => group.redirects);
				sources = new Set(redirects.map((redirect) => normalizeOldPath(redirect.from)));
				// A page is named as a host looks it up, decoded: `/Getting started/Create a vault/index.html`
				// answers a request for `/Getting%20started/Create%20a%20vault`.
				const pages = redirects.flatMap((redirect) => {
					const page = redirectPagePath(redirect.from);
					return page === undefined ? [] : [[page, redirect.to] as const];
				});
				if (pages.length > 0) updateConfig({ redirects: Object.fromEntries(pages) });
			},
			'astro:config:done': ({ config }) => {
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (sources.size === 0) return;
				const redirects = groups.flatMap((group) => group.redirects);
				replaceAstroRedirectPages(fileURLToPath(dir), redirects, site);
				const pages = writeRemainingRedirectPages(fileURLToPath(dir), redirects, site);
				if (pages.written > 0)
					logger.info(`${pages.written} redirect pages written for old addresses with a "." or a reserved character.`);
				if (pages.taken.length > 0) {
					const shown = pages.taken.slice(0, 5).join(', ');
					logger.warn(
						`${pages.taken.length} old addresses name a file the site already has, so only _redirects leads them on: ${shown}${pages.taken.length > 5 ? ', …' : ''}`,
					);
				}
				const file = path.join(fileURLToPath(dir), '_redirects');
				const composed = composeRedirectsFile({
					groups,
					host,
					// A team's own public/_redirects keeps applying first.
					existing: existsSync(file) ? readFileSync(file, 'utf8') : undefined,
				});
				writeFileSync(file, composed.text);
				logger.info(
					`_redirects: ${composed.written} permanent redirects for ${hostRules[host].name} (${hostRules[host].status}).`,
				);
				if (composed.shadowed > 0)
					logger.info(`${composed.shadowed} addresses are left to the rules of your own public/_redirects.`);
				if (composed.beyondLimit > 0) {
					logger.warn(
						`${composed.beyondLimit} redirects are left out of _redirects: ${hostRules[host].name} reads at most ${hostRules[host].staticLimit} static rules. Their redirect pages still lead to the articles (see the README's "Old addresses").`,
					);
				} else if (host === 'other' && composed.written > 2000) {
					logger.warn(
						`_redirects has ${composed.written} redirects; Cloudflare Pages reads the first 2000 (each article's first old address comes first) and GitLab Pages 1000; the redirect pages still cover every one`,
					);
				}
			},
		},
	};
}
