import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { globPatterns, type IgnorePatterns } from './ignore-patterns.ts';

/**
 * A Redocly project (Realm, Reunite; the older Developer Portal with `siteConfig.yaml`), read
 * from its configuration, never run. Redocly routes every content file from the project's
 * root, where `redocly.yaml` is: `docs/concepts/accounts.md` at `/docs/concepts/accounts`,
 * a folder's `index.md` at the folder. Not pages: the paths of its `ignore:` globs, the files
 * of its partials folders (`markdown.partialsFolders`, `_partials` by default), the
 * translations under `@l10n/<locale>/` and the theme under `@theme/`.
 */
export interface RedoclySite {
	/** The project's root, where its configuration is. */
	root: string;
	/** The configuration's file name (`redocly.yaml`), for the report. */
	config: string;
	/** The default locale (`l10n.defaultLocale`), whose pages are outside `@l10n/`. */
	defaultLocale: string | undefined;
	/** The `ignore:` globs, each from the project's root. */
	ignored: IgnorePatterns;
	/** The partials folders, from the project's root (`_partials`, `docs/_snippets`). */
	partialsFolders: string[];
	/** Whether the partials folders are the configuration's, not Redocly's default. */
	partialsConfigured: boolean;
	/** Its redirects, as written: redocly.yaml's own and those of the file it `$ref`s. */
	redirects: RedoclyRedirect[];
}

/** A redirect as a Redocly configuration writes it: `/old-page/: { to: /new-page/ }`. */
export interface RedoclyRedirect {
	from: string;
	to: string;
	/** Where it is written, for the report: `redirects.yaml: redirect /old → /new`. */
	written: string;
}

const CONFIGS = ['redocly.yaml', 'redocly.yml', 'siteConfig.yaml', 'siteConfig.yml'];

/** The Redocly project a folder is, or is inside of: its configuration in the folder or up to three above it. */
export function redoclySite(dir: string): RedoclySite | undefined {
	for (const up of [0, 1, 2, 3]) {
		const root = path.resolve(dir, ...Array(up).fill('..'));
		const config = CONFIGS.find((name) => existsSync(path.join(root, name)));
		if (config && isDocsProject(root, config)) return readSite(root, config);
	}
	return undefined;
}

/** What a docs project's configuration sets, beyond the API linting Redocly CLI reads from a `redocly.yaml` too. */
const SITE_KEYS = ['l10n', 'navbar', 'sidebar', 'footer', 'seo', 'redirects', 'ignore', 'markdown', 'logo'];

/**
 * Whether the configuration is a docs project's, not only Redocly CLI's lint settings: the older
 * `siteConfig.yaml`, a `sidebars.yaml` beside it, its package.json naming Realm, Revel, Reef or
 * the Developer Portal, or settings only a site has.
 */
function isDocsProject(root: string, config: string): boolean {
	if (config.startsWith('siteConfig')) return true;
	if (existsSync(path.join(root, 'sidebars.yaml')) || existsSync(path.join(root, 'sidebars.yml'))) return true;
	const manifest = path.join(root, 'package.json');
	if (existsSync(manifest) && /"@redocly\/(?:realm|revel|reef|developer-portal)"/.test(readFileSync(manifest, 'utf8')))
		return true;
	const data = record(readYaml(path.join(root, config)));
	return SITE_KEYS.some((key) => key in data);
}

/** A YAML file's data, or undefined when it does not parse. */
function readYaml(file: string): unknown {
	try {
		return parse(readFileSync(file, 'utf8')) as unknown;
	} catch {
		return undefined;
	}
}

const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function readSite(root: string, config: string): RedoclySite {
	const data = record(readYaml(path.join(root, config)));
	const strings = (value: unknown) =>
		Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];
	const l10n = record(data.l10n);
	const defaultLocale = typeof l10n.defaultLocale === 'string' ? l10n.defaultLocale : undefined;
	const partials = strings(record(data.markdown).partialsFolders).map((folder) => folder.replace(/^\.?\/+|\/+$/g, ''));
	return {
		root,
		config,
		defaultLocale,
		ignored: globPatterns(strings(data.ignore).filter((glob) => !glob.startsWith('!'))),
		partialsFolders: partials.length > 0 ? partials : ['_partials'],
		partialsConfigured: partials.length > 0,
		redirects: readRedirects(root, config, data.redirects),
	};
}

/** redocly.yaml's `redirects:`, its own first (they take priority), then those of the file its `$ref` names. */
function readRedirects(root: string, config: string, value: unknown): RedoclyRedirect[] {
	const own = record(value);
	const found = entries(own, config);
	const ref = own.$ref;
	if (typeof ref === 'string') {
		const file = path.resolve(root, ref);
		if (file.startsWith(root + path.sep) && existsSync(file))
			for (const redirect of entries(record(readYaml(file)), path.relative(root, file).split(path.sep).join('/')))
				if (!found.some((each) => each.from === redirect.from)) found.push(redirect);
	}
	return found;
}

function entries(map: Record<string, unknown>, file: string): RedoclyRedirect[] {
	return Object.entries(map).flatMap(([from, target]) => {
		const to = record(target).to;
		if (!from.startsWith('/') || typeof to !== 'string') return [];
		return [{ from, to, written: `${file}: redirect ${from} → ${to}` }];
	});
}

/** A file's path from the project's root (`/`-separated), given its path in the imported folder. */
function fromRoot(site: RedoclySite, dir: string, relative: string): string {
	return path.relative(site.root, path.resolve(dir, relative)).split(path.sep).join('/');
}

/**
 * Why Redocly left a file of the project out of its pages by its configuration or its
 * reserved folders (its `ignore:` globs, another locale's `@l10n/` folder, `@theme/`), if it did:
 * files the old site's own setup kept from customers, listed without needing a person.
 */
export function redoclyLeftOut(site: RedoclySite, dir: string, relative: string): string | undefined {
	const posix = fromRoot(site, dir, relative);
	const ignored = site.ignored.match(posix);
	if (ignored) return `left out of the old site by ignore in ${site.config} ("${ignored}"), so Redocly never built it`;
	const locale = /^@l10n\/([^/]+)\//.exec(posix)?.[1];
	if (locale)
		return site.defaultLocale
			? `in @l10n/${locale}/, the ${locale} translation of the site (l10n in ${site.config}: its default locale, ${site.defaultLocale}, is the one brought)`
			: `in @l10n/${locale}/, the ${locale} translation of the site; the import brings the default locale's pages, outside @l10n/`;
	if (/^@theme\//.test(posix)) return "in @theme/, the site's theme, which Redocly does not publish as pages";
	return undefined;
}

/** Why a file is no page of its own: it is in one of the project's partials folders. */
export function redoclyPartial(site: RedoclySite, dir: string, relative: string): string | undefined {
	const posix = fromRoot(site, dir, relative);
	const folder = site.partialsFolders.find((each) => posix.startsWith(`${each}/`));
	if (!folder) return undefined;
	const whose = site.partialsConfigured ? `markdown.partialsFolders in ${site.config}` : "Redocly's default";
	return `in ${folder}/, a partials folder (${whose}), which the old site showed only inside the pages that include its files`;
}

/** Where Redocly served the folder: its path under the project's root (`/docs`), `/` for the root. */
export function redoclyBasePath(site: RedoclySite, dir: string): string {
	const relative = path.relative(site.root, dir).split(path.sep).join('/');
	return relative === '' ? '/' : `/${relative}`;
}
