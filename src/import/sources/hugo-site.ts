import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HugoSiteShortcodes } from '../convert/hugo.ts';
import type { HugoSiteData } from '../convert/hugo-templates.ts';
import { dataFile } from './config-data.ts';
import { configMenus, type HugoMenuEntry } from './hugo-menus.ts';
import { entryOf, type HugoBuildSettings } from './hugo-publishing.ts';
import { isFolder } from './is-folder.ts';
import { namedLocale } from './locale-suffixes.ts';
import { SourceUnreadable } from './types.ts';

/** Where a Hugo site keeps its own shortcodes (`_shortcodes` since Hugo 0.146), before its themes'. */
const SHORTCODE_FOLDERS = ['layouts/_shortcodes', 'layouts/shortcodes'];
const CONFIG_FILES = ['hugo', 'config'].flatMap((name) =>
	['yaml', 'yml', 'json', 'toml'].map((ext) => `${name}.${ext}`),
);
/** A template larger than this is a page layout, not a shortcode a reader can follow. */
const MAX_TEMPLATE = 20_000;

/** The `.html` templates of one folder, by shortcode name. */
function templatesIn(folder: string, into: Map<string, string>, prefix = '') {
	if (!isFolder(folder)) return;
	for (const name of readdirSync(folder).sort()) {
		const file = path.join(folder, name);
		const size = statSync(file, { throwIfNoEntry: false });
		// A folder's templates are used by its name (`layouts/shortcodes/vendor/name.html` as `{{< vendor/name >}}`).
		if (size?.isDirectory() && /^[\w.-]+$/.test(name) && prefix.split('/').length <= 3) {
			templatesIn(file, into, `${prefix}${name.toLowerCase()}/`);
			continue;
		}
		const match = /^([\w.-]+)\.html$/i.exec(name);
		const key = match?.[1] ? `${prefix}${match[1].toLowerCase()}` : undefined;
		if (!key || into.has(key)) continue;
		if (!size?.isFile() || size.size > MAX_TEMPLATE) continue;
		into.set(key, readFileSync(file, 'utf8'));
	}
}

/** A value of the configuration by key, in any case, as Hugo reads its keys (`Params:`, `baseurl`). */
function configValue(config: Record<string, unknown>, key: string): unknown {
	return entryOf(config, key.toLowerCase())?.value;
}

/** The site's configuration files, in the order Hugo looks for them: its root's, then `config/_default/`'s. */
const configFiles = (siteRoot: string) => [
	...CONFIG_FILES.map((name) => path.join(siteRoot, name)),
	...CONFIG_FILES.map((name) => path.join(siteRoot, 'config', '_default', name)),
];

/**
 * The folders of Hugo's configuration directory it reads, least specific first: `config/_default/`,
 * then the environment `hugo build` builds for unless told otherwise, `config/production/`.
 */
const CONFIG_FOLDERS = ['_default', 'production'];
/** How deep Hugo's configuration folders are read (`config/_default/navigation/menus.en.toml`), and how many files. */
const MAX_CONFIG_DEPTH = 4;
const MAX_CONFIG_FILES = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The configuration with another's values set over it, as Hugo merges its files: tables key by
 * key, in any letter case, everything else (a menu's list of entries too) replaced.
 */
export function setOver(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(over)) {
		if (key === '__proto__') continue;
		const existing = entryOf(out, key.toLowerCase());
		out[existing?.key ?? key] =
			existing && isRecord(existing.value) && isRecord(value) ? setOver(existing.value, value) : value;
	}
	return out;
}

/**
 * One file of Hugo's configuration folder as the part of the configuration it is: `hugo.*` and
 * `config.*` the whole; another the key its name says (`menus.toml` as `menus`, `module.yaml` as
 * `module`), its values either as they are or under that one key; and one naming a language
 * (`menus.de.toml`, `params.de.yaml`) that language's (`languages.de.menus`), or its whole
 * (`languages.de`) for another key.
 */
