import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringValue } from './docusaurus-docs-routes.ts';
import type { Generator } from './generators.ts';
import type { HugoSite } from './hugo-site.ts';
import type { MkdocsSite } from './mkdocs-site.ts';
import { moduleScope, propertiesNamed, resolve } from './nav-code.ts';
import { retypeUrl } from './retype-site.ts';

/**
 * The old site's address as its generator's configuration writes it, when it is a web
 * site's root (`https://docs.acme.com`, `https://acme.com/`); undefined for anything
 * else, a path included, since where the pages sat under it is read elsewhere.
 */
function siteRoot(written: string | undefined): URL | undefined {
	if (written === undefined) return undefined;
	try {
		const url = new URL(written.trim());
		const web = url.protocol === 'https:' || url.protocol === 'http:';
		// A host name of letters, digits, dots and hyphens: a template's `https://${HOSTNAME}` names no site.
		const named = /^[a-z0-9.-]+$/i.test(url.hostname);
		return web && named && !url.username && !url.password && /^\/*$/.test(url.pathname)
			? new URL(url.origin)
			: undefined;
	} catch {
		return undefined;
	}
}

/** A host a template or a local server writes (`example.org`, `localhost`, `127.0.0.1`): no site that served pages. */
function namesNoSite(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return /(?:^|\.)(?:example\.(?:org|com|net)|localhost)$/.test(host) || /^(?:127\.|0\.0\.0\.0$|\[::1?\]$)/.test(host);
}

/**
 * Where a Hugo site's `baseURL` says it was served: its site (`https://docs.acme.com`)
 * and the path Hugo served every page under (`/help` for `https://docs.acme.com/help/`),
 * unless it names no site: empty, a path alone (`/`), a local server (`http://localhost:1313/`)
 * or the placeholder `hugo new site` writes (`https://example.org/`, `example.com`).
 */
export function hugoBaseUrl(written: string | undefined): { site: URL; basePath?: string } | undefined {
	if (written === undefined) return undefined;
	let url: URL;
	try {
		url = new URL(written.trim());
	} catch {
		return undefined;
	}
	const site = namesNoSite(url.hostname) ? undefined : siteRoot(url.origin);
	if (!site) return undefined;
	let basePath: string;
	try {
		basePath = decodeURIComponent(url.pathname).replace(/\/+$/, '');
	} catch {
		return undefined;
	}
	return basePath === '' ? { site } : { site, basePath };
}

/**
 * The old site's address its configuration names, read as written, never run: a
 * Docusaurus site's `url` (one literal in its `docusaurus.config.*`), an MkDocs or
 * Zensical site's `site_url`, a Hugo site's `baseURL` (see `hugoBaseUrl`) or a Zola site's
 * `base_url`, read the same way. With it, links written with the site's full address lead
 * to the imported articles, and links to its other pages (`/contact`) stay links to it,
 * as with `--old-site-url`.
 */
export function configuredSite(
	generator: Generator | undefined,
	mkdocs: MkdocsSite | undefined,
	hugo?: HugoSite,
): { site: URL; setting: string } | undefined {
	if (hugo) {
		const site = hugoBaseUrl(hugo.baseURL)?.site;
		return site && { site, setting: `baseURL in ${hugo.config}` };
	}
	if (generator?.name === 'docusaurus') {
		let code: string;
		try {
			code = readFileSync(generator.config, 'utf8');
		} catch {
			return undefined;
		}
		const urls = new Set([...code.matchAll(/(?:^|[\s,{])url\s*:\s*(["'`])([^"'`\n]+)\1/g)].map((match) => match[2]));
		const site = urls.size === 1 ? siteRoot([...urls][0]) : undefined;
		return site && { site, setting: `url in ${path.basename(generator.config)}` };
	}
	if (generator?.name === 'vuepress') return vuepressHostname(generator.config);
	if (generator?.name === 'zola') {
		// Read as Hugo's `baseURL` is: a placeholder or local server names no site.
		const site = hugoBaseUrl(generator.site.baseUrl)?.site;
		return site && { site, setting: `base_url in ${generator.site.config}` };
	}
	if (generator?.name === 'retype') {
		// `docs.acme.com` is read as https, as Retype reads it; a path (`acme.com/docs`) is where the pages sat.
		const site = hugoBaseUrl(retypeUrl(generator.site.url))?.site;
		return site && { site, setting: `url in ${generator.site.config}` };
	}
	if (generator?.name === 'writerside' && generator.site.webRoot) {
		// Writerside's `<web-root>` is the address its pages were published under, read as Hugo's `baseURL` is.
		const site = hugoBaseUrl(generator.site.webRoot.url)?.site;
		return site && { site, setting: `web-root in ${generator.site.webRoot.file}` };
	}
	if (generator?.name === 'nuxt-content') {
		const site = siteRoot(generator.site.siteUrl);
		return site && { site, setting: `site.url in ${path.basename(generator.site.config)}` };
	}
	if (generator?.name === 'nextra') return robotsSitemapSite(path.join(generator.root, 'public', 'robots.txt'));
	const site = siteRoot(mkdocs?.siteUrl);
	return site && mkdocs && { site, setting: `site_url in ${mkdocs.config}` };
}

/**
 * The site a `robots.txt` the old site served names in its `Sitemap:` lines
 * (`Sitemap: https://help.acme.com/sitemap.xml`), when they all name one: a Next.js
 * site's configuration names no address of its own, but its `public/robots.txt` does.
 */
export function robotsSitemapSite(file: string): { site: URL; setting: string } | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
	const origins = new Set<string>();
	for (const [, written] of text.matchAll(/^\s*sitemap\s*:\s*(\S+)\s*$/gim)) {
		try {
			origins.add(new URL(written as string).origin);
		} catch {
			return undefined;
		}
	}
	const [only] = origins;
	// A template's placeholder (`https://example.com/sitemap.xml`) names no site.
	const placeholder = only !== undefined && namesNoSite(new URL(only).hostname);
	const site = origins.size === 1 && !placeholder ? siteRoot(only) : undefined;
	return site && { site, setting: `the Sitemap line of ${path.relative(path.dirname(path.dirname(file)), file)}` };
}

/**
 * A VuePress 2 site's `hostname`, which its SEO and sitemap plugins require
 * (`seo: { hostname: 'docs.acme.com' }` among the default theme's plugins, or
 * `sitemapPlugin({ hostname: 'https://docs.acme.com' })`), when every one it writes names the
 * same site; a host without a scheme is read as https, as the plugins read it.
 */
function vuepressHostname(config: string): { site: URL; setting: string } | undefined {
	let root: ReturnType<typeof resolve>;
	try {
		root = resolve(moduleScope(config, new Map()).names.get('default'));
	} catch {
		return undefined;
	}
	if (!root) return undefined;
	const written = new Set(propertiesNamed(root, 'hostname').map((value) => stringValue(resolve(value)?.node)?.trim()));
	const [only] = written;
	if (written.size !== 1 || !only) return undefined;
	const site = siteRoot(/^[a-z][a-z\d+.-]*:\/\//i.test(only) ? only : `https://${only}`);
	return site && { site, setting: `hostname in ${path.basename(config)}` };
}