function configPart(file: string, data: Record<string, unknown>): Record<string, unknown> {
	const base = path.basename(file).replace(/\.[^.]+$/, '');
	if (/^(?:hugo|config)$/i.test(base)) return data;
	const dot = base.lastIndexOf('.');
	const key = (dot > 0 ? base.slice(0, dot) : base).toLowerCase();
	const language = dot > 0 ? base.slice(dot + 1) : undefined;
	const keys = Object.keys(data);
	// Hugo unwraps a file whose one top-level key is its name (`menus.toml` holding `[[menus.main]]`).
	const names = key === 'menu' || key === 'menus' ? ['menu', 'menus'] : [key];
	const only = keys.length === 1 && keys[0] !== undefined && names.includes(keys[0].toLowerCase());
	const value = only && isRecord(data[keys[0] as string]) ? (data[keys[0] as string] as Record<string, unknown>) : data;
	if (!language) return { [key]: value };
	const own = key === 'menu' || key === 'menus' ? { menus: value } : key === 'params' ? { params: value } : value;
	return { languages: { [language]: own } };
}

/** The configuration files of one of Hugo's configuration folders, and those of its folders, in Hugo's order (by name). */
function configFolderFiles(folder: string, depth = 0, into: string[] = []): string[] {
	if (depth > MAX_CONFIG_DEPTH || !isFolder(folder)) return into;
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (into.length >= MAX_CONFIG_FILES) break;
		const file = path.join(folder, entry.name);
		if (entry.isDirectory()) configFolderFiles(file, depth + 1, into);
		else if (entry.isFile() && /\.(?:toml|ya?ml|json)$/i.test(entry.name)) into.push(file);
	}
	return into;
}

/**
 * The site's configuration, as Hugo reads it: its configuration file (the root's, else
 * `config/_default/`'s: the one the report names), then every file of `config/_default/` and of
 * `config/production/` set over it in turn, each the key its name says (see `configPart`).
 * A file that does not read adds nothing. Undefined when the site has no configuration file.
 */
function readSiteConfig(siteRoot: string): { file: string; config: Record<string, unknown> } | undefined {
	let main: { file: string; config: Record<string, unknown>; inRoot: boolean } | undefined;
	for (const [index, file] of configFiles(siteRoot).entries()) {
		// A configuration that cannot be read gives nothing; templates that need it render nothing.
		const config = dataFile(file);
		if (isRecord(config)) {
			main = { file, config, inRoot: index < CONFIG_FILES.length };
			break;
		}
	}
	if (!main) return undefined;
	// The configuration folder's own file is read with the rest of its folder.
	let config = main.inRoot ? main.config : {};
	for (const folder of CONFIG_FOLDERS)
		for (const file of configFolderFiles(path.join(siteRoot, 'config', folder))) {
			const data = dataFile(file);
			if (isRecord(data)) config = setOver(config, configPart(file, data));
		}
	return { file: main.file, config };
}

/**
 * A translation file's words by key, in the forms Hugo reads: `key = "words"`, a table
 * of plural forms (`[key]` with `other = "words"`, the form Hugo shows for a count it
 * is not given), or go-i18n's older list of `{ id, translation }`.
 */
export function translationsOf(data: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	const words = (value: unknown): string | undefined => {
		if (typeof value === 'string') return value;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const forms = value as Record<string, unknown>;
			return words(forms.other ?? forms.one);
		}
		return undefined;
	};
	if (Array.isArray(data)) {
		for (const entry of data) {
			if (!entry || typeof entry !== 'object') continue;
			const { id, translation } = entry as Record<string, unknown>;
			const found = words(translation);
			if (typeof id === 'string' && found !== undefined) out[id] = found;
		}
	} else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
			const found = words(value);
			if (found !== undefined) out[key] = found;
		}
	}
	return out;
}

/** Where the site keeps its themes: its configuration's `themesDir` (`../../themes`, shared by sites of one repository), else `themes/`. */
function themesFolder(siteRoot: string): string {
	const config = readSiteConfig(siteRoot)?.config;
	const written = config ? configValue(config, 'themesDir') : undefined;
	return path.resolve(siteRoot, typeof written === 'string' && written.trim() !== '' ? written.trim() : 'themes');
}

/** The site's words in its default language (`i18n/en.toml`), its themes' first, the site's own over them. */
function siteTranslations(siteRoot: string, language: string): Record<string, string> {
	const folders = [path.join(siteRoot, 'i18n')];
	const themes = themesFolder(siteRoot);
	if (isFolder(themes))
		for (const theme of readdirSync(themes).sort()) folders.unshift(path.join(themes, theme, 'i18n'));
	const out: Record<string, string> = {};
	for (const folder of folders)
		for (const ext of ['toml', 'yaml', 'yml', 'json'])
			Object.assign(out, translationsOf(dataFile(path.join(folder, `${language}.${ext}`))));
	return out;
}

/** Data files a template may read are small tables; a larger one is left unread. */
const MAX_DATA_FILE = 1_000_000;

/**
 * The site's data files, as `.Site.Data` holds them: each file of `data/` (TOML, YAML or
 * JSON) by its name, a subfolder's by the folder's name (`data/http/codes.toml` as
 * `http.codes`). One that does not parse is not there, and a template reading it stays unread.
 */
export function siteDataFiles(folder: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (!isFolder(folder)) return out;
	for (const name of readdirSync(folder).sort()) {
		const file = path.join(folder, name);
		if (isFolder(file)) {
			const inner = siteDataFiles(file);
			if (Object.keys(inner).length > 0) out[name] = inner;
			continue;
		}
		const match = /^(.+)\.(toml|ya?ml|json)$/i.exec(name);
		if (!match?.[1] || (statSync(file, { throwIfNoEntry: false })?.size ?? Infinity) > MAX_DATA_FILE) continue;
		const value = dataFile(file);
		if (value !== undefined) out[match[1]] = value;
	}
	return out;
}

/** What templates read from the site's configuration (YAML, JSON or TOML): its `params`, `baseURL` and `title`; and its data files. */
function siteData(siteRoot: string): HugoSiteData {
	const data: HugoSiteData = { params: {} };
	const config = readSiteConfig(siteRoot)?.config;
	if (config) {
		const params = configValue(config, 'params');
		const baseURL = configValue(config, 'baseURL');
		const title = configValue(config, 'title');
		if (params && typeof params === 'object' && !Array.isArray(params))
			data.params = { ...(params as Record<string, unknown>), ...data.params };
		if (typeof baseURL === 'string') data.baseURL = baseURL;
		if (typeof title === 'string') data.title = title;
	}
	const language = config ? configValue(config, 'defaultContentLanguage') : undefined;
	const translations = siteTranslations(siteRoot, typeof language === 'string' && language.trim() ? language : 'en');
	if (Object.keys(translations).length > 0) data.translations = translations;
	const files = siteDataFiles(path.join(siteRoot, 'data'));
	if (Object.keys(files).length > 0) data.data = files;
	return data;
}

/**
 * The shortcode templates and params of the Hugo site a content folder belongs to
 * (the folder itself, or the site one or two folders up: `content/`, `content/docs/`),
 * its own templates before its themes'; with no templates, the params of the site whose
 * configuration is in the folder or up to three above it. Undefined when it has neither.
 */
export function hugoSiteShortcodes(dir: string): HugoSiteShortcodes | undefined {
	for (const up of [0, 1, 2]) {
		const siteRoot = path.resolve(dir, ...Array(up).fill('..'));
		const templates = new Map<string, string>();
		for (const folder of SHORTCODE_FOLDERS) templatesIn(path.join(siteRoot, folder), templates);
		const themes = themesFolder(siteRoot);
		if (isFolder(themes))
			for (const theme of readdirSync(themes).sort())
				for (const folder of SHORTCODE_FOLDERS) templatesIn(path.join(themes, theme, folder), templates);
		if (templates.size > 0) return { templates, ...siteData(siteRoot), ...siteThemes(siteRoot) };
	}
	// A site whose shortcodes all come from a theme kept elsewhere (a Hugo module) still has
	// params for Hugo's own `{{< param >}}`.
	for (const up of [0, 1, 2, 3]) {
		const siteRoot = path.resolve(dir, ...Array(up).fill('..'));
		if (readSiteConfig(siteRoot)) return { templates: new Map(), ...siteData(siteRoot), ...siteThemes(siteRoot) };
	}
	return undefined;
}

/** The themes the site's configuration names: its `theme` (one, a list, or names split by commas) and its module imports' paths. */
function siteThemes(siteRoot: string): { themes?: string[] } {
	const config = readSiteConfig(siteRoot)?.config;
	if (!config) return {};
	const theme = configValue(config, 'theme');
	const themes = (Array.isArray(theme) ? theme : [theme])
		.flatMap((name) => (typeof name === 'string' ? name.split(',') : []))
		.map((name) => name.trim());
	const module = configValue(config, 'module');
	const imports =
		module && typeof module === 'object' ? configValue(module as Record<string, unknown>, 'imports') : undefined;
	for (const entry of Array.isArray(imports) ? imports : []) {
		const found =
			entry && typeof entry === 'object' ? configValue(entry as Record<string, unknown>, 'path') : undefined;
		if (typeof found === 'string') themes.push(found.trim());
	}
	const named = themes.filter((name) => name !== '');
	return named.length > 0 ? { themes: named } : {};
}

/** The Hugo site a content folder belongs to, and what its configuration says about building pages. */
export interface HugoSite extends HugoBuildSettings {
	/**
	 * The menus its configuration defines (`[[menu.docs]]`) as a language's pages showed them, by
	 * menu name: the language's own (`[languages.de.menus]`, `menus.de.toml`) over the site's.
	 * The default language's unless one is named.
	 */
	menusIn(language?: string): Map<string, HugoMenuEntry[]>;
	/** The site's own folder, where its configuration is: what `readFile` reads from. */
	root: string;
	/** The site's content folder (`content`, or the `contentDir` its configuration names). */
	contentRoot: string;
	/** The configuration file's name, for the report (`hugo.toml`, `config/_default/hugo.yaml`). */
	config: string;
	/** `uglyURLs: true`: a page `setup.md` was served as `setup.html`, beside its file's folder, not as `setup/`. */
	uglyURLs: boolean;
	/** Its `baseURL`, as written: where the site was served (`https://docs.acme.com/help/`). */
	baseURL?: string;
	/** Its languages, where it names more than one (`[languages.en]`, `[languages.de]`). */
	languages?: HugoLanguages;
	/** The language other than the default whose own content folder (`contentDir`) the folder is, or is in. */
	contentLanguage?: string;
	/** The language the configuration says the site is in: `defaultContentLanguage`, else `languageCode` (`en-us`), when written. */
	language?: string;
}

/** The languages of a multilingual Hugo site, whose page files may name theirs (`_index.en.md`). */
export interface HugoLanguages {
	/** The languages' keys, as the configuration lists them (`de`, `en`, `pt-br`). */
	locales: string[];
	/** `defaultContentLanguage` (`en` unless set): a page file naming no language is in it. */
	defaultLocale: string;
	/** `defaultContentLanguageInSubdir: true`: the default language too was served under its name (`/de/…`). */
	inSubdir: boolean;
}

/** The site's languages (`languages:` with two or more), else undefined. */
function hugoLanguages(config: Record<string, unknown>): HugoLanguages | undefined {
	const languages = configValue(config, 'languages');
	if (!languages || typeof languages !== 'object' || Array.isArray(languages)) return undefined;
	const locales = Object.keys(languages).filter((key) => /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(key));
	if (locales.length < 2) return undefined;
	const written = configValue(config, 'defaultContentLanguage');
	const defaultLocale = typeof written === 'string' && written.trim() ? written.trim() : 'en';
	return { locales, defaultLocale, inSubdir: configValue(config, 'defaultContentLanguageInSubdir') === true };
}

/**
 * The path Hugo served a language's pages under, after the `baseURL`'s: `/en` for a
 * language other than the default, and for the default with `defaultContentLanguageInSubdir`;
 * empty for the default language otherwise.
 */
export function hugoLanguagePath(languages: HugoLanguages, locale: string): string {
	const isDefault = locale.toLowerCase() === languages.defaultLocale.toLowerCase();
	return isDefault && !languages.inSubdir ? '' : `/${locale.toLowerCase()}`;
}

/**
 * The folder of the pages Hugo builds in a language, the site's default one unless named:
 * that language's `contentDir` (`[languages.en] contentDir = "content/en"`), else the site's,
 * else `content`. `shared`: the folder every language's pages share, leaving out any one language's own.
 */
function hugoContentRoot(
	siteRoot: string,
	config: Record<string, unknown>,
	options: { shared?: boolean; language?: string } = {},
): string {
	const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
	if (options.shared)
		return path.resolve(siteRoot, contentMount(config, '') ?? text(configValue(config, 'contentDir')) ?? 'content');
	const language = options.language ?? defaultLanguage(config);
	const languages = configValue(config, 'languages');
	const own =
		languages && typeof languages === 'object'
			? entryOf(languages as Record<string, unknown>, language.toLowerCase())?.value
			: undefined;
	const languageDir =
		own && typeof own === 'object' ? text(configValue(own as Record<string, unknown>, 'contentDir')) : undefined;
	return path.resolve(
		siteRoot,
		contentMount(config, language) ?? languageDir ?? text(configValue(config, 'contentDir')) ?? 'content',
	);
}

/** `defaultContentLanguage`, `en` unless set. */
function defaultLanguage(config: Record<string, unknown>): string {
	const written = configValue(config, 'defaultContentLanguage');
	return typeof written === 'string' && written.trim() ? written.trim() : 'en';
}

/** The keys of the configuration's `languages` (`en`, `de`, `pt-br`), as it lists them. */
function languageKeys(config: Record<string, unknown>): string[] {
	const languages = configValue(config, 'languages');
	if (!languages || typeof languages !== 'object' || Array.isArray(languages)) return [];
	return Object.keys(languages).filter((key) => /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(key));
}

/**
 * The language of `languages` that `--locale` names: by its key in any letter case, else by its
 * language alone (`de-DE` for `de`), else the one regional key of a language (`pt` for `pt-br`).
 */
function namedLanguage(keys: readonly string[], asked: string): string | undefined {
	const language = asked.toLowerCase().split('-')[0];
	return namedLocale(keys, asked) ?? keys.find((key) => key.toLowerCase() === language);
}

/**
 * The folder a site mounts as its content (`module: { mounts: [{ source: src, target: content }] }`),
 * the default language's or one for every language: Hugo then reads its pages from there, not
 * from `contentDir`.
 */
function contentMount(config: Record<string, unknown>, language: string): string | undefined {
	const module = configValue(config, 'module');
	const mounts =
		module && typeof module === 'object' ? configValue(module as Record<string, unknown>, 'mounts') : undefined;
	if (!Array.isArray(mounts)) return undefined;
	const content = mounts.filter(
		(mount): mount is Record<string, unknown> =>
			mount !== null &&
			typeof mount === 'object' &&
			typeof (mount as Record<string, unknown>).source === 'string' &&
			String((mount as Record<string, unknown>).target ?? '').replace(/\/+$/, '') === 'content',
	);
	const own = (mount: Record<string, unknown>) => String(mount.lang ?? '').toLowerCase();
	const found =
		content.find((mount) => own(mount) === language.toLowerCase()) ?? content.find((mount) => own(mount) === '');
	return typeof found?.source === 'string' && found.source.trim() !== '' ? found.source.trim() : undefined;
}

/**
 * The content folder of the Hugo site whose root the folder is, with the configuration
 * file that says so: what to import when a team names the site's repository, whose
 * README, archetypes and other languages Hugo never served as pages of the default language.
 * Where its languages each keep their own content folder, `--locale` (`asked`) picks the
 * language read, and a `--locale` the configuration names no language for stops the import.
 */
export function hugoPagesFolder(
	siteRoot: string,
	asked?: string,
): { folder: string; config: string; languageOwn: boolean; language?: string; from?: string } | undefined {
	const read = readSiteConfig(siteRoot);
	if (!read) return undefined;
	const config = path.relative(siteRoot, read.file).split(path.sep).join('/');
	const byDefault = defaultLanguage(read.config);
	// A folder of a language's own (its `contentDir`, or a mount for it) holds no other language's pages.
	const shared = hugoContentRoot(siteRoot, read.config, { shared: true });
	const keys = languageKeys(read.config);
	const ownFolders =
		keys.length > 1 && keys.some((key) => hugoContentRoot(siteRoot, read.config, { language: key }) !== shared);
	let language = byDefault;
	let from = `the defaultContentLanguage of ${config}`;
	if (asked !== undefined && ownFolders) {
		const named = namedLanguage(keys, asked);
		if (!named)
			throw new SourceUnreadable(
				`--locale ${asked}: the site has no pages in it; its locales are ${keys.join(', ')}`,
				`pass one of them, or leave --locale out for ${byDefault} (the defaultContentLanguage of ${config})`,
			);
		language = named;
		from = '--locale';
	}
	const folder = hugoContentRoot(siteRoot, read.config, { language });
	return isFolder(folder) && folder !== siteRoot
		? {
				folder,
				config,
				languageOwn: folder !== shared,
				...(folder !== shared ? { language, from } : {}),
			}
		: undefined;
}

/**
 * The Hugo site whose content the folder is (or is in): a configuration file (`hugo.*`,
 * `config.*`, or one in `config/_default/`) in the folder or up to three folders above
 * it, and the folder inside that site's `content/` (or its `contentDir`). `buildFuture`
 * and `buildExpired` are read as the configuration sets them, `false` by default.
 */
export function hugoSiteOf(dir: string): HugoSite | undefined {
	for (const up of [0, 1, 2, 3]) {
		const siteRoot = path.resolve(dir, ...Array(up).fill('..'));
		const read = readSiteConfig(siteRoot);
		if (!read) continue;
		const { config, file } = read;
		const under = (root: string) => {
			const inside = path.relative(root, dir);
			return inside === '' || !(inside.startsWith('..') || path.isAbsolute(inside));
		};
		// Another language's own content folder (`[languages.de] contentDir = "content/de"`) is Hugo's content too, in that language.
		const shared = hugoContentRoot(siteRoot, config, { shared: true });
		const contentLanguage = languageKeys(config).find((key) => {
			const own = hugoContentRoot(siteRoot, config, { language: key });
			return own !== shared && own !== hugoContentRoot(siteRoot, config) && under(own);
		});
		const contentRoot = hugoContentRoot(siteRoot, config, contentLanguage ? { language: contentLanguage } : {});
		// The folder is the site itself, or its content: anything else is not Hugo's content.
		if ((!under(contentRoot) && siteRoot !== dir) || !isFolder(contentRoot)) continue;
		const language = configValue(config, 'defaultContentLanguage');
		const languageCode = configValue(config, 'languageCode');
		const written = [language, languageCode].find((value) => typeof value === 'string' && value.trim() !== '');
		const baseURL = configValue(config, 'baseURL');
		const languages = hugoLanguages(config);
		return {
			...(typeof baseURL === 'string' ? { baseURL } : {}),
			...(typeof written === 'string' ? { language: written.trim() } : {}),
			...(languages ? { languages } : {}),
			...(contentLanguage ? { contentLanguage } : {}),
			root: siteRoot,
			contentRoot,
			menusIn: (named) => configMenus(config, named ?? defaultLanguage(config)),
			config: path.relative(siteRoot, file).split(path.sep).join('/'),
			buildFuture: configValue(config, 'buildFuture') === true,
			buildExpired: configValue(config, 'buildExpired') === true,
			uglyURLs: configValue(config, 'uglyURLs') === true,
		};
	}
	return undefined;
}
